"""Corrections kept under version control (`corrections.yaml`) and applied to extractions before loading.

An entry names a document (file name, path relative to the corrections file, or sha256 of the file), a quote
(text inside the fact's span, `occurrence` when it repeats) and an action: `reject` drops the facts at that
quote, `fix` changes some of their fields, `add` states a fact the extractor missed at that quote. Entries
are matched by text, not offsets, so they survive re-extraction, a new extractor version and edits elsewhere
in the document. Parsing is strict (a malformed file is refused with its line); applying is pure.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from etl.aliases import alias_key
from etl.errors import UsageError
from etl.records import FACT_KINDS, QUALIFIERS, SUBJECT_TYPES, Extraction, Fact

CORRECTIONS_FILE = "corrections.yaml"
ACTIONS = ("reject", "fix", "add")
FACT_FIELDS = ("kind", "subject", "subject_type", "metric", "value", "value_high", "unit", "qualifier", "year")
_REQUIRED_TO_ADD = ("kind", "subject", "metric", "value", "unit")
_ENTRY_KEYS = {"document", "quote", "occurrence", "action", "reason", "set", "fact"}


class CorrectionsError(UsageError):
    """A corrections file that cannot be read or does not follow the format."""


@dataclass(frozen=True, slots=True)
class Correction:
    source: str  # the corrections file
    line: int  # 1-based line of the entry
    document: str
    quote: str
    action: str
    occurrence: int = 1
    reason: str | None = None
    changes: Mapping[str, Any] = field(default_factory=dict)  # `set` of a fix, `fact` of an add

    @property
    def folder(self) -> Path:
        return Path(self.source).parent

    def key(self) -> dict[str, Any]:
        return {"line": self.line, "document": self.document, "quote": self.quote, "action": self.action,
                "occurrence": self.occurrence, "reason": self.reason, "changes": dict(self.changes)}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one correction on one document: applied, unmatched or invalid, and why."""

    correction: Correction
    status: str
    detail: str
    original: list[dict[str, Any]] | None = None  # the facts a reject or fix matched, as extracted


@dataclass(frozen=True, slots=True)
class Provenance:
    """Why a loaded fact differs from the extractor's: the correction, and the fact as extracted (fix)."""

    correction: Correction
    original: dict[str, Any] | None


@dataclass(slots=True)
class Corrected:
    """An extraction after its corrections: provenance[i] explains extraction.facts[i] (None: as extracted)."""

    extraction: Extraction
    provenance: list[Provenance | None]
    outcomes: list[Outcome]
    sha256: str | None  # of the corrections that name the document


# --- parsing ---------------------------------------------------------------------------------------------


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def _check_fields(values: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Type-check fact fields; returns them normalised (numbers as float, year as int)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in FACT_FIELDS:
            raise ValueError(f"{where}: unknown field {name!r} (expected {', '.join(FACT_FIELDS)})")
        if name in ("value", "value_high"):
            if value is None and name == "value_high":
                out[name] = None
                continue
            number = _number(value)
            if number is None:
                raise ValueError(f"{where}: {name} must be a number, not {value!r}")
            out[name] = number
        elif name == "year":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or not 1900 <= value <= 2200):
                raise ValueError(f"{where}: year must be a whole year between 1900 and 2200, not {value!r}")
            out[name] = value
        else:
            allowed = {"kind": FACT_KINDS, "subject_type": SUBJECT_TYPES, "qualifier": QUALIFIERS}.get(name)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{where}: {name} must be a non-empty text, not {value!r}")
            if allowed and value not in allowed:
                raise ValueError(f"{where}: {name} must be one of {', '.join(allowed)}, not {value!r}")
            out[name] = value.strip()
    return out


