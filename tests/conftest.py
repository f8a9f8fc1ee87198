"""Real PostgreSQL for every test, in three layers (STYLE.md):

1. one server for the session: $TEST_DATABASE_URL, else testcontainers when a Docker engine answers, else
   the embedded server in a temporary folder;
2. one template database, migrated to head with reference data and views;
3. a fresh database per test, cloned from the template (`CREATE DATABASE ... TEMPLATE`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, create_engine, pool
from sqlalchemy.engine import make_url

from etl import database
from etl.db import libpq_url, sqlalchemy_url

REPO = Path(__file__).resolve().parents[1]


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """SQLAlchemy URL of a maintenance database on the session's server."""
    if url := os.environ.get("TEST_DATABASE_URL"):
        yield sqlalchemy_url(url)
    elif _docker_answers():
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:16", driver="psycopg") as pg:
            yield sqlalchemy_url(pg.get_connection_url())
    else:
        from etl.db.embedded import import_pgserver

        # not under pytest's basetemp: as root the server's user must cross every folder above its data, and
        # any pytest session starting on the machine resets the basetemp's root to 0700
        folder = Path(tempfile.mkdtemp(prefix="innovdb-test-pg-"))
        server = import_pgserver().get_server(folder / "data", cleanup_mode="delete")
        yield sqlalchemy_url(server.get_uri())
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def admin(url: str, statement: str) -> None:
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(scope="session")
def template_url(server_url: str) -> Iterator[str]:
    """A database migrated to head, with reference data and views: the template of every test database."""
    name = f"innovdb_template_{uuid.uuid4().hex[:8]}"
    admin(server_url, f'CREATE DATABASE "{name}"')
    url = with_database(server_url, name)
    eng = create_engine(url, poolclass=pool.NullPool)
    database.upgrade(eng)
    eng.dispose()
    yield url
    admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_db_url(server_url: str) -> Iterator[str]:
    """A database with nothing in it (for migration tests)."""
    name = f"innovdb_empty_{uuid.uuid4().hex[:8]}"
    admin(server_url, f'CREATE DATABASE "{name}"')
    yield with_database(server_url, name)
    admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def db_url(server_url: str, template_url: str) -> Iterator[str]:
    """A fresh, migrated database for one test."""
    name = f"innovdb_test_{uuid.uuid4().hex[:8]}"
    template = make_url(template_url).database
    admin(server_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield with_database(server_url, name)
    admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = create_engine(db_url, poolclass=pool.NullPool)
    yield eng
    eng.dispose()


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path) -> dict[str, str]:
    """Environment for running `innovdb` in a subprocess against the test database."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "INNOVDB_HOME")}
    env.update(DATABASE_URL=db_url, INNOVDB_HOME=str(tmp_path / "home"))
    return env
