"""Facts: a number, an indicator cue and a subject that fit together, with the clause that states them.

A number becomes a fact only when a cue of `indicator_cues.yaml` accepts its unit and stands next to it,
the cue's conditions hold in its sentence, and a subject of an allowed type can be resolved; everything
else (years, durations, list counts, numbers in names, page furniture) is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from etl.extract import guarded, lexicon, open_metrics
from etl.extract.cues import CueMatch, after_cues, before_cues, echoed_cue, entry_ok
from etl.extract.furniture import Furniture
from etl.extract.kinds import KindReader
from etl.extract.numbers import NON_FACT_UNITS, Quantity, plain
from etl.extract.respectively import Pairing
from etl.extract.segment import Sentence, SentenceIndex
from etl.extract.subjects import Candidate, SubjectResolver
from etl.records import Fact

_BEFORE_WINDOW = 160  # characters before a number searched for a cue written ahead of it


@dataclass(frozen=True, slots=True)
class _Choice:
    cue: CueMatch
    entity: int
    candidate: Candidate | None


@dataclass(slots=True)
class _State:
    """What the facts found so far in a document tell about the next number."""

    used_cues: set[tuple[str, int]] = field(default_factory=set)  # a cue serves one number
    cue_spans: list[tuple[int, int]] = field(default_factory=list)  # numbers inside a cue are part of it
    ranking: dict[int, CueMatch] = field(default_factory=dict)  # the ranking a sentence lists
    last_in_sentence: dict[int, tuple[_Choice, Quantity]] = field(default_factory=dict)
    last: tuple[_Choice, int] | None = None  # the last fact's choice and sentence


def find_facts(
    doc: str,
    text: str,
    sentences: list[Sentence],
    furniture: Furniture,
    quantities: list[Quantity],
    resolver: SubjectResolver,
    timing: KindReader,
    headlines: frozenset[int] | set[int],
    pairs: dict[int, Pairing],
) -> tuple[dict[int, Fact], dict[int, str]]:
    """Facts the indicator cues support, and why every other number was left out (index -> reason).

    The reasons listed in OPEN_REASONS leave the number to the open-metric proposer; the others are
    final (a year, page furniture, a denominator...)."""
    index = SentenceIndex(sentences)
    state = _State()
    facts: dict[int, Fact] = {}
    reasons: dict[int, str] = {}
    seen: set[tuple] = set()
    list_cues: dict[int, CueMatch | None] = {}  # a "respectively" list's cue, found once for all its values
    for qi, q in enumerate(quantities):
        if q.unit in NON_FACT_UNITS:
            reasons[qi] = f"not a value: {q.unit}"
            continue
        if furniture.covers(q.num_start, q.num_end):
            reasons[qi] = "page furniture"
            continue
        if qi in headlines:
            reasons[qi] = "a headline repeating a figure of the body"
            continue
        if qi not in pairs and any(s <= q.num_start < e for s, e in state.cue_spans):
            reasons[qi] = "part of another number's indicator"  # "per 10,000 people", "top 100"
            continue
        if _not_own_value(text, q):
            reasons[qi] = "a denominator or the size of a ranked group"
            continue
        si = index.at(q.num_start)
        if si is None:
            reasons[qi] = "outside any sentence"
            continue
        sentence = sentences[si]
        not_value = open_metrics.not_a_value(text, q, sentence)
        passed = not_value is None and open_metrics.milestone(text, q)
        if passed and timing.kind((sentence.start, sentence.end), q.start) == "observation":
            not_value = open_metrics.MILESTONE
        if not_value is not None:
            reasons[qi] = not_value
            continue
        if qi in pairs:
            pair = pairs[qi]
            q = pair.quantity
            choice, link = _paired_choice(text, pair, quantities, si, sentence, resolver, state, list_cues)
            if choice is None:
                reasons[qi] = NO_CUE
                continue
            choice = _Choice(choice.cue, pair.entity, pair.candidate)
        else:
            choice, link = _find_choice(text, q, si, sentence, resolver, state)
        if choice is None:
            reasons[qi] = NO_CUE
            continue
        cue = choice.cue
        if _national_total(text, q) and resolver.table.entities[choice.entity].kind != "country":
            reasons[qi] = NATIONAL_TOTAL
            continue
        if (choice.candidate is None or choice.candidate.start > q.start) and open_metrics.national_scope(
            text, q, sentence, resolver, si
        ):
            choice = _Choice(choice.cue, open_metrics.country_index(resolver), None)
        if cue.entry.rank:
            state.ranking[si] = cue
        state.used_cues.add((cue.entry.code, cue.start))
        if qi not in pairs:
            state.cue_spans.append((cue.start, cue.end))
        span = (sentence.start, sentence.end)
        if link == "comparison" or _starts_change(text, q, sentence):
            kind, year = "observation", timing.change_year(span, q.start) or timing.year_after(q.end, span)
        else:
            kind = timing.kind(span, q.start)
            year = timing.year(span, q.start, kind, q.end)
        if year is None:
            year = timing.context_year(span, q.start, kind)
        fact = _fact(doc, text, q, choice, resolver, kind, year)
        key = (fact.subject, fact.metric, fact.value, fact.value_high, fact.kind, fact.year)
        if key in seen:
            reasons[qi] = "the same fact stated again"
            continue
        seen.add(key)
        state.last_in_sentence[si] = (choice, q)
        state.last = (choice, si)
        facts[qi] = fact
        reasons[qi] = FACT
    return facts, reasons


FACT = "fact"
NO_CUE = "no indicator cue"
NATIONAL_TOTAL = "national total"
OPEN_REASONS = frozenset({NO_CUE, NATIONAL_TOTAL})


def _paired_choice(
    text: str,
    pair: Pairing,
    quantities: list[Quantity],
    si: int,
    sentence: Sentence,
    resolver: SubjectResolver,
    state: _State,
    found: dict[int, CueMatch | None],
) -> tuple[_Choice | None, str | None]:
    """The cue of a "respectively" list, shared by all its values: the one its last value finds (a noun
    after the list), else the one its first value finds (an indicator written before the list)."""
    key = pair.run[0]
    if key not in found:
        choice = None
        for lead in (pair.run[-1], pair.run[0]):
            choice = choice or _choose(text, quantities[lead], si, sentence, resolver, state.used_cues)
        found[key] = choice.cue if choice is not None else None
    cue = found[key]
    return (_Choice(cue, -1, None) if cue is not None else None), None


def _find_choice(
    text: str, q: Quantity, si: int, sentence: Sentence, resolver: SubjectResolver, state: _State
) -> tuple[_Choice | None, str | None]:
    """The cue and subject of a number, and how it is linked to the fact before it (if it is): a cue of
    its own first, then a ranking listed in its sentence, a link to the sentence's previous fact, a goal
    restated after the last fact, a noun echoing an earlier cue."""
    choice = _choose(text, q, si, sentence, resolver, state.used_cues)
    if choice is None and q.unit == "rank" and si in state.ranking:
        choice = _listed_rank(text, q, si, resolver, state.ranking[si])
    if choice is not None:
        return choice, None
    if si in state.last_in_sentence:
        link = _linked(text, q, state.last_in_sentence[si])
        if link is not None:
            choice, name = link
            if name == "subset":
                choice = _subset_subject(text, q, si, resolver, choice)
            elif name == "parallel":
                choice = _parallel_subject(q, si, resolver, choice, state.last_in_sentence[si][1])
            return choice, name
    if state.last is not None and state.last[1] >= si - 1:
        choice = _restated_goal(text, q, si, sentence, resolver, state.last[0])
        if choice is not None:
            return choice, None
    cue = echoed_cue(text, q, sentence.start)
    if cue is None:
        return None, None
    found = resolver.subject(si, q.start, q.end, (q.end, q.end), cue.entry.subjects, False)
    return (_Choice(cue, found[0], found[1]) if found else None), None


def _fact(
    doc: str, text: str, q: Quantity, choice: _Choice, resolver: SubjectResolver, kind: str, year: int | None
) -> Fact:
    cue = choice.cue
    entity = resolver.table.entities[choice.entity]
    metric = cue.entry.code.replace("{total}", str(int(q.total))) if q.total else cue.entry.code
    start, end = _quote(q, cue, choice.candidate)
    return Fact(
        doc=doc,
        kind=kind,  # type: ignore[arg-type]
        subject=entity.name,
        subject_type=entity.type,  # type: ignore[arg-type]
        metric=metric,
        value=plain(q.value),
        unit=cue.entry.unit,
        quote=text[start:end],
        start=start,
        end=end,
        value_high=plain(q.value_high) if q.value_high is not None else None,
        qualifier=q.qualifier,  # type: ignore[arg-type]
        year=year,
    )


def _choose(
    text: str, q: Quantity, si: int, sentence: Sentence, resolver: SubjectResolver, used: set[tuple[str, int]]
) -> _Choice | None:
    """The best cue with a fitting subject: the one with the fewest words between it and the number,
    an after-cue ("12,000 high-tech firms") winning a tie with a before-cue ("GDP reached ...")."""
    after = _first_valid(text, q, si, sentence, resolver, used, after_cues(text, q, sentence.end))
    if q.form == "article":  # "un parc ...": the French article counts only right before its noun
        return after if after is not None and after.cue.gap_words == 0 else None
    if after is not None and after.cue.gap_words == 0:
        return after  # a cue before the number could at best tie
    # a cue before the number must be nearer than the one after it: right before it when that one is near
    reach = _BEFORE_WINDOW if after is None or after.cue.gap_words > 2 else 80
    window = max(sentence.start, q.start - reach)
    before = _first_valid(text, q, si, sentence, resolver, used, before_cues(text, q, window))
    if after is None:
        return before
    if before is None:
        return after
    return after if after.cue.gap_words <= before.cue.gap_words else before


def _first_valid(text, q, si, sentence, resolver, used, cues) -> _Choice | None:  # noqa: ANN001
    for cue in cues:
        if (cue.entry.code, cue.start) in used:
            continue
        if not entry_ok(cue.entry, text, (sentence.start, sentence.end), q, (cue.start, cue.end)):
            continue
        e = cue.entry
        found = resolver.subject(
            si, q.start, q.end, (cue.start, cue.end), e.subjects, e.rank, e.subject_kinds,
            e.not_subject_kinds | open_metrics.not_subject_kinds(),
        )
        if found is None:
            continue
        return _Choice(cue, found[0], found[1])
    return None


def _subset_subject(text: str, q: Quantity, si: int, resolver: SubjectResolver, choice: _Choice) -> _Choice:
    """"dont 23 à Xi'an", "including 12 in Hefei": the part belongs to the place named right after it."""
    place = _SUBSET_PLACE.match(text, q.end)
    if place is not None:
        for c in resolver.by_sentence[si]:
            if c.start == place.end() and c.entity is not None and not c.anaphor:
                return _Choice(choice.cue, c.entity, c)
    return choice


def _parallel_subject(
    q: Quantity, si: int, resolver: SubjectResolver, choice: _Choice, before: Quantity
) -> _Choice | None:
    """", la seconde trois": the value belongs to the name the anaphor between the two values stands for."""
    for c in resolver.by_sentence[si]:
        if c.anaphor and c.entity is not None and before.end <= c.start and c.end <= q.start:
            return _Choice(CueMatch(choice.cue.entry, c.start, q.end, 0), c.entity, c)
    return None


_SUBSET_PLACE = guarded.compile(r"\s+(?:à|au|en|dans|in|at)\s+(?:la\s+|le\s+|l['’]|the\s+)?", re.IGNORECASE)


def _linked(text: str, q: Quantity, previous: tuple[_Choice, Quantity]) -> tuple[_Choice, str] | None:
    """A number tied to the sentence's previous fact by a comparison ("up from 8,100", "contre 48,6") or
    a continuation ("et vise 15 000"): same subject and indicator. Returns the choice and the link kind."""
    choice, before = previous
    if q.form == "article" or q.unit not in choice.cue.entry.accepts or q.start < before.end:
        return None
    gap = _YEARS.sub("", text[before.end : q.start])
    if len(gap) > 80 or any(c.isdigit() for c in gap):
        return None
    links = _links()
    for name in ("subset", "parallel", "comparison", "change_to", "continuation"):
        search = links[name].fullmatch if name == "change_to" else links[name].search
        m = search(text, before.end, q.start)
        if m:
            cue = CueMatch(choice.cue.entry, m.start(), q.end, 0)
            return _Choice(cue, choice.entity, None), name
    return None


@cache
def _links() -> dict[str, re.Pattern[str]]:
    data = lexicon.load("extraction.yaml")
    out = {name: guarded.compile(pattern, re.IGNORECASE) for name, pattern in data["links"].items()}
    for name in ("goal_before", "bare_after", "change_from", "change_to_after"):
        out[name] = guarded.compile(data[name], re.IGNORECASE)
    return out


def _starts_change(text: str, q: Quantity, sentence: Sentence) -> bool:
    """"raise R&D intensity from 4 percent to 4.5 percent": 4 percent is the current value."""
    links = _links()
    return bool(
        links["change_from"].search(text, max(sentence.start, q.start - 8), q.start)
        and links["change_to_after"].match(text, q.end, sentence.end)
    )


def _restated_goal(
    text: str, q: Quantity, si: int, sentence: Sentence, resolver: SubjectResolver, previous: _Choice
) -> _Choice | None:
    """"The city has set a goal of 8,000 by 2027." after a fact on high-tech firms: a bare number after a
    goal phrase restates the last fact's indicator for the subject of its own sentence."""
    links = _links()
    entry = previous.cue.entry
    if q.unit not in entry.accepts or q.form == "article":
        return None
    if not links["goal_before"].search(text, sentence.start, q.start) or not links["bare_after"].match(
        text, q.end, sentence.end
    ):
        return None
    found = resolver.subject(si, q.start, q.end, (q.start, q.end), entry.subjects, entry.rank)
    if found is None:
        return None
    return _Choice(CueMatch(entry, q.start, q.end, 0), found[0], found[1])


