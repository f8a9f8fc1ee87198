"""Faults during `innovdb etl run`: whole documents or nothing, and the next run completes the load.

One database receives a chain of runs over the same generated corpus, in batches of 10, each stopped by a
different fault (SIGKILL at several points and delays, SIGTERM, SIGINT, a cut connection); after each, the
database is checked right away. A last run then completes the load, and its result is compared with a clean
run's on the same input in another database. Each run of the chain resumes where the previous one stopped,
so the chain costs little more than one load.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from harness import (
    LiveRun,
    env_for,
    evidence_mismatches,
    evidence_per_document,
    innovdb,
    integrity_problems,
    pids_in_group,
    query,
    runs,
    scalar,
    scratch_database,
    snapshot,
)

from etl.db import libpq_url
from etl.errors import EXIT_FAILED
from etl.run import RUN_LOCK_KEY

BATCH = "10"  # documents per transaction: the corpus is 30 batches, so faults land between and inside them
# A killed run's session can hold the run lock until the server notices the client is gone: each run of the
# chain waits for it, as a scheduled run should.
RUN = ("--batch-size", BATCH, "--lock-timeout", "30")


@dataclass(frozen=True)
class CleanRun:
    state: dict[str, object]
    evidence: dict[str, int]


@pytest.fixture(scope="module")
def clean_database(server_url: str, template_url: str, corpus: Path, base_env: dict[str, str]):
    """The clean run, started in the background: the chain of faulted runs goes on meanwhile (the tests on the
    chain come first in this file, so the chain starts before anything waits for the clean run)."""
    with scratch_database(server_url, template_url) as url:
        run = LiveRun(["etl", "run", str(corpus), *RUN], env_for(base_env, url))
        try:
            yield url, run
        finally:
            run.close()


@pytest.fixture(scope="module")
def clean(clean_database) -> CleanRun:
    url, run = clean_database
    assert run.wait(timeout=300) == 0, run.stderr
    return CleanRun(snapshot(url), evidence_per_document(url))


# --- faults -----------------------------------------------------------------------------------------------

Trigger = Callable[[LiveRun, str], None]


def after_seconds(seconds: float) -> Trigger:
    """A delay after the process starts: during imports, the schema check or the lock."""
    def wait(run: LiveRun, url: str) -> None:
        time.sleep(seconds)
    return wait


def after_batches(n: int) -> Trigger:
    """Right after the n-th batch of this run is committed (the run goes on extracting the next one)."""
    def wait(run: LiveRun, url: str) -> None:
        done = 0
        for event in run.events():
            done += event["event"] == "batch_loaded"
            if done >= n:
                return
    return wait


def after_start(seconds: float) -> Trigger:
    """A delay after the run row is written: anywhere in extraction, staging or merging."""
    def wait(run: LiveRun, url: str) -> None:
        for event in run.events():
            if event["event"] == "run_started":
                time.sleep(seconds)
                return
    return wait


class BlockedInsideBatch:
    """After n batches, hold a lock on core.evidence: the next batch's transaction, with its documents already
    inserted, waits for it; the fault lands there, in the middle of a transaction."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.holder: psycopg.Connection | None = None

    def __call__(self, run: LiveRun, url: str) -> None:
        after_batches(self.n)(run, url)
        self.holder = psycopg.connect(libpq_url(url))
        self.holder.execute("LOCK TABLE core.evidence IN EXCLUSIVE MODE")
        deadline = time.monotonic() + 60
        while not scalar(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                              " AND wait_event_type = 'Lock' AND pid <> %s", (self.holder.info.backend_pid,)):
            assert time.monotonic() < deadline, "the run never reached the locked table"
            time.sleep(0.02)

    def release(self) -> None:
        if self.holder is not None:
            self.holder.rollback()
            self.holder.close()
            self.holder = None


def cut_connection(run: LiveRun, url: str) -> None:
    """The server ends the run's session, as a database restart or a network cut would."""
    query(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
               " AND pid <> pg_backend_pid() AND backend_type = 'client backend'")


