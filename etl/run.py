"""`innovdb etl run`: find documents, skip the unchanged, extract the rest, load them in batches.

Each batch of documents commits on its own, so a run that dies leaves whole documents behind and the
next run picks up where it stopped. Runs on one database are serialised by an advisory lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import psycopg

from etl import load, precomputed, read
from etl.config import BATCH_DOCUMENTS, DEFAULT_MAX_BYTES, DEFAULT_MIN_CONFIDENCE
from etl.corrections import (
    Corrected,
    Correction,
    apply_corrections,
    corrections_by_file,
    corrections_sha256,
    find_corrections,
)
from etl.db import connect, first_line
from etl.errors import InnovdbError, LockTimeout, UsageError
from etl.executors import open_executor
from etl.extract import EXTRACTOR_VERSION
from etl.pipeline import Rejection, chunks
from etl.records import Extraction

RUN_LOCK_KEY = 0x1A7E_0002
LOCK_REPORT_SECONDS = 30.0  # how often a run waiting for the lock says so
REPORT_ITEMS = 100  # rejections and warnings listed in the run_finished event (all are in the database)
PLAN_FILES = 10_000  # files compared with the database at a time
# A run names its database session, so that a run waiting for the lock can say who holds it (the holder's
# run id and process id) and `innovdb etl runs` can list the runs waiting: "innovdb etl run 12 pid 3456"
# while running, "innovdb etl run waiting pid 3456" before it holds the lock.
_SESSION_NAME = re.compile(r"^innovdb etl run (?P<run>\d+|waiting) pid (?P<pid>\d+)$")

Event = Callable[..., None]  # event(name, **fields): progress and log lines, see etl.events


@dataclass(slots=True)
class RunOptions:
    paths: Sequence[str]
    workers: int = 1
    full_refresh: bool = False
    prune: bool = False
    lock_timeout: float = 0.0
    max_bytes: int = DEFAULT_MAX_BYTES
    migrate: bool = False
    batch_size: int = BATCH_DOCUMENTS
    corrections: str | None = None  # a corrections file for every document, besides each folder's own
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    executor: str = "local"  # where extraction runs: "local" (workers processes) or "dask" (at scheduler)
    scheduler: str | None = None


@dataclass(slots=True)
class RunSummary(load.BatchCounts):
    """The load counts of a whole run, and what only a run knows."""

    run_id: int = 0
    status: str = "running"
    documents_unchanged: int = 0
    documents_rejected: int = 0
    documents_with_warnings: int = 0
    seconds: float = 0.0  # work only: from the moment the run holds the lock
    lock_wait_seconds: float = 0.0
    refresh_seconds: float = 0.0  # refreshing the precomputed analytics views at the end
    corrections_applied: int = 0
    corrections_unmatched: int = 0
    corrections_invalid: int = 0
    rejections: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, what the reader repaired)
    correction_problems: list[str] = field(default_factory=list)  # "file:line: status: detail"

    def counts(self) -> dict[str, Any]:
        skip = ("run_id", "status", "rejections", "warnings", "correction_problems")
        return {k: v for k, v in asdict(self).items() if k not in skip}

    def count_correction(self, c: Correction, status: str, detail: str) -> None:
        setattr(self, f"corrections_{status}", getattr(self, f"corrections_{status}") + 1)
        if status != "applied":
            self.correction_problems.append(f"{c.source}:{c.line}: {status}: {detail}")

    def add(self, batch: load.BatchCounts) -> None:
        for f in fields(load.BatchCounts):
            setattr(self, f.name, getattr(self, f.name) + getattr(batch, f.name))


def _hash_file(path: Path) -> str | None:
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # the reader will reject it with the reason


def _name_session(conn: psycopg.Connection, run: int | str) -> None:
    conn.execute("SELECT set_config('application_name', %s, false)", (f"innovdb etl run {run} pid {os.getpid()}",))


def lock_holder(conn: psycopg.Connection) -> dict[str, Any]:
    """Who holds the run lock: its run id, process id and start time when it is an innovdb run, else the
    database session's pid and start (a psql session, or the orphaned workers of a killed run)."""
    row = conn.execute(
        "SELECT a.application_name, a.pid, a.backend_start FROM pg_locks AS l"
        " JOIN pg_stat_activity AS a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = %s"
        " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        (RUN_LOCK_KEY >> 32, RUN_LOCK_KEY & 0xFFFF_FFFF),
    ).fetchone()
    if row is None:
        return {}
    name, session_pid, session_start = row
    named = _SESSION_NAME.match(name or "")
    if named and named["run"] != "waiting":
        run = int(named["run"])
        started = conn.execute("SELECT started_at FROM core.etl_runs WHERE id = %s", (run,)).fetchone()
        return {"holder_run": run, "holder_pid": int(named["pid"]),
                "holder_started": (started[0] if started else session_start).isoformat(timespec="seconds")}
    return {"holder_session_pid": session_pid, "holder_started": session_start.isoformat(timespec="seconds")}


