"""Where `innovdb etl run` extracts: processes on this machine, or the workers of a Dask cluster.

Either way the coordinator (the process running `etl run`) plans, locks and loads; an executor only turns
files into extractions, in file order. The Dask executor reads each file here and sends its bytes, so the
workers need innovdb installed but no access to the documents; only the extractions come back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from etl.config import DEFAULT_MAX_BYTES
from etl.db import first_line
from etl.errors import InnovdbError, UsageError
from etl.pipeline import Prepared, Rejection, extract_files, in_order, prepare_path, process_prepared
from etl.records import Extraction

if TYPE_CHECKING:
    from distributed import Client

EXECUTORS = ("local", "dask")
DASK_MISSING = "--executor dask needs Dask: pip install 'innovdb[dask]'"
DASK_CHUNK_DOCUMENTS = 16  # documents per Dask task: enough to hide the scheduler's per-task cost
DASK_CHUNK_BYTES = 4_000_000  # and a task's bytes stay well under Dask's "large graph" warning
DASK_TASKS_PER_THREAD = 2  # tasks in flight per worker thread: a worker never idles, memory stays bounded


class ClusterUnavailable(InnovdbError):
    """The Dask scheduler cannot be reached, has no workers, or its workers cannot run the extractor."""


class Executor(Protocol):
    def extract(self, files: Sequence[Path], max_bytes: int) -> Iterator[Extraction | Rejection]:
        """The extraction (or rejection) of each file, in file order."""
        ...


class LocalExecutor:
    """Processes on this machine, each reading its files from disk."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers

    def extract(self, files: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Extraction | Rejection]:
        return extract_files(files, workers=self.workers, max_bytes=max_bytes)


def require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError(DASK_MISSING) from None


def _extract_prepared(items: list[Prepared]) -> list[Extraction | Rejection]:
    return [process_prepared(item) for item in items]


def _extractor_version() -> str:
    from etl.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _prepared_chunks(files: Sequence[Path], max_bytes: int) -> Iterator[list[Prepared]]:
    """Files read on the coordinator, grouped into tasks of at most DASK_CHUNK_DOCUMENTS documents or
    DASK_CHUNK_BYTES bytes (a larger document travels alone)."""
    chunk: list[Prepared] = []
    size = 0
    for path in files:
        item = prepare_path(path, max_bytes)
        length = 0 if isinstance(item, Rejection) else len(item[1])
        if chunk and size + length > DASK_CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += length
        if len(chunk) >= DASK_CHUNK_DOCUMENTS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class DaskExecutor:
    """The workers of a Dask distributed cluster, reached through its scheduler (tcp://HOST:8786).

    Connecting waits as long as Dask's `distributed.comm.timeouts.connect` setting (30 s unless changed,
    e.g. DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s) for the scheduler and then for a first worker."""

    def __init__(self, scheduler: str) -> None:
        require_dask()
        import dask.config
        from dask.utils import parse_timedelta
        from distributed import Client

        self.scheduler = scheduler
        timeout = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="s")
        try:
            self.client: Client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {first_line(e)}") from None
        try:
            self._check_workers(timeout)
        except BaseException:
            self.close()
            raise

    def _check_workers(self, timeout: float) -> None:
        from etl.extract import EXTRACTOR_VERSION

        try:
            self.client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as e:
            raise ClusterUnavailable(f"no Dask worker joined the scheduler at {self.scheduler} within {timeout:g} s"
                                     f" ({first_line(e)})") from None
        try:
            versions: dict[str, Any] = self.client.run(_extractor_version)
        except Exception as e:  # a worker without innovdb cannot even unpickle the function
            raise ClusterUnavailable(
                f"the Dask workers at {self.scheduler} cannot run innovdb's extractor ({type(e).__name__}: "
                f"{first_line(e)}): install this version of innovdb on every worker") from None
        wrong = sorted({v for v in versions.values() if v != EXTRACTOR_VERSION})
        if wrong:
            raise ClusterUnavailable(f"the Dask workers at {self.scheduler} run extractor version {', '.join(wrong)}, "
                                     f"this coordinator {EXTRACTOR_VERSION}: install the same innovdb everywhere")

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def extract(self, files: Sequence[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Extraction | Rejection]:
        window = DASK_TASKS_PER_THREAD * self.threads()
        try:
            yield from in_order(lambda items: self.client.submit(_extract_prepared, items, pure=False),
                                _prepared_chunks(files, max_bytes), window=window)
        except (OSError, TimeoutError) as e:
            raise ClusterUnavailable(f"lost the Dask cluster at {self.scheduler}: {first_line(e)}") from None
        except Exception as e:
            from distributed import KilledWorker
            from distributed.client import FutureCancelledError

            if isinstance(e, FutureCancelledError):
                raise ClusterUnavailable(f"lost the Dask cluster at {self.scheduler}: {first_line(e)}") from None
            if isinstance(e, KilledWorker):  # e.g. out of memory on a document: the next run retries it
                raise ClusterUnavailable(f"Dask workers at {self.scheduler} died while extracting: "
                                         f"{first_line(e)}") from None
            raise

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()


@contextlib.contextmanager
def open_executor(kind: str = "local", *, workers: int = 1, scheduler: str | None = None) -> Iterator[Executor]:
    """The executor named `kind`, connected (Dask: before the run takes its lock), closed at the end."""
    if kind == "local":
        yield LocalExecutor(workers)
        return
    if kind != "dask":
        raise UsageError(f"unknown executor {kind!r} (choose from {', '.join(EXECUTORS)})")
    require_dask()
    import dask.config

    address = scheduler or dask.config.get("scheduler-address", None)
    if not address:
        raise UsageError("--executor dask needs --scheduler tcp://HOST:8786 (or DASK_SCHEDULER_ADDRESS)")
    executor = DaskExecutor(address)
    try:
        yield executor
    finally:
        executor.close()