def _entry(values: Any, source: str, line: int) -> Correction:
    if not isinstance(values, dict):
        raise ValueError("an entry must be a mapping with document, quote and action")
    unknown = set(values) - _ENTRY_KEYS
    if unknown:
        raise ValueError(f"unknown key {sorted(map(str, unknown))[0]!r} (expected {', '.join(sorted(_ENTRY_KEYS))})")
    for key in ("document", "quote", "action"):
        if not isinstance(values.get(key), str) or not values[key].strip():
            raise ValueError(f"{key} is required and must be a non-empty text")
    action = values["action"]
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    occurrence = values.get("occurrence", 1)
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        raise ValueError(f"occurrence must be a whole number from 1, not {occurrence!r}")
    reason = values.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ValueError("reason must be a text")
    changes: dict[str, Any] = {}
    if action == "reject" and ("set" in values or "fact" in values):
        raise ValueError("a reject takes no `set` or `fact`")
    if action == "fix":
        if "fact" in values or not isinstance(values.get("set"), dict) or not values["set"]:
            raise ValueError("a fix needs `set`: a mapping of the fields to change")
        changes = _check_fields(values["set"], "set")
    if action == "add":
        if "set" in values or not isinstance(values.get("fact"), dict):
            raise ValueError("an add needs `fact`: a mapping with " + ", ".join(_REQUIRED_TO_ADD))
        changes = _check_fields(values["fact"], "fact")
        missing = [k for k in _REQUIRED_TO_ADD if k not in changes]
        if missing:
            raise ValueError(f"fact: missing {', '.join(missing)}")
    return Correction(source=source, line=line, document=values["document"].strip(), quote=values["quote"],
                      action=action, occurrence=occurrence, reason=reason, changes=changes)


def parse_corrections(text: str, source: str) -> list[Correction]:
    """The entries of a corrections file; CorrectionsError names the line and the reason of the first fault."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return []
        if not isinstance(root, yaml.SequenceNode):
            raise CorrectionsError(f"{source}:{root.start_mark.line + 1}: expected a list of corrections")
        entries = []
        for node in root.value:
            line = node.start_mark.line + 1
            try:
                entries.append(_entry(loader.construct_object(node, deep=True), source, line))
            except ValueError as e:
                raise CorrectionsError(f"{source}:{line}: {e}") from None
        return entries
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise CorrectionsError(f"{source}:{line}: not valid YAML: {e.problem or e.context}") from None
    except yaml.YAMLError as e:
        raise CorrectionsError(f"{source}: not valid YAML: {e}") from None
    finally:
        loader.dispose()


def read_corrections(path: Path) -> list[Correction]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise CorrectionsError(f"{path}: cannot read the corrections file: {e}") from None
    return parse_corrections(text, str(path))


def find_corrections(files: Iterable[Path], roots: Sequence[Path], extra: Path | None = None) -> list[Correction]:
    """The corrections for these documents: `corrections.yaml` in each folder from a root down to a document,
    and the `extra` file; all parsed (and refused) before anything is loaded."""
    folders: set[Path] = set()
    dir_roots = [r for r in roots if r.is_dir()]
    for f in files:
        folder = f.parent
        while True:
            folders.add(folder)
            if folder in dir_roots or folder.parent == folder or not any(folder.is_relative_to(r) for r in dir_roots):
                break
            folder = folder.parent
    sources = sorted(p for p in (folder / CORRECTIONS_FILE for folder in folders) if p.is_file())
    if extra is not None:
        sources.append(extra)
    return [c for path in dict.fromkeys(sources) for c in read_corrections(path)]


# --- applying --------------------------------------------------------------------------------------------


def names_document(correction: Correction, path: Path, sha256: str | None) -> bool:
    """Whether the entry's `document` is this file: its name, its path relative to the corrections file, or
    its sha256."""
    ref = correction.document
    if ref in (path.name, str(path)) or (sha256 is not None and ref.lower() == sha256):
        return True
    try:
        return path.relative_to(correction.folder) == Path(ref)
    except ValueError:
        return False


def corrections_by_file(
    files: Sequence[Path], corrections: Sequence[Correction], sha256_of: Callable[[Path], str | None]
) -> tuple[dict[Path, list[Correction]], list[Correction]]:
    """The corrections naming each file, and those naming no file at all; a file is hashed only when an entry
    names a document by sha256."""
    by_file: dict[Path, list[Correction]] = {}
    unmatched = []
    for c in corrections:
        by_sha = len(c.document) == 64 and all(ch in "0123456789abcdefABCDEF" for ch in c.document)
        named = [f for f in files if names_document(c, f, sha256_of(f) if by_sha else None)]
        for f in named:
            by_file.setdefault(f, []).append(c)
        if not named:
            unmatched.append(c)
    return by_file, unmatched


def corrections_sha256(corrections: Sequence[Correction]) -> str | None:
    """A digest of the entries naming one document: when it changes, the document is loaded again."""
    if not corrections:
        return None
    payload = json.dumps([[c.source, c.key()] for c in corrections], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def occurrence_start(text: str, quote: str, occurrence: int) -> int | None:
    """Offset of the n-th (1-based) occurrence of quote in text, or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    return start


