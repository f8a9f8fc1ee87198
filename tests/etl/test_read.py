"""Reading documents: decoding, HTML, language, title, publication date, manifest, refusals."""

from __future__ import annotations

import hashlib
import os
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.read import (
    RejectedDocument,
    decode,
    detect_language,
    find_published,
    find_title,
    html_to_text,
    iter_paths,
    read_document,
    read_manifest,
)

CASES = Path(__file__).resolve().parents[1] / "cases" / "read"

FRENCH = (
    "À Chengdu, l’été dernier, la ville a annoncé « plus de 1 200 entreprises » de haute technologie "
    "et “30 %” des dépôts de brevets de la province — c’est un record pour la cité."
)
ENGLISH = (
    "Hefei is home to more than 2,000 high-tech enterprises, and the city has set a target of raising "
    "its R&D intensity to 4 percent by 2027, according to the municipal science bureau."
)
CHINESE = "武汉东湖高新区拥有高新技术企业六千余家，研发投入强度达到百分之七点五，创新能力位居全国前列。"


# --- decoding -------------------------------------------------------------------------------------


def test_utf8_is_decoded_as_utf8() -> None:
    assert decode(ENGLISH.encode("utf-8")) == (ENGLISH, "utf-8")


def test_utf8_byte_order_mark_stays_where_python_reads_it(tmp_path) -> None:
    data = b"\xef\xbb\xbf" + FRENCH.encode("utf-8")
    (tmp_path / "bom.txt").write_bytes(data)
    text, encoding = decode(data)
    assert (text, encoding) == ("\ufeff" + FRENCH, "utf-8-sig")
    assert text == (tmp_path / "bom.txt").read_text(encoding="utf-8")


def test_utf16_le_with_byte_order_mark() -> None:
    assert decode(b"\xff\xfe" + FRENCH.encode("utf-16-le")) == (FRENCH, "utf-16-le")


def test_utf16_be_with_byte_order_mark() -> None:
    assert decode(b"\xfe\xff" + FRENCH.encode("utf-16-be")) == (FRENCH, "utf-16-be")


def test_utf16_le_without_byte_order_mark_is_recognised_by_its_nul_bytes() -> None:
    assert decode(ENGLISH.encode("utf-16-le")) == (ENGLISH, "utf-16-le")


def test_utf16_be_without_byte_order_mark_is_recognised_by_its_nul_bytes() -> None:
    assert decode(ENGLISH.encode("utf-16-be")) == (ENGLISH, "utf-16-be")


def test_gb18030_chinese() -> None:
    assert decode(CHINESE.encode("gb18030")) == (CHINESE, "gb18030")


def test_cp1252_french_keeps_accents_and_curly_quotes() -> None:
    assert decode(FRENCH.encode("cp1252")) == (FRENCH, "cp1252")


def test_latin1_french() -> None:
    text = "Le parc scientifique de Xi'an a reçu près de 300 entreprises étrangères cette année."
    assert decode(text.encode("latin-1")) == (text, "latin-1")


def test_utf8_cut_inside_a_character_keeps_utf8_with_a_replacement_character() -> None:
    data = "Wuhan’s “Optics Valley” – 光谷".encode()[:-1]
    assert decode(data) == ("Wuhan’s “Optics Valley” – 光\ufffd", "utf-8")


def test_windows_line_ends_become_newlines() -> None:
    text, _ = decode(b"Shenzhen\r\nNanshan District\rFutian\n")
    assert text == "Shenzhen\nNanshan District\nFutian\n"


def test_empty_file_is_rejected() -> None:
    with pytest.raises(RejectedDocument) as e:
        decode(b"")
    assert e.value.reason == "empty file"


def test_whitespace_only_file_is_rejected_as_empty() -> None:
    with pytest.raises(RejectedDocument) as e:
        decode(b" \r\n\t\n")
    assert e.value.reason == "empty file"


def test_png_is_rejected_as_binary() -> None:
    data = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2000)
    with pytest.raises(RejectedDocument) as e:
        decode(data)
    assert e.value.reason == "binary content"


def test_random_bytes_without_nul_are_rejected_as_binary() -> None:
    data = bytes(b or 1 for b in random.Random(11).randbytes(4000))
    with pytest.raises(RejectedDocument) as e:
        decode(data)
    assert e.value.reason == "binary content"


