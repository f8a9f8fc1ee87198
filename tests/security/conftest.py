"""Fixtures of the security tests: a database holding the seeds, and the `innovdb` command run in-process."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from inprocess import Innovdb, run_innovdb
from sqlalchemy.engine import make_url

from etl.db import libpq_url
from etl.run import RunOptions, run_etl

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds" / "documents"


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
