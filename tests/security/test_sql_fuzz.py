"""Hostile statements from a grammar, fed to `innovdb sql` through its entry point: nothing changes, nothing runs.

The grammar stacks statements, wraps them in transaction control, hides them after comments and in
different letter cases, and draws the payload from writes, DDL, COPY (to files and programs), DO blocks,
the server's file and large-object functions, and role and setting changes. Whatever the combination,
the database must hold what it held, no file may appear and the reader must stay what it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from inprocess import Innovdb, state

MARKER_DIR = Path("/tmp")  # the server's user can write here: a command that ran would leave its file


def payloads(marker: str) -> list[str]:
    touch = f"touch {MARKER_DIR / marker}"
    return [
        "DELETE FROM core.targets",
        "TRUNCATE core.targets CASCADE",
        "DROP TABLE core.targets CASCADE",
        "UPDATE core.metrics SET value = 0",
        "INSERT INTO core.regions (name) VALUES ('Nowhere')",
        "CREATE TABLE public.pwn (x int)",
        "CREATE TEMPORARY TABLE pwn (x int)",
        "CREATE VIEW analytics.v_pwn AS SELECT 1",
        f"COPY (SELECT 1) TO PROGRAM '{touch}'",
        f"COPY core.targets TO '{MARKER_DIR / marker}'",
        "COPY core.targets FROM '/etc/hostname'",
        f"DO $$BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''{touch}'''; END$$",
        "DO $$BEGIN DELETE FROM core.targets; END$$",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT pg_read_binary_file('/etc/passwd')",
        "SELECT pg_ls_dir('/')",
        "SELECT pg_stat_file('/etc/passwd')",
        "SELECT lo_import('/etc/passwd')",
        f"SELECT lo_export(lo_create(0), '{MARKER_DIR / marker}')",
        "SET ROLE postgres",
        "RESET ROLE",
        "SET SESSION AUTHORIZATION postgres",
        "SELECT set_config('role', 'postgres', false)",
        "SELECT set_config('session_authorization', 'postgres', false)",
        "SELECT set_config('default_transaction_read_only', 'off', false)",
        "ALTER ROLE innovdb_reader SUPERUSER",
        "ALTER ROLE innovdb_reader SET default_transaction_read_only = off",
        "GRANT pg_read_server_files TO innovdb_reader",
        "CREATE EXTENSION IF NOT EXISTS dblink",
        "ALTER SYSTEM SET log_statement = 'all'",
        "WITH gone AS (DELETE FROM core.targets RETURNING 1) SELECT count(*) FROM gone",
        "SELECT * FROM analytics.v_targets FOR UPDATE",
        "PREPARE p AS DELETE FROM core.targets",
        "LOCK TABLE core.targets",
        "VACUUM core.targets",
        "CALL pg_catalog.pg_reload_conf()",
    ]


TRANSACTION = ["", "BEGIN;", "COMMIT;", "ROLLBACK;", "END;", "ABORT;", "START TRANSACTION READ WRITE;",
               "SELECT 1;", "SET TRANSACTION READ WRITE;"]
AFTER = ["", ";", "; COMMIT", "; SELECT 1", ";;", "; -- trailing"]
DISGUISE = ["", "/* comment */ ", "-- line comment\n", "  \n\t"]


# Runs, and changes nothing: the transaction is read-only already, and the session ends with the command.
HARMLESS = "SELECT set_config('default_transaction_read_only', 'off', false)"


@st.composite
def hostile_statement(draw: st.DrawFn, marker: str) -> tuple[str, str]:
    """(statement, payload)."""
    payload = original = draw(st.sampled_from(payloads(marker)))
    if draw(st.booleans()):
        payload = payload.lower() if draw(st.booleans()) else payload.upper()
        payload = payload.replace(marker.upper(), marker)  # the marker's name stays findable
    stacked = draw(st.lists(st.sampled_from(TRANSACTION), max_size=2))
    text = " ".join([*stacked, draw(st.sampled_from(DISGUISE)) + payload]) + draw(st.sampled_from(AFTER))
    return text, original


MARKER = "innovdb_fuzz_ran"


@pytest.fixture(scope="module")
def reader_ready(seeded_url: str, home: Path) -> None:
    from inprocess import run_innovdb

    assert run_innovdb(["sql", "SELECT 1"], seeded_url, home).code == 0


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=hostile_statement(MARKER))
def test_hostile_statements_change_nothing_and_run_nothing(
    drawn: tuple[str, str], innovdb: Innovdb, seeded_url: str, reader_ready: None
) -> None:
    statement, payload = drawn
    marker = MARKER_DIR / MARKER
    marker.unlink(missing_ok=True)
    before = state(seeded_url)
    result = innovdb("sql", statement)
    assert result.code in (1, 2) or (result.code == 0 and payload == HARMLESS), (statement, result)
    assert len(result.err.strip().splitlines()) == (1 if result.code else 0), result.err
    assert "Traceback" not in result.err
    assert not marker.exists(), statement
    assert state(seeded_url) == before, statement
