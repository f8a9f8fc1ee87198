"""Text that is not the document's own reporting: page furniture, footers, refusals, encyclopedic filler.

Patterns are data (`extraction.yaml`, section `furniture`). The result is a set of spans; facts are
never taken from them, entities only from the filler (it still names real places and programs).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from etl.aliases import alias_key
from etl.extract import guarded, lexicon

_HEADING_END = guarded.compile(r"[.!?:;,]\W*$")
_ARTICLE = guarded.compile(r"^(?:the|an?|les?|la|l['’]|une?)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Rules:
    line: re.Pattern[str]
    tail: re.Pattern[str]
    tail_from: float
    refusal: re.Pattern[str]
    filler: re.Pattern[str]
    heading_max: int
    repeat_min: int
    dateline: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = lexicon.load("extraction.yaml")["furniture"]
    flags = re.IGNORECASE
    return _Rules(
        line=guarded.compile("|".join(f"(?:{p})" for p in data["lines"]) + r"\W*", flags),
        tail=guarded.compile(data["tail_markers"] + r"\W*", flags),
        tail_from=float(data["tail_from"]),
        refusal=guarded.compile(data["refusals"], flags),
        filler=guarded.compile(data["filler"], flags),
        heading_max=int(data["heading_max_chars"]),
        repeat_min=int(data["repeat_min_chars"]),
        dateline=guarded.compile(lexicon.load("extraction.yaml")["dateline"]),
    )


class Furniture:
    """Spans of a text that yield no facts; `page` spans yield no entities either."""

    __slots__ = ("_ends", "_kinds", "_reach", "_starts")

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _, _ in spans]
        self._ends = [e for _, e, _ in spans]
        self._kinds = [k for _, _, k in spans]
        # furthest end of the spans starting at or before each one: `covers` is then one bisection
        self._reach = list(accumulate(self._ends, max))

    def kind_at(self, pos: int) -> str | None:
        """"page", "filler" or None for the character at `pos` ("page" wins where spans overlap)."""
        found = None
        for i in range(bisect_right(self._starts, pos) - 1, -1, -1):
            if self._starts[i] <= pos < self._ends[i]:
                if self._kinds[i] == "page":
                    return "page"
                found = self._kinds[i]
        return found

    def covers(self, start: int, end: int) -> bool:
        """True when any part of [start, end) is furniture."""
        k = bisect_left(self._starts, end)  # the spans starting before `end`
        return k > 0 and self._reach[k - 1] > start

    def spans(self) -> list[tuple[int, int, str]]:
        return list(zip(self._starts, self._ends, self._kinds, strict=True))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def find_furniture(text: str) -> Furniture:
    rules = _rules()
    lines = _lines(text)
    spans: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if s >= rules.tail_from * len(text) and rules.tail.fullmatch(line):
            spans.append((s, len(text), "page"))
            break
        if rules.line.fullmatch(line):
            spans.append((s, e, "page"))
            continue
        dateline = rules.dateline.match(line)
        if dateline:  # the newsroom's place, not what the story is about
            spans.append((s, s + dateline.end(), "page"))
        if rules.refusal.search(line):
            if not spans or spans[-1][:2] != (s, e):
                spans.append((s, e, "filler"))
            continue
        key = " ".join(line.lower().split())
        if len(line) >= rules.repeat_min and key in seen:
            spans.append((s, e, "page"))
            continue
        seen.add(key)
        if i + 1 < len(lines) and _is_heading(line, rules) and _defines(text, line, lines[i + 1], rules):
            spans.append((s, e, "filler"))
            spans.append((lines[i + 1][0], lines[i + 1][1], "filler"))
    return Furniture(spans)


def _is_heading(line: str, rules: _Rules) -> bool:
    return len(line) <= rules.heading_max and not _HEADING_END.search(line)


def _defines(text: str, heading: str, paragraph: tuple[int, int], rules: _Rules) -> bool:
    """The paragraph under a heading is a definition of the heading's topic (encyclopedic filler)."""
    body = text[paragraph[0] : paragraph[1]]
    if rules.refusal.search(body):
        return True
    head_key = alias_key(heading)
    opening = alias_key(_ARTICLE.sub("", body[: len(heading) + 12]))
    return bool(head_key) and opening.startswith(head_key) and bool(rules.filler.search(body))
