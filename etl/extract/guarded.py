"""Regular expressions compiled with first-character guards: same matches, fewer steps.

Python's regex engine tries the branches of an alternation one by one at every position it scans. A
lexicon pattern such as `(?:wants?|calls?\\s+for|...)|vis(?:e|ent)|...` or an indicator cue made of
nested optional words (`(?:of\\s+)?(?:all\\s+)?(?:China's|national|...)`) costs tens of failed steps at a
position where none of its branches can start. `compile` puts before each such branch a lookahead for
the characters the branch can start with, `(?=[ocn])`, so that the branch is rejected in one test.

The guard is a necessary condition computed from the parsed branch, so what matches, where, and which
groups it sets are unchanged. Branches whose start is not known exactly (a back-reference, a scoped
flag, "any character") and branches that can match the empty string get no guard, and so does a branch
that begins with a plain character or class, where the guard would only repeat the engine's own first
test.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # the parser `re` itself compiles with
from re import _parser

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
# Classes so wide that a guard made of them rejects almost nothing.
_WIDE = (r"\D", r"\S", r"\w", r"\W")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))
# Openers of groups whose branches are left alone: assertions, atomic and conditional groups, comments.
_OPAQUE = ("(?=", "(?!", "(?<=", "(?<!", "(?>", "(?(", "(?#")


@lru_cache(maxsize=1024)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the re.compile of this module
    """`re.compile(pattern, flags)` with first-character guards before the branches that gain from one."""
    return re.compile(guard(pattern, flags), flags)


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
    first = _first_chars(parsed.data)
    if first is None or first[1] or not first[0] or any(item in _WIDE for item in first[0]):
        return ""
    return f"(?=[{''.join(dict.fromkeys(first[0]))}])"


def _first_chars(sequence) -> tuple[list[str], bool] | None:  # noqa: ANN001 - parsed ops
    """(class items for the characters a match of `sequence` can start with, whether it can match the
    empty string), or None for a construct this does not follow."""
    items: list[str] = []
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return [*items, re.escape(chr(av))], False
        if op is sre.IN:
            for item_op, item in av:
                if item_op is sre.LITERAL:
                    items.append(re.escape(chr(item)))
                elif item_op is sre.RANGE:
                    items.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
                elif item_op is sre.CATEGORY and item in _CATEGORIES:
                    items.append(_CATEGORIES[item])
                else:  # a negated class, or a category without an escape
                    return None
            return items, False
        if op is sre.BRANCH:
            nullable = False
            for branch in av[1]:
                first = _first_chars(branch)
                if first is None:
                    return None
                items.extend(first[0])
                nullable = nullable or first[1]
        elif op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # the guard would be read with other flags than the branch
                return None
            first = _first_chars(sub)
            if first is None:
                return None
            items.extend(first[0])
            nullable = first[1]
        elif op in _REPEATS:
            first = _first_chars(av[2])
            if first is None:
                return None
            items.extend(first[0])
            nullable = av[0] == 0 or first[1]
        else:  # any character, a negated literal, a back-reference, an atomic group...
            return None
        if not nullable:
            return items, False
    return items, True


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
