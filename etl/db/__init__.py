"""The one connection factory: every command, the loader and the tests get their database here."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from etl.config import database_url_from_env, innovdb_home
from etl.errors import DatabaseUnavailable, UsageError

_POSTGRES_SCHEME = re.compile(r"^postgres(?:ql)?(?:\+\w+)?://")


def sqlalchemy_url(url: str) -> str:
    """Any PostgreSQL URL spelling as a SQLAlchemy URL with the psycopg 3 driver."""
    return re.sub(r"^postgres(?:ql)?(?:\+\w+)?://", "postgresql+psycopg://", url)


def libpq_url(url: str) -> str:
    """Any PostgreSQL URL spelling as a libpq URL that psycopg.connect and psql accept."""
    return re.sub(r"^postgres(?:ql)?(?:\+\w+)?://", "postgresql://", url)


def masked(url: str) -> str:
    """The URL with its password hidden, fit to print."""
    return make_url(sqlalchemy_url(url)).render_as_string(hide_password=True)


@functools.cache
def database_url() -> str:
    """$DATABASE_URL when set, else the embedded server's URL (starting it if needed)."""
    url = database_url_from_env()
    if url:
        if not _POSTGRES_SCHEME.match(url):
            scheme = url.split("://", 1)[0] if "://" in url else url.split(":", 1)[0]
            raise UsageError(f"DATABASE_URL uses {scheme!r}: innovdb supports PostgreSQL only"
                             " (postgresql://user:password@host:port/database)")
        return sqlalchemy_url(url)
    from etl.db.embedded import embedded_url

    return sqlalchemy_url(embedded_url(innovdb_home()))


@functools.cache
def engine() -> Engine:
    return create_engine(database_url(), pool_pre_ping=True)


@contextmanager
def connect(url: str | None = None, **kwargs: object) -> Iterator[psycopg.Connection]:
    """A raw psycopg connection (for COPY and advisory locks), closed on exit."""
    target = libpq_url(url or database_url())
    try:
        conn = psycopg.connect(target, **kwargs)  # type: ignore[arg-type]
    except psycopg.OperationalError as e:
        raise DatabaseUnavailable(f"cannot connect to {masked(target)}: {first_line(e)}") from e
    with conn:
        yield conn


def first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
