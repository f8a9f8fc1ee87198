"""`innovdb sql` runs one query as a read-only, non-superuser role: what the database holds afterwards."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from unittest import mock

import psycopg
import pytest
from inprocess import Innovdb, run_innovdb, scalar, state

import etl.query
from etl.db import libpq_url
from etl.query import open_query
from etl.serve import READER, reader_password, reader_password_matches
from etl.sql_text import Statement

TARGETS = "SELECT count(*) FROM core.targets"


@pytest.fixture(autouse=True)
def reader_ready(innovdb: Innovdb) -> None:
    """The reader role exists in the seeded database (the first `innovdb sql` creates it)."""
    assert innovdb("sql", "SELECT 1").code == 0


def test_a_stacked_delete_after_rollback_is_refused_and_the_rows_stay(innovdb: Innovdb, seeded_url: str) -> None:
    before = scalar(seeded_url, TARGETS)
    result = innovdb("sql", "ROLLBACK; DELETE FROM core.targets")
    assert result.code == 2
    assert "exactly one statement" in result.err
    assert before and scalar(seeded_url, TARGETS) == before


def test_commit_then_create_table_creates_nothing(innovdb: Innovdb, seeded_url: str) -> None:
    result = innovdb("sql", "COMMIT; CREATE TABLE public.pwn(x int)")
    assert result.code == 2
    assert scalar(seeded_url, "SELECT to_regclass('public.pwn')") is None


def test_copy_to_program_does_not_run_the_program(innovdb: Innovdb, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    result = innovdb("sql", f"COPY (SELECT 1) TO PROGRAM 'touch {marker}'")
    assert result.code == 2
    assert not marker.exists()


def test_pg_read_file_is_refused(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT pg_read_file('/etc/passwd')")
    assert result.code == 1
    assert "root:" not in result.out
    assert "permission denied" in result.err and len(result.err.strip().splitlines()) == 1


def test_the_query_runs_as_a_non_superuser_in_a_read_only_transaction(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT current_user AS who, current_setting('transaction_read_only') AS ro,"
                            " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == [{"who": READER, "ro": "on", "su": False}]


def test_the_reader_cannot_take_the_superuser_role_back(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT set_config('role', 'postgres', false)")
    assert result.code == 1
    assert "permission denied to set role" in result.err


def test_the_database_refuses_what_the_text_checks_would_let_through(seeded_url: str, home: Path) -> None:
    """Without the checks of etl.sql_text, the cursor declaration and the role still refuse."""
    before = state(seeded_url)
    hostile = ["SELECT 1; DELETE FROM core.targets", "COMMIT", "DELETE FROM analytics.v_targets",
               "WITH d AS (DELETE FROM core.targets RETURNING 1) SELECT * FROM d",
               "SELECT 1; COMMIT; CREATE TABLE public.pwn(x int)"]
    for text in hostile:
        with (mock.patch.object(etl.query, "parse_statement", lambda t: Statement(t, (), "SELECT")),
              pytest.raises(etl.query.InnovdbError), open_query(text, url=seeded_url, home=home) as result):
            list(result.chunks)
    assert state(seeded_url) == before


def test_the_statement_timeout_cancels_a_long_query(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT pg_sleep(30)", "--timeout", "0.3")
    assert result.code == 1
    assert "cancelled after 0.3 s" in result.err


def test_the_default_statement_timeout_is_documented_one(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT current_setting('statement_timeout') AS t", "--format", "csv")
    assert result.out.splitlines() == ["t", "1min"]


def test_rows_come_from_a_server_side_cursor_in_chunks(seeded_url: str, home: Path) -> None:
    query = "SELECT g, (SELECT string_agg(name, ',') FROM pg_cursors) AS cursors FROM generate_series(1, 5000) AS g"
    with open_query(query, url=seeded_url, home=home) as result:
        sizes = [len(chunk) for chunk in result.chunks]
        # rows are fetched as they are consumed, the cursor being open on the server meanwhile
    assert sizes[0] == etl.query.FETCH_ROWS < 5000 and sum(sizes) == 5000
    with open_query("SELECT name FROM pg_cursors", url=seeded_url, home=home) as result:
        assert [row[0] for chunk in result.chunks for row in chunk] == [etl.query.CURSOR]


def test_json_writes_nan_and_infinity_as_strings_and_stays_valid(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT 'NaN'::float8 AS a, 'Infinity'::float8 AS b, '-Infinity'::numeric AS c",
                     "--format", "json")
    assert result.code == 0, result.err

    def no_constants(name: str) -> None:
        raise AssertionError(f"bare {name} in JSON")

    assert json.loads(result.out, parse_constant=no_constants) == [{"a": "NaN", "b": "Infinity", "c": "-Infinity"}]


def test_bytea_is_written_as_hex(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT '\\x00ff10'::bytea AS b", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == [{"b": "\\x00ff10"}]


def test_a_twenty_digit_numeric_keeps_every_digit(innovdb: Innovdb) -> None:
    value = "12345678901234567890.123456789"
    as_json = innovdb("sql", f"SELECT {value}::numeric AS n", "--format", "json")
    as_csv = innovdb("sql", f"SELECT {value}::numeric AS n", "--format", "csv")
    assert json.loads(as_json.out, parse_float=Decimal) == [{"n": Decimal(value)}]
    assert as_csv.out.splitlines() == ["n", value]


def test_casts_sit_beside_bound_parameters(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT :a::int + 1 AS answer, ':not_a_parameter' AS s", "-p", "a=41", "--format", "csv")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["answer,s", "42,:not_a_parameter"]


def test_a_missing_parameter_is_one_line(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT :a::int + 1")
    assert result.code == 2
    assert result.err.strip() == "innovdb: error: parameter :a has no value (pass -p a=VALUE)"


def test_two_statements_are_refused_not_half_shown(innovdb: Innovdb) -> None:
    result = innovdb("sql", "SELECT 1; SELECT 2")
    assert result.code == 2
    assert result.out == ""
    assert "exactly one statement" in result.err


def test_a_password_the_reader_set_itself_is_detected_and_restored(seeded_url: str, home: Path) -> None:
    reader_url = psycopg.conninfo.make_conninfo(libpq_url(seeded_url), user=READER,
                                                password=reader_password(home)[0])
    with psycopg.connect(reader_url, autocommit=True) as conn:  # the reader can do this: PostgreSQL allows it
        conn.execute("SET default_transaction_read_only = off")
        conn.execute(f"ALTER ROLE {READER} PASSWORD 'locked-out'")
    with psycopg.connect(libpq_url(seeded_url), autocommit=True) as conn:
        assert reader_password_matches(conn, reader_password(home)[0]) is False
    assert run_innovdb(["sql", "SELECT 1"], seeded_url, home).code == 0
    with psycopg.connect(libpq_url(seeded_url), autocommit=True) as conn:
        assert reader_password_matches(conn, reader_password(home)[0]) is True
