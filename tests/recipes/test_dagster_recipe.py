"""examples/dagster/definitions.py run by Dagster itself, in its own virtual environment with innovdb
installed: the asset calls innovdb's Python API and reports the run's counts as metadata; rejections
(exit 3) are a warning with the report; a usage error (2) fails without retry; a held lock (75) and a failed
run (1) are retried with backoff; the run-failure sensor pages once per failed run."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from recipe_support import GOOD_DOCUMENTS, REPO, orchestrator_venv, recipe_env, write_documents

from etl.db import libpq_url
from etl.run import RUN_LOCK_KEY

pytestmark = pytest.mark.slow

DEFINITIONS = REPO / "examples" / "dagster" / "definitions.py"
DRIVER = Path(__file__).with_name("dagster_driver.py")


@pytest.fixture(scope="module")
def dagster() -> Path:
    return orchestrator_venv("dagster", ["dagster>=1.9,<2", "-e", str(REPO)])


class Outcome:
    def __init__(self, result: subprocess.CompletedProcess[str], alerts: Path) -> None:
        assert result.returncode == 0, result.stderr[-3000:]
        self.log = result.stderr
        report = json.loads(result.stdout.splitlines()[-1])
        self.success, self.tries, self.metadata = report["success"], report["tries"], report["metadata"]
        self.alerts = [json.loads(line) for line in alerts.read_text().splitlines()] if alerts.exists() else []


def materialize(dagster: Path, tmp_path: Path, **settings: str) -> Outcome:
    alerts = tmp_path / "alerts.jsonl"
    env = recipe_env(dict(os.environ), INNOVDB_ALERT_LOG=str(alerts), DAGSTER_HOME=str(tmp_path), **settings)
    result = subprocess.run([str(dagster / "bin" / "python"), str(DRIVER), str(DEFINITIONS)], env=env,
                            capture_output=True, text=True, timeout=600)
    return Outcome(result, alerts)


@pytest.fixture
def lock_held(db_url: str) -> Iterator[None]:
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        yield


def test_the_definitions_load_with_their_schedule_and_sensors(dagster: Path) -> None:
    result = subprocess.run([str(dagster / "bin" / "dagster"), "definitions", "validate", "-f", str(DEFINITIONS)],
                            capture_output=True, text=True, timeout=300, env=recipe_env(dict(os.environ)))
    assert result.returncode == 0, result.stdout + result.stderr
    listing = subprocess.run(
        [str(dagster / "bin" / "python"), "-c",
         "import importlib.util as u, sys; s = u.spec_from_file_location('d', sys.argv[1]); m = u.module_from_spec(s);"
         " s.loader.exec_module(m); r = m.defs.get_repository_def();"
         " print(sorted(x.name for x in r.schedule_defs), sorted(x.name for x in r.sensor_defs))", str(DEFINITIONS)],
        capture_output=True, text=True, timeout=300, env=recipe_env(dict(os.environ)))
    assert listing.stdout.split("\n")[-2] == "['innovdb_hourly'] ['new_documents', 'page_on_failure']", listing.stderr


def test_exit_0_materializes_with_the_counts_as_metadata(dagster: Path, tmp_path: Path, db_url: str) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    outcome = materialize(dagster, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(docs))
    assert (outcome.success, outcome.tries, outcome.alerts) == (True, 1, []), outcome.log[-3000:]
    assert outcome.metadata["status"] == "succeeded"
    assert (outcome.metadata["documents_new"], outcome.metadata["documents_rejected"]) == (3, 0)
    assert outcome.metadata["targets_added"] + outcome.metadata["metrics_added"] > 0


def test_exit_3_materializes_with_the_rejection_report_and_a_warning(dagster: Path, tmp_path: Path,
                                                                     db_url: str) -> None:
    docs = write_documents(tmp_path / "docs", "clean_fr.txt", "unreadable.txt")
    outcome = materialize(dagster, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(docs))
    assert (outcome.success, outcome.metadata["status"]) == (True, "partial"), outcome.log[-3000:]
    report = [{"path": str(docs / "unreadable.txt"), "reason": "undecodable text: no encoding reads it"}]
    assert outcome.metadata["rejections"] == report
    assert [(a["severity"], a["details"]["rejections"]) for a in outcome.alerts] == [("warning", report)]


def test_exit_2_fails_without_retry_and_pages(dagster: Path, tmp_path: Path, db_url: str) -> None:
    outcome = materialize(dagster, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(tmp_path / "missing"))
    assert (outcome.success, outcome.tries) == (False, 1), outcome.log[-3000:]
    assert [a["severity"] for a in outcome.alerts] == ["page"]
    assert "usage error (exit 2), not retried" in outcome.alerts[0]["summary"]


def test_exit_75_is_retried_with_backoff_then_pages(dagster: Path, tmp_path: Path, db_url: str, lock_held) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    outcome = materialize(dagster, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(docs))
    assert (outcome.success, outcome.tries) == (False, 4), outcome.log[-3000:]
    assert "requested a retry in 2.0" in outcome.log or "retry in 3.0" in outcome.log  # the delay grows
    assert [a["severity"] for a in outcome.alerts] == ["page"]
    assert "the run lock is still held (exit 75)" in outcome.alerts[0]["summary"]


def test_exit_1_is_retried_with_backoff_then_pages(dagster: Path, tmp_path: Path) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    outcome = materialize(dagster, tmp_path, DATABASE_URL="postgresql://innovdb@127.0.0.1:9/innovdb",
                          INNOVDB_PATHS=str(docs))
    assert (outcome.success, outcome.tries) == (False, 4), outcome.log[-3000:]
    assert [a["severity"] for a in outcome.alerts] == ["page"]
    assert "the run failed (exit 1)" in outcome.alerts[0]["summary"]