def occurrence_of(text: str, quote: str, start: int) -> int:
    """Which occurrence of quote (1-based) begins at start: the inverse of occurrence_start."""
    n, at = 0, -1
    while True:
        at = text.find(quote, at + 1)
        if at < 0 or at > start:
            return max(n, 1)
        n += 1
        if at == start:
            return n


def fact_fields(fact: Fact) -> dict[str, Any]:
    return {name: getattr(fact, name) for name in (*FACT_FIELDS, "confidence")}


def _subject_type(extraction: Extraction, name: str) -> str | None:
    key = alias_key(name)
    for e in extraction.entities:
        if alias_key(e.name) == key or any(alias_key(a) == key for a in e.aliases):
            return e.type
    for f in extraction.facts:
        if alias_key(f.subject) == key:
            return f.subject_type
    return None


def _consistent(values: Mapping[str, Any]) -> str | None:
    high = values.get("value_high")
    if high is not None and high < values["value"]:
        return f"value_high {high:g} is below value {values['value']:g}"
    return None


def _describe(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    return ", ".join(f"{k} {before.get(k)!r} -> {after[k]!r}" for k in after if before.get(k) != after[k])


def _apply_one(c: Correction, ex: Extraction, facts: list[Fact], prov: list[Provenance | None]) -> Outcome:
    text = ex.document.text
    at = occurrence_start(text, c.quote, c.occurrence)
    if at is None:
        where = f"occurrence {c.occurrence} of " if c.occurrence > 1 else ""
        return Outcome(c, "unmatched", f"{where}the quote is not in the document text")
    end = at + len(c.quote)
    if c.action == "add":
        values = dict(c.changes)
        subject_type = values.pop("subject_type", None) or _subject_type(ex, values["subject"])
        if subject_type is None:
            return Outcome(c, "invalid", f"subject {values['subject']!r} is not named in the document: "
                                         "give its subject_type (region, organization or program)")
        values.setdefault("value_high", None)
        if problem := _consistent(values):
            return Outcome(c, "invalid", problem)
        facts.append(Fact(doc=ex.document.doc, subject_type=subject_type, quote=c.quote, start=at, end=end,
                          confidence=1.0, **values))
        prov.append(Provenance(c, None))
        return Outcome(c, "applied", "added 1 fact")
    # the facts whose span is the quote, else those whose span holds it, else those inside it
    hits = ([i for i, f in enumerate(facts) if (f.start, f.end) == (at, end)]
            or [i for i, f in enumerate(facts) if f.start <= at and end <= f.end]
            or [i for i, f in enumerate(facts) if at <= f.start and f.end <= end])
    if not hits:
        return Outcome(c, "unmatched", f"no fact at the quote (offset {at})")
    original = [fact_fields(facts[i]) for i in hits]
    if c.action == "reject":
        for i in reversed(hits):
            del facts[i], prov[i]
        return Outcome(c, "applied", f"rejected {len(hits)} fact" + ("s" if len(hits) > 1 else ""), original)
    changes = dict(c.changes)
    if "subject" in changes and "subject_type" not in changes:
        found = _subject_type(ex, changes["subject"])
        if found:
            changes["subject_type"] = found
    updated = []
    for i in hits:
        values = {**fact_fields(facts[i]), **changes}
        if problem := _consistent(values):
            return Outcome(c, "invalid", problem, original)
        updated.append((i, dataclasses.replace(facts[i], **changes, confidence=1.0)))
    for i, fact in updated:
        before = prov[i].original if prov[i] and prov[i].original else fact_fields(facts[i])
        facts[i], prov[i] = fact, Provenance(c, before)
    return Outcome(c, "applied", _describe(original[0], changes) or "no field changed", original)


def apply_corrections(extraction: Extraction, corrections: Sequence[Correction]) -> Corrected:
    """The extraction with its corrections applied in file order, and what became of each.

    Corrected and added facts get confidence 1.0 and keep the fact as extracted in their provenance."""
    facts = list(extraction.facts)
    prov: list[Provenance | None] = [None] * len(facts)
    outcomes = [_apply_one(c, extraction, facts, prov) for c in corrections]
    corrected = Extraction(extraction.document, extraction.entities, facts)
    return Corrected(corrected, prov, outcomes, corrections_sha256(corrections))
