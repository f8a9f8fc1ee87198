"""First-character guards (etl/extract/guarded.py) change how fast a pattern fails, never what it matches."""

import re
from pathlib import Path

import pytest

from etl.extract import guarded

TEXT = (
    "By 2027, Shanghai aims to host 25,000 high-tech firms; l'objectif est d'ici 2030 de porter le nombre "
    "d'entreprises à 30 000. The number of national key laboratories reached 12 (up from 9 in 2022), "
    "while R&D intensity stood at 4.2 %. Σ ΣΑΣ straße STRASSE Kelvin \u212a ſ [x] a-b a|b ))"
)

PATTERNS = [
    r"\b(?:by\s+(?:the\s+end\s+of\s+)?(?P<year>20\d\d)|(?:aims?|plans?\s+to|wants?)\b|d['’]ici\s+(?P<y2>20\d\d))",
    r"(?:(?:of\s+)?(?:all\s+)?(?:national|China['’]s)\s+key\s+lab\w*|(?:high[- ]?tech|hi-tech)\s+firms)",
    r"(?<!to )(?<!will )\b(?:reached|(?:stood|stands)\s+at|(?:up|down)\s+from)\b",
    r"(?:number|nombre)\s+(?:of\s+|d['’])(?:[\w-]+\s+){0,2}?(?:(?:national\s+)?key\s+lab\w*|entreprises)",
    r"(?:(?:a|b)?|c)x|(?:[\]x-]|\[)y?",  # a nullable branch, classes holding "]" and "["
    r"(?:(?P<q>a)-b|(?P=q)z|(?:s|k)\w+)",  # a back-reference: that branch is left alone
    r"(?i:(?:strasse|kelvin))|(?:(?:σ|ς)\w*)",  # scoped flags: no guard inside
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_guarded_pattern_matches_exactly_what_the_plain_one_matches(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), guarded.compile(pattern, flags)

    def found(p: re.Pattern[str], start: int, end: int) -> list[tuple]:
        return [(m.span(), m.groups(), m.lastgroup) for m in p.finditer(TEXT, start, end)]

    for start in range(0, len(TEXT), 7):
        for end in (start + 1, start + 40, len(TEXT)):
            assert found(fast, start, end) == found(plain, start, end)
            fm, pm = fast.match(TEXT, start, end), plain.match(TEXT, start, end)
            assert (fm and (fm.span(), fm.groups())) == (pm and (pm.span(), pm.groups()))


def test_branches_starting_with_nested_alternatives_get_a_guard() -> None:
    source = guarded.guard(r"\b(?:(?:of\s+)?(?:national|China)\s+labs|x)", re.IGNORECASE)

    # the whole pattern, which starts with a word boundary, and its first branch, by its first two characters
    assert source.startswith(r"(?=[Cnox])\b(?:(?=[Cno][afh])(?:of")


def test_branches_starting_with_a_plain_character_are_left_as_written() -> None:
    assert guarded.guard(r"has|have|had", re.IGNORECASE) == r"has|have|had"


def test_patterns_with_global_inline_flags_are_left_as_written() -> None:
    assert guarded.guard(r"(?i)(?:(?:a|b)c|d)", 0) == r"(?i)(?:(?:a|b)c|d)"


def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a new process starts with: no guarded pattern in memory."""
    guarded.compile.cache_clear()
    monkeypatch.setattr(guarded, "_known", None)
    monkeypatch.setattr(guarded, "_unsaved", False)


def test_guarded_patterns_are_reused_from_the_cache_by_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INNOVDB_CACHE_DIR", str(tmp_path))
    pattern = r"(?:(?:of\s+)?all\s+)?(?:national|provincial)\s+zones"
    _fresh_process(monkeypatch)
    first = guarded.compile(pattern, re.IGNORECASE).pattern
    guarded.save()
    _fresh_process(monkeypatch)
    monkeypatch.setattr(guarded, "guard", lambda *_: pytest.fail("guard computed again"))
    assert guarded.compile(pattern, re.IGNORECASE).pattern == first != pattern


def test_a_corrupt_guard_cache_is_computed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INNOVDB_CACHE_DIR", str(tmp_path))
    _fresh_process(monkeypatch)
    entry = guarded._cache_entry()
    assert entry is not None
    entry.write_bytes(b"not a cache")
    pattern = r"(?:(?:of\s+)?all\s+)?(?:national|provincial)\s+zones"
    assert guarded.compile(pattern).pattern == guarded.guard(pattern)
