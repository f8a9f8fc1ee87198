"""Reading the SQL text of `innovdb sql`: `:name` placeholders and statement boundaries (pure functions).

This is not the defence: the query runs as a read-only role in a read-only transaction, inside a cursor
declaration that PostgreSQL accepts only for one SELECT or VALUES. The scan gives a clear message before
the database refuses, and turns `:name` into the driver's placeholders without touching `::` casts,
string literals, quoted names, dollar-quoted bodies or comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.errors import UsageError

QUERY_KEYWORDS = ("SELECT", "WITH", "VALUES", "TABLE")

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$")
_WORD = re.compile(r"[A-Za-z_]+")


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement, with `:name` placeholders written as psycopg's `%(name)s`."""

    text: str  # for the driver
    names: tuple[str, ...]  # placeholders, in order of first use
    first_word: str  # upper case; "" when the statement has no word


def _skip_quoted(sql: str, i: int, quote: str, backslashes: bool) -> int:
    """Index just past the literal or quoted name opening at `i` (a doubled quote stays inside)."""
    j = i + 1
    while j < len(sql):
        if backslashes and sql[j] == "\\":
            j += 2
            continue
        if sql[j] == quote:
            if sql.startswith(quote * 2, j):
                j += 2
                continue
            return j + 1
        j += 1
    return len(sql)


def _skip_block_comment(sql: str, i: int) -> int:
    depth, j = 0, i
    while j < len(sql):
        if sql.startswith("/*", j):
            depth, j = depth + 1, j + 2
        elif sql.startswith("*/", j):
            depth, j = depth - 1, j + 2
            if depth == 0:
                return j
        else:
            j += 1
    return len(sql)


def _opaque_end(sql: str, i: int) -> int | None:
    """End of the literal, quoted name, dollar-quoted body or comment starting at `i`, else None."""
    c = sql[i]
    if c == "'":
        escaped = i > 0 and sql[i - 1] in "eE" and (i == 1 or not (sql[i - 2].isalnum() or sql[i - 2] == "_"))
        return _skip_quoted(sql, i, "'", escaped)
    if c == '"':
        return _skip_quoted(sql, i, '"', False)
    if sql.startswith("--", i):
        end = sql.find("\n", i)
        return len(sql) if end < 0 else end + 1
    if sql.startswith("/*", i):
        return _skip_block_comment(sql, i)
    if c == "$" and not (i > 0 and (sql[i - 1].isalnum() or sql[i - 1] in "_$")):
        tag = _DOLLAR_TAG.match(sql, i)
        if tag:
            end = sql.find(tag.group(), tag.end())
            return len(sql) if end < 0 else end + len(tag.group())
    return None


def parse_statement(sql: str) -> Statement:
    """The single statement in `sql`; UsageError when there is none or more than one."""
    out: list[str] = []
    names: list[str] = []
    words: list[str] = []
    i, ended = 0, False
    while i < len(sql):
        end = _opaque_end(sql, i)
        if end is not None:
            is_comment = sql.startswith(("--", "/*"), i)
            if ended and not is_comment:
                raise UsageError("innovdb sql runs exactly one statement; remove everything after the first ';'")
            out.append(" " if is_comment else sql[i:end].replace("%", "%%"))  # psycopg reads % everywhere
            i = end
            continue
        c = sql[i]
        if ended:
            if not c.isspace() and c != ";":
                raise UsageError("innovdb sql runs exactly one statement; remove everything after the first ';'")
            i += 1
            continue
        if c == ";":
            ended = True
        elif sql.startswith("::", i):
            out.append("::")
            i += 2
            continue
        elif c == ":" and (name := _NAME.match(sql, i + 1)):
            out.append(f"%({name.group()})s")
            if name.group() not in names:
                names.append(name.group())
            i = name.end()
            continue
        elif c == "%":
            out.append("%%")
        else:
            if not words and (word := _WORD.match(sql, i)) and (i == 0 or not sql[i - 1].isalnum()):
                words.append(word.group().upper())
                out.append(word.group())
                i = word.end()
                continue
            out.append(c)
        i += 1
    text = "".join(out).strip()
    if not text:
        raise UsageError("no SQL statement given")
    return Statement(text, tuple(names), words[0] if words else "")


def require_query(statement: Statement) -> None:
    """Refuse, before execution, what is not a query (the database refuses it anyway)."""
    if statement.first_word not in QUERY_KEYWORDS:
        shown = statement.first_word or statement.text.split()[0]
        raise UsageError(f"innovdb sql runs one query ({', '.join(QUERY_KEYWORDS)}); {shown} is refused"
                         " (use `innovdb psql` as the owner for anything else)")


def bind(statement: Statement, params: dict[str, str]) -> dict[str, str]:
    """The parameters the statement uses; UsageError naming a missing or unused one."""
    missing = [n for n in statement.names if n not in params]
    if missing:
        raise UsageError(f"parameter :{missing[0]} has no value (pass -p {missing[0]}=VALUE)")
    unused = sorted(set(params) - set(statement.names))
    if unused:
        raise UsageError(f"parameter {unused[0]!r} is not used by the query (it has no :{unused[0]})")
    return {n: params[n] for n in statement.names}
