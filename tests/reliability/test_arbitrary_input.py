"""Arbitrary bytes and text: the reader refuses with a reason or reads, the extractor never raises, and every
quote is the text at its offsets."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from etl.extract import extract
from etl.read import RejectedDocument, decode, read_document
from etl.records import Document, Extraction

# derandomized and without an example database: the same examples on every run, as a suite test should
FAST = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])

# Pieces of the genre, so that generated text reaches the number, unit and subject paths of the extractor.
GENRE_PIECES = (
    "Wuhan", "Hefei", "Shenzhen", "Chengdu", "Xi'an", "Guangdong", "Anhui", "East Lake High-tech Zone", "Hefei",
    "is home to", "more than", "nearly", "about", "up to", "no less than", "plus de", "près de", "environ",
    "au moins", "jusqu'à", "By 2030,", "D'ici 2028,", "in 2024", "aims to", "vise", "l'objectif est d'atteindre",
    "12,500", "3.2", "3,2", "20 000", "20\u00a0000", "1.8 trillion", "312.4 billion", "1,2 milliard", "one-third",
    "un tiers", "half of", "twenty-four", "vingt-quatre", "7e rang", "sixth", "13th", "4.5 to 5", "%", "percent",
    "yuan", "yuans", "km²", "square kilometers", "per 10,000 people", "high-tech enterprises",
    "entreprises de haute technologie", "R&D intensity", "intensité de R&D", "of GDP", "du PIB",
    "national key laboratories", "unicorn companies", "licornes", "PCT applications", "incubators", ".", ",", ";",
    "\n", "\n\n", " ", "(", ")", "«", "»", "\u2019", "-", "—", "\u3002", "研发投入强度", "百分之五",
)
genre_text = st.lists(st.one_of(st.sampled_from(GENRE_PIECES), st.text(max_size=8)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=400), genre_text)


def document(text: str) -> Document:
    return Document(doc="generated.txt", path="/nowhere/generated.txt", sha256="0" * 64, text=text,
                    encoding="utf-8")


def assert_grounded(result: Extraction, text: str) -> None:
    for fact in result.facts:
        assert 0 <= fact.start < fact.end <= len(text), fact
        assert text[fact.start:fact.end] == fact.quote, fact


@FAST
@given(st.binary(max_size=2000))
def test_decode_reads_or_refuses_any_bytes(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except RejectedDocument as e:
        assert e.reason
        return
    assert isinstance(text, str) and encoding
    assert "\r" not in text


@FAST
@given(any_text, st.sampled_from(("utf-8", "utf-16")))
@example("\ufeffWuhan counts 12,000 high-tech firms.\r\n", "utf-8")
@example("\ufeffHefei vise 4,5 % du PIB.\r", "utf-16")
@example("Wuhan\x00 counts 12,000 high-tech firms.", "utf-16")
def test_decode_gives_back_unicode_text_or_refuses_it_with_a_reason(text: str, encoding: str) -> None:
    # NUL bytes make UTF-8 look like UTF-16 without a byte-order mark ("0\x00" is also UTF-16 "0")
    assume(encoding != "utf-8" or "\x00" not in text)
    try:
        decoded, _ = decode(text.encode(encoding))
    except RejectedDocument as e:
        assert e.reason  # empty or control-heavy text may be refused
        return
    # line ends are normalised as text mode reads a file; a UTF-8 byte-order mark stays, as text mode keeps it;
    # a NUL (which PostgreSQL text cannot hold) may give way to a stand-in of the same length
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert len(decoded) == len(expected)
    assert [(i, c) for i, (c, e) in enumerate(zip(decoded, expected, strict=True)) if c != e and e != "\x00"] == []


@FAST
@given(any_text, st.sampled_from(("cp1252", "gb18030", "latin-1")))
def test_decode_reads_or_refuses_legacy_encoded_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # the text has characters this encoding cannot write
    try:
        decoded, _ = decode(data)
    except RejectedDocument as e:
        assert e.reason
        return
    assert "\r" not in decoded


@FAST
@given(st.binary(max_size=2000), st.sampled_from((".txt", ".html", ".md")))
def test_read_document_reads_or_refuses_any_file(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"sample{suffix}"
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except RejectedDocument as e:
            assert e.reason
            return
    assert doc.text.strip()


@FAST
@given(any_text)
def test_extract_never_raises_and_every_quote_is_grounded(text: str) -> None:
    assert_grounded(extract(document(text)), text)


@FAST
@given(st.binary(max_size=1500))
def test_read_then_extract_grounds_every_quote_in_the_decoded_text(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.txt"
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except RejectedDocument:
            return
    assert_grounded(extract(doc), doc.text)


@FAST
@given(genre_text, st.sampled_from(("utf-8", "utf-16", "gb18030")))
def test_read_then_extract_grounds_quotes_of_encoded_genre_text(text: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.txt"
        path.write_bytes(text.encode(encoding))
        try:
            doc = read_document(path)
        except RejectedDocument:
            return
    assert_grounded(extract(doc), doc.text)
