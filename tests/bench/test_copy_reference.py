"""The COPY references of `innovdb bench`: the tables the loader is measured against."""

from __future__ import annotations

import psycopg
import pytest

from etl.bench import harness
from etl.db import libpq_url

SHAPE = """
SELECT (SELECT array_agg(d ORDER BY d) FROM (
            SELECT regexp_replace(indexdef, 'INDEX \\S+ ON \\S+', 'INDEX ON') AS d
            FROM pg_indexes WHERE schemaname = %(schema)s AND tablename = %(table)s) i),
       (SELECT array_agg(d ORDER BY d) FROM (
            SELECT contype::text || ' ' || pg_get_constraintdef(oid) AS d
            FROM pg_constraint WHERE conrelid = (%(schema)s || '.' || %(table)s)::regclass) c)
"""


@pytest.mark.parametrize("table", [*harness.LOADED_TABLES, "indicators"])
def test_the_same_schema_copy_table_has_the_indexes_and_constraints_of_core(db_url: str, table: str) -> None:
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn:
        harness.create_like_core(conn, table)
        core = conn.execute(SHAPE, {"schema": "core", "table": table}).fetchone()
        copy = conn.execute(SHAPE, {"schema": harness.SAME_SCHEMA, "table": table}).fetchone()
    assert copy == core
    assert core[0] and any(c.startswith("f ") for c in core[1]) == (table != "indicators")


def test_the_same_schema_copy_writes_the_loaded_rows_and_leaves_nothing_behind(db_url: str) -> None:
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn:
        marks = harness._marks(conn)
        conn.execute("INSERT INTO core.etl_runs (id, extractor_version) VALUES (1, 'x')")
        conn.execute("INSERT INTO core.documents (path, name, sha256, extractor_version, text, run_id)"
                     " VALUES ('/d/a.txt', 'a.txt', 's', 'x', 'text', 1)")
        figures = harness.raw_copy_same_schema(db_url, marks)
        left = conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (harness.SAME_SCHEMA,)).fetchone()
    assert figures["copy_same_schema_rows_per_s"] > 0
    assert left == (0,)