def test_truncated_utf16_is_rejected_as_undecodable() -> None:
    with pytest.raises(RejectedDocument) as e:
        decode(b"\xff\xfe" + "Wuhan".encode("utf-16-le") + b"\x00")
    assert e.value.reason.startswith("undecodable text")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_raises_nothing_but_rejected_document(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except RejectedDocument as e:
        assert e.reason
    else:
        assert isinstance(text, str) and text.strip() and encoding


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=500).map(lambda t: t.encode("utf-8")))
def test_decode_is_deterministic(data: bytes) -> None:
    def attempt() -> tuple[str, str] | str:
        try:
            return decode(data)
        except RejectedDocument as e:
            return e.reason

    assert attempt() == attempt()


# --- reading files --------------------------------------------------------------------------------


def test_oversized_file_is_rejected_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 10, encoding="utf-8")
    with pytest.raises(RejectedDocument) as e:
        read_document(path, max_bytes=100)
    assert e.value.reason == "larger than 100 bytes"
    assert e.value.path == str(path)


def test_unreadable_path_is_rejected_with_the_os_error(tmp_path: Path) -> None:
    with pytest.raises(RejectedDocument) as e:
        read_document(tmp_path / "missing.txt")
    assert e.value.reason == "unreadable file: No such file or directory"


def test_refusal_from_decoding_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(RejectedDocument) as e:
        read_document(path)
    assert (e.value.reason, e.value.path) == ("empty file", str(path))


def test_document_records_file_name_hash_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "hefei.txt"
    path.write_bytes(FRENCH.encode("cp1252"))
    document = read_document(path)
    assert (document.doc, document.path, document.encoding) == ("hefei.txt", str(path), "cp1252")
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_is_deterministic(tmp_path: Path) -> None:
    path = tmp_path / "chengdu.txt"
    path.write_bytes(("Publié le 3 mars 2025\n" + FRENCH).encode("cp1252"))
    assert read_document(path) == read_document(path)


def test_html_file_is_reduced_to_its_visible_text() -> None:
    document = read_document(CASES / "wuhan_page.html")
    assert document.text.startswith("Wuhan’s optics valley adds high-tech firms\n")
    assert "window.tracker" not in document.text and "Economy" not in document.text


def test_html_page_title_and_date_come_from_the_page() -> None:
    document = read_document(CASES / "wuhan_page.html")
    assert (document.title, document.published, document.language) == (
        "Wuhan’s optics valley adds high-tech firms",
        date(2024, 9, 18),
        "en",
    )


def test_html_without_html_suffix_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_text("<!doctype html><html><body><p>Shenzhen &amp; Dongguan</p></body></html>", encoding="utf-8")
    assert read_document(path).text == "Shenzhen & Dongguan"


def test_offsets_of_html_document_index_its_stored_text() -> None:
    text = read_document(CASES / "wuhan_page.html").text
    start = text.index("more than")
    assert text[start : start + len("more than 6\u00a0000")] == "more than 6\u00a0000"


# --- HTML -----------------------------------------------------------------------------------------


def test_html_scripts_and_styles_are_dropped() -> None:
    html = "<p>Xi'an</p><script>var a = 1;</script><style>p {}</style><p>Chengdu</p>"
    assert html_to_text(html) == "Xi'an\n\nChengdu"


def test_html_navigation_header_footer_and_aside_are_dropped() -> None:
    html = "<header>Menu</header><nav>Home</nav><p>Hefei</p><aside>Ads</aside><footer>Contact</footer>"
    assert html_to_text(html) == "Hefei"


def test_html_header_of_an_article_is_kept() -> None:
    html = "<header>Site menu</header><article><header><h1>Hefei grows</h1></header><p>Text</p></article>"
    assert html_to_text(html) == "Hefei grows\n\nText"


def test_html_entities_are_unescaped() -> None:
    assert html_to_text("<p>R&amp;D &gt; 5&nbsp;% in Wuhan&#8217;s zone &eacute;</p>") == (
        "R&D > 5\u00a0% in Wuhan’s zone é"
    )


def test_html_line_breaks_and_blocks_become_newlines() -> None:
    assert html_to_text("<h1>Shenzhen</h1><div>Nanshan<br>Futian</div>") == "Shenzhen\n\nNanshan\nFutian"


