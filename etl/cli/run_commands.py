"""`innovdb etl run` and `innovdb etl runs`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from etl.cli import State
from etl.config import BATCH_DOCUMENTS, DEFAULT_MAX_BYTES, DEFAULT_MIN_CONFIDENCE
from etl.errors import EXIT_REJECTIONS
from etl.events import Reporter
from etl.output import FORMATS, render

if TYPE_CHECKING:
    from etl.run import RunSummary

RUN_HELP = """Extract documents (files or folders) and load them into the database.

Unchanged documents (same path, content, extractor version and corrections) are skipped; changed ones
are replaced. Each batch of documents is committed whole, so an interrupted run can simply be run again.

Corrections: a `corrections.yaml` in a document's folder (or a parent folder up to PATH), and the file of
--corrections, are applied between extraction and load; a malformed file stops the run before anything
is loaded. What became of each entry: the summary and analytics.v_etl_corrections.

Facts with a confidence below --min-confidence are loaded but kept out of the analytics views (except
v_evidence and v_review_queue).

--executor dask sends extraction to the workers of a Dask cluster (pip install 'innovdb[dask]'; the
workers need the same innovdb installed, not the documents): this process still skips, locks and loads.
An unreachable scheduler fails the run (status 1) before anything is written.

\b
Exit status:
   0  every document loaded or unchanged
   3  the run finished but some documents were rejected (see the summary, analytics.v_etl_rejections)
   1  the run failed (database unreachable, schema behind without --migrate, disk full...)
   2  usage error
  75  another run holds the lock and --lock-timeout expired

\b
Example:
  innovdb etl run seeds/documents --workers 2
  innovdb etl run /data/news --prune --lock-timeout 600 --log-format json
  innovdb etl run seeds/documents --corrections reviewed.yaml --min-confidence 0.7
  innovdb etl run /data/news --executor dask --scheduler tcp://scheduler:8786
"""


@click.group(name="etl")
def etl_group() -> None:
    """Load documents into the database and inspect past runs."""


@etl_group.command(name="run", help=RUN_HELP)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Extraction processes (local executor).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: processes here, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="The Dask scheduler, e.g. tcp://HOST:8786 [default: $DASK_SCHEDULER_ADDRESS].")
@click.option("--full-refresh", is_flag=True, help="Reload every document, changed or not.")
@click.option("--prune", is_flag=True, help="Remove loaded documents under PATH that no longer exist.")
@click.option("--lock-timeout", type=click.FloatRange(0), default=0, show_default=True,
              help="Seconds to wait for another run to finish.")
@click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Reject larger files.")
@click.option("--migrate", is_flag=True, help="Upgrade the database schema first if it is behind.")
@click.option("--batch-size", type=click.IntRange(1), default=BATCH_DOCUMENTS, show_default=True,
              help="Documents per transaction.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one JSON object per event on stderr, for schedulers.")
@click.option("--corrections", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A corrections file applied to every document, besides each folder's corrections.yaml.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Facts below it are loaded but kept out of the analytics views.")
def run(paths: tuple[str, ...], workers: int, executor: str, scheduler: str | None, full_refresh: bool,
        prune: bool, lock_timeout: float, max_bytes: int, migrate: bool, batch_size: int, log_format: str,
        corrections: str | None, min_confidence: float) -> None:
    for p in paths:
        if not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or folder", param_hint="PATH")
    if scheduler and executor != "dask":
        raise click.BadParameter("--scheduler is for --executor dask", param_hint="--scheduler")
    from etl.run import RunOptions, run_etl

    options = RunOptions(paths=paths, workers=workers, full_refresh=full_refresh, prune=prune,
                         lock_timeout=lock_timeout, max_bytes=max_bytes, migrate=migrate,
                         batch_size=batch_size, corrections=corrections, min_confidence=min_confidence,
                         executor=executor, scheduler=scheduler)
    summary = run_etl(options, event=Reporter(log_format, quiet=State.quiet))
    if log_format == "text":
        click.echo(format_summary(summary))
    if summary.documents_rejected:
        sys.exit(EXIT_REJECTIONS)


def format_summary(s: RunSummary) -> str:
    waited = f" (after waiting {s.lock_wait_seconds:.2f} s for the lock)" if s.lock_wait_seconds >= 0.01 else ""
    lines = [
        f"run {s.run_id} {s.status} in {s.seconds:.2f} s{waited}",
        f"  documents: {s.documents_new} new, {s.documents_changed} changed, {s.documents_unchanged} unchanged, "
        f"{s.documents_rejected} rejected" + (f", {s.documents_pruned} pruned" if s.documents_pruned else ""),
        f"  targets: {s.targets_added} added, {s.targets_removed} removed; "
        f"metrics: {s.metrics_added} added, {s.metrics_removed} removed; evidence rows: {s.evidence_rows}",
    ]
    if s.corrections_applied or s.corrections_unmatched or s.corrections_invalid:
        lines.append(f"  corrections: {s.corrections_applied} applied, {s.corrections_unmatched} unmatched, "
                     f"{s.corrections_invalid} invalid")
    lines += [f"  rejected {path}: {reason}" for path, reason in s.rejections]
    lines += [f"  correction {problem}" for problem in s.correction_problems]
    lines += [f"  warning {path}: {warning}" for path, warning in s.warnings]
    return "\n".join(lines)


@etl_group.command(name="runs")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def runs(limit: int, fmt: str) -> None:
    """List the latest runs (newest first), after the runs waiting for another run's lock.

    \b
    Example:
      innovdb etl runs --limit 5 --format json
    """
    from etl.database import run_query

    columns, rows = run_query(
        "SELECT id AS run, started_at, finished_at, status, (counts->>'documents_new')::int AS new,"
        " (counts->>'documents_changed')::int AS changed, (counts->>'documents_unchanged')::int AS unchanged,"
        " (counts->>'documents_rejected')::int AS rejected, extractor_version, error"
        " FROM core.etl_runs ORDER BY id DESC LIMIT :limit",
        {"limit": limit},
    )
    click.echo(render(columns, [*_waiting_runs(len(columns)), *rows], fmt))


def _waiting_runs(width: int) -> list[list[object]]:
    """Runs waiting for the run lock, first: they have no run id yet, only their database session, named
    by etl.run ("innovdb etl run waiting pid N"). Same columns as the runs above."""
    from etl.database import run_query

    _, sessions = run_query(
        "SELECT backend_start, substring(application_name from ' pid ([0-9]+)$') FROM pg_stat_activity"
        " WHERE datname = current_database() AND application_name LIKE 'innovdb etl run waiting pid %'"
        " ORDER BY backend_start"
    )
    # run, started_at, finished_at, status, the counts and extractor_version empty, the note in `error`
    return [[None, started, None, "waiting", *[None] * (width - 5), f"pid {pid} waiting for the run lock"]
            for started, pid in sessions]


def register(cli: click.Group) -> None:
    cli.add_command(etl_group)
