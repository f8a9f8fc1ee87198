"""Dagster definitions: an asset that loads new and changed documents into innovdb through its Python API,
with the run's counts as asset metadata, an hourly schedule, a sensor that starts a load when files change,
and a run-failure sensor that pages.

Install innovdb in the code location's environment (`pip install innovdb`, or `pip install -e` of a
checkout) and set, as environment variables of the code location (or edit the defaults below):

    INNOVDB_PATHS      folders to load, ':'-separated  (default: /data/news)
    DATABASE_URL       the database (`innovdb db url` prints the embedded server's; see docs/scheduling.md)
    INNOVDB_LOCK_TIMEOUT, INNOVDB_RETRY_DELAY_SECONDS  seconds (defaults 600 and 120)

What happens, by what `innovdb etl run` would exit with:

    0   the asset materializes; counts in its metadata
    3   it materializes, with the rejection report in its metadata and a warning alert
    2   usage error: the run fails at once, no retry (Failure(allow_retries=False)); the failure sensor pages
    75  the lock is held by another run: retried with exponential backoff; still held: the failure sensor pages
    1   the run failed (database down...): retried likewise; still failing: the failure sensor pages

Run it: `dagster dev -f definitions.py`, or once: `dagster asset materialize -f definitions.py
--select innovdb_documents`.
"""

import json
import os
from pathlib import Path
from typing import Any

from dagster import (
    AssetExecutionContext,
    Backoff,
    DefaultSensorStatus,
    Definitions,
    Failure,
    MaterializeResult,
    MetadataValue,
    RetryPolicy,
    RunFailureSensorContext,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    asset,
    define_asset_job,
    get_dagster_logger,
    run_failure_sensor,
    sensor,
)

from etl.errors import EXIT_LOCKED, EXIT_USAGE, InnovdbError
from etl.run import RunOptions, run_etl

PATHS = os.environ.get("INNOVDB_PATHS", "/data/news").split(":")
LOCK_TIMEOUT = float(os.environ.get("INNOVDB_LOCK_TIMEOUT", "600"))
RETRY_DELAY = float(os.environ.get("INNOVDB_RETRY_DELAY_SECONDS", "120"))


def send_alert(severity: str, summary: str, details: dict[str, Any] | None = None) -> None:
    """Page ("page") or warn ("warning"). Replace the body with your integration (PagerDuty, Slack...); this
    one logs the alert and appends it as a JSON line to $INNOVDB_ALERT_LOG when that is set."""
    get_dagster_logger().warning(f"ALERT {severity}: {summary} {json.dumps(details or {}, ensure_ascii=False)}")
    if alert_log := os.environ.get("INNOVDB_ALERT_LOG"):
        with open(alert_log, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"severity": severity, "summary": summary, "details": details or {}}) + "\n")


@asset(
    description="Documents, facts and evidence loaded into innovdb (innovdb etl run).",
    retry_policy=RetryPolicy(max_retries=3, delay=RETRY_DELAY, backoff=Backoff.EXPONENTIAL),
)
def innovdb_documents(context: AssetExecutionContext) -> MaterializeResult:
    def event(name: str, **fields: Any) -> None:  # innovdb's progress events, into the run's logs
        context.log.info(json.dumps({"event": name, **fields}, ensure_ascii=False, default=str))

    try:
        summary = run_etl(RunOptions(paths=PATHS, lock_timeout=LOCK_TIMEOUT), event=event)
    except InnovdbError as e:
        if e.exit_code == EXIT_USAGE:
            raise Failure(description=f"usage error (exit 2), not retried: {e}", allow_retries=False,
                          metadata={"exit_status": EXIT_USAGE}) from e
        what = "the run lock is still held" if e.exit_code == EXIT_LOCKED else "the run failed"
        raise Failure(description=f"{what} (exit {e.exit_code}): {e}", metadata={"exit_status": e.exit_code}) from e
    metadata: dict[str, Any] = {"innovdb_run": summary.run_id, "status": summary.status, **summary.counts()}
    if summary.rejections:
        report = [{"path": path, "reason": reason} for path, reason in summary.rejections]
        metadata["rejections"] = MetadataValue.json(report)
        context.log.warning(f"{len(report)} document(s) rejected; the others are loaded")
        send_alert("warning", f"innovdb etl run {summary.run_id}: {len(report)} document(s) rejected, the others "
                              "loaded", {"rejections": report})
    if summary.warnings:
        metadata["warnings"] = MetadataValue.json([{"path": p, "warning": w} for p, w in summary.warnings])
    return MaterializeResult(metadata=metadata)


innovdb_etl_job = define_asset_job("innovdb_etl_job", selection=[innovdb_documents])

hourly = ScheduleDefinition(name="innovdb_hourly", job=innovdb_etl_job, cron_schedule="15 * * * *")


@sensor(job=innovdb_etl_job, minimum_interval_seconds=300, default_status=DefaultSensorStatus.STOPPED)
def new_documents(context: SensorEvaluationContext) -> RunRequest | SkipReason:
    """A load when a file under the folders is newer than at the last check (unchanged files are skipped by
    innovdb itself, so a spurious run costs little)."""
    newest = max((f.stat().st_mtime for root in PATHS if Path(root).exists()
                  for f in Path(root).rglob("*") if f.is_file()), default=0.0)
    if newest <= float(context.cursor or 0):
        return SkipReason("no new or changed files")
    context.update_cursor(str(newest))
    return RunRequest(run_key=f"files-{newest}")


@run_failure_sensor(monitored_jobs=[innovdb_etl_job], default_status=DefaultSensorStatus.RUNNING)
def page_on_failure(context: RunFailureSensorContext) -> None:
    """Pages once per failed run: after the retries for 1 and 75, at once for 2."""
    reasons = []
    for step in context.get_step_failure_events():
        data = step.step_failure_data
        user = data.user_failure_data if data else None
        reasons.append(user.description if user and user.description else (data.error.message if data and data.error
                                                                             else step.message))
    send_alert("page", f"innovdb etl job failed: {'; '.join(reasons) or context.failure_event.message}",
               {"dagster_run": context.dagster_run.run_id})


defs = Definitions(
    assets=[innovdb_documents],
    jobs=[innovdb_etl_job],
    schedules=[hourly],
    sensors=[new_documents, page_on_failure],
)