def _acquire_lock(conn: psycopg.Connection, timeout: float, emit: Event) -> float:
    """Take the run lock, waiting up to timeout seconds; returns the seconds waited. A wait is reported at
    once and every LOCK_REPORT_SECONDS, with who holds the lock."""
    _name_session(conn, "waiting")
    started = time.monotonic()
    deadline = started + max(timeout, 0.0)
    next_report = started
    while True:
        if conn.execute("SELECT pg_try_advisory_lock(%s)", (RUN_LOCK_KEY,)).fetchone()[0]:  # type: ignore[index]
            waited = time.monotonic() - started
            if next_report > started:  # it had to wait, and said so
                emit("lock_acquired", waited_seconds=round(waited, 3))
            return waited
        now = time.monotonic()
        if now >= deadline:
            waited = f" after waiting {timeout:g} s" if timeout > 0 else ""
            holder = lock_holder(conn)
            held_by = (f" (run {holder['holder_run']}, pid {holder['holder_pid']}, started {holder['holder_started']})"
                       if "holder_run" in holder else "")
            raise LockTimeout(f"another innovdb etl run holds the lock on this database{held_by}{waited}; try again "
                              "later (or pass --lock-timeout SECONDS to wait)")
        if now >= next_report:
            emit("lock_wait", waited_seconds=round(now - started, 1), timeout_seconds=timeout, **lock_holder(conn))
            next_report = now + LOCK_REPORT_SECONDS
        time.sleep(min(0.2, max(deadline - time.monotonic(), 0.01)))


def _start_run(conn: psycopg.Connection, options: RunOptions) -> int:
    # runs still marked running hold no lock (we hold it now): they died; say so
    arguments = {k: (list(v) if isinstance(v, list | tuple) else v) for k, v in asdict(options).items()}
    with conn.transaction():
        conn.execute(
            "UPDATE core.etl_runs SET status = 'failed', error = 'interrupted: the run stopped before it finished' "
            "WHERE status = 'running'"
        )
        row = conn.execute(
            "INSERT INTO core.etl_runs (arguments, extractor_version, min_confidence) VALUES (%s, %s, %s)"
            " RETURNING id",
            (json.dumps(arguments), EXTRACTOR_VERSION, options.min_confidence),
        ).fetchone()
    return int(row[0])  # type: ignore[index]


def _finish_run(conn: psycopg.Connection, summary: RunSummary, error: str | None) -> None:
    conn.execute(
        "UPDATE core.etl_runs SET status = %s, finished_at = now(), counts = %s, error = %s WHERE id = %s",
        (summary.status, json.dumps(summary.counts()), error, summary.run_id),
    )


class _Hashes(dict):
    """sha256 of each file, read once and only when asked."""

    def __missing__(self, path: Path) -> str | None:
        self[path] = digest = _hash_file(path)
        return digest


def _plan(conn: psycopg.Connection, files: list[Path], full_refresh: bool, hashes: _Hashes,
          corrections: dict[Path, list[Correction]]) -> tuple[list[Path], int]:
    """The files to (re)load, and how many are unchanged (same path, content, extractor version and
    corrections). Planned PLAN_FILES at a time, each file's hash dropped once compared, so the plan's memory
    does not grow with the number of files."""
    if full_refresh:
        return files, 0
    todo: list[Path] = []
    for start in range(0, len(files), PLAN_FILES):
        chunk = files[start:start + PLAN_FILES]
        known = {p: (s, v, c) for p, s, v, c in conn.execute(
            "SELECT path, sha256, extractor_version, corrections_sha256 FROM core.documents WHERE path = ANY(%s)",
            ([str(f) for f in chunk],),
        )}
        todo += [f for f in chunk if known.get(str(f)) != (hashes[f], EXTRACTOR_VERSION,
                                                           corrections_sha256(corrections.get(f, [])))]
        for f in chunk:
            hashes.pop(f, None)
    return todo, len(files) - len(todo)


