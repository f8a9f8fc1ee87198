"""examples/airflow/innovdb_dag.py run by Apache Airflow 3 itself (`airflow dags test`), in its own virtual
environment, for each exit status of `innovdb etl run`: 0 succeeds quietly; 3 succeeds with a warning alert
carrying the rejection report; 2 fails on the first try and pages; 75 and 1 are retried with backoff and
page once when the retries are spent."""

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

REQUIREMENTS = ["apache-airflow>=3.0,<4"]
DAGS = REPO / "examples" / "airflow"


@pytest.fixture(scope="module")
def airflow(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The Airflow command and an AIRFLOW_HOME with its metadata database migrated, for this module."""
    venv = orchestrator_venv("airflow", REQUIREMENTS)
    home = tmp_path_factory.mktemp("airflow-home")
    env = {**os.environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
           "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    subprocess.run([str(venv / "bin" / "airflow"), "db", "migrate"], env=env, check=True, capture_output=True,
                   timeout=600)
    return {"bin": str(venv / "bin" / "airflow"), **{k: env[k] for k in env if k.startswith("AIRFLOW")}}


class DagRun:
    def __init__(self, result: subprocess.CompletedProcess[str], alerts: Path) -> None:
        self.status = result.returncode
        self.output = result.stdout + result.stderr
        self.tries = self.output.count("[DAG TEST] starting task_id=etl_run")
        lines = alerts.read_text().splitlines() if alerts.exists() else []
        self.alerts = [json.loads(line) for line in lines]


def dags_test(airflow: dict[str, str], tmp_path: Path, **settings: str) -> DagRun:
    alerts = tmp_path / "alerts.jsonl"
    env = recipe_env({**os.environ, **{k: v for k, v in airflow.items() if k != "bin"}},
                     INNOVDB_ALERT_LOG=str(alerts), **settings)
    result = subprocess.run([airflow["bin"], "dags", "test", "innovdb_etl"], env=env, capture_output=True,
                            text=True, timeout=900)
    return DagRun(result, alerts)


@pytest.fixture
def lock_held(db_url: str) -> Iterator[None]:
    with psycopg.connect(libpq_url(db_url), autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (RUN_LOCK_KEY,))
        yield


def test_exit_0_succeeds_without_an_alert(airflow, tmp_path: Path, db_url: str) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    run = dags_test(airflow, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(docs))
    assert (run.status, run.tries, run.alerts) == (0, 1, []), run.output[-3000:]
    assert '"event": "run_finished"' in run.output and '"status": "succeeded"' in run.output


def test_exit_3_succeeds_with_a_warning_carrying_the_rejection_report(airflow, tmp_path: Path, db_url: str) -> None:
    docs = write_documents(tmp_path / "docs", "clean_fr.txt", "unreadable.txt")
    run = dags_test(airflow, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(docs))
    assert (run.status, run.tries) == (0, 1), run.output[-3000:]
    assert [a["severity"] for a in run.alerts] == ["warning"]
    assert run.alerts[0]["details"]["rejections"] == [
        {"path": str(docs / "unreadable.txt"), "reason": "undecodable text: no encoding reads it"}]


def test_exit_2_fails_at_once_without_retry_and_pages(airflow, tmp_path: Path, db_url: str) -> None:
    run = dags_test(airflow, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(tmp_path / "missing"))
    assert (run.status, run.tries) == (1, 1), run.output[-3000:]
    assert [a["severity"] for a in run.alerts] == ["page"]
    assert "usage error (exit 2), not retried" in run.alerts[0]["summary"]


def test_exit_75_is_retried_with_backoff_then_pages(airflow, tmp_path: Path, db_url: str, lock_held) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    run = dags_test(airflow, tmp_path, DATABASE_URL=db_url, INNOVDB_PATHS=str(docs))
    assert (run.status, run.tries) == (1, 4), run.output[-3000:]
    assert [a["severity"] for a in run.alerts] == ["page"]
    assert "the run lock is still held (exit 75)" in run.alerts[0]["summary"]


def test_exit_1_is_retried_with_backoff_then_pages(airflow, tmp_path: Path) -> None:
    docs = write_documents(tmp_path / "docs", *GOOD_DOCUMENTS)
    run = dags_test(airflow, tmp_path, DATABASE_URL="postgresql://innovdb@127.0.0.1:9/innovdb",
                    INNOVDB_PATHS=str(docs))
    assert (run.status, run.tries) == (1, 4), run.output[-3000:]
    assert [a["severity"] for a in run.alerts] == ["page"]
    assert "exit 1: cannot connect" in run.alerts[0]["summary"]