def test_html_runs_of_blank_lines_collapse_to_one() -> None:
    assert html_to_text("<p>Hefei</p><p>&nbsp;</p><p></p><br><br><p>Wuhan</p>") == "Hefei\n\nWuhan"


def test_html_whitespace_inside_a_paragraph_collapses() -> None:
    assert html_to_text("<p>Chengdu   high-tech\n   zone</p>") == "Chengdu high-tech zone"


def test_html_table_cells_are_separated_by_tabs() -> None:
    assert html_to_text("<table><tr><td>Hefei</td><td>4.1 %</td></tr></table>") == "Hefei\t4.1 %"


def test_html_page_without_closing_head_keeps_its_body() -> None:
    assert html_to_text("<html><head><title>T</title><p>Wuhan grows</p>") == "Wuhan grows"


# --- language -------------------------------------------------------------------------------------


def test_language_english() -> None:
    assert detect_language(ENGLISH) == "en"


def test_language_french() -> None:
    assert detect_language(FRENCH) == "fr"


def test_language_chinese() -> None:
    assert detect_language(CHINESE) == "zh"


def test_language_of_french_text_with_a_chinese_caption_is_french() -> None:
    assert detect_language("访谈\n" + FRENCH) == "fr"


def test_language_unknown_for_a_bare_name() -> None:
    assert detect_language("Shenzhen") is None


# --- publication date -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Released on:2025-10-31 Views:", date(2025, 10, 31)),
        ("Published: 2024-03-05", date(2024, 3, 5)),
        ("Updated: 2024-03-05 10:20", date(2024, 3, 5)),
        ("Publié le 12/06/2025", date(2025, 6, 12)),
        ("Mis à jour le 1er avril 2024", date(2024, 4, 1)),
        ("Hefei, le 3 mars 2025 – La ville renforce ses laboratoires.", date(2025, 3, 3)),
        ("March 3, 2025", date(2025, 3, 3)),
        ("3 March 2025", date(2025, 3, 3)),
        ("Tuesday, Sept. 9, 2025 | Source: Xinhua", date(2025, 9, 9)),
        ("2025年3月3日 10:20 来源：新华社", date(2025, 3, 3)),
        ("发布时间：2025-03-03", date(2025, 3, 3)),
        ("Date : 2025-03-03", date(2025, 3, 3)),
        ("WUHAN, Jan. 8, 2025 (Xinhua) -- Wuhan opened a new optics lab.", date(2025, 1, 8)),
    ],
)
def test_published_date_forms(header: str, expected: date) -> None:
    assert find_published(f"Shenzhen expands its innovation parks\n{header}\nThe city said.") == expected


def test_published_label_wins_over_updated_label() -> None:
    assert find_published("Updated: 2024-03-07\nPublished: 2024-03-05\nHefei news") == date(2024, 3, 5)


def test_event_date_without_year_is_not_published() -> None:
    assert find_published("On April 29, the mayor of Chengdu visited the science city.") is None


def test_event_date_with_year_in_a_sentence_is_not_published() -> None:
    text = "On April 29, 2025, the mayor of Chengdu visited the science city.\nLe 3 mars 2025, Xi'an a ouvert un parc."
    assert find_published(text) is None


def test_dates_beyond_the_header_are_ignored() -> None:
    assert find_published(ENGLISH * 20 + "\nPublished: 2024-03-05") is None


def test_impossible_date_is_ignored() -> None:
    assert find_published("Published: 2024-02-30") is None


def test_ambiguous_numeric_date_is_day_first_in_french() -> None:
    assert find_published("Publié le 04/05/2024\n" + FRENCH) == date(2024, 5, 4)


# --- title ----------------------------------------------------------------------------------------


def test_title_is_the_first_line() -> None:
    assert find_title("Hefei bets on quantum computing\n\n" + ENGLISH) == "Hefei bets on quantum computing"


def test_title_skips_page_furniture() -> None:
    text = "03:12\nHome > News > China\nShare\nPublished: 2024-03-05\nChengdu builds a western science city\nBody."
    assert find_title(text) == "Chengdu builds a western science city"


