"""One record per number of a document: the candidate, what was proposed for it, and the verdict.

Two proposers speak for a number, in a declared order: the indicator cues (`facts.find_facts`, a known
metric of the vocabulary) and, when no cue claims it, the open-metric proposer (`open_metrics.propose`,
a metric code built from the words around it). The scorer (`confidence.score`) turns what each proposal
rests on into a confidence. A number that becomes no fact keeps the reason, which `innovdb extract
--explain` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from etl.extract import open_metrics
from etl.extract.confidence import score
from etl.extract.facts import FACT, NATIONAL_TOTAL, OPEN_REASONS, find_facts
from etl.extract.furniture import Furniture
from etl.extract.kinds import KindReader
from etl.extract.numbers import NON_FACT_UNITS, Quantity
from etl.extract.respectively import pair_respectively, with_unit
from etl.extract.segment import Sentence, SentenceIndex
from etl.extract.subjects import SubjectResolver
from etl.records import Fact


@dataclass(slots=True)
class NumberCandidate:
    """A number of the text and what became of it."""

    start: int
    end: int
    number: str  # the text of the number with its qualifier and unit
    fact: Fact | None
    source: str | None  # "cue" or "open": the proposer whose fact was kept
    reason: str  # "fact", or why no fact was kept
    features: frozenset[str] = frozenset()  # what the kept proposal rests on (scored into its confidence)

    def to_json(self) -> dict:
        out = {"record": "candidate", "start": self.start, "end": self.end, "number": self.number,
               "verdict": "fact" if self.fact else "rejected", "reason": self.reason, "source": self.source}
        if self.fact is not None:
            out["fact"] = {k: v for k, v in self.fact.to_json().items() if k not in ("record", "doc")}
        return out


def candidates(
    doc: str,
    text: str,
    language: str | None,
    published: date | None,
    sentences: list[Sentence],
    furniture: Furniture,
    quantities: list[Quantity],
    resolver: SubjectResolver,
) -> list[NumberCandidate]:
    quantities = _shared_units(text, quantities, language)
    index = SentenceIndex(sentences)
    numbers = _numbers_by_sentence(index, quantities)
    timing = KindReader(text, language, published, _valued_sentences(index, quantities))
    pairs = pair_respectively(text, sentences, quantities, resolver.by_sentence, language)
    cued, reasons = find_facts(
        doc, text, language, published, sentences, furniture, quantities, resolver, timing,
        _headlines(text, quantities), pairs,
    )
    seen = {_key(f) for f in cued.values()}
    out: list[NumberCandidate] = []
    last: tuple[int, Fact] | None = None  # the last fact and where its sentence starts
    for qi, q in enumerate(quantities):
        reason = reasons.get(qi, "no verdict")
        fact, source, features = None, None, frozenset()
        if reason == FACT:
            fact, source, features = cued[qi], "cue", _cue_features(cued[qi])
        elif reason in OPEN_REASONS:
            si = index.at(q.num_start)
            previous = None
            if last is not None and "\n" not in text[last[0] : sentences[si].start].strip():
                previous = resolver.table.index_of(last[1].subject)
            paired = pairs.get(qi)
            proposal = open_metrics.propose(
                doc, text, paired.quantity if paired else q, si, sentences[si], resolver, timing,
                reason == NATIONAL_TOTAL, previous, (paired.entity, paired.candidate) if paired else None,
            )
            if isinstance(proposal, str):
                reason = proposal
            elif _key(proposal.fact) in seen:
                reason = "the same fact stated again"
            else:
                fact, source, reason, features = proposal.fact, "open", FACT, proposal.features
                seen.add(_key(fact))
        if fact is not None:
            features = features | _context(resolver, index.at(q.num_start), numbers, fact, timing)
            fact.confidence = score(source, features)
            last = (q.start, fact)
        out.append(NumberCandidate(q.start, q.end, text[q.start : q.end], fact, source, reason, features))
    return out


_JOINED = re.compile(r"\s+(?:to|à|and|et|or|ou)\s+")


def _valued_sentences(index: SentenceIndex, quantities: list[Quantity]) -> list[tuple[int, int]]:
    """Spans of the sentences that state a value: a number other than a year, a date, a duration, a name or
    a small count in words ("the three provinces")."""
    sentences = index.sentences
    found = {
        index.at(q.num_start)
        for q in quantities
        if q.unit not in NON_FACT_UNITS and not (q.form in ("words", "article") and q.value < 10)
    }
    return [(sentences[i].start, sentences[i].end) for i in sorted(i for i in found if i is not None)]


def _shared_units(text: str, quantities: list[Quantity], language: str | None) -> list[Quantity]:
    """"from 638.4 to 858.9 billion yuan", "22.4 and 9.8 percent": a bare value joined to the next one
    takes the unit and multiplier written after it."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        if _JOINED.fullmatch(text, out[i].end, out[i + 1].start):
            out[i] = with_unit(text, out[i], out[i + 1], language)
    return out


def _headlines(text: str, quantities: list[Quantity]) -> set[int]:
    """The numbers of the title line (the first line, with no full stop) whose value the body states again."""
    first = len(text) - len(text.lstrip())
    title_end = text.find("\n", first)
    if title_end < 0 or text[first:title_end].rstrip().endswith("."):
        return set()
    body = {(o.value, o.unit) for o in quantities if o.start > title_end}
    return {qi for qi, q in enumerate(quantities) if q.num_start < title_end and (q.value, q.unit) in body}


def _numbers_by_sentence(index: SentenceIndex, quantities: list[Quantity]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for o in quantities:
        si = index.at(o.num_start)
        if si is not None and o.unit != "year":
            counts[si] = counts.get(si, 0) + 1
    return counts


def _context(
    resolver: SubjectResolver, si: int | None, numbers: dict[int, int], fact: Fact, timing: KindReader
) -> frozenset[str]:
    """What makes a sentence easy or hard to read: how many names and numbers compete in it, and whether a
    value left undated sits in a document that dates its values (likely a missed year) or in one that
    dates none (undated is the right reading)."""
    if si is None:
        return frozenset()
    names = {c.entity for c in resolver.by_sentence[si] if c.entity is not None}
    return frozenset({
        f"names:{_bucket(len(names))}",
        f"numbers:{_bucket(numbers.get(si, 0))}",
        f"subject_type:{fact.subject_type}",
        f"year:{'set' if fact.year is not None else 'none'}|kind:{fact.kind}",
        f"year:{'set' if fact.year is not None else 'none'}|document:{'dated' if timing.dated() else 'undated'}",
    })


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3+"


def _key(f: Fact) -> tuple:
    return (f.subject, f.value, f.value_high, f.kind, f.year)


def _cue_features(f: Fact) -> frozenset[str]:
    year = "year:clause" if f.year is not None else "year:none"
    return frozenset({f"kind:{f.kind}", f"unit:{f.unit}", year, f"cue|{year}", f"cue|kind:{f.kind}"})
