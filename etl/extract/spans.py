"""Small helpers over spans and regex matches shared by the extractor's modules."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping `spans`."""
    k = bisect_right(spans, (start, float("inf"))) - 1
    return (k >= 0 and spans[k][1] > start) or (k + 1 < len(spans) and spans[k + 1][0] < end)


def last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of a run of matches (a search for the nearest cue before a position)."""
    found = None
    for found in matches:  # noqa: B007 - only the last one is wanted
        pass
    return found
