"""Extraction of a sentence written for a test: the one helper the extraction tests share."""

from __future__ import annotations

from datetime import date

from etl.extract import extract_strict
from etl.records import Document, Extraction, Fact


def extract_text(text: str, language: str = "en", published: date | None = None) -> Extraction:
    return extract_strict(Document("t.txt", "t.txt", "", text, "utf-8", language, published=published))


def facts(text: str, language: str = "en", published: date | None = None) -> list[Fact]:
    return extract_text(text, language, published).facts


def one(text: str, language: str = "en", published: date | None = None) -> Fact:
    found = facts(text, language, published)
    assert len(found) == 1, [(f.metric, f.value, f.subject) for f in found]
    return found[0]


def entity_names(text: str, language: str = "en") -> set[str]:
    return {e.name for e in extract_text(text, language).entities}


def fact_of(text: str, value: float, language: str = "en", published: date | None = None) -> Fact:
    """The one fact of `text` with this value (others may be found beside it)."""
    found = facts(text, language, published)
    matching = [f for f in found if f.value == value]
    assert len(matching) == 1, [(f.metric, f.value, f.subject) for f in found]
    return matching[0]
