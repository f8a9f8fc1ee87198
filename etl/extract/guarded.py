"""Regular expressions compiled with first-character guards: same matches, fewer steps.

Python's regex engine tries the branches of an alternation one by one at every position it scans. A
lexicon pattern such as `(?:wants?|calls?\\s+for|...)|vis(?:e|ent)|...` or an indicator cue made of
nested optional words (`(?:of\\s+)?(?:all\\s+)?(?:China's|national|...)`) costs tens of failed steps at a
position where none of its branches can start. `compile` puts before each such branch a lookahead for
the characters the branch can start with, and the character after them when every match has two,
`(?=[Ccno][afh])`, so that the branch is rejected in one or two tests.

The guard is a necessary condition computed from the parsed branch, so what matches, where, and which
groups it sets are unchanged. Branches whose start is not known exactly (a back-reference, a scoped
flag, "any character") and branches that can match the empty string get no guard, and so does a branch
that begins with a plain character or class, where the guard would only repeat the engine's own first
test.
"""

from __future__ import annotations

import hashlib
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # the parser `re` itself compiles with
from re import _parser

from etl.extract import lexicon

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
# Classes so wide that a guard made of them rejects almost nothing.
_WIDE = {r"\D", r"\S", r"\w", r"\W"}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
# Openers of groups whose branches are left alone: assertions, atomic and conditional groups, comments.
_OPAQUE = ("(?=", "(?!", "(?<=", "(?<!", "(?>", "(?(", "(?#")


@lru_cache(maxsize=1024)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the re.compile of this module
    """`re.compile(pattern, flags)` with first-character guards before the branches that gain from one."""
    return re.compile(_guarded(pattern, flags), flags)


# Guarding the lexicons' patterns costs more than a second of parsing at each process's start, so the
# guarded patterns are kept in the lexicon cache (lexicon.cache_dir), keyed by this module's source, the
# Python version (its parser) and the lexicons' fingerprint; `save` writes what a process had to compute.
_known: dict[str, str] | None = None
_unsaved = False


def _guarded(pattern: str, flags: int) -> str:
    global _known, _unsaved
    if _known is None:
        entry = _cache_entry()
        cached = lexicon.read_cached(entry) if entry is not None else None
        _known = cached[0] if cached is not None and isinstance(cached[0], dict) else {}
    key = f"{flags}\x00{pattern}"
    found = _known.get(key)
    if found is None:
        try:
            found = guard(pattern, flags)
        except Exception:  # noqa: BLE001 - re's private parser changed shape: a guard is only a speed-up
            found = pattern
        _known[key], _unsaved = found, True
    return found


def save() -> None:
    """Write the guarded patterns computed by this process to the cache (once; never an error)."""
    global _unsaved
    entry = _cache_entry() if _unsaved and _known is not None else None
    if entry is not None:
        lexicon.write_cached(entry, _known)
    _unsaved = False


def _cache_entry() -> Path | None:
    folder = lexicon.cache_dir()
    if folder is None:
        return None
    source = Path(__file__).read_bytes() + sys.version.encode() + lexicon.fingerprint().encode()
    return folder / f"guards.{hashlib.sha256(source).hexdigest()[:16]}.marshal"


def guard(pattern: str, flags: int = 0) -> str:
    """The source of `pattern` with its guards (unchanged when it cannot be followed safely)."""
    if flags & re.VERBOSE:
        return pattern
    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return pattern
    if parsed.state.flags & ~(flags | re.UNICODE):  # inline global flags: leave the pattern as written
        return pattern
    alternations = _alternations(pattern)
    if alternations is None:
        return pattern
    inserts: list[tuple[int, str]] = []
    for branches in alternations:
        for start, end in branches:
            lookahead = _lookahead(pattern[start:end], flags)
            if lookahead:
                inserts.append((start, lookahead))
    for pos, text in sorted(inserts, reverse=True):
        pattern = pattern[:pos] + text + pattern[pos:]
    return pattern


def _lookahead(branch: str, flags: int) -> str:
    try:
        parsed = _parser.parse(branch, flags)
    except re.error:  # a back-reference to a group outside the branch
        return ""
    ops = [op for op, _ in parsed.data if op not in _ZERO_WIDTH]
    if not ops or ops[0] in (sre.LITERAL, sre.IN):
        return ""
    starts = _starts(parsed.data)
    if starts is None or () in starts:  # unknown, or the branch can match the empty string
        return ""
    first = set().union(*(s[0] for s in starts))
    if first & _WIDE:
        return ""
    guard = _class(first)
    # The second character too, when every match has one: "(?=[nct][uoe])" lets "the" and "to" through
    # the first test of "number|nombre|celui|celle|ceux|total" but not the second.
    if all(len(s) == 2 for s in starts):
        second = set().union(*(s[1] for s in starts))
        if not second & _WIDE:
            guard += _class(second)
    return f"(?={guard})"