def test_title_of_a_document_starting_with_a_long_paragraph_is_its_first_sentence() -> None:
    assert find_title(" ".join([ENGLISH] * 3)) == ENGLISH


def test_title_is_at_most_300_characters() -> None:
    title = find_title(" ".join(["Shenzhen"] * 100))
    assert title is not None and len(title) <= 300


def test_markdown_heading_marks_are_trimmed() -> None:
    assert find_title("# Wuhan optics valley report\nText.") == "Wuhan optics valley report"


def test_no_title_in_furniture_only_text() -> None:
    assert find_title("Share\n\n04:28\nPrint") is None


# --- manifest -------------------------------------------------------------------------------------


def test_manifest_rows_are_keyed_by_path() -> None:
    rows = read_manifest(CASES / "with_manifest")
    assert sorted(rows) == ["chengdu.txt", "reports/xian.txt"]
    assert rows["chengdu.txt"].published == date(2024, 11, 2)


def test_missing_manifest_is_empty(tmp_path: Path) -> None:
    assert read_manifest(tmp_path) == {}


def test_manifest_wins_over_detection() -> None:
    folder = CASES / "with_manifest"
    document = read_document(folder / "chengdu.txt", manifest=read_manifest(folder))
    assert (document.title, document.published, document.language, document.source, document.url) == (
        "Chengdu science city report",
        date(2024, 11, 2),
        "fr",
        "Chengdu Daily",
        "https://example.org/chengdu",
    )


def test_empty_manifest_cells_leave_detection_in_place() -> None:
    folder = CASES / "with_manifest"
    document = read_document(folder / "reports" / "xian.txt", manifest=read_manifest(folder))
    assert (document.title, document.published, document.language, document.source) == (
        "Xi'an hard-tech hub draws new companies",
        date(2024, 7, 5),
        "fr",
        "Shaanxi News",
    )


def test_detection_without_manifest() -> None:
    document = read_document(CASES / "with_manifest" / "chengdu.txt")
    assert (document.title, document.published, document.language) == (
        "Chengdu's western science city expands its research campus",
        date(2023, 1, 15),
        "en",
    )


# --- finding files --------------------------------------------------------------------------------


def _tree(root: Path) -> None:
    for name in [
        "b.txt",
        "a.md",
        "sub/c.htm",
        "sub/README",
        "sub/e.png",
        "out.json",
        "out.jsonl",
        "manifest.csv",
        ".secret.txt",
        ".hidden/d.txt",
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Shenzhen\n", encoding="utf-8")


def test_folders_are_walked_in_sorted_order_keeping_document_files(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.md", "b.txt", "sub/README", "sub/c.htm"]


def test_files_named_explicitly_are_taken_whatever_their_suffix(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert list(iter_paths([tmp_path / "sub" / "e.png"])) == [tmp_path / "sub" / "e.png"]


def test_a_file_given_twice_comes_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert list(iter_paths([tmp_path / "b.txt", tmp_path])).count(tmp_path / "b.txt") == 1


def test_missing_path_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(iter_paths([tmp_path / "nowhere"]))


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symlink_loop_does_not_trap_the_walk(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert len(list(iter_paths([tmp_path]))) == 4


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Suzhou plans ahead\nnewsportal.cn | 2024-09-02 09:12\n\nBody.", date(2024, 9, 2)),
        ("Suzhou plans ahead\nDate of issue: 18 June 2024\nBody.", date(2024, 6, 18)),
        ("Suzhou plans ahead\nUpdated: 09:15, June 12, 2024\nBody.", date(2024, 6, 12)),
        ("NANCHANG, China, March 5, 2025 /PRNewswire/ -- A company said.", date(2025, 3, 5)),
        ("Nanchang innove\nSource\u00a0: Xinhua | 2024-09-02\nCorps.", date(2024, 9, 2)),
        ("南昌创新\n2025年3月3日 新华社\n正文", date(2025, 3, 3)),
    ],
)
def test_published_date_after_a_source_a_clock_or_in_a_wire_dateline(header: str, expected: date) -> None:
    assert find_published(header) == expected


def test_a_date_inside_a_sentence_is_not_the_publication_date() -> None:
    assert find_published("Suzhou plans ahead\nThe plan, adopted on March 3, 2024, sets targets.") is None
