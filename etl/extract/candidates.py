"""One record per number of a document: the candidate, what the proposers proposed for it, and the verdict.

Every number is a candidate. Proposers speak for it in their declared priority (`PROPOSERS`), each with
the same interface, `propose(candidate, context)`: a list of proposed facts, or a rejection that says
why (a final rejection, such as "a year" or "page furniture", closes the candidate; another leaves it to
the next proposer). The indicator cues (`facts.find_facts`: a known metric of the vocabulary) come first,
then the open metrics (`open_metrics.propose`: a metric code built from the words around the number). A
new construct is one more proposer. The scorer (`choose`) keeps the proposal of the highest priority;
`confidence.score` turns what it rests on into a confidence.
A number that becomes no fact keeps the reason, which `innovdb extract --explain` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar, Protocol

from etl.extract import open_metrics
from etl.extract.confidence import score
from etl.extract.facts import FACT, NATIONAL_TOTAL, OPEN_REASONS, find_facts
from etl.extract.furniture import Furniture
from etl.extract.kinds import KindReader
from etl.extract.numbers import NON_FACT_UNITS, Quantity
from etl.extract.respectively import Pairing, pair_respectively, with_unit
from etl.extract.segment import Sentence, SentenceIndex, title_line
from etl.extract.subjects import SubjectResolver
from etl.records import Fact


@dataclass(slots=True)
class NumberCandidate:
    """A number of the text and what became of it."""

    start: int
    end: int
    number: str  # the text of the number with its qualifier and unit
    fact: Fact | None
    source: str | None  # the proposer whose fact was kept ("cue", "open")
    reason: str  # "fact", or why no fact was kept
    features: frozenset[str] = frozenset()  # what the kept proposal rests on (scored into its confidence)

    def to_json(self) -> dict:
        out = {"record": "candidate", "start": self.start, "end": self.end, "number": self.number,
               "verdict": "fact" if self.fact else "rejected", "reason": self.reason, "source": self.source}
        if self.fact is not None:
            out["fact"] = {k: v for k, v in self.fact.to_json().items() if k not in ("record", "doc")}
        return out


@dataclass(frozen=True, slots=True)
class Proposal:
    fact: Fact
    source: str
    features: frozenset[str]


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: str
    final: bool  # no later proposer may speak for the number


@dataclass(slots=True)
class Context:
    """The document as the proposers read it, and the facts kept so far."""

    doc: str
    text: str
    sentences: list[Sentence]
    index: SentenceIndex
    resolver: SubjectResolver
    timing: KindReader
    pairs: dict[int, Pairing]
    cued: dict[int, Fact]  # what the cue proposer found, by quantity index
    cue_reasons: dict[int, str]
    last: tuple[int, Fact] | None = None  # the last kept fact and where its number starts
    stated: set[tuple] = field(default_factory=set)  # the cue facts and the facts kept, by _key


@dataclass(frozen=True, slots=True)
class Number:
    """A candidate as the proposers see it."""

    index: int  # in the document's quantities
    quantity: Quantity


class Proposer(Protocol):
    source: ClassVar[str]

    def propose(self, number: Number, context: Context) -> list[Proposal] | Rejection: ...


class CueProposer:
    """A known metric: an indicator cue of `indicator_cues.yaml` next to the number (`facts.find_facts`,
    run once per document in `context.cued`, because a cue serves one number of its sentence)."""

    source: ClassVar[str] = "cue"

    def propose(self, number: Number, context: Context) -> list[Proposal] | Rejection:
        reason = context.cue_reasons.get(number.index, "no verdict")
        if reason == FACT:
            fact = context.cued[number.index]
            return [Proposal(fact, self.source, _cue_features(fact))]
        return Rejection(reason, final=reason not in OPEN_REASONS)


class OpenMetricProposer:
    """Any other number of the document's own text that is no distractor of the genre, with a metric code
    built from the words around it (`open_metrics.propose`)."""

    source: ClassVar[str] = "open"

    def propose(self, number: Number, context: Context) -> list[Proposal] | Rejection:
        q, text = number.quantity, context.text
        si = context.index.at(q.num_start)
        sentence = context.sentences[si]  # type: ignore[index]
        previous = None
        if context.last is not None and "\n" not in text[context.last[0] : sentence.start].strip():
            previous = context.resolver.table.index_of(context.last[1].subject)
        paired = context.pairs.get(number.index)
        national = context.cue_reasons.get(number.index) == NATIONAL_TOTAL
        found = open_metrics.propose(
            context.doc, text, paired.quantity if paired else q, si, sentence, context.resolver,  # type: ignore[arg-type]
            context.timing, national, previous, (paired.entity, paired.candidate) if paired else None,
        )
        if isinstance(found, str):
            return Rejection(found, final=True)
        if _key(found.fact) in context.stated:
            return Rejection("the same fact stated again", final=True)
        return [Proposal(found.fact, self.source, found.features)]


PROPOSERS: tuple[Proposer, ...] = (CueProposer(), OpenMetricProposer())  # in priority order


def choose(proposals: list[Proposal]) -> Proposal:
    """The proposal of the first proposer in priority order; among its own, the most confident."""
    if len(proposals) == 1:
        return proposals[0]
    rank = {proposer.source: i for i, proposer in enumerate(PROPOSERS)}
    return min(proposals, key=lambda p: (rank[p.source], -score(p.source, p.features)))


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
        doc, text, sentences, furniture, quantities, resolver, timing,
        _headlines(text, quantities), pairs,
    )
    context = Context(doc, text, sentences, index, resolver, timing, pairs, cued, reasons)
    context.stated = {_key(f) for f in cued.values()}
    out: list[NumberCandidate] = []
    for qi, q in enumerate(quantities):
        verdict = _verdict(Number(qi, q), context)
        fact, source, reason, features = None, None, "", frozenset[str]()
        if isinstance(verdict, Rejection):
            reason = verdict.reason
        else:
            fact, source, reason = verdict.fact, verdict.source, FACT
            features = verdict.features | _context(resolver, index.at(q.num_start), numbers, fact, timing)
            fact.confidence = score(source, features)
            context.stated.add(_key(fact))
            context.last = (q.start, fact)
        out.append(NumberCandidate(q.start, q.end, text[q.start : q.end], fact, source, reason, features))
    return out


def _verdict(number: Number, context: Context) -> Proposal | Rejection:
    """Ask the proposers in priority order until one proposes or one rejects for good; then choose."""
    proposals: list[Proposal] = []
    rejection = Rejection("no verdict", final=True)
    for proposer in PROPOSERS:
        found = proposer.propose(number, context)
        if isinstance(found, Rejection):
            rejection = found
            if found.final:
                break
            continue
        proposals += found
        break
    return choose(proposals) if proposals else rejection


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
    first, title_end = title_line(text)
    if title_end == len(text) or text[first:title_end].rstrip().endswith("."):
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
