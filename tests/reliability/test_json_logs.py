"""`--log-format json`: every line on stderr is one JSON object with an "event" key, whatever happens."""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from docgen import english_document, french_document
from harness import closed_port, env_for, innovdb, scratch_database

from etl.db import libpq_url
from etl.errors import EXIT_LOCKED
from etl.run import RUN_LOCK_KEY


def write_folder(docs: Path) -> Path:
    rng = random.Random(21)
    for i in range(25):
        text = french_document(rng) if i % 3 == 0 else english_document(rng)
        (docs / f"news_{i:02d}.txt").write_text(text, encoding="utf-8")
    (docs / "truncated.txt").write_bytes(b"")
    return docs


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("json-logs"))


@pytest.fixture(scope="module")
def json_run(folder: Path, server_url: str, template_url: str, base_env: dict[str, str]):
    """A run with a rejection, in batches of 10, asked to be quiet (which must not silence JSON events)."""
    with scratch_database(server_url, template_url) as url:
        yield innovdb(["--quiet", "etl", "run", str(folder), "--log-format", "json", "--batch-size", "10"],
                      env_for(base_env, url))


def parsed(stderr: str) -> list[dict]:
    """Every stderr line as JSON (json.loads raises on a line that is not)."""
    records = [json.loads(line) for line in stderr.splitlines()]
    assert records, "nothing on stderr"
    return records


def test_every_stderr_line_of_a_run_is_a_json_event(json_run) -> None:
    assert json_run.returncode == 3, json_run.stderr
    assert all("event" in record for record in parsed(json_run.stderr))


def test_a_json_log_tells_the_run_from_start_to_finish(json_run) -> None:
    events = [record["event"] for record in parsed(json_run.stderr)]
    assert events == ["run_started", "planned", "batch_loaded", "batch_loaded", "batch_loaded",
                      "views_refreshed", "run_finished"]


def test_the_last_json_event_carries_the_status_and_counts(json_run) -> None:
    last = parsed(json_run.stderr)[-1]
    assert (last["status"], last["documents_new"], last["documents_rejected"]) == ("partial", 25, 1)


def test_every_json_event_is_timestamped(json_run) -> None:
    stamps = [datetime.fromisoformat(record["ts"]) for record in parsed(json_run.stderr)]
    assert stamps == sorted(stamps)


def test_json_mode_keeps_stdout_free_of_log_lines(json_run) -> None:
    assert "innovdb:" not in json_run.stdout


def test_a_failed_run_logs_its_error_as_json(folder: Path, base_env: dict[str, str]) -> None:
    env = env_for(base_env, f"postgresql://innovdb@127.0.0.1:{closed_port()}/innovdb")
    result = innovdb(["etl", "run", str(folder), "--log-format", "json"], env)
    assert result.returncode == 1
    assert all("event" in record for record in parsed(result.stderr))


def test_a_run_refused_by_the_lock_logs_json(folder: Path, cli_env: dict[str, str], db_url: str) -> None:
    with psycopg.connect(libpq_url(db_url), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        result = innovdb(["etl", "run", str(folder), "--log-format", "json"], cli_env)
    assert result.returncode == EXIT_LOCKED
    assert all("event" in record for record in parsed(result.stderr))