def _class(items: set[str]) -> str:
    return f"[{''.join(sorted(items))}]"


# A start: the classes of the first two characters of a match (fewer when the match is shorter), each
# class a frozenset of class items ("a", "a-z", r"\s"). Sets larger than this are not worth following.
_MAX_STARTS = 256
_Start = tuple[frozenset[str], ...]


def _starts(sequence) -> set[_Start] | None:  # noqa: ANN001 - parsed ops
    """Every start of a match of the parsed `sequence`, or None for a construct this does not follow."""
    out: set[_Start] = {()}
    for op, av in sequence:
        item = _item_starts(op, av)
        if item is None:
            return None
        out = _then(out, item)
        if out is None:
            return None
        if all(len(s) == 2 for s in out):
            break
    return out


def _item_starts(op, av) -> set[_Start] | None:  # noqa: ANN001, C901 - parsed ops, one case each
    if op in _ZERO_WIDTH:
        return {()}
    if op is sre.LITERAL:
        return {(frozenset([re.escape(chr(av))]),)}
    if op is sre.IN:
        items: set[str] = set()
        for item_op, item in av:
            if item_op is sre.LITERAL:
                items.add(re.escape(chr(item)))
            elif item_op is sre.RANGE:
                items.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            elif item_op is sre.CATEGORY and item in _CATEGORIES:
                items.add(_CATEGORIES[item])
            else:  # a negated class, or a category without an escape
                return None
        return {(frozenset(items),)}
    if op is sre.BRANCH:
        out: set[_Start] = set()
        for branch in av[1]:
            starts = _starts(branch)
            if starts is None:
                return None
            out |= starts
        return out if len(out) <= _MAX_STARTS else None
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # the guard would be read with other flags than the branch
            return None
        return _starts(sub)
    if op in _REPEATS:
        low, high, sub = av
        once = _starts(sub)
        if once is None or low > 8:
            return None
        # two characters are decided by at most two non-empty repetitions past the minimum
        out, power = set(), {()}
        for n in range(low + 3):
            if n > high:
                break
            if n >= low:
                out |= power
            power = _then(power, once)
            if power is None:
                return None
        return out if len(out) <= _MAX_STARTS else None
    return None  # any character, a negated literal, a back-reference, an atomic group...


def _then(heads: set[_Start], tails: set[_Start]) -> set[_Start] | None:
    out = {h if len(h) == 2 else (h + t)[:2] for h in heads for t in tails}
    return out if len(out) <= _MAX_STARTS else None


def _alternations(pattern: str) -> list[list[tuple[int, int]]] | None:
    """The branches, as (start, end) offsets into `pattern`, of its top level and of every group that is
    not opaque; None when the source holds something this reader does not know."""
    out: list[list[tuple[int, int]]] = []
    # a frame: [start of the current branch, branches so far, whether its branches may be guarded]
    stack: list[list] = [[0, [], True]]
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            if i < 0:
                return None
            continue
        if c == "(":
            opener = pattern[i : i + 4]
            guarded = stack[-1][2]
            if opener.startswith("(?P<"):
                close = pattern.find(">", i)
                if close < 0:
                    return None
                body = close + 1
            elif opener.startswith("(?P="):
                close = pattern.find(")", i)
                if close < 0:
                    return None
                i = close + 1
                continue
            elif opener.startswith("(?:"):
                body = i + 3
            elif opener.startswith(_OPAQUE):
                body, guarded = i + 2, False
                if opener.startswith("(?#"):
                    close = pattern.find(")", i)
                    if close < 0:
                        return None
                    i = close + 1
                    continue
            elif opener.startswith("(?"):  # scoped flags, "(?i:" or "(?-i:"
                colon = pattern.find(":", i)
                if colon < 0:
                    return None
                body, guarded = colon + 1, False
            else:
                body = i + 1
            stack.append([body, [], guarded])
            i = body
            continue
        if c == "|":
            stack[-1][1].append((stack[-1][0], i))
            stack[-1][0] = i + 1
        elif c == ")":
            if len(stack) == 1:
                return None
            start, branches, guarded = stack.pop()
            if guarded and branches:  # an alternation: a group of one branch is tried only once
                out.append([*branches, (start, i)])
        i += 1
    if len(stack) != 1:
        return None
    start, branches, _ = stack[0]
    out.append([*branches, (start, n)])
    return out


def _class_end(pattern: str, i: int) -> int:
    """The offset after the character class opening at `i`, or -1."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":  # a "]" first in a class is a character
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    return -1