def _record_unmatched(conn: psycopg.Connection, run_id: int, corrections: list[Correction],
                      unmatched: list[Correction], summary: RunSummary) -> None:
    """Corrections naming no document of the run are kept as unmatched rows, replacing those of earlier runs."""
    detail = "no document of this run has this name, relative path or sha256"
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("DELETE FROM core.corrections WHERE document_id IS NULL AND source = ANY(%s)",
                    (sorted({c.source for c in corrections}),))
        cur.executemany(
            "INSERT INTO core.corrections (source, line, document, quote, occurrence, action, reason, changes,"
            " status, detail, run_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, 'unmatched', %s, %s)",
            [(c.source, c.line, c.document, c.quote, c.occurrence, c.action, c.reason, json.dumps(dict(c.changes)),
              detail, run_id) for c in unmatched],
        )
    for c in unmatched:
        summary.count_correction(c, "unmatched", detail)


def run_etl(options: RunOptions, url: str | None = None, event: Event | None = None) -> RunSummary:
    """Extract and load `options.paths`; returns the summary (status succeeded, partial or failed)."""
    emit = event or (lambda name, **fields: None)
    try:
        files = [Path(os.path.abspath(p)) for p in read.iter_paths(options.paths)]
    except FileNotFoundError as e:
        raise UsageError(str(e)) from None
    # a malformed corrections file stops the run here, before anything is loaded
    corrections = find_corrections(files, [Path(os.path.abspath(p)) for p in options.paths],
                                   Path(os.path.abspath(options.corrections)) if options.corrections else None)
    hashes = _Hashes()
    by_file, unmatched = corrections_by_file(files, corrections, hashes.__getitem__)
    with (open_executor(options.executor, workers=options.workers, scheduler=options.scheduler) as executor,
          connect(url, autocommit=True) as conn):  # explicit transactions: one per batch of documents
        _check_schema(conn, options.migrate, url)
        waited = _acquire_lock(conn, options.lock_timeout, emit)
        started = time.monotonic()
        summary = RunSummary(run_id=_start_run(conn, options), lock_wait_seconds=round(waited, 3))
        _name_session(conn, summary.run_id)
        emit("run_started", run=summary.run_id, files=len(files))
        error: str | None = None
        try:
            _record_unmatched(conn, summary.run_id, corrections, unmatched, summary)
            todo, summary.documents_unchanged = _plan(conn, files, options.full_refresh, hashes, by_file)
            emit("planned", load=len(todo), unchanged=summary.documents_unchanged)
            load.prepare(conn)
            extractions = executor.extract(todo, options.max_bytes)
            for batch in chunks(extractions, options.batch_size):
                warned = len(summary.warnings)
                _load_batch(conn, [_correct(item, by_file) for item in batch], summary)
                for path, warning in summary.warnings[warned:]:
                    emit("document_warning", path=path, warning=warning)
                emit("batch_loaded", documents=len(batch), done=summary.documents_new + summary.documents_changed
                     + summary.documents_rejected, total=len(todo), facts=summary.targets_added
                     + summary.metrics_added, seconds=round(time.monotonic() - started, 3))
            if options.prune:
                with conn.transaction():
                    roots = [os.path.abspath(p) for p in options.paths]
                    summary.add(load.prune(conn, roots, [str(f) for f in files]))
            _refresh_precomputed(conn, options, summary, emit)
            summary.status = "partial" if summary.documents_rejected else "succeeded"
        except (psycopg.Error, OSError) as e:
            summary.status, error = "failed", first_line(e)
            raise InnovdbError(f"run {summary.run_id} failed: {error}") from e
        except InnovdbError as e:  # e.g. the Dask cluster lost mid-run
            summary.status, error = "failed", str(e)
            raise InnovdbError(f"run {summary.run_id} failed: {error}") from e
        except KeyboardInterrupt:
            summary.status, error = "failed", "interrupted: stopped by Ctrl-C (SIGINT)"
            raise
        finally:
            summary.seconds = round(time.monotonic() - started, 3)
            if summary.status == "running":  # an unexpected exception: record it, then let it through
                summary.status, error = "failed", error or "unexpected error (see --debug output)"
            # if the connection is gone the run stays marked running; the next run marks it interrupted
            with contextlib.suppress(psycopg.Error):
                _finish_run(conn, summary, error)
            # released now, not when the server notices the closed connection: the next run starts at once
            with contextlib.suppress(psycopg.Error):
                conn.execute("SELECT pg_advisory_unlock(%s)", (RUN_LOCK_KEY,))
            emit("run_finished", run=summary.run_id, status=summary.status, **summary.counts(),
                 rejections=[{"path": p, "reason": r} for p, r in summary.rejections[:REPORT_ITEMS]],
                 warnings=[{"path": p, "warning": w} for p, w in summary.warnings[:REPORT_ITEMS]])
    return summary


