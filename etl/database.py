"""Database-level operations behind `innovdb db ...` and `innovdb sql`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import alembic.util.exc
import sqlalchemy.exc
from sqlalchemy import Connection, Engine, text

from etl import migrate, precomputed
from etl.db import engine as default_engine
from etl.db import first_line, masked
from etl.errors import DatabaseUnavailable, InnovdbError, SchemaBehind, UsageError
from etl.load_reference import load_reference
from etl.views import apply_views


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str | None
    views_changed: bool
    reference: Mapping[str, int]


def _connect(eng: Engine) -> Connection:
    try:
        return eng.connect()
    except sqlalchemy.exc.OperationalError as e:
        raise DatabaseUnavailable(f"cannot connect to {masked(str(eng.url))}: {first_line(e.orig or e)}") from e


def upgrade(eng: Engine | None = None) -> UpgradeResult:
    """Migrations to head, reference data, then views: one transaction, all or nothing."""
    eng = eng or default_engine()
    with _connect(eng) as conn, conn.begin():
        before = migrate.current_revision(conn)
        migrate.upgrade(conn)
        counts = load_reference(conn.connection.driver_connection)  # same transaction, psycopg COPY
        changed = apply_views(conn)
        _refresh_after_reference(conn, changed)
        return UpgradeResult(before, migrate.current_revision(conn), changed, counts)


def _refresh_after_reference(conn: Connection, views_changed: bool) -> None:
    # views created anew already hold the new reference rows; otherwise renamed regions, new labels or
    # exchange rates reach the precomputed views here, in the upgrade's transaction
    raw = conn.connection.driver_connection
    if not views_changed and precomputed.reference_written(raw):
        precomputed.refresh(raw, full=True)


def rebuild_precomputed(url: str | None = None) -> float:
    """Recompute every precomputed relation whole in one transaction (`innovdb db refresh`), after waiting
    for a run in progress; returns the seconds the rebuild took. Readers keep the previous rows until it
    commits."""
    from etl.db import connect
    from etl.run import RUN_LOCK_KEY

    with connect(url) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (RUN_LOCK_KEY,))
        return precomputed.refresh(conn, full=True)


LOADED_DATA_SQL = (
    "SELECT (SELECT count(*) FROM core.documents), (SELECT count(*) FROM core.targets)"
    " + (SELECT count(*) FROM core.metrics), (SELECT count(*) FROM core.etl_runs)"
)


def data_lost_by_downgrade(revision: str, eng: Engine | None = None) -> str | None:
    """What `db downgrade revision` would delete, as words, or None when it deletes no loaded data."""
    if revision != "base":
        return None
    eng = eng or default_engine()
    with _connect(eng) as conn:
        if migrate.current_revision(conn) is None:
            return None
        documents, facts, runs = conn.execute(text(LOADED_DATA_SQL)).one()
    if not (documents or facts or runs):
        return None
    return f"{documents} documents, {facts} targets and metrics and the log of {runs} runs"


def downgrade(revision: str, eng: Engine | None = None) -> str | None:
    eng = eng or default_engine()
    known = ["base", *migrate.revisions()]
    if revision not in known and not revision.startswith(("-", "+")):
        raise UsageError(f"unknown revision {revision!r} (known: {', '.join(known)})")
    with _connect(eng) as conn, conn.begin():
        try:
            migrate.downgrade(conn, revision)
        except alembic.util.exc.CommandError as e:
            raise UsageError(f"cannot downgrade to {revision!r}: {first_line(e)}") from e
        if revision != "base":  # views depend on tables the downgrade may have changed
            conn.execute(text("DELETE FROM core.view_definitions"))
            apply_views(conn)
        return migrate.current_revision(conn)


def status(eng: Engine | None = None) -> dict[str, Any]:
    eng = eng or default_engine()
    with _connect(eng) as conn:
        current = migrate.current_revision(conn)
        info: dict[str, Any] = {
            "url": masked(str(eng.url)),
            "server": conn.execute(text("SHOW server_version")).scalar(),
            "revision": current,
            "head": migrate.head_revision(),
        }
        info["up_to_date"] = current == info["head"]
        if current is not None:
            counts = conn.execute(text(
                "SELECT (SELECT count(*) FROM core.documents), (SELECT count(*) FROM core.targets),"
                " (SELECT count(*) FROM core.metrics), (SELECT count(*) FROM core.evidence),"
                " (SELECT count(*) FROM core.regions), (SELECT count(*) FROM core.view_definitions)"
            )).one()
            info.update(zip(("documents", "targets", "metrics", "evidence", "regions", "views"), counts,
                            strict=True))
        return info


def require_current_schema(conn: Connection, hint: str = " (or pass --migrate)") -> None:
    """Refuse to work on a database whose schema is behind this version of innovdb."""
    current, head = migrate.current_revision(conn), migrate.head_revision()
    if current != head:
        state = "has no innovdb schema" if current is None else f"is at revision {current}, not {head}"
        raise SchemaBehind(f"the database {state}: run `innovdb db upgrade`{hint}")


def run_query(
    sql: str, params: Mapping[str, Any] | None = None, eng: Engine | None = None
) -> tuple[list[str], Sequence[Sequence[Any]]]:
    """Run one read-only statement with bound parameters; returns (columns, rows)."""
    eng = eng or default_engine()
    with _connect(eng) as conn, conn.begin():
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        try:
            result = conn.execute(text(sql), dict(params or {}))
        except sqlalchemy.exc.DBAPIError as e:
            raise InnovdbError(f"query failed: {first_line(e.orig or e)}") from e
        if not result.returns_rows:
            return [], []
        return list(result.keys()), result.all()
