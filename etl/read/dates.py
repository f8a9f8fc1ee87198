"""Dates: the publication date stated in a document's header, and dates written in a manifest."""

from __future__ import annotations

import re
from datetime import date

from etl.read.cues import reading_cues
from etl.read.language import detect_language

HEADER_CHARS = 1500  # publication dates and titles live in the page header


def valid_date(y: int, m: int, d: int) -> date | None:
    if not 1990 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _date_of(match: re.Match[str], month_first: bool) -> date | None:
    groups = match.groupdict()
    y = int(groups["y"])
    if groups.get("mon"):
        m = reading_cues().months.get(groups["mon"].casefold().rstrip("."))
        return valid_date(y, m, int(groups["d"])) if m else None
    if groups.get("m"):
        return valid_date(y, int(groups["m"]), int(groups["d"]))
    a, b = int(groups["a"]), int(groups["b"])
    if a > 12 or (b <= 12 and not month_first):
        return valid_date(y, b, a)
    return valid_date(y, a, b)


def _date_rank(text: str, start: int, end: int) -> int | None:
    """How a date found at text[start:end] qualifies as the publication date: 0 labelled as
    published, 1 labelled as a date, 2 labelled as an update, 3 a line that is only a date (with time
    and source) or a dateline; None when it is a date in running text (an event)."""
    cues = reading_cues()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    label = cues.label_before.search(before)
    if label:
        return cues.label_rank[label["label"].casefold()]
    if cues.date_line_before.match(before) and cues.date_line_after.match(after):
        return 3
    if cues.dateline_before.match(before) and cues.dateline_after.match(after):
        return 3
    return None


# Without look-arounds the engine can jump between literal "19"/"20" prefixes: about five times faster.
_YEAR = re.compile(r"(?:19|20)\d{2}")
# How far each date form (in the order of ReadingCues.date_patterns) reaches before and after its year.
_DATE_REACH = ((0, 16), (6, 0), (24, 0), (24, 0))


def find_published(text: str) -> date | None:
    """The publication date stated in the header (first ~1,500 characters): labelled dates first
    ("Published: ...", "Publié le ...", "发布时间："), then a line that is only a date, or a dateline.
    Dates in running text are events, not publication dates."""
    header = text[:HEADER_CHARS]
    found: dict[tuple[int, int], date] = {}
    month_first: bool | None = None
    # Every date form holds a four-digit year, so only the text around years is searched.
    for year in _YEAR.finditer(header):
        if header[year.start() - 1 : year.start()].isdigit() or header[year.end() : year.end() + 1].isdigit():
            continue
        for pattern, (before, after) in zip(reading_cues().date_patterns, _DATE_REACH, strict=True):
            lo, hi = max(0, year.start() - before), min(len(header), year.end() + after)
            for m in pattern.finditer(header, lo, hi):
                if m.span() in found:
                    continue
                if month_first is None and m.groupdict().get("a"):
                    month_first = detect_language(header) == "en"
                value = _date_of(m, bool(month_first))
                if value is not None:
                    found[m.span()] = value
    best: tuple[int, int, date] | None = None
    for (start, end), value in found.items():
        rank = _date_rank(header, start, end)
        if rank is not None and (best is None or (rank, start) < best[:2]):
            best = (rank, start, value)
    return best[2] if best else None


def parse_date(value: str) -> date | None:
    """A date written in any of the forms find_published reads ("2025-03-03", "3 mars 2025"...)."""
    for pattern in reading_cues().date_patterns:
        m = pattern.search(value)
        if m:
            return _date_of(m, month_first=False)
    return None