def _refresh_precomputed(conn: psycopg.Connection, options: RunOptions, summary: RunSummary, emit: Event) -> None:
    """Bring the precomputed analytics views up to date with what the run wrote, in one transaction of
    their own (etl/precomputed.py): until it commits, readers see the state before the run, whole."""
    # the thresholds the precomputed rows may have been computed with: the last run's (even a failed one
    # may have refreshed) and the one v_confidence_threshold fell back to; another one changes every subject
    thresholds = {t for (t,) in conn.execute(
        "(SELECT min_confidence FROM core.etl_runs WHERE id < %(run)s AND min_confidence IS NOT NULL"
        "  ORDER BY id DESC LIMIT 1)"
        " UNION (SELECT min_confidence FROM core.etl_runs WHERE id < %(run)s AND min_confidence IS NOT NULL"
        "  AND status <> 'failed' ORDER BY id DESC LIMIT 1)", {"run": summary.run_id})}
    new_threshold = bool(thresholds - {options.min_confidence})
    # the keys this run touched, and those of a run that died before its refresh (etl/load.py)
    if not (new_threshold or precomputed.pending(conn)):
        return
    with conn.transaction():
        refreshed = precomputed.refresh_relations(conn, full=new_threshold)
    summary.refresh_seconds = round(refreshed.seconds, 3)
    emit("views_refreshed", run=summary.run_id, seconds=summary.refresh_seconds,
         keys="all" if refreshed.keys is None else refreshed.keys)


def _check_schema(conn: psycopg.Connection, migrate: bool, url: str | None) -> None:
    from sqlalchemy import create_engine, pool

    from etl import database
    from etl.db import database_url

    eng = create_engine(url or database_url(), poolclass=pool.NullPool)
    try:
        if migrate:
            database.upgrade(eng)
        else:
            with database._connect(eng) as sa_conn:
                database.require_current_schema(sa_conn)
    finally:
        eng.dispose()


def _correct(item: Extraction | Rejection, by_file: dict[Path, list[Correction]]) -> Corrected | Rejection:
    if isinstance(item, Rejection):
        return item
    return apply_corrections(item, by_file.get(Path(os.path.abspath(item.document.path)), []))


# Errors a document's own rows can cause; a lost connection or a full disk is not one of them.
_DOCUMENT_ERRORS = (psycopg.errors.DataError, psycopg.errors.IntegrityError)


def _load_batch(conn: psycopg.Connection, batch: list[Corrected | Rejection], summary: RunSummary) -> None:
    try:
        _commit_batch(conn, batch, summary)
    except _DOCUMENT_ERRORS:
        if len(batch) == 1:
            raise
        # one document spoils the batch: load them one by one and reject the ones the database refuses
        for item in batch:
            try:
                _commit_batch(conn, [item], summary)
            except _DOCUMENT_ERRORS as e:
                assert isinstance(item, Corrected)
                path = item.extraction.document.path
                _commit_batch(conn, [Rejection(path, f"load failed: {first_line(e)}")], summary)


def _commit_batch(conn: psycopg.Connection, batch: list[Corrected | Rejection], summary: RunSummary) -> None:
    corrected = {os.path.abspath(item.extraction.document.path): item for item in batch
                 if isinstance(item, Corrected)}
    loaded = [(path, item.extraction) for path, item in corrected.items()]
    rejected = [item for item in batch if isinstance(item, Rejection)]
    with conn.transaction():
        if rejected:
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO core.etl_rejections (run_id, path, reason) VALUES (%s, %s, %s)",
                    [(summary.run_id, r.path, r.reason) for r in rejected],
                )
        counts = load.load_batch(conn, loaded, summary.run_id, EXTRACTOR_VERSION, corrected) if loaded else None
    if counts is not None:  # counted once committed: a batch retried document by document counts once
        summary.add(counts)
        for item in corrected.values():
            for o in item.outcomes:
                summary.count_correction(o.correction, o.status, o.detail)
    summary.documents_rejected += len(rejected)
    summary.rejections += [(r.path, r.reason) for r in rejected]
    warned = [(path, item.document.warning) for path, item in loaded if item.document.warning]
    summary.documents_with_warnings += len(warned)
    summary.warnings += warned  # type: ignore[arg-type]
