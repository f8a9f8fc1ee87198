"""Extraction rate of each executor of `etl run` on the same documents: local processes and a Dask
cluster (a LocalCluster on this machine, one single-threaded worker process per worker), at 1 and 2
workers. Start-up (processes, the workers' lexicons) is left out of the rates: it is paid once per run or per
cluster (dask_s is the whole Dask step, start-up included)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from etl.executors import DaskExecutor, Executor, LocalExecutor


def _rate(executor: Executor, files: Sequence[Path]) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in executor.extract(files))
    seconds = time.perf_counter() - started
    return round(count / seconds, 1) if seconds else 0.0


def _warm(files: Sequence[Path]) -> int:
    """Run on each worker before timing: loads the lexicons and compiles the patterns once."""
    from etl.pipeline import process_path

    return sum(1 for f in files[:1] for _ in [process_path(f)])


def executor_docs_per_s(files: Sequence[Path], workers: Sequence[int] = (1, 2)) -> dict[str, Any]:
    """{"local_docs_per_s": {"1": x, "2": y}, "dask_docs_per_s": {...}} on `files`; without Dask installed
    dask_docs_per_s is None and dask_note says why."""
    from etl.pipeline import process_path

    if files:
        process_path(files[0])  # the local workers are forked from this process: warm it as Dask's are warmed
    result: dict[str, Any] = {"executor_docs": len(files),
                              "local_docs_per_s": {str(n): _rate(LocalExecutor(n), files) for n in workers}}
    try:
        from distributed import LocalCluster
    except ImportError:
        return {**result, "dask_docs_per_s": None, "dask_note": "dask is not installed (pip install 'innovdb[dask]')"}
    rates: dict[str, float] = {}
    started = time.perf_counter()
    with LocalCluster(n_workers=min(workers), threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster:
        executor = DaskExecutor(cluster.scheduler_address)
        try:
            for n in sorted(workers):
                cluster.scale(n)
                executor.client.wait_for_workers(n)
                executor.client.run(_warm, list(files[:1]))
                rates[str(n)] = _rate(executor, files)
        finally:
            executor.close()
    return {**result, "dask_docs_per_s": rates, "dask_s": round(time.perf_counter() - started, 2)}
