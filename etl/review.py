"""`innovdb review`: static HTML pages on which an analyst sees every fact in its sentence.

One page per document (its text, every fact highlighted at its span, entities underlined, a sortable table
of facts with copy-ready corrections) and an index (documents with counts, lowest-confidence facts first).
Building the pages is pure (`build_page`, `layout`); reading documents and writing files are at the edges.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from etl.aliases import alias_key
from etl.corrections import Corrected, Outcome, Provenance, fact_fields, occurrence_of
from etl.records import Entity, Fact

TEMPLATES = Path(__file__).resolve().parent / "templates" / "review"
LOWEST_ON_INDEX = 50  # lowest-confidence facts listed on the index page


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of text: a fact (ref = its number on the page) or an entity (ref = its name)."""

    start: int
    end: int
    kind: str  # "fact" or "entity"
    ref: Any


@dataclass(frozen=True, slots=True)
class Piece:
    """One step of the rendered text: open or close a span, or a run of plain text."""

    op: str  # "open", "close" or "text"
    span: Span | None = None
    text: str = ""
    first: bool = False  # the first piece of a span carries its id and keyboard focus


@dataclass(slots=True)
class ReviewFact:
    number: int
    fact: Fact
    low: bool
    correction: str | None  # what a correction did to this fact, for the reader
    yaml_reject: str
    yaml_fix: str

    def data(self) -> dict[str, Any]:
        f = self.fact
        return {"number": self.number, **fact_fields(f), "quote": f.quote, "start": f.start, "end": f.end,
                "low": self.low, "correction": self.correction, "yaml_reject": self.yaml_reject,
                "yaml_fix": self.yaml_fix}


@dataclass(slots=True)
class ReviewPage:
    file_name: str
    name: str
    path: str
    title: str | None
    language: str | None
    published: str | None
    facts: list[ReviewFact]
    pieces: list[Piece]
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def lowest(self) -> float | None:
        return min((f.fact.confidence for f in self.facts), default=None)

    def count(self, what: str) -> int:
        tests = {"target": lambda f: f.fact.kind == "target", "observation": lambda f: f.fact.kind == "observation",
                 "low": lambda f: f.low, "corrected": lambda f: f.correction is not None}
        return sum(1 for f in self.facts if tests[what](f))


