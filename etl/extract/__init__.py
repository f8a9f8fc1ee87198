"""The extraction engine: a document's text to grounded entities and facts (see FACTS.md).

`extract` is pure (a Document in, an Extraction out) and never raises; its rules are the data files
under `seeds/reference/` (numbers.yaml, extraction.yaml, indicator_cues.yaml, name_glossary.yaml) and
the reference gazetteer read through `etl.reference`.
"""

from __future__ import annotations

import re
import warnings

from etl.extract import guarded, lexicon
from etl.extract.candidates import NumberCandidate, candidates
from etl.extract.entities import EntityTable, Mention, find_entities
from etl.extract.furniture import find_furniture
from etl.extract.numbers import find_quantities
from etl.extract.segment import phrase_key, sentences, tokenize
from etl.extract.subjects import SubjectResolver
from etl.records import Document, Entity, Extraction

__all__ = ["EXTRACTOR_VERSION", "explain", "extract", "extract_strict"]

_SEMVER = "1.0.0"
EXTRACTOR_VERSION: str = f"{_SEMVER}+{lexicon.fingerprint()}"

_FRENCH = re.compile(r"\b(?:le|la|les|des|du|et|est|une|dans|pour|sur|avec|qui)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:the|and|of|is|are|with|for|from|which|has|have)\b", re.IGNORECASE)


def extract(document: Document) -> Extraction:
    """Entities and facts of one document; on any internal failure, the document with nothing found."""
    try:
        return extract_strict(document)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch, but must be seen
        warnings.warn(f"extraction failed for {document.doc}: {exc!r}", RuntimeWarning, stacklevel=2)
        return Extraction(document, [], [])


def extract_strict(document: Document) -> Extraction:
    """As `extract`, letting errors through (for tests and debugging)."""
    return _extract(document)[0]


def explain(document: Document) -> list[NumberCandidate]:
    """Every number of the document, with the fact it became or the reason it became none."""
    return _extract(document)[1]


def _extract(document: Document) -> tuple[Extraction, list[NumberCandidate]]:
    text = document.text
    language = document.language or _guess_language(text)
    furniture = find_furniture(text)
    spans = sentences(text)
    tokens = tokenize(text)
    table, mentions = find_entities(text, tokens, furniture, spans)
    if language == "en":
        _name_as_written(table)
    elif language == "fr":
        _name_as_translated(table)
    resolver = SubjectResolver(text, spans, mentions, table, tokens)
    quantities = find_quantities(text, language)
    found = candidates(document.doc, text, language, document.published, spans, furniture, quantities, resolver)
    facts = [c.fact for c in found if c.fact is not None]
    guarded.save()  # the first document compiled every pattern: keep their guards for the next process
    return Extraction(document, _entity_records(document.doc, table, mentions, facts), facts), found


def _guess_language(text: str) -> str | None:
    sample = text[:4000]
    fr, en = len(_FRENCH.findall(sample)), len(_ENGLISH.findall(sample))
    if not fr and not en:
        return None
    return "fr" if fr > en else "en"


def _name_as_written(table: EntityTable) -> None:
    """In an English document, an organization or program whose reference name the document never writes
    goes by the fullest name the document gives it: one of its own surface forms, or the name of another
    entity of the document that starts with one ("Zhongguancun" in a page about the "Zhongguancun National
    Demonstration Zone"). That is the name its readers know it by, even a single word ("Qianhai" for
    the cooperation zone of that name); its own reference name is no surface form it writes."""
    names = [(e.name, e.type) for e in table.entities]
    for index, e in enumerate(table.entities):
        if e.type == "region" or not e.known or not e.aliases:
            continue
        if phrase_key(e.name) in {phrase_key(a) for a in e.aliases}:
            continue
        written = [a for a in e.aliases if a[:1].isupper()]  # "national high-tech zones" is no name
        if not written:
            continue
        longer = [
            n for i, (n, t) in enumerate(names)
            if i != index and t != "region" and any(n.startswith(a + " ") for a in written)
        ]
        fullest = max([*written, *longer], key=len)
        table.rename(index, fullest.strip())


def _name_as_translated(table: EntityTable) -> None:
    """In a French document, a known organization or program goes by the fullest English reading of the
    French names the document gives it ("zone nationale de développement industriel de haute technologie
    de X" is the "X National High-Tech Industrial Development Zone"), unless one of them reads as its
    reference name."""
    for index, e in enumerate(table.entities):
        if e.type == "region" or not e.known or not e.translations:
            continue
        if phrase_key(e.name) in {phrase_key(t) for t in e.translations}:
            continue
        fullest = max(e.translations, key=len)
        if len(fullest.split()) > len(e.name.split()):
            table.rename(index, fullest)


def _entity_records(doc: str, table: EntityTable, mentions: list[Mention], facts: list) -> list[Entity]:
    mentioned = {m.entity for m in mentions}
    subjects = {f.subject for f in facts}
    out: list[Entity] = []
    for index, e in enumerate(table.entities):
        if index not in mentioned and e.name not in subjects:
            continue
        seen = {phrase_key(e.name)}
        aliases: list[str] = []
        for surface in e.aliases:
            key = phrase_key(surface)
            if key and key not in seen:
                seen.add(key)
                aliases.append(surface)
        out.append(Entity(doc=doc, type=e.type, name=e.name, aliases=aliases, region=e.region, kind=e.kind))  # type: ignore[arg-type]
    return out
