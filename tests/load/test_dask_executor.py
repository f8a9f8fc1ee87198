"""`innovdb etl run --executor dask`: extraction on a Dask cluster, skipping, locking and loading here."""

from __future__ import annotations

import pickle
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from etl.bench import corpus
from etl.db import libpq_url
from etl.pipeline import in_order, prepare_path, process_path, process_prepared
from etl.run import RunOptions, run_etl
from tests.conftest import admin, with_database

distributed = pytest.importorskip("distributed", reason="dask[distributed] (pip install 'innovdb[dask]')")

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "documents"
SYNTHETIC = 20  # with the seeds: two Dask tasks of 16 documents


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """Two workers, one thread each, in this process: starts in a second where worker processes take ten or
    more on a busy machine (the bench's Dask step runs worker processes, so pickling is exercised there)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                                  scheduler_port=0, silence_logs=40) as local:
        yield local.scheduler_address


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Seeds, synthetic documents in English and French, a manifest, and one file the reader rejects."""
    docs = tmp_path / "documents"
    shutil.copytree(SEEDS, docs)
    for document in corpus.generate_corpus(SYNTHETIC, seed=3):
        (docs / document.name).write_text(document.text, encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    first = corpus.document_name(0)
    (docs / "manifest.csv").write_text(f"path,title,published\n{first},A manifest title,2024-05-06\n",
                                       encoding="utf-8")
    return docs


@pytest.fixture
def other_db_url(server_url: str, template_url: str) -> Iterator[str]:
    name = f"innovdb_test_{uuid.uuid4().hex[:8]}"
    admin(server_url, f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template_url).database}"')
    yield with_database(server_url, name)
    admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def loaded_rows(url: str) -> dict[str, list[str]]:
    """Every row of every core table but the run log, as JSON without its timestamps (ids included: both
    databases start from the same template, so the same loads in the same order give the same ids)."""
    out: dict[str, list[str]] = {}
    with psycopg.connect(libpq_url(url)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'core'"
            " AND table_type = 'BASE TABLE' AND table_name <> 'etl_runs' ORDER BY 1")]
        for table in tables:
            stamps = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'core'"
                " AND table_name = %s AND data_type LIKE 'timestamp%%'", (table,))]
            rows = conn.execute(
                f"SELECT (to_jsonb(t) - %s::text[])::text FROM core.{table} AS t ORDER BY 1", (stamps,)).fetchall()
            out[table] = [r[0] for r in rows]
    return out


def test_dask_run_loads_the_same_rows_as_the_local_run(cluster: str, folder: Path, db_url: str,
                                                       other_db_url: str) -> None:
    local = run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    dask = run_etl(RunOptions(paths=[str(folder)], executor="dask", scheduler=cluster), url=other_db_url)
    assert local.documents_new == dask.documents_new == SYNTHETIC + 5
    assert local.documents_rejected == dask.documents_rejected == 1
    rows = loaded_rows(db_url)
    assert rows["targets"] and rows["metrics"] and rows["evidence"]
    assert rows == loaded_rows(other_db_url)


def test_dask_run_skips_unchanged_documents_and_records_its_executor(cluster: str, folder: Path,
                                                                    db_url: str) -> None:
    run_etl(RunOptions(paths=[str(folder)], executor="dask", scheduler=cluster), url=db_url)
    (folder / corpus.document_name(1)).write_text("Shanghai had 25,000 high-tech enterprises in 2024.\n",
                                                  encoding="utf-8")
    again = run_etl(RunOptions(paths=[str(folder)], executor="dask", scheduler=cluster), url=db_url)
    assert (again.documents_new, again.documents_changed, again.documents_unchanged) == (0, 1, SYNTHETIC + 4)
    with psycopg.connect(libpq_url(db_url)) as conn:
        arguments = conn.execute("SELECT arguments FROM core.etl_runs WHERE id = %s", (again.run_id,)).fetchone()
    assert arguments is not None and (arguments[0]["executor"], arguments[0]["scheduler"]) == ("dask", cluster)


def test_a_worker_extracts_from_the_bytes_alone(folder: Path, tmp_path: Path) -> None:
    """What travels to a worker is enough: the file can be gone from where the worker runs."""
    path = folder / corpus.document_name(0)
    prepared = prepare_path(path)
    expected = process_path(path)
    moved = tmp_path / "elsewhere"
    shutil.move(folder, moved)
    assert not path.exists()
    # what Dask pickles to send it, and to send the extraction back
    assert pickle.loads(pickle.dumps(process_prepared(pickle.loads(pickle.dumps(prepared))))) == expected
    assert expected.document.title == "A manifest title"  # the manifest row travelled with the bytes


def test_at_most_window_pieces_of_work_wait_unread() -> None:
    outstanding: list[int] = []
    submitted = 0

    def submit(n: int) -> Future[list[int]]:
        nonlocal submitted
        submitted += 1
        outstanding.append(submitted - consumed)
        future: Future[list[int]] = Future()
        future.set_result([n])
        return future

    consumed = 0
    for value in in_order(submit, range(100), window=3):
        consumed += 1
        assert value == consumed - 1
    assert consumed == 100 and max(outstanding) == 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _innovdb(args: list[str], env: dict[str, str], prelude: str = "") -> subprocess.CompletedProcess[str]:
    code = f"import sys; {prelude}from etl.cli import main; sys.argv[0] = 'innovdb'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def test_an_unreachable_scheduler_is_one_line_and_exit_1_with_nothing_written(
        folder: Path, cli_env: dict[str, str], db_url: str) -> None:
    env = {**cli_env, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    address = f"tcp://127.0.0.1:{_free_port()}"
    done = _innovdb(["etl", "run", str(folder), "--executor", "dask", "--scheduler", address], env)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"innovdb: error: cannot reach the Dask scheduler at {address}: Timed out trying to connect to {address}"
        " after 2 s"]
    with psycopg.connect(libpq_url(db_url)) as conn:
        assert conn.execute("SELECT count(*) FROM core.etl_runs").fetchone() == (0,)


def test_without_dask_installed_the_message_names_the_extra(folder: Path, cli_env: dict[str, str]) -> None:
    done = _innovdb(["etl", "run", str(folder), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786"],
                    cli_env, prelude="sys.modules['distributed'] = None; ")
    assert done.returncode == 2
    assert done.stderr.strip() == "innovdb: error: --executor dask needs Dask: pip install 'innovdb[dask]'"


def test_a_scheduler_without_the_dask_executor_is_a_usage_error(folder: Path, cli_env: dict[str, str]) -> None:
    done = _innovdb(["etl", "run", str(folder), "--scheduler", "tcp://127.0.0.1:8786"], cli_env)
    assert done.returncode == 2
    assert "--scheduler is for --executor dask" in done.stderr