@dataclass(frozen=True)
class Fault:
    trigger: Trigger
    options: tuple[str, ...] = ()
    signal: int | None = signal.SIGKILL  # sent to the CLI's main process only; None: `act` does the harm
    act: Trigger | None = None
    exit_status: int = -signal.SIGKILL


# In chain order; each run must still have batches to load when its fault strikes (the corpus has 30).
FAULTS = {
    "SIGKILL 0.3 s after start": Fault(after_seconds(0.3)),
    "SIGKILL after the first batch": Fault(after_batches(1)),
    "SIGKILL inside a batch transaction": Fault(BlockedInsideBatch(1)),
    "SIGKILL 0.5 s into the run": Fault(after_start(0.5)),
    "SIGKILL with two extraction workers": Fault(after_batches(1), ("--workers", "2")),
    "SIGTERM between batches": Fault(after_batches(1), signal=signal.SIGTERM, exit_status=-signal.SIGTERM),
    "SIGINT between batches": Fault(after_batches(1), signal=signal.SIGINT, exit_status=130),
    "connection cut between batches": Fault(after_batches(1), signal=None, act=cut_connection,
                                            exit_status=EXIT_FAILED),
}


@dataclass(frozen=True)
class Faulted:
    """What one faulted run left behind, observed right after it stopped."""

    exit_status: int
    stderr: str
    evidence: dict[str, int]  # evidence rows per loaded document
    problems: list[str]  # integrity_problems
    documents: int
    committed: int  # documents this run loaded and committed
    reported: int  # documents it said it loaded (run_finished counts, else its batch_loaded events)
    runs: list[tuple]
    workers_left: list[int]
    lock_held: bool  # the run lock, still held once the run's processes had a moment to go


@dataclass(frozen=True)
class Chain:
    faulted: dict[str, Faulted]
    rerun: subprocess.CompletedProcess[str]
    runs_after_rerun: list[tuple]
    state_after_rerun: dict[str, object]


def _run_lock_holders(url: str) -> int:
    # pg_locks covers the whole server: the clean run holds the same key in its own database meanwhile
    return scalar(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s AND database ="
                       " (SELECT oid FROM pg_database WHERE datname = current_database())",
                  (RUN_LOCK_KEY & 0xFFFFFFFF,))


def _settle(url: str, pgid: int, grace: float = 4.0) -> tuple[list[int], bool]:
    """Give the run's processes and its server session a moment to go; what is left: (workers, lock held)."""
    deadline = time.monotonic() + grace
    while True:
        left, held = pids_in_group(pgid), bool(_run_lock_holders(url))
        if not (left or held) or time.monotonic() >= deadline:
            return left, held
        time.sleep(0.1)