def layout(text: str, spans: Iterable[Span]) -> list[Piece]:
    """The text cut at every span boundary, with open/close steps that nest: a span crossing another is
    closed and reopened, so the HTML is well formed and each span still covers exactly its characters."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    starting: dict[int, list[Span]] = {}
    for s in spans:
        starting.setdefault(s.start, []).append(s)
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[Piece] = []
    stack: list[Span] = []
    for i, at in enumerate(bounds):
        ending = [k for k, s in enumerate(stack) if s.end == at]
        if ending:
            popped = stack[ending[0]:]
            del stack[ending[0]:]
            out += [Piece("close", s) for s in reversed(popped)]
            for s in popped:
                if s.end != at:
                    stack.append(s)
                    out.append(Piece("open", s))
        for s in sorted(starting.get(at, []), key=lambda s: (-s.end, s.kind != "fact")):
            stack.append(s)
            out.append(Piece("open", s, first=True))
        if i + 1 < len(bounds):
            out.append(Piece("text", text=text[at:bounds[i + 1]]))
    return out


def entity_spans(text: str, entities: Sequence[Entity]) -> list[Span]:
    """Where the document names its entities (whole words), longest names first, never overlapping."""
    found: list[tuple[int, int, str]] = []
    names = {(n, e.name, e.type) for e in entities for n in {e.name, *e.aliases} if n.strip()}
    for surface, name, type_ in sorted(names, key=lambda n: -len(n[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), f"{name} ({type_})"))
    return [Span(s, e, "entity", label) for s, e, label in sorted(found)]


def _yaml(entry: dict[str, Any]) -> str:
    return yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1000)


def correction_yaml(document: str, text: str, fact: Fact, action: str) -> str:
    """The corrections.yaml entry that rejects or fixes this fact, ready to paste."""
    entry: dict[str, Any] = {"document": document, "quote": fact.quote}
    occurrence = occurrence_of(text, fact.quote, fact.start)
    if occurrence > 1:
        entry["occurrence"] = occurrence
    entry["action"] = action
    if action == "fix":
        entry["set"] = {k: v for k, v in fact_fields(fact).items() if k != "confidence" and v is not None}
    entry["reason"] = ""
    return _yaml(entry)


def _describe(p: Provenance | None, outcomes: Sequence[Outcome]) -> str | None:
    if p is None:
        return None
    c = p.correction
    detail = next((o.detail for o in outcomes if o.correction is c), "")
    where = f"{Path(c.source).name}:{c.line}"
    return f"{c.action} ({where}): {detail}" + (f"; reason: {c.reason}" if c.reason else "")


def build_page(corrected: Corrected, min_confidence: float, file_name: str) -> ReviewPage:
    """The review page of one corrected extraction."""
    ex = corrected.extraction
    doc = ex.document
    order = sorted(range(len(ex.facts)), key=lambda i: (ex.facts[i].start, ex.facts[i].end))
    facts = []
    for number, i in enumerate(order, start=1):
        f = ex.facts[i]
        facts.append(ReviewFact(
            number=number, fact=f, low=f.confidence < min_confidence,
            correction=_describe(corrected.provenance[i], corrected.outcomes),
            yaml_reject=correction_yaml(doc.doc, doc.text, f, "reject"),
            yaml_fix=correction_yaml(doc.doc, doc.text, f, "fix"),
        ))
    spans = [Span(rf.fact.start, rf.fact.end, "fact", rf) for rf in facts] + entity_spans(doc.text, ex.entities)
    return ReviewPage(
        file_name=file_name, name=doc.doc, path=doc.path, title=doc.title, language=doc.language,
        published=doc.published.isoformat() if doc.published else None, facts=facts,
        pieces=layout(doc.text, spans), outcomes=list(corrected.outcomes),
    )


def page_file_name(number: int, name: str) -> str:
    return f"{number:04d}-{re.sub(r'[^A-Za-z0-9._-]+', '_', name)}.html"


def states_region(corrected: Corrected, region: str) -> bool:
    """Whether a fact of the document is about the region, or about something in it."""
    key = alias_key(region)
    ex = corrected.extraction
    home = {e.name: e.region for e in ex.entities if e.region}
    return any(alias_key(f.subject) == key or alias_key(home.get(f.subject) or "") == key for f in ex.facts)


def _environment():  # jinja2 is imported only by the command that needs it
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["number"] = format_number
    return env


def format_number(value: float | None) -> str:
    """20000 -> 20,000; 33.3333 -> 33.3333; None -> ''."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _write(path: Path, content: str) -> None:
    """Atomically: a temporary file beside the target, then a rename (which replaces a link, never follows it)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_review(pages: Sequence[ReviewPage], out: Path, min_confidence: float) -> Path:
    """Write one page per document and index.html into `out`; returns the index."""
    env = _environment()
    out.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(pages):
        previous = pages[i - 1].file_name if i > 0 else None
        following = pages[i + 1].file_name if i + 1 < len(pages) else None
        html = env.get_template("document.html").render(
            page=page, facts_data=[f.data() for f in page.facts], min_confidence=min_confidence,
            previous=previous, following=following)
        _write(out / page.file_name, html)
    lowest = sorted(((f, p) for p in pages for f in p.facts), key=lambda fp: (fp[0].fact.confidence, fp[1].name,
                                                                               fp[0].number))[:LOWEST_ON_INDEX]
    documents = sorted(pages, key=lambda p: (p.lowest if p.lowest is not None else 2.0, p.name))
    index = out / "index.html"
    _write(index, env.get_template("index.html").render(
        documents=documents, lowest=lowest, min_confidence=min_confidence,
        total=sum(len(p.facts) for p in pages)))
    return index


# --- sources: files on disk, or the documents already in the database ------------------------------------


@dataclass(slots=True)
class ReviewResult:
    index: Path
    documents: int
    facts: int
    rejected: list[tuple[str, str]]  # documents the reader refused, with the reason


def _corrected_extractions(extractions: Iterable[Any], corrections_file: Path | None, roots: Sequence[Path],
                           files: Sequence[Path]) -> Iterable[Corrected | tuple[str, str]]:
    from etl.corrections import apply_corrections, corrections_by_file, find_corrections
    from etl.pipeline import Rejection

    corrections = find_corrections(files, roots, corrections_file)  # refuses a malformed file before any work
    by_file, _ = corrections_by_file(list(files), corrections, lambda p: None)
    for item in extractions:
        if isinstance(item, Rejection):
            yield (item.path, item.reason)
        else:
            yield apply_corrections(item, by_file.get(Path(os.path.abspath(item.document.path)), []))


def _database_extractions(region: str | None, url: str | None) -> tuple[list[Any], list[Path]]:
    """The loaded documents (those stating the region's facts, when given), re-extracted from their stored
    text in a read-only transaction."""
    from sqlalchemy import create_engine, pool, text

    from etl.analytics import read_only
    from etl.database import _connect
    from etl.db import engine as default_engine
    from etl.db import sqlalchemy_url
    from etl.extract import extract
    from etl.records import Document

    eng = create_engine(sqlalchemy_url(url), poolclass=pool.NullPool) if url else default_engine()
    where = ("WHERE d.path IN (SELECT v.path FROM analytics.v_evidence v"
             " WHERE lower(v.region) = lower(:r) OR lower(v.subject) = lower(:r))" if region else "")
    try:
        with _connect(eng) as conn, conn.begin():
            read_only(conn)
            rows = conn.execute(text(
                "SELECT d.name, d.path, d.sha256, d.text, d.encoding, d.language, d.title, d.published, d.source,"
                f" d.url FROM core.documents d {where} ORDER BY d.path"), {"r": region} if region else {}).all()
    finally:
        eng.dispose()
    documents = [Document(doc=r.name, path=r.path, sha256=r.sha256, text=r.text, encoding=r.encoding or "utf-8",
                          language=r.language, title=r.title, published=r.published, source=r.source, url=r.url)
                 for r in rows]
    return [extract(d) for d in documents], [Path(d.path) for d in documents]


def review(paths: Sequence[str], out: Path, *, region: str | None = None, corrections_file: Path | None = None,
           min_confidence: float, workers: int = 1, url: str | None = None) -> ReviewResult:
    """Write the review pages of documents (files and folders, else those in the database) into `out`."""
    from etl import read
    from etl.pipeline import extract_files

    if paths:
        files = [Path(os.path.abspath(p)) for p in read.iter_paths(paths)]
        roots = [Path(os.path.abspath(p)) for p in paths]
        extractions: Iterable[Any] = extract_files(files, workers=workers)
        keep = (lambda c: states_region(c, region)) if region else (lambda c: True)
    else:  # the database chose the documents of the region
        extracted, files = _database_extractions(region, url)
        roots, extractions, keep = [], extracted, (lambda c: True)
    pages: list[ReviewPage] = []
    rejected: list[tuple[str, str]] = []
    for item in _corrected_extractions(extractions, corrections_file, roots, files):
        if isinstance(item, tuple):
            rejected.append(item)
        elif keep(item):
            pages.append(build_page(item, min_confidence, page_file_name(len(pages) + 1, item.extraction.document.doc)))
    index = write_review(pages, out, min_confidence)
    return ReviewResult(index, len(pages), sum(len(p.facts) for p in pages), rejected)
