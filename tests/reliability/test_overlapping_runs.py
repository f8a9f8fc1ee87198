"""Overlapping runs on one database: the advisory lock lets one write; the other waits or exits 75."""

from __future__ import annotations

import random
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from docgen import english_document, french_document
from harness import env_for, innovdb, query, runs, scalar, scratch_database, start_innovdb

from etl.db import libpq_url
from etl.errors import EXIT_LOCKED
from etl.run import RUN_LOCK_KEY


def write_folder(docs: Path) -> Path:
    rng = random.Random(8)
    for i, city in enumerate(("Jinan", "Qingdao", "Xiamen", "Fuzhou")):
        text = french_document(rng, city) if i % 2 else english_document(rng, city)
        (docs / f"{city.lower()}.txt").write_text(text, encoding="utf-8")
    return docs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    return write_folder(tmp_path / "docs")


@pytest.fixture
def lock_holder(db_url: str) -> Iterator[psycopg.Connection]:
    """A session holding the run lock, as a run in progress would."""
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        yield conn


@pytest.fixture(scope="module")
def refused(server_url: str, template_url: str, base_env: dict[str, str],
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.CompletedProcess[str]]]:
    """A run started with --lock-timeout 0 while another session holds the run lock."""
    folder = write_folder(tmp_path_factory.mktemp("refused"))
    with scratch_database(server_url, template_url) as url, \
            psycopg.connect(libpq_url(url), autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        yield url, innovdb(["etl", "run", str(folder), "--lock-timeout", "0"], env_for(base_env, url))


def test_a_held_lock_with_no_timeout_exits_75(refused) -> None:
    assert refused[1].returncode == EXIT_LOCKED


def test_a_run_refused_by_the_lock_says_so_in_one_line(refused) -> None:
    stderr = refused[1].stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "lock" in stderr and "Traceback" not in stderr


def test_a_run_refused_by_the_lock_writes_nothing(refused) -> None:
    url = refused[0]
    assert runs(url) == []
    assert scalar(url, "SELECT count(*) FROM core.documents") == 0


def test_a_run_waits_for_the_lock_to_be_released(folder: Path, cli_env: dict[str, str], db_url: str,
                                                 lock_holder: psycopg.Connection) -> None:
    release = threading.Timer(1.0, lambda: lock_holder.execute("SELECT pg_advisory_unlock(%s)", (RUN_LOCK_KEY,)))
    release.start()
    try:
        result = innovdb(["etl", "run", str(folder), "--lock-timeout", "5"], cli_env)
    finally:
        release.join()
    assert result.returncode == 0, result.stderr
    assert scalar(db_url, "SELECT count(*) FROM core.documents") == 4


def test_a_lock_not_released_in_time_exits_75(folder: Path, cli_env: dict[str, str],
                                              lock_holder: psycopg.Connection) -> None:
    result = innovdb(["etl", "run", str(folder), "--lock-timeout", "0.5"], cli_env)
    assert result.returncode == EXIT_LOCKED
    assert "0.5 s" in result.stderr


def test_two_concurrent_runs_never_write_at_the_same_time(folder: Path, cli_env: dict[str, str],
                                                          db_url: str) -> None:
    first = start_innovdb(["etl", "run", str(folder), "--lock-timeout", "60"], cli_env)
    second = start_innovdb(["etl", "run", str(folder), "--lock-timeout", "60"], cli_env)
    assert (first.wait(timeout=120), second.wait(timeout=120)) == (0, 0)
    (a_start, a_end, a_counts), (b_start, _, b_counts) = query(
        db_url, "SELECT started_at, finished_at, counts FROM core.etl_runs ORDER BY started_at")
    assert a_end <= b_start  # the second run began only after the first finished
    assert (a_counts["documents_new"], b_counts["documents_unchanged"]) == (4, 4)
