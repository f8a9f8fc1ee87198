"""`innovdb sql`: one query, run as the read-only reader role, in a read-only transaction, streamed.

What stops a hostile statement is the database, not the text checks of etl.sql_text:
- the session logs in as innovdb_reader (no superuser, no role to switch to, schema analytics only), so
  neither `set_config('role', ...)` nor a file or program function can lift it;
- the transaction is READ ONLY and has a statement_timeout;
- the query runs inside `DECLARE ... CURSOR FOR`, which PostgreSQL accepts only for one SELECT or VALUES,
  sent with the extended protocol, which refuses a second statement.
Rows are fetched from that server-side cursor in chunks, so memory stays flat whatever the result size.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

from etl.config import innovdb_home
from etl.db import database_url, first_line, libpq_url
from etl.errors import DatabaseUnavailable, InnovdbError, SchemaBehind
from etl.sql_text import bind, parse_statement, require_query

DEFAULT_TIMEOUT_S = 60.0
FETCH_ROWS = 2000
CURSOR = "innovdb_sql"


@dataclass(slots=True)
class QueryResult:
    columns: list[str]
    chunks: Iterator[Sequence[Sequence[Any]]]  # rows, FETCH_ROWS at a time


def _reader_url(owner_url: str, password: str) -> str:
    from etl.serve import READER

    # conninfo keywords, not a re-rendered URL: SQLAlchemy writes a space in a socket folder as "+"
    return make_conninfo(libpq_url(owner_url), user=READER, password=password)


def _owner_connect(owner_url: str) -> psycopg.Connection:
    try:
        return psycopg.connect(libpq_url(owner_url), autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as e:
        raise DatabaseUnavailable(f"cannot connect to the database: {first_line(e)}") from e


def ensure_reader(owner_url: str, home: Path, *, force: bool = False) -> str:
    """The reader's password, after making sure the role exists in this database, may read analytics and
    still has the password of the file (a reader that changed it gets it back, with a warning)."""
    from etl.serve import READER, reader_password, reader_password_matches, refresh_reader

    password, _ = reader_password(home)
    with _owner_connect(owner_url) as conn:
        if conn.execute("SELECT to_regnamespace('analytics')").fetchone()[0] is None:  # type: ignore[index]
            raise SchemaBehind("the database has no innovdb schema: run `innovdb db upgrade`")
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (READER,)).fetchone() is not None
        granted = exists and conn.execute("SELECT has_schema_privilege(%s, 'analytics', 'USAGE')",
                                          (READER,)).fetchone()[0]  # type: ignore[index]
        matches = reader_password_matches(conn, password) if exists else None
    if force or not granted or matches is False:
        refresh_reader(owner_url, home)
    return password


@contextlib.contextmanager
def open_query(
    text: str, params: Mapping[str, str] | None = None, timeout_s: float = DEFAULT_TIMEOUT_S,
    url: str | None = None, home: Path | None = None,
) -> Iterator[QueryResult]:
    """Run one query as innovdb_reader; yields its columns and an iterator over chunks of rows."""
    statement = parse_statement(text)
    require_query(statement)
    values = bind(statement, dict(params or {}))
    owner = url or database_url()
    home = home or innovdb_home()
    password = ensure_reader(owner, home)
    try:
        conn = psycopg.connect(_reader_url(owner, password), connect_timeout=10)
    except psycopg.OperationalError:
        # a password changed from inside the database (not detectable without superuser): set it again
        password = ensure_reader(owner, home, force=True)
        try:
            conn = psycopg.connect(_reader_url(owner, password), connect_timeout=10)
        except psycopg.OperationalError as e:
            raise DatabaseUnavailable(f"cannot connect as the reader role: {first_line(e)}") from e
    with conn:
        conn.read_only = True  # BEGIN READ ONLY
        try:
            conn.execute(sql.SQL("SET LOCAL statement_timeout = {}").format(int(timeout_s * 1000)))
            cur = conn.cursor(name=CURSOR)
            cur.itersize = FETCH_ROWS
            cur.execute(statement.text, values)
            columns = [c.name for c in cur.description or []]
            yield QueryResult(columns, _chunks(cur, timeout_s))
        except psycopg.Error as e:
            raise _query_error(e, timeout_s) from e
        finally:
            conn.rollback()  # nothing to keep: the transaction is read-only


def _chunks(cur: psycopg.ServerCursor, timeout_s: float) -> Iterator[Sequence[Sequence[Any]]]:
    while True:
        try:
            rows = cur.fetchmany(FETCH_ROWS)
        except psycopg.Error as e:
            raise _query_error(e, timeout_s) from e
        if not rows:
            return
        yield rows


def _query_error(e: psycopg.Error, timeout_s: float) -> InnovdbError:
    from etl.serve import READER

    if isinstance(e, psycopg.errors.QueryCanceled):
        return InnovdbError(f"query cancelled after {timeout_s:g} s (statement_timeout; raise it with --timeout)")
    if isinstance(e, psycopg.errors.InsufficientPrivilege):
        return InnovdbError(f"query refused: {first_line(e)} (innovdb sql runs as {READER}, which reads schema"
                            " analytics and nothing else)")
    if isinstance(e, psycopg.errors.ReadOnlySqlTransaction):
        return InnovdbError(f"query refused: {first_line(e)} (innovdb sql is read-only)")
    return InnovdbError(f"query failed: {first_line(e)}")
