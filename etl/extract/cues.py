"""Indicator cues (`seeds/reference/indicator_cues.yaml`): which indicator a number measures, from the
words written around it.

All cues that accept one kind of number are compiled into one alternation, so finding the nearest cue
after a number is a single anchored match; the entries are only tried one by one when the nearest cue
fails a condition (a word the sentence must contain, a subject type).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from etl import reference
from etl.extract import guarded, lexicon
from etl.extract.numbers import Quantity
from etl.extract.spans import last

# Where what follows a number stops qualifying it: punctuation or a conjunction.
_SCOPE_END = re.compile(r"[;:!?]|[,.](?!\d)|\b(?:and|et|while|whereas|but|mais|tandis)\b", re.IGNORECASE)
_GAP_WORD = re.compile(r"[^\W\d][\w'’&\-]*")
_NOUN_AFTER = re.compile(r"\s+(?:de\s+|d['’]|of\s+)?([^\W\d]\w*[sx])\b")
_FIRST_WORD = re.compile(r"[^\W\d][\w-]*")

# Words that end a noun phrase: a cue after them belongs to another clause.
_AFTER_STOPS = (
    r"is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|which|that|who|whose|while|"
    r"where|when|than|est|sont|était|étaient|a|ont|avait|sera|seront|qui|que|dont|où|but|mais|also|aussi|"
    r"including|notamment|such|tels|telles|comme|like|with|avec|by|par|in|dans|en|at|à|from|since|depuis|"
    r"for|pour|to|sur|on|over|after|before|during|pendant|among|parmi"
)
_AFTER_GAP = rf"[\s\-–]*(?:(?!(?:{_AFTER_STOPS})\b)[^\W\d][\w'’&\-]*[\s\-–]+){{0,4}}?(?:d['’])?"
_BEFORE_STOPS = r"which|that|who|qui|que|dont|but|mais|while|tandis|and|et|or|ou|since|depuis"
# "GDP grew 5.2 percent to 2.11 trillion yuan": a growth rate may sit between an indicator and its level.
_GROWTH = (
    r"\s+(?:grew|rose|increased|jumped|climbed|expanded|surged|was\s+up|fell|dropped|declined|decreased)\s+"
    r"(?:by\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)(?:\s+(?:year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago)|"
    r"last\s+year|in\s+\d{4}))?\s+to\s*"
    r"|\s+(?:a\s+|ont\s+)?(?:progressé|augmenté|crû|bondi|reculé)\s+de\s+[\d.,]+\s*(?:%|pour\s+cent)\s+"
    r"(?:pour\s+atteindre|à)\s*"
)
_BEFORE_GAP = rf"(?:{_GROWTH}|[\s:]+(?:(?!(?:{_BEFORE_STOPS})\b)[^\W\d][\w'’\-]*[\s:]+){{0,6}}|[\s:]*)$"
# "the number of <noun> reached", "porter le nombre de <nom> à": any count cue written before its number.
_NUMBER_OF = r"(?:number|nombre|celui|celle|ceux|total)\s+(?:of\s+(?:the\s+)?|de\s+|d['’]|des\s+)(?:[\w-]+\s+){0,2}?"
_NUMBER_OF_VERB = (
    r"(?:[\s,]+[\w'’-]+){0,4}?(?:\s+(?:to|à|reached|hit|exceeded|surpassed|topped|stood\s+at|rose\s+to|grew\s+to|"
    r"increased\s+to|was|is|of|atteint|a\s+atteint|dépasse|a\s+dépassé|est\s+de|s['’]élève\s+à|de|:))?"
)
# Units of numbers and the indicator units they can measure.
_DEFAULT_ACCEPTS = {
    "count": ("count",),
    "people": ("count",),
    "percent": ("percent",),
    "cny": ("cny",),
    "rank": ("rank",),
    "km2": ("km2",),
    "m2": ("m2",),
    "km": ("km",),
    "ratio": ("ratio",),
    "count_per_day": ("count_per_day",),
    "count_per_km2": ("count_per_km2",),
    "per_10k_people": ("per_10k_people",),
}


@dataclass(frozen=True, slots=True)
class CueEntry:
    index: int
    code: str  # may hold "{total}"
    unit: str
    accepts: frozenset[str]
    requires: re.Pattern[str] | None
    near: re.Pattern[str] | None
    excludes: re.Pattern[str] | None
    scope_excludes: re.Pattern[str] | None
    subjects: frozenset[str] | None
    subject_kinds: frozenset[str] | None
    not_subject_kinds: frozenset[str]
    rank: bool
    after: re.Pattern[str] | None  # gap + cue, anchored where the number ends
    before: re.Pattern[str] | None  # cue followed by a gap reaching where the number starts
    words: re.Pattern[str] | None  # every cue of the entry, anywhere (for a noun echoed later)


@dataclass(frozen=True, slots=True)
class CueMatch:
    entry: CueEntry
    start: int  # of the cue words themselves (without the gap)
    end: int
    gap_words: int

    @property
    def code(self) -> str:
        return self.entry.code


@dataclass(frozen=True, slots=True)
class _Group:
    """The cues of every entry accepting one unit of number, compiled together."""

    entries: tuple[CueEntry, ...]
    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    by_index: dict[int, CueEntry]


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(3):  # macros may use macros
        for name, value in macros.items():
            pattern = pattern.replace(f"%{name}%", value)
    return pattern


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _optional(item: dict, key: str, macros: dict[str, str]) -> re.Pattern[str] | None:
    words = item.get(key)
    return guarded.compile(_alternation([_expand(w, macros) for w in words]), re.IGNORECASE) if words else None


@cache
def cue_book() -> dict[str, _Group]:
    """Cue entries grouped by the unit of number they accept."""
    data = lexicon.load("indicator_cues.yaml")
    macros = data.get("macros", {})
    units = {i.code: i.unit for i in reference.indicators()}
    flags = re.IGNORECASE
    entries: list[CueEntry] = []
    raw: list[tuple[CueEntry, list[str], list[str]]] = []
    for index, item in enumerate(data["entries"]):
        code = item["code"]
        unit = units.get(code.replace("{total}", "20")) or units.get(code) or item.get("unit") or "count"
        accepts = item.get("accepts") or _DEFAULT_ACCEPTS.get(unit, (unit,))
        after = [_expand(p, macros) for p in item.get("after", [])]
        before = [_expand(p, macros) for p in item.get("before", [])]
        if after and set(accepts) <= {"count"}:
            before.append(f"{_NUMBER_OF}(?:{_alternation(after)}){_NUMBER_OF_VERB}")

        entry = CueEntry(
            index=index,
            code=code,
            unit=unit,
            accepts=frozenset(accepts),
            requires=_optional(item, "requires", macros),
            near=_optional(item, "near", macros),
            excludes=_optional(item, "excludes", macros),
            scope_excludes=_optional(item, "scope_excludes", macros),
            subjects=frozenset(item["subjects"]) if item.get("subjects") else None,
            subject_kinds=frozenset(item["subject_kinds"]) if item.get("subject_kinds") else None,
            not_subject_kinds=frozenset(item.get("not_subject_kinds", ())),
            rank=bool(item.get("rank")),
            after=guarded.compile(f"(?P<gap>{_AFTER_GAP})(?P<cue>{_alternation(after)})", flags) if after else None,
            before=guarded.compile(f"(?P<cue>{_alternation(before)})(?={_BEFORE_GAP})", flags) if before else None,
            words=guarded.compile(_alternation(after), flags) if after else None,
        )
        entries.append(entry)
        raw.append((entry, after, before))
    groups: dict[str, _Group] = {}
    for unit in {u for e in entries for u in e.accepts}:
        members = [(e, a, b) for e, a, b in raw if unit in e.accepts]
        after_alt = "|".join(f"(?P<e{e.index}>{_alternation(a)})" for e, a, _ in members if a)
        before_alt = "|".join(f"(?P<e{e.index}>{_alternation(b)})" for e, _, b in members if b)
        groups[unit] = _Group(
            entries=tuple(e for e, _, _ in members),
            after=guarded.compile(f"(?P<gap>{_AFTER_GAP})(?:{after_alt})", flags) if after_alt else None,
            before=guarded.compile(f"(?:{before_alt})(?={_BEFORE_GAP})", flags) if before_alt else None,
            by_index={e.index: e for e, _, _ in members},
        )
    return groups


def entry_ok(entry: CueEntry, text: str, sentence: tuple[int, int], q: Quantity, cue: tuple[int, int]) -> bool:
    """The conditions of an entry other than its subject: required, near and excluded words, totals."""
    s_start, s_end = sentence
    if "{total}" in entry.code and q.total is None:
        return False
    if entry.requires is not None and not entry.requires.search(text, s_start, s_end):
        return False
    if entry.excludes is not None and entry.excludes.search(text, s_start, s_end):
        return False
    if entry.scope_excludes is not None:
        stop = _SCOPE_END.search(text, q.end, s_end)
        if entry.scope_excludes.search(text, q.end, stop.start() if stop else s_end):
            return False
    if entry.near is not None:
        lo, hi = min(q.start, cue[0]), max(q.end, cue[1])
        if not entry.near.search(text, lo, hi):
            return False
    return True


def _gap_words(gap: str) -> int:
    return len(_GAP_WORD.findall(gap))


def after_cues(text: str, q: Quantity, limit: int) -> Iterator[CueMatch]:
    """Cues after the number (up to `limit`, the end of its sentence), the nearest first; the others are
    only computed when the caller asks for them."""
    group = cue_book().get(q.unit)
    if group is None or group.after is None:
        return
    m = group.after.match(text, q.end, limit)
    if m is None:
        return
    first = _entry_index(m)
    yield CueMatch(group.by_index[first], m.end("gap"), m.end(), _gap_words(m.group("gap")))
    rest: list[CueMatch] = []
    for entry in group.entries:
        if entry.after is None or entry.index == first:
            continue
        # the cue of a match is a match of `words` between the number and `limit`: one scan, no gap to try
        if entry.words.search(text, q.end, limit) is None:  # type: ignore[union-attr]
            continue
        em = entry.after.match(text, q.end, limit)
        if em is not None:
            rest.append(CueMatch(entry, em.end("gap"), em.end(), _gap_words(em.group("gap"))))
    rest.sort(key=lambda c: (c.gap_words, c.entry.index))
    yield from rest


def before_cues(text: str, q: Quantity, window_start: int) -> Iterator[CueMatch]:
    """Cues before the number within [window_start, q.start), the nearest first."""
    group = cue_book().get(q.unit)
    if group is None or group.before is None or window_start >= q.start:
        return
    found = list(group.before.finditer(text, window_start, q.start))
    if not found:
        return
    by_index = group.by_index
    seen: set[int] = set()
    for m in reversed(found):
        index = _entry_index(m)
        seen.add(index)
        yield CueMatch(by_index[index], m.start(), m.end(), _gap_words(text[m.end() : q.start]))
    hidden = [e for e in group.entries if e.before is not None and e.index not in seen]
    if not hidden:
        return
    starts = _match_starts(group.before, text, window_start, q.start)
    for entry in hidden:  # cues hidden behind an earlier alternative at the same place
        nearest = _last_match(entry.before, text, starts, q.start)  # type: ignore[arg-type]
        if nearest is not None:
            yield CueMatch(entry, nearest.start(), nearest.end(), _gap_words(text[nearest.end() : q.start]))


def _match_starts(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[int]:
    """Every position in [pos, endpos) where `pattern` matches (overlapping matches included)."""
    out: list[int] = []
    search = pattern.search
    while pos <= endpos:
        m = search(text, pos, endpos)
        if m is None:
            break
        out.append(m.start())
        pos = m.start() + 1
    return out


def _last_match(pattern: re.Pattern[str], text: str, starts: list[int], endpos: int) -> re.Match[str] | None:
    """`last(pattern.finditer(text, starts[0], endpos))` for a pattern that can only match where the group's
    alternation (which holds it) matches: only those positions are tried, in finditer's order."""
    found = None
    until = -1  # finditer resumes after the end of its previous match
    for p in starts:
        if p < until:
            continue
        m = pattern.match(text, p, endpos)
        if m is None:
            continue
        if m.end() == p:  # an empty match: finditer's stepping rules apply, so ask it
            return last(pattern.finditer(text, starts[0], endpos))
        found, until = m, m.end()
    return found


