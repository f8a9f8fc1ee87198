"""Refresh the precomputed relations behind the analytics views (sql/views/precomputed/) after a write.

They are tables refreshed the way dbt's "incremental" materialization does with its delete+insert
strategy. A write that changes what a subject (a region, organization or program) is stated to have records
the subject's name in core.precomputed_pending, in the write's own transaction (etl/load.py). The refresh
takes those keys and, for each relation in dependency order, deletes the rows of those subjects and inserts
them again from the relation's defining query restricted to them (its yml's `refresh_key` names the column
holding the subject). A relation without a key is recomputed whole. Its cost follows what changed, not the
size of the database.

Everything happens inside the caller's transaction. A BI reader never waits (DELETE and INSERT take no
lock that blocks a SELECT) and keeps seeing the rows from before the refresh until the commit. Then it sees
every relation's new rows at once, never a state where one is refreshed and another not. A run that dies
before its refresh leaves its keys for the next one.

A full rebuild (every row of every relation deleted and inserted again, in the same transaction) is used
when the keys cover a large share of all subjects, after a new confidence threshold or new reference data
(names, labels, exchange rates reach every subject), and on request (`innovdb db refresh`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import psycopg
from psycopg import sql

from etl.errors import SchemaBehind
from etl.views import PRECOMPUTED_SCHEMA, read_view_files

# Reference tables the precomputed relations read (names, labels, exchange rates).
REFERENCE_TABLES = ("indicators", "regions", "organizations", "programs", "exchange_rates")
# Above this share of all subjects, deleting and inserting whole relations costs less than by key.
FULL_REBUILD_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class Relation:
    name: str  # precomputed.name
    query: str  # its defining query, as sql/views/precomputed/name.sql states it
    key: str | None  # the column holding the subject each row depends on; None: recomputed whole

    @property
    def identifier(self) -> sql.Identifier:
        return sql.Identifier(*self.name.split("."))


@dataclass(frozen=True, slots=True)
class Refreshed:
    seconds: float
    subjects: int | None  # subjects refreshed by key; None: every relation rebuilt whole


def relations(conn: psycopg.Connection) -> list[Relation]:
    """The precomputed relations in dependency order, as applied to this database."""
    applied = dict(conn.execute("SELECT name, sha256 FROM core.view_definitions WHERE name LIKE %s",
                                (f"{PRECOMPUTED_SCHEMA}.%",)).fetchall())
    files = [f for f in read_view_files(precomputed=True) if f.precomputed]
    if {f.name: f.sha256 for f in files} != applied:
        raise SchemaBehind(
            "the precomputed views of this database differ from sql/views/precomputed/: run `innovdb db upgrade`")
    return [Relation(f.name, f.query, f.precomputed_spec.refresh_key) for f in files]


def precomputed_names(conn: psycopg.Connection) -> list[str]:
    """The precomputed relations, in the order they were created (dependencies first)."""
    return [r.name for r in relations(conn)]


def _in_transaction(conn: psycopg.Connection) -> None:
    if conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE and conn.autocommit:
        raise ValueError("refresh the precomputed views inside a transaction, so readers see all or nothing")


def refresh(conn: psycopg.Connection, full: bool = False) -> float:
    """Bring every precomputed relation up to date in the caller's transaction: by the pending subjects,
    or whole with `full` (or when they are many); returns the seconds it took."""
    return refresh_relations(conn, full).seconds


def refresh_relations(conn: psycopg.Connection, full: bool = False) -> Refreshed:
    _in_transaction(conn)
    started = time.perf_counter()
    rels = relations(conn)
    keys = [r[0] for r in conn.execute("DELETE FROM core.precomputed_pending RETURNING subject").fetchall()]
    if not full:
        subjects = conn.execute("SELECT (SELECT count(*) FROM core.regions) + (SELECT count(*) FROM core.organizations)"
                                " + (SELECT count(*) FROM core.programs)").fetchone()[0]  # type: ignore[index]
        full = len(keys) > FULL_REBUILD_SHARE * subjects
    for r in rels:
        if full or r.key is None:
            conn.execute(sql.SQL("DELETE FROM {}").format(r.identifier))
            conn.execute(sql.SQL("INSERT INTO {} {}").format(r.identifier, sql.SQL(r.query)))
        elif keys:
            key = sql.Identifier(r.key)
            conn.execute(sql.SQL("DELETE FROM {} WHERE {} = ANY(%(keys)s)").format(r.identifier, key), {"keys": keys})
            conn.execute(sql.SQL("INSERT INTO {} SELECT * FROM ({}) AS q WHERE q.{} = ANY(%(keys)s)").format(
                r.identifier, sql.SQL(r.query), key), {"keys": keys})
    if full:
        for r in rels:  # fresh statistics for the readers' plans
            conn.execute(sql.SQL("ANALYZE {}").format(r.identifier))
    return Refreshed(time.perf_counter() - started, None if full else len(keys))


def pending(conn: psycopg.Connection) -> int:
    """How many subjects wait for a refresh."""
    return conn.execute("SELECT count(*) FROM core.precomputed_pending").fetchone()[0]  # type: ignore[index]


def reference_written(conn: psycopg.Connection) -> bool:
    """Whether the current transaction wrote a row of a reference table the precomputed relations read."""
    return any(conn.execute(
        sql.SQL("SELECT EXISTS (SELECT 1 FROM {} WHERE xmin = pg_current_xact_id()::xid)").format(
            sql.Identifier("core", table))).fetchone()[0] for table in REFERENCE_TABLES)  # type: ignore[index]
