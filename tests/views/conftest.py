"""A database holding the facts of facts_fixture.py, shared (read-only) by the tests of a module."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import facts_fixture
import psycopg
import pytest
from sqlalchemy.engine import make_url

from etl.db import libpq_url


def _admin(url: str, statement: str) -> None:
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(scope="module")
def facts_url(server_url: str, template_url: str) -> Iterator[str]:
    """URL of a migrated database holding the fixture facts; tests must not write to it."""
    name = f"innovdb_views_{uuid.uuid4().hex[:8]}"
    _admin(server_url, f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template_url).database}"')
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(libpq_url(url)) as conn:
        facts_fixture.load(conn)
    yield url
    _admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def facts_db(facts_url: str) -> Iterator[psycopg.Connection]:
    """A connection to the fixture database in autocommit, so a failing query does not poison the next."""
    with psycopg.connect(libpq_url(facts_url), autocommit=True) as conn:
        yield conn
