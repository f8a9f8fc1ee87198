"""What a scheduled run tells the person on call: a lock wait said at once and while it lasts, with who
holds the lock; the waiting run listed by `innovdb etl runs`; wait kept apart from work; one text line per
batch without a terminal; every error one JSON object under --log-format json; repaired documents named."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from docgen import english_document, french_document
from harness import LiveRun, innovdb, query

from etl import run as run_module
from etl.db import libpq_url
from etl.run import RUN_LOCK_KEY, RunOptions, run_etl

ENCODINGS = Path(__file__).resolve().parents[1] / "cases" / "read" / "encodings"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    rng = random.Random(15)
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(7):
        text = french_document(rng) if i % 2 else english_document(rng)
        (docs / f"news_{i}.txt").write_text(text, encoding="utf-8")
    return docs


@dataclass
class Holder:
    conn: psycopg.Connection
    run: int

    def release(self) -> None:
        self.conn.execute("SELECT pg_advisory_unlock(%s)", (RUN_LOCK_KEY,))


@pytest.fixture
def held_by_a_run(db_url: str, folder: Path) -> Iterator[Holder]:
    """A session holding the run lock as a run in progress does: a run row, and the session named as runs
    name theirs."""
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        run = conn.execute("INSERT INTO core.etl_runs (extractor_version) VALUES ('test') RETURNING id").fetchone()[0]
        conn.execute(f"SET application_name = 'innovdb etl run {run} pid 4242'")
        yield Holder(conn, run)


def test_a_waiting_run_says_so_at_once_with_the_holders_run_pid_and_start(
    folder: Path, cli_env: dict[str, str], held_by_a_run: Holder
) -> None:
    live = LiveRun(["etl", "run", str(folder), "--lock-timeout", "20", "--log-format", "json"], cli_env)
    try:
        first = next(live.events(timeout=30))
        started = time.monotonic()
        assert first["event"] == "lock_wait", first
        assert (first["holder_run"], first["holder_pid"]) == (held_by_a_run.run, 4242)
        assert first["holder_started"] and first["waited_seconds"] < 1
    finally:
        held_by_a_run.release()
        assert live.wait() == 0, live.stderr
    assert time.monotonic() - started < 20


def test_a_lock_wait_is_repeated_every_interval_and_its_end_reported(
    db_url: str, folder: Path, held_by_a_run: Holder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run_module, "LOCK_REPORT_SECONDS", 0.5)
    events: list[tuple[str, dict]] = []

    def event(name: str, **fields: object) -> None:
        events.append((name, fields))
        if [n for n, _ in events].count("lock_wait") == 4:  # released on the fourth report, however slow the machine
            held_by_a_run.release()

    summary = run_etl(RunOptions(paths=[str(folder)], lock_timeout=10), url=db_url, event=event)
    names = [name for name, _ in events]
    assert names[:5] == ["lock_wait"] * 4 + ["lock_acquired"], names
    waits = [fields["waited_seconds"] for name, fields in events if name == "lock_wait"]
    # at once, then once per interval: never sooner than the interval, never a report skipped
    assert waits[0] < 0.5 and all(0.45 < b - a < 1.5 for a, b in zip(waits, waits[1:], strict=False))
    assert summary.lock_wait_seconds >= waits[-1]


def wait_then_release(live: LiveRun, holder: Holder, seconds: float) -> None:
    """Release the lock `seconds` after the run said it waits (its first line)."""
    deadline = time.monotonic() + 60
    while "lock" not in live.stderr and time.monotonic() < deadline and live.proc.poll() is None:
        time.sleep(0.05)
    time.sleep(seconds)
    holder.release()


def test_a_runs_summary_keeps_the_wait_apart_from_the_work(
    folder: Path, cli_env: dict[str, str], held_by_a_run: Holder
) -> None:
    live = LiveRun(["etl", "run", str(folder), "--lock-timeout", "30", "--log-format", "json"], cli_env)
    wait_then_release(live, held_by_a_run, 1.5)
    assert live.wait() == 0, live.stderr
    records = [json.loads(line) for line in live.stderr.splitlines()]
    finished = records[-1]
    assert finished["event"] == "run_finished" and finished["lock_wait_seconds"] >= 1.5
    acquired = next(r for r in records if r["event"] == "lock_acquired")
    # the work is timed from the lock: not more than the time between the lock and the end
    assert finished["seconds"] <= (datetime.fromisoformat(finished["ts"]) -
                                   datetime.fromisoformat(acquired["ts"])).total_seconds() + 0.2
    assert [r["event"] for r in records][:2] == ["lock_wait", "lock_acquired"]


def test_the_text_summary_says_how_long_the_run_waited(
    folder: Path, cli_env: dict[str, str], held_by_a_run: Holder
) -> None:
    live = LiveRun(["etl", "run", str(folder), "--lock-timeout", "30"], cli_env)
    wait_then_release(live, held_by_a_run, 0.5)
    assert live.wait() == 0, live.stderr
    first = live.stderr.splitlines()[0]
    assert first.startswith(f"innovdb: waiting for the run lock, held by run {held_by_a_run.run} (pid 4242, started ")


def test_a_waiting_run_is_listed_as_waiting_by_etl_runs(
    folder: Path, cli_env: dict[str, str], held_by_a_run: Holder
) -> None:
    live = LiveRun(["etl", "run", str(folder), "--lock-timeout", "30", "--log-format", "json"], cli_env)
    try:
        next(live.events(timeout=30))  # the first lock_wait: it is waiting now
        listing = innovdb(["etl", "runs", "--format", "json"], cli_env)
    finally:
        held_by_a_run.release()
        live.wait()
    rows = json.loads(listing.stdout)
    assert rows[0]["status"] == "waiting" and rows[0]["run"] is None
    assert rows[0]["error"] == f"pid {live.pid} waiting for the run lock"
    assert rows[1]["status"] == "running"  # the holder


def test_a_lock_timeout_names_the_holder(folder: Path, cli_env: dict[str, str],
                                         held_by_a_run: Holder) -> None:
    result = innovdb(["etl", "run", str(folder), "--lock-timeout", "1"], cli_env)
    assert result.returncode == 75
    run = held_by_a_run.run
    assert f"(run {run}, pid 4242, started " in result.stderr.splitlines()[-1]


def test_text_mode_without_a_terminal_prints_one_line_per_batch(folder: Path, cli_env: dict[str, str]) -> None:
    result = innovdb(["etl", "run", str(folder), "--batch-size", "2"], cli_env)
    assert result.returncode == 0, result.stderr
    batches = [line for line in result.stderr.splitlines() if line.startswith("innovdb: batch loaded: ")]
    assert [line.split(": ")[2].split(" documents")[0] for line in batches] == ["2/7", "4/7", "6/7", "7/7"]
    assert all(" facts added, " in line and line.endswith(" documents/s") for line in batches)


@pytest.mark.parametrize(
    "args",
    [
        ["etl", "run", "/no/such/folder", "--log-format", "json"],
        ["etl", "run", "--log-format", "json", "--no-such-option"],
        ["etl", "run", "--log-format", "json"],
        ["etl", "run", ".", "--workers", "0", "--log-format=json"],
    ],
    ids=["missing path", "unknown option", "no path", "bad value"],
)
def test_a_usage_error_is_one_json_object(args: list[str], cli_env: dict[str, str]) -> None:
    result = innovdb(args, cli_env)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    record = json.loads(lines[0])
    assert (record["event"], record["exit_status"]) == ("error", 2) and record["error"].startswith("innovdb etl run")


def test_a_repaired_document_is_named_in_the_report_and_the_view(tmp_path: Path, cli_env: dict[str, str],
                                                                 db_url: str) -> None:
    docs = tmp_path / "mixed"
    docs.mkdir()
    shutil.copy(ENCODINGS / "mixed_utf8_cp1252.txt", docs / "hefei.txt")
    result = innovdb(["etl", "run", str(docs)], cli_env)
    assert result.returncode == 0, result.stderr
    warning = "6 bytes were not UTF-8; read as cp1252"
    assert f"  warning {docs / 'hefei.txt'}: {warning}" in result.stdout.splitlines()
    assert query(db_url, "SELECT path, encoding, warning FROM analytics.v_document_warnings") == [
        (str(docs / "hefei.txt"), "utf-8", warning)]
    assert query(db_url, "SELECT (counts->>'documents_with_warnings')::int FROM core.etl_runs") == [(1,)]


def test_an_unreadable_document_is_rejected_with_exit_3(tmp_path: Path, cli_env: dict[str, str]) -> None:
    docs = tmp_path / "bad"
    docs.mkdir()
    shutil.copy(ENCODINGS / "unreadable.txt", docs / "garbage.txt")
    shutil.copy(ENCODINGS / "clean_fr.txt", docs / "hefei.txt")
    result = innovdb(["etl", "run", str(docs)], cli_env)
    assert result.returncode == 3, result.stderr
    assert f"  rejected {docs / 'garbage.txt'}: undecodable text: no encoding reads it" in result.stdout


def test_ctrl_c_while_waiting_is_one_json_object_and_leaves_no_run(
    folder: Path, cli_env: dict[str, str], held_by_a_run: Holder, db_url: str
) -> None:
    live = LiveRun(["etl", "run", str(folder), "--lock-timeout", "30", "--log-format", "json"], cli_env)
    try:
        next(live.events(timeout=30))
        os.kill(live.pid, signal.SIGINT)
        assert live.wait() == 130
    finally:
        live.close()
    records = [json.loads(line) for line in live.stderr.splitlines() if line.strip()]
    assert records[-1]["event"] == "error" and records[-1]["exit_status"] == 130
    assert query(db_url, "SELECT id FROM core.etl_runs") == [(held_by_a_run.run,)]
