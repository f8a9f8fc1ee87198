"""Fixtures of the security tests: a database holding the seeds, and the `innovdb` command run in-process."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import psycopg
import pytest
from sqlalchemy.engine import make_url

from etl.db import libpq_url
from etl.run import RunOptions, run_etl

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds" / "documents"


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


@pytest.fixture(scope="module")
def seeded_url(server_url: str, template_url: str) -> Iterator[str]:
    """A database holding the five seed documents, shared by a module's tests (which must leave it as is)."""
    name = f"innovdb_sec_{uuid.uuid4().hex[:8]}"
    template = make_url(template_url).database
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    assert run_etl(RunOptions(paths=[str(SEEDS)]), url=url).status == "succeeded"
    yield url
    with psycopg.connect(libpq_url(server_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture
def innovdb(seeded_url: str, home: Path) -> Innovdb:
    """innovdb(*args) on the seeded database."""
    return lambda *args: run_innovdb(args, seeded_url, home)


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