def echoed_cue(text: str, q: Quantity, window_start: int) -> CueMatch | None:
    """"... laboratoires clés nationaux, avec 25 laboratoires": a number followed by the first noun of a
    cue written earlier in its sentence measures that cue's indicator."""
    noun = _NOUN_AFTER.match(text, q.end)
    group = cue_book().get(q.unit)
    if noun is None or group is None or len(noun.group(1)) < 4:
        return None
    word = noun.group(1).lower()
    # An ASCII word lowercased from a stretch of the window is in the lowercased window: most numbers'
    # nouns echo nothing, and this spares the scan of every entry.
    if word.isascii() and word not in text[window_start : q.start].lower():
        return None
    for entry in group.entries:
        if entry.words is None or entry.requires is not None or "{total}" in entry.code:
            continue
        for m in entry.words.finditer(text, window_start, q.start):
            first = _FIRST_WORD.search(m.group())
            if first is not None and first.group().lower() == word:
                return CueMatch(entry, q.end, noun.end(), 0)
    return None


def _entry_index(m: re.Match[str]) -> int:
    # The entry's group encloses everything the cue matched, so it is the last group to close; the
    # scan over all groups is only a fallback.
    name = m.lastgroup
    if name is not None and name[0] == "e":
        return int(name[1:])
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("e"):
            return int(name[1:])
    raise ValueError("a cue match without an entry group")