def _events(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def _committed(stderr: str, url: str) -> int:
    """Documents the run loaded and committed (its run id is on them)."""
    started = [e["run"] for e in _events(stderr) if e["event"] == "run_started"]
    return scalar(url, "SELECT count(*) FROM core.documents WHERE run_id = %s", started) if started else 0


def _reported(stderr: str) -> int:
    """Documents the run said it loaded: its final counts when it lived to write them, else its batches."""
    events = _events(stderr)
    for e in events:
        if e["event"] == "run_finished":
            return e["documents_new"] + e["documents_changed"]
    return sum(e["documents"] for e in events if e["event"] == "batch_loaded")


def _fault(fault: Fault, command: list[str], url: str, env: dict[str, str]) -> Faulted:
    run = LiveRun([*command, "--log-format", "json", *fault.options], env)
    try:
        fault.trigger(run, url)
        if fault.signal is not None:
            os.kill(run.pid, fault.signal)
        if fault.act is not None:
            fault.act(run, url)
        exit_status = run.wait()
        # read while a blocked transaction may still be open on the server: it must not be visible
        evidence, problems = evidence_per_document(url), integrity_problems(url)
        documents = scalar(url, "SELECT count(*) FROM core.documents")
        seen_runs = runs(url)
    finally:
        if isinstance(fault.trigger, BlockedInsideBatch):
            fault.trigger.release()
        run.close()
    workers, lock_held = _settle(url, run.pid)
    for pid in workers:  # workers the run left behind: ours to end (their end closes the session they share)
        os.kill(pid, signal.SIGKILL)
    return Faulted(exit_status, run.stderr, evidence, problems, documents, _committed(run.stderr, url),
                   _reported(run.stderr), seen_runs, workers, lock_held)


@pytest.fixture(scope="module")
def chain(clean_database, corpus: Path, server_url: str, template_url: str, base_env: dict[str, str]) -> Chain:
    command = ["etl", "run", str(corpus), *RUN]
    with scratch_database(server_url, template_url) as url:
        env = env_for(base_env, url)
        faulted = {name: _fault(fault, command, url, env) for name, fault in FAULTS.items()}
        rerun = innovdb(command, env)
        return Chain(faulted, rerun, runs(url), snapshot(url))


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_exits_as_expected(chain: Chain, fault: str) -> None:
    assert chain.faulted[fault].exit_status == FAULTS[fault].exit_status, chain.faulted[fault].stderr


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_prints_no_traceback(chain: Chain, fault: str) -> None:
    assert "Traceback" not in chain.faulted[fault].stderr


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_leaves_whole_documents_with_all_their_evidence(chain: Chain, clean: CleanRun,
                                                                     fault: str) -> None:
    assert evidence_mismatches(chain.faulted[fault].evidence, clean.evidence) == []


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_leaves_no_row_without_what_it_belongs_to(chain: Chain, fault: str) -> None:
    assert chain.faulted[fault].problems == []


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_leaves_whole_batches(chain: Chain, fault: str) -> None:
    assert chain.faulted[fault].documents % int(BATCH) == 0


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_committed_what_it_reported_and_at_most_one_batch_more(chain: Chain, fault: str) -> None:
    # a kill can land between a batch's commit and its event, never inside a batch
    faulted = chain.faulted[fault]
    assert faulted.committed in (faulted.reported, faulted.reported + int(BATCH)), faulted.stderr


@pytest.mark.parametrize("fault", [name for name, fault in FAULTS.items() if fault.exit_status >= 0])
def test_a_run_that_exits_after_a_fault_committed_exactly_what_it_reported(chain: Chain, fault: str) -> None:
    faulted = chain.faulted[fault]
    assert faulted.committed == faulted.reported, faulted.stderr


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_is_not_recorded_as_succeeded(chain: Chain, fault: str) -> None:
    assert [status for _, status, _ in chain.faulted[fault].runs if status == "succeeded"] == []


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_leaves_no_worker_processes(chain: Chain, fault: str) -> None:
    assert chain.faulted[fault].workers_left == []


@pytest.mark.parametrize("fault", FAULTS)
def test_a_faulted_run_releases_the_run_lock(chain: Chain, fault: str) -> None:
    # workers forked with the killed run share its database socket: they must die with it to free the lock
    assert not chain.faulted[fault].lock_held


def test_the_chain_loaded_part_of_the_corpus_before_the_last_run(chain: Chain, clean: CleanRun) -> None:
    loaded = [f.documents for f in chain.faulted.values()]
    assert loaded == sorted(loaded) and 0 < loaded[-1] < len(clean.evidence)


def test_the_run_after_the_faults_succeeds(chain: Chain) -> None:
    assert chain.rerun.returncode == 0, chain.rerun.stderr


def test_the_run_after_the_faults_equals_a_clean_run(chain: Chain, clean: CleanRun) -> None:
    assert chain.state_after_rerun == clean.state


def test_runs_left_running_are_marked_interrupted(chain: Chain) -> None:
    left_running = {run_id for f in chain.faulted.values() for run_id, status, _ in f.runs if status == "running"}
    marked = [(status, error) for run_id, status, error in chain.runs_after_rerun if run_id in left_running]
    assert left_running and all(status == "failed" and "interrupted" in error for status, error in marked), marked


def test_the_clean_run_loads_every_document_with_evidence(clean: CleanRun, corpus: Path) -> None:
    assert len(clean.evidence) == len(list(corpus.iterdir()))
    # the corpus gives the extractor facts to find, so a fault has evidence rows to tear apart
    assert sum(1 for n in clean.evidence.values() if n) >= len(clean.evidence) / 2
