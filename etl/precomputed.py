"""Refresh the precomputed relations behind the analytics views (sql/views/precomputed/) after a write.

They are tables refreshed the way dbt's "incremental" materialization does with its delete+insert
strategy. A write records in core.precomputed_pending, in its own transaction (etl/load.py), the keys of
what it changed: (subject, indicator) for the facts of a subject (a region, organization or program) and
an indicator, and (subject, '') for the documents naming a subject. The refresh takes those keys and, for
each relation in dependency order, deletes the rows of those keys and inserts them again from the
relation's defining query restricted to them. The yml's `refresh_key` names the columns: [subject,
indicator] for a row that depends only on that subject's facts of that indicator, [subject] for one that
depends on everything about the subject. A relation without a key is recomputed whole. The cost follows
what changed, not the size of the database.

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
# Above this share of all keys (and this many keys), rebuilding whole relations costs less than by key.
FULL_REBUILD_SHARE = 0.25
FULL_REBUILD_MIN_KEYS = 1000


@dataclass(frozen=True, slots=True)
class Relation:
    name: str  # precomputed.name
    query: str  # its defining query, as sql/views/precomputed/name.sql states it
    key: tuple[str, ...]  # (subject column[, indicator column]) each row depends on; (): recomputed whole

    @property
    def identifier(self) -> sql.Identifier:
        return sql.Identifier(*self.name.split("."))


@dataclass(frozen=True, slots=True)
class Refreshed:
    seconds: float
    keys: int | None  # (subject, indicator) keys refreshed; None: every relation rebuilt whole


# Which rows of a defining query a key restricts to. The two scalar conditions are what the planner pushes
# down to the indexes (on the subject's name, then the facts' foreign keys); the pair is the exact key.
_SEP = "\x1f"  # joins a subject and an indicator into one key; a control character no name contains
_BY_SUBJECT = "{0} = ANY(%(subjects)s)"
_BY_PAIR = "{0} = ANY(%(subjects)s) AND {1} = ANY(%(indicators)s) AND {0} || chr(31) || {1} = ANY(%(pairs)s)"
# The stored rows of the keys: one probe of the (subject, indicator) index per key.
_DELETE_PAIRS = ("DELETE FROM {0} AS t USING unnest(%(pair_subjects)s::text[], %(pair_indicators)s::text[])"
                 " AS k (subject, indicator) WHERE t.{1} = k.subject AND t.{2} = k.indicator")


def relations(conn: psycopg.Connection) -> list[Relation]:
    """The precomputed relations in dependency order, as applied to this database."""
    applied = dict(conn.execute("SELECT name, sha256 FROM core.view_definitions WHERE name LIKE %s",
                                (f"{PRECOMPUTED_SCHEMA}.%",)).fetchall())
    files = [f for f in read_view_files(precomputed=True) if f.precomputed]
    if {f.name: f.sha256 for f in files} != applied:
        raise SchemaBehind(
            "the precomputed views of this database differ from sql/views/precomputed/: run `innovdb db upgrade`")
    return [Relation(f.name, f.query, f.precomputed_spec.refresh_key) for f in files]


def _in_transaction(conn: psycopg.Connection) -> None:
    if conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE and conn.autocommit:
        raise ValueError("refresh the precomputed views inside a transaction, so readers see all or nothing")


def refresh(conn: psycopg.Connection, full: bool = False) -> float:
    """Bring every precomputed relation up to date in the caller's transaction: by the pending keys, or
    whole with `full` (or when they are many); returns the seconds it took."""
    return refresh_relations(conn, full).seconds


def refresh_relations(conn: psycopg.Connection, full: bool = False) -> Refreshed:
    _in_transaction(conn)
    started = time.perf_counter()
    rels = relations(conn)
    keys = conn.execute("DELETE FROM core.precomputed_pending RETURNING subject, indicator").fetchall()
    pairs = [(s, i) for s, i in keys if i]
    if not full:
        # all the (subject, indicator) keys, as the statistics estimate them: one row each in these two
        everything = conn.execute("SELECT sum(greatest(reltuples, 0)) FROM pg_class WHERE oid IN"
                                  " ('precomputed.metrics_latest'::regclass, 'precomputed.targets_latest'::regclass)"
                                  ).fetchone()[0]  # type: ignore[index]
        full = len(pairs) > max(FULL_REBUILD_SHARE * (everything or 0), FULL_REBUILD_MIN_KEYS)
    params = {"subjects": sorted({s for s, _ in keys}), "indicators": sorted({i for _, i in pairs}),
              "pairs": [s + _SEP + i for s, i in pairs], "pair_subjects": [s for s, _ in pairs],
              "pair_indicators": [i for _, i in pairs]}
    for r in rels:
        if full or not r.key:
            conn.execute(sql.SQL("DELETE FROM {}").format(r.identifier))
            conn.execute(sql.SQL("INSERT INTO {} {}").format(r.identifier, sql.SQL(r.query)))
        elif keys:
            columns = [sql.Identifier(c) for c in r.key]
            if len(r.key) == 2:
                where = sql.SQL(_BY_PAIR)
                conn.execute(sql.SQL(_DELETE_PAIRS).format(r.identifier, *columns), params)
            else:
                where = sql.SQL(_BY_SUBJECT)
                conn.execute(sql.SQL("DELETE FROM {} WHERE {}").format(r.identifier, where.format(*columns)), params)
            conn.execute(sql.SQL("INSERT INTO {} SELECT * FROM ({}) AS q WHERE {}").format(
                r.identifier, sql.SQL(r.query), where.format(*(sql.Identifier("q", c) for c in r.key))), params)
    if full:
        for r in rels:  # fresh statistics for the readers' plans
            conn.execute(sql.SQL("ANALYZE {}").format(r.identifier))
    return Refreshed(time.perf_counter() - started, None if full else len(keys))


def pending(conn: psycopg.Connection) -> int:
    """How many keys wait for a refresh."""
    return conn.execute("SELECT count(*) FROM core.precomputed_pending").fetchone()[0]  # type: ignore[index]


def reference_written(conn: psycopg.Connection) -> bool:
    """Whether the current transaction wrote a row of a reference table the precomputed relations read."""
    return any(conn.execute(
        sql.SQL("SELECT EXISTS (SELECT 1 FROM {} WHERE xmin = pg_current_xact_id()::xid)").format(
            sql.Identifier("core", table))).fetchone()[0] for table in REFERENCE_TABLES)  # type: ignore[index]
