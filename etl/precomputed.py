"""Refresh the precomputed relations behind the analytics views (sql/views/precomputed/) after a write.

Each is refreshed with REFRESH MATERIALIZED VIEW CONCURRENTLY, in dependency order, inside the caller's
transaction: a BI reader keeps reading the previous rows without waiting (CONCURRENTLY takes no lock that
blocks a SELECT) and sees every relation's new rows at once, when the transaction commits; never a state
where one is refreshed and another not.

Every write path calls it: `innovdb etl run` at its end (documents, their corrections, pruning, a new
confidence threshold), and `innovdb db upgrade` when the reference data changed.
"""

from __future__ import annotations

import time

import psycopg
from psycopg import sql

from etl.views import PRECOMPUTED_SCHEMA

# Reference tables the precomputed relations read (names, labels, exchange rates).
REFERENCE_TABLES = ("indicators", "regions", "organizations", "programs", "exchange_rates")


def precomputed_names(conn: psycopg.Connection) -> list[str]:
    """The precomputed relations, in the order they were created (dependencies first)."""
    rows = conn.execute("SELECT name FROM core.view_definitions WHERE name LIKE %s ORDER BY position",
                        (f"{PRECOMPUTED_SCHEMA}.%",)).fetchall()
    return [r[0] for r in rows]


def refresh(conn: psycopg.Connection) -> float:
    """Refresh every precomputed relation in the caller's transaction; returns the seconds it took."""
    if conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE and conn.autocommit:
        raise ValueError("refresh the precomputed views inside a transaction, so readers see all or nothing")
    started = time.perf_counter()
    for name in precomputed_names(conn):
        conn.execute(sql.SQL("REFRESH MATERIALIZED VIEW CONCURRENTLY {}").format(sql.Identifier(*name.split("."))))
    return time.perf_counter() - started


def reference_written(conn: psycopg.Connection) -> bool:
    """Whether the current transaction wrote a row of a reference table the precomputed relations read."""
    return any(conn.execute(
        sql.SQL("SELECT EXISTS (SELECT 1 FROM {} WHERE xmin = pg_current_xact_id()::xid)").format(
            sql.Identifier("core", table))).fetchone()[0] for table in REFERENCE_TABLES)  # type: ignore[index]
