"""The records of `innovdb extract` (see FACTS.md): what extraction produces and loading consumes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

SubjectType = Literal["region", "organization", "program"]
FactKind = Literal["target", "observation"]
Qualifier = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most"]
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "at_least", "less_than", "at_most")
SUBJECT_TYPES: tuple[str, ...] = ("region", "organization", "program")
FACT_KINDS: tuple[str, ...] = ("target", "observation")


@dataclass(slots=True)
class Document:
    """A document as read from disk: decoded text plus what is known about it."""

    doc: str  # file name, the key of every record in the JSON Lines output
    path: str  # path as given to the reader
    sha256: str  # of the raw bytes
    text: str  # decoded text; every offset refers to it
    encoding: str
    language: str | None = None  # "en", "fr", "zh" or None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    warning: str | None = None  # what the reader repaired, e.g. "3 bytes were not UTF-8; read as cp1252"

    def to_json(self) -> dict[str, Any]:
        return {
            "record": "document",
            "doc": self.doc,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "encoding": self.encoding,
            "warning": self.warning,
            "sha256": self.sha256,
        }


@dataclass(slots=True)
class Entity:
    """A region, organization or program named in a document, under its canonical English name."""

    doc: str
    type: SubjectType
    name: str
    aliases: list[str] = field(default_factory=list)  # surface forms seen in the document
    region: str | None = None  # canonical region an organization or program belongs to, when known
    kind: str | None = None  # finer kind: "city", "district", "park", "company", "university"...

    def to_json(self) -> dict[str, Any]:
        return {"record": "entity", **asdict(self)}


@dataclass(slots=True)
class Fact:
    """A target or an observed value of one subject, with the exact span that states it."""

    doc: str
    kind: FactKind
    subject: str
    subject_type: SubjectType
    metric: str
    value: float
    unit: str
    quote: str
    start: int
    end: int
    value_high: float | None = None
    qualifier: Qualifier = "exact"
    year: int | None = None
    confidence: float = 1.0  # how sure the extractor is, in [0, 1]; calibrated (FACTS.md)

    def to_json(self) -> dict[str, Any]:
        return {
            "record": "fact",
            "doc": self.doc,
            "kind": self.kind,
            "subject": self.subject,
            "subject_type": self.subject_type,
            "metric": self.metric,
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "year": self.year,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: list[Entity]
    facts: list[Fact]

    def records(self) -> list[dict[str, Any]]:
        return [
            self.document.to_json(),
            *(e.to_json() for e in self.entities),
            *(f.to_json() for f in self.facts),
        ]
