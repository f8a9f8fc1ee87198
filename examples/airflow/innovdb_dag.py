"""Airflow 3 DAG: load new and changed documents into innovdb every hour, with alerts by exit status.

Copy this file into your DAGs folder and set, as environment variables of the Airflow workers (or edit the
defaults below):

    INNOVDB_BIN        the innovdb command            (default: innovdb on PATH)
    INNOVDB_PATHS      folders to load, ':'-separated  (default: /data/news)
    DATABASE_URL       the database (`innovdb db url` prints the embedded server's; see docs/scheduling.md)
    INNOVDB_LOCK_TIMEOUT, INNOVDB_RETRY_DELAY_SECONDS  seconds (defaults 600 and 120)

Exit statuses of `innovdb etl run` and what this DAG does with them:

    0   success
    3   success, and a warning alert carrying the rejection report (the other documents are loaded)
    2   usage error: the task fails at once, without retry, and pages (the schedule itself is broken)
    75  the lock is held by another run: retried with exponential backoff; still held after the retries: pages
    1   the run failed (database down...): retried with exponential backoff; still failing: pages

`send_alert` is the one place to connect your pager and chat (PagerDuty, Opsgenie, Slack...).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shlex
import subprocess
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import dag, task
from airflow.sdk.exceptions import AirflowFailException

INNOVDB = os.environ.get("INNOVDB_BIN", "innovdb")
PATHS = os.environ.get("INNOVDB_PATHS", "/data/news").split(":")
LOCK_TIMEOUT = int(os.environ.get("INNOVDB_LOCK_TIMEOUT", "600"))
RETRY_DELAY = timedelta(seconds=int(os.environ.get("INNOVDB_RETRY_DELAY_SECONDS", "120")))
RETRIES = 3

log = logging.getLogger("innovdb.airflow")


def send_alert(severity: str, summary: str, details: dict[str, Any] | None = None) -> None:
    """Page ("page") or warn ("warning"). Replace the body with your integration; this one logs the alert
    and appends it as a JSON line to $INNOVDB_ALERT_LOG when that is set."""
    log.warning("ALERT %s: %s %s", severity, summary, json.dumps(details or {}, ensure_ascii=False))
    if alert_log := os.environ.get("INNOVDB_ALERT_LOG"):
        with open(alert_log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"severity": severity, "summary": summary, "details": details or {}}) + "\n")


class InnovdbRunFailed(Exception):
    """Exit 1 or 75: worth another try."""


def page_on_failure(context: dict[str, Any]) -> None:
    """on_failure_callback: runs once, when the task has failed for good (no retry left, or none allowed)."""
    ti = context["ti"]
    send_alert("page", f"innovdb etl run failed for good on try {ti.try_number}: {context.get('exception')}",
               {"dag_id": ti.dag_id, "task_id": ti.task_id, "run_id": ti.run_id})


def _events(stderr: str) -> list[dict[str, Any]]:
    events = []
    for line in stderr.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                events.append(json.loads(line))
    return events


@dag(
    dag_id="innovdb_etl",
    schedule="15 * * * *",
    start_date=datetime(2025, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["innovdb"],
)
def innovdb_etl() -> None:
    @task(
        retries=RETRIES,
        retry_delay=RETRY_DELAY,
        retry_exponential_backoff=True,
        max_retry_delay=timedelta(minutes=30),
        execution_timeout=timedelta(hours=2),
        on_failure_callback=page_on_failure,
    )
    def etl_run() -> dict[str, Any]:
        cmd = [INNOVDB, "etl", "run", *PATHS, "--lock-timeout", str(LOCK_TIMEOUT), "--log-format", "json"]
        log.info("running %s", shlex.join(cmd))
        # start_new_session: on timeout Airflow kills the task's process group, extraction workers included
        proc = subprocess.run(cmd, capture_output=True, text=True, start_new_session=True)
        for line in proc.stderr.splitlines():  # the run's JSON events, into the task log
            log.info("%s", line)
        events = _events(proc.stderr)
        finished = next((e for e in reversed(events) if e.get("event") == "run_finished"), {})
        error = next((e["error"] for e in reversed(events) if e.get("event") == "error"),
                     proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit status {proc.returncode}")
        if proc.returncode == 0:
            return finished
        if proc.returncode == 3:
            rejections = finished.get("rejections", [])
            send_alert("warning", f"innovdb etl run {finished.get('run')}: {finished.get('documents_rejected')} "
                                  "document(s) rejected, the others loaded", {"rejections": rejections})
            return finished
        if proc.returncode == 2:
            raise AirflowFailException(f"usage error (exit 2), not retried: {error}")
        if proc.returncode == 75:
            raise InnovdbRunFailed(f"the run lock is still held (exit 75): {error}")
        raise InnovdbRunFailed(f"exit {proc.returncode}: {error}")

    etl_run()


innovdb_etl()
