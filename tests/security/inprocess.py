"""The security tests' helpers: `innovdb` run through its Python entry point, and what a database holds."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import psycopg

from etl.db import libpq_url


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


def run_innovdb(args: Sequence[str], url: str, home: Path) -> Outcome:
    """`innovdb ARGS` through its Python entry point, with DATABASE_URL and INNOVDB_HOME set for it."""
    from etl import cli, db

    out, err = io.StringIO(), io.StringIO()

    def forget_engine() -> None:
        if db.engine.cache_info().currsize:
            db.engine().dispose()
        db.engine.cache_clear()
        db.database_url.cache_clear()

    env = {"DATABASE_URL": url, "INNOVDB_HOME": str(home)}
    with mock.patch.dict(os.environ, env), redirect_stdout(out), redirect_stderr(err):
        forget_engine()
        try:
            cli.main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else int(e.code is not None)
        finally:
            forget_engine()
    return Outcome(code, out.getvalue(), err.getvalue())


Innovdb = Callable[..., Outcome]


def scalar(url: str, statement: str, params: Sequence[object] = ()) -> object:
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        return conn.execute(statement, params).fetchone()[0]  # type: ignore[index]


def state(url: str) -> dict[str, object]:
    """What a hostile statement could change: row counts of every core table, the tables of every schema,
    and the reader's privileges."""
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables"
            " WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1").fetchall()]
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                  for t in tables if t.startswith("core.")}
        reader = conn.execute(
            "SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,"
            " (SELECT array_agg(b.rolname ORDER BY b.rolname) FROM pg_auth_members m"
            "  JOIN pg_roles b ON b.oid = m.roleid WHERE m.member = r.oid)"
            " FROM pg_roles r WHERE rolname = 'innovdb_reader'").fetchone()
        settings = conn.execute("SELECT setrole, setconfig FROM pg_db_role_setting ORDER BY 1").fetchall()
        large_objects = conn.execute("SELECT count(*) FROM pg_largeobject_metadata").fetchone()[0]  # type: ignore[index]
    return {"tables": tables, "counts": counts, "reader": reader, "settings": settings,
            "large_objects": large_objects}
