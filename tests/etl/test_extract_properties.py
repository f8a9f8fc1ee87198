"""Properties of `extract` on any text: it never raises, and every fact is grounded in the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import EXTRACTOR_VERSION, extract, extract_strict
from etl.extract.sample import sample_text
from etl.records import Document

# Text built from pieces of the genre, so that numbers, cues and names meet in odd combinations.
PIECES = [
    "Wuhan", "Hefei", "la ville", "the city", "It", "Elle", " has ", " compte ", "more than ", "plus de ",
    "25,000", "20 000", "3,31", "one-third", "un tiers", "sixth", "7e rang", "by 2027", "D'ici 2030",
    " high-tech firms", " entreprises de haute technologie", " percent of GDP", " %", " billion yuan",
    " milliards de yuans", " square kilometers", ". ", ", ", "\n", "(", ")", "« ", " »", "R&D intensity",
    "intensité de R&D de ", " ranked ", " aims to ", " vise à ", "Tags\n", "Buy video\n", "’", "-", "\u00a0",
]

genre_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def document(text: str, language: str | None = None) -> Document:
    return Document("p.txt", "p.txt", "", text, "utf-8", language)


def grounded(text: str, language: str | None) -> None:
    extraction = extract_strict(document(text, language))
    for f in extraction.facts:
        assert text[f.start : f.end] == f.quote
        assert f.start < f.end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from([None, "en", "fr"]))
def test_arbitrary_text_never_raises_and_facts_are_grounded(text: str, language: str | None) -> None:
    grounded(text, language)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text, st.sampled_from(["en", "fr"]))
def test_genre_like_text_never_raises_and_facts_are_grounded(text: str, language: str) -> None:
    grounded(text, language)


def test_generated_articles_yield_grounded_facts() -> None:
    for seed in range(6):
        text = sample_text(seed, 3000)
        extraction = extract_strict(document(text, "en" if seed % 2 else "fr"))
        assert extraction.facts
        assert all(text[f.start : f.end] == f.quote for f in extraction.facts)


def test_extraction_is_deterministic() -> None:
    text = sample_text(3, 3000)
    first = [f.to_json() for f in extract(document(text, "en")).facts]
    assert first == [f.to_json() for f in extract(document(text, "en")).facts]


def test_the_version_names_the_rules_and_their_data() -> None:
    semver, _, fingerprint = EXTRACTOR_VERSION.partition("+")
    assert semver.count(".") == 2 and len(fingerprint) == 10
