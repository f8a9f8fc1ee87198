"""Coordinated values: "A and B invested 22.4 and 9.8 billion yuan respectively", "A et B comptaient
respectivement 5 900 et 4 300 entreprises": the n-th value of the list belongs to the n-th name of the
list of subjects, and a bare value before the last one shares its unit and multiplier ("22.4 and 9.8
billion yuan")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.extract.numbers import NON_FACT_UNITS, Quantity, digits_value
from etl.extract.segment import Sentence
from etl.extract.subjects import Candidate

_MARKER = re.compile(r"\brespective(?:ly)?\b|\brespectivement\b", re.IGNORECASE)
# What may separate two names, or two values, of one list.
_NAME_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+|&\s*)(?:the\s+|le\s+|la\s+|l['’])?", re.IGNORECASE)
_VALUE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and\s+|et\s+|&\s*)(?:de\s+|d['’])?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Pairing:
    quantity: Quantity  # with the list's unit when it was written bare
    entity: int
    candidate: Candidate
    run: tuple[int, ...]  # indices (in the document's quantities) of the list's values


def pair_respectively(
    text: str,
    sentences: list[Sentence],
    quantities: list[Quantity],
    by_sentence: list[list[Candidate]],
    language: str | None,
) -> dict[int, Pairing]:
    """Index of a quantity -> its own subject, for every value of a "respectively" list whose names
    and values are equally many."""
    out: dict[int, Pairing] = {}
    qi = 0
    for si, sentence in enumerate(sentences):
        members: list[int] = []
        while qi < len(quantities) and quantities[qi].num_start < sentence.end:
            if quantities[qi].num_start >= sentence.start and quantities[qi].unit not in NON_FACT_UNITS:
                members.append(qi)
            qi += 1
        if len(members) < 2 or not _MARKER.search(text, sentence.start, sentence.end):
            continue
        for run in _runs(text, [quantities[i] for i in members], members, _VALUE_JOIN):
            qs = [quantities[i] for i in run]
            names = _name_list(text, by_sentence[si], qs[0].start, qs[-1].end, len(run))
            if names is None:
                continue
            last = qs[-1]
            for index, q, cand in zip(run, qs, names, strict=True):
                out[index] = Pairing(with_unit(text, q, last, language), cand.entity, cand, tuple(run))  # type: ignore[arg-type]
    return out


def _runs(text: str, items: list, indices: list[int], join: re.Pattern[str]) -> list[list[int]]:
    """Maximal runs (of two or more) of consecutive items separated only by a list separator."""
    runs: list[list[int]] = []
    current = [indices[0]]
    for k in range(1, len(items)):
        if join.fullmatch(text, items[k - 1].end, items[k].start) or join.fullmatch(
            text, items[k - 1].num_end, items[k].start
        ):
            current.append(indices[k])
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [indices[k]]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _name_list(text: str, cands: list[Candidate], start: int, end: int, n: int) -> list[Candidate] | None:
    """The list of exactly n distinct names nearest the values: before them, else after them."""
    named = [c for c in cands if c.entity is not None and not c.anaphor and not (start <= c.start < end)]
    if len(named) < n:
        return None
    groups: list[list[Candidate]] = []
    current: list[Candidate] = []
    for c in named:
        if current and _NAME_JOIN.fullmatch(text, current[-1].end, c.start):
            current.append(c)
        else:
            if current:
                groups.append(current)
            current = [c]
    groups.append(current)
    fitting = [g for g in groups if len(g) == n and len({c.entity for c in g}) == n]
    before = [g for g in fitting if g[-1].end <= start]
    if before:
        return before[-1]
    after = [g for g in fitting if g[0].start >= end]
    return after[0] if after else None


def with_unit(text: str, q: Quantity, last: Quantity, language: str | None) -> Quantity:
    """"22.4 and 9.8 billion yuan": the bare 22.4 takes the unit and multiplier written after 9.8."""
    if q is last or q.unit == last.unit or q.unit != "count" or q.form != "digits":
        return q
    raw = digits_value(text[last.num_start : last.num_end], language)
    factor = last.value / raw if raw else 1.0
    if q.value != digits_value(text[q.num_start : q.num_end], language):
        factor = 1.0  # "1 420 milliards et 858 milliards de yuans": its own multiplier is written already
    high = q.value_high * factor if q.value_high is not None else None
    return replace(q, value=q.value * factor, unit=last.unit, value_high=high)
