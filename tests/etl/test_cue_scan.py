"""The scan for cues hidden behind another alternative tries only where the unit's alternation matches,
and finds exactly what a full scan of each entry's pattern finds."""

from __future__ import annotations

import re

from etl.extract.cues import _last_match, _match_starts, cue_book
from etl.extract.spans import last

SENTENCES = [
    "The number of national high-tech enterprises reached 12,400, and R&D spending rose to 4.1 percent of GDP",
    "Investment in research and development stood at 38 billion yuan, while patents granted grew to",
    "Le nombre d'entreprises de haute technologie a atteint 9 800 et les dépenses de R&D représentent",
    "La ville compte désormais 27 laboratoires clés nationaux et un parc scientifique de",
    "GDP grew 6.1 percent to 2.3 trillion yuan, with the digital economy accounting for",
]


def _windows(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start in range(0, len(text), 7) for end in range(start + 1, len(text) + 1, 5)]


def test_hidden_cue_scan_finds_what_each_pattern_finds() -> None:
    compared = 0
    for text, group in ((t, g) for t in SENTENCES for g in cue_book().values()):
        if group.before is None:
            continue
        for start, end in _windows(text):
            starts = _match_starts(group.before, text, start, end)
            for entry in group.entries:
                if entry.before is None:
                    continue
                full = last(entry.before.finditer(text, start, end))
                fast = _last_match(entry.before, text, starts, end) if starts else None
                assert (full and full.span()) == (fast and fast.span()), (entry.code, start, end)
                compared += full is not None
    assert compared > 50  # the sentences do hold cues


def test_match_starts_lists_overlapping_positions() -> None:
    assert _match_starts(re.compile(r"aa"), "aaaa", 0, 4) == [0, 1, 2]
    assert _match_starts(re.compile(r"aa(?=$)"), "aaaa", 0, 3) == [1]


def test_last_match_follows_finditer_stepping() -> None:
    pattern = re.compile(r"aba")
    text = "ababa aba"
    starts = _match_starts(pattern, text, 0, len(text))
    assert starts == [0, 2, 6]
    assert _last_match(pattern, text, starts, len(text)).span() == last(pattern.finditer(text)).span() == (6, 9)
    # the match at 2 overlaps the one at 0, so finditer never reports it
    assert _last_match(pattern, "ababa", [0, 2], 5).span() == (0, 3)
