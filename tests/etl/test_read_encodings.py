"""Encodings, on byte fixtures (tests/cases/read/encodings): UTF-8 with a few bytes of another encoding is
repaired byte by byte and says so; whole files in legacy encodings are read in them; bytes no encoding reads
with confidence are refused. Never garbled text loaded without a word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.extract import extract
from etl.read import RejectedDocument, read_document
from etl.read.decoding import decode_text

FIXTURES = Path(__file__).resolve().parents[1] / "cases" / "read" / "encodings"
CLEAN_FR = (FIXTURES / "clean_fr.txt").read_text(encoding="utf-8")
# Mojibake of UTF-8 read as cp1252 or Latin-1, and the marks of a legacy or Mac encoding read wrongly.
GARBLE_MARKS = ("Ã", "Â", "â€", "\ufffd", "ûˋ", "Ž")


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_utf8_with_pasted_cp1252_bytes_reads_as_the_clean_text() -> None:
    decoded = decode_text(fixture("mixed_utf8_cp1252.txt"))
    assert (decoded.text, decoded.encoding) == (CLEAN_FR, "utf-8")


def test_repaired_bytes_are_counted_in_the_warning() -> None:
    assert decode_text(fixture("mixed_utf8_cp1252.txt")).warning == "6 bytes were not UTF-8; read as cp1252"


def test_a_lone_latin1_byte_in_utf8_is_read_as_its_character() -> None:
    decoded = decode_text(fixture("lone_byte.txt"))
    assert "the café owners’ association" in decoded.text and "“little giant”" in decoded.text
    assert (decoded.encoding, decoded.warning) == ("utf-8", "1 byte was not UTF-8; read as cp1252")


def test_a_byte_cp1252_leaves_undefined_is_read_as_latin1() -> None:
    decoded = decode_text("Wuhan’s “Optics Valley” ".encode() + b"\x81" + b" grows.")
    assert decoded.text == "Wuhan’s “Optics Valley” \x81 grows."
    assert decoded.warning == "1 byte was not UTF-8; read as Latin-1"


def test_a_file_cut_inside_a_character_ends_with_a_replacement_character_and_says_so() -> None:
    decoded = decode_text(fixture("cut_utf8.txt"))
    assert decoded.text.endswith("ambitious.\n\ufffd")
    assert decoded.warning == "the file ends inside a UTF-8 character, replaced by U+FFFD"


def test_valid_utf8_carries_no_warning() -> None:
    assert decode_text(fixture("clean_fr.txt")).warning is None


@pytest.mark.parametrize(
    ("name", "encoding", "start"),
    [
        ("cp1252_fr.txt", "cp1252", "Publié le 14 février 2025\nHefei vise « 4,5 % » d’intensité"),
        ("latin1_fr.txt", "latin-1", "Publié le 14 février 2025\nHefei vise « 4,5 % » d'intensité"),
        ("gb18030_zh.txt", "gb18030", "发布时间：2025年3月12日\n合肥市研发投入强度"),
        ("big5_zh.txt", "big5", "發布時間：2025年3月12日\n合肥市研發投入強度"),
        ("shift_jis_ja.txt", "cp932", "公開日：2025年3月12日\n東京都は二〇三〇年までに"),
        ("utf16le_bom_fr.txt", "utf-16-le", "Publié le 14 février 2025\nHefei vise"),
        ("utf16be_en.txt", "utf-16-be", "Published: March 9, 2025\nSuzhou park lists 1,300 “little giant”"),
    ],
)
def test_a_whole_file_in_a_legacy_encoding_is_read_in_it(name: str, encoding: str, start: str) -> None:
    decoded = decode_text(fixture(name))
    assert (decoded.encoding, decoded.warning) == (encoding, None)
    assert decoded.text.startswith(start)
    assert not any(mark in decoded.text for mark in GARBLE_MARKS)


def test_bytes_no_encoding_reads_with_confidence_are_rejected_with_a_reason() -> None:
    with pytest.raises(RejectedDocument) as e:
        decode_text(fixture("unreadable.txt"))
    assert e.value.reason.startswith("undecodable text: no encoding reads it")


def test_the_mixed_document_keeps_its_date_and_warning(tmp_path: Path) -> None:
    document = read_document(FIXTURES / "mixed_utf8_cp1252.txt")
    assert (document.published, document.language) == (date(2025, 2, 14), "fr")
    assert document.warning == "6 bytes were not UTF-8; read as cp1252"


def test_no_quote_of_the_mixed_document_is_garbled() -> None:
    extraction = extract(read_document(FIXTURES / "mixed_utf8_cp1252.txt"))
    assert extraction.facts
    for fact in extraction.facts:
        assert extraction.document.text[fact.start : fact.end] == fact.quote
        assert fact.quote in CLEAN_FR, fact.quote