_YEARS = guarded.compile(r"\b(?:19|20)\d\d\b")

# "per 10,000 people", "pour 10 000 habitants": a denominator; "among the 178 zones": the size of a group
_DENOMINATOR_BEFORE = guarded.compile(r"\b(?:per|pour|par)\s+$", re.IGNORECASE)
_PEOPLE_AFTER = guarded.compile(
    r"\s*(?:people|persons|residents|inhabitants|habitants|personnes|résidents)\b", re.IGNORECASE
)
_GROUP_BEFORE = guarded.compile(r"\b(?:among|parmi)\s+(?:the|all|all\s+the|les|des)\s+$", re.IGNORECASE)
# "the country's 178 national high-tech zones": the nation's count, a fact only of the country itself
_NATIONAL_BEFORE = guarded.compile(
    r"\b(?:(?:the\s+)?(?:country|nation)|China)['’]s\s+(?:total\s+of\s+)?$|\bnationwide\s+$", re.IGNORECASE
)


def _not_own_value(text: str, q: Quantity) -> bool:
    """A number that only frames another: a "per N people" denominator or the size of a group ranked in."""
    before = text[max(0, q.start - 24) : q.start]
    if _DENOMINATOR_BEFORE.search(before) and _PEOPLE_AFTER.match(text, q.end):
        return True
    return q.unit == "count" and _GROUP_BEFORE.search(before) is not None


def _national_total(text: str, q: Quantity) -> bool:
    return q.unit == "count" and _NATIONAL_BEFORE.search(text, max(0, q.start - 32), q.start) is not None


def _listed_rank(text: str, q: Quantity, si: int, resolver: SubjectResolver, previous: CueMatch) -> _Choice | None:
    """"X ranked sixth, Y 13th, and Z 15th": an ordinal right after a name continues the sentence's ranking."""
    named = [
        c
        for c in resolver.by_sentence[si]
        if c.entity is not None and c.end <= q.start and q.start - c.end <= 3 and not c.anaphor
    ]
    if not named:
        return None
    cand = named[-1]
    subjects = previous.entry.subjects
    if subjects is not None and resolver.table.entities[cand.entity].type not in subjects:  # type: ignore[index]
        return None
    cue = CueMatch(previous.entry, q.start, q.end, 0)
    return _Choice(cue, cand.entity, cand)  # type: ignore[arg-type]


def _quote(q: Quantity, cue: CueMatch, subject: Candidate | None) -> tuple[int, int]:
    start = min(q.start, cue.start)
    end = max(q.end, cue.end)
    if subject is not None and subject.start < start and start - subject.start <= 160:
        start = subject.start
    return start, end
