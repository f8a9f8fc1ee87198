"""Read and extract documents: the stage shared by `innovdb extract` and `innovdb etl run`."""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from etl import read
from etl.config import DEFAULT_MAX_BYTES
from etl.extract import extract
from etl.read.manifest import ManifestRow, manifest_row
from etl.records import Document, Extraction

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Rejection:
    path: str
    reason: str


@functools.lru_cache(maxsize=256)
def _manifest(folder: Path) -> dict | read.RejectedDocument:
    try:
        return read.read_manifest(folder)
    except read.RejectedDocument as e:
        return e


# A file as it travels to an extraction worker on another machine: its path (a name only, never opened
# there), its bytes and its manifest row; or the Rejection the coordinator already decided.
Prepared = tuple[str, bytes, dict[str, ManifestRow]] | Rejection


def prepare_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Prepared:
    """What a worker needs to extract one file without touching the file system: read here, on the
    coordinator, with the same refusals as process_path."""
    manifest = _manifest(path.parent)
    if isinstance(manifest, read.RejectedDocument):
        return Rejection(str(path), f"unusable {manifest.path}: {manifest.reason}")
    try:
        data = read.read_bytes(path, max_bytes)
    except read.RejectedDocument as e:
        return Rejection(str(path), e.reason)
    row = manifest_row(path, manifest)
    return str(path), data, ({row.path: row} if row is not None else {})


def process_prepared(item: Prepared) -> Extraction | Rejection:
    """Extract one prepared file: the same result as process_path on the file it was read from."""
    if isinstance(item, Rejection):
        return item
    name, data, manifest = item
    path = Path(name)
    try:
        document = read.parse_document(path, data, manifest=manifest)
    except read.RejectedDocument as e:
        return Rejection(name, e.reason)
    return _extract(document)


def process_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction | Rejection:
    """Read and extract one file; a document we refuse comes back as a Rejection with its reason. The
    documents of a folder whose manifest.csv cannot be read are refused with the manifest's reason."""
    manifest = _manifest(path.parent)
    if isinstance(manifest, read.RejectedDocument):
        return Rejection(str(path), f"unusable {manifest.path}: {manifest.reason}")
    try:
        document = read.read_document(path, max_bytes=max_bytes, manifest=manifest)
    except read.RejectedDocument as e:
        return Rejection(str(path), e.reason)
    return _extract(document)


def _extract(document: Document) -> Extraction | Rejection:
    path = document.path
    try:
        return extract(document)
    except Exception as e:  # an extractor bug on one document must not stop the others, run after run
        detail = str(e).strip().splitlines()[0] if str(e).strip() else ""
        return Rejection(str(path), f"extraction failed: {type(e).__name__}: {detail}".rstrip(": "))


def _die_with_parent() -> None:
    """Pool worker initializer: a worker whose parent is SIGKILLed waits on its task queue forever, so ask
    the kernel to kill it with its parent (Linux), else watch for the parent to go."""
    import os
    import signal
    import sys
    import threading
    import time

    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(submit: Callable[[T], Future[list[R]]], work: Iterable[T], window: int) -> Iterator[R]:
    """Results of each submitted piece of work, in submission order, with at most `window` pieces submitted
    and not yet consumed: memory stays flat however many documents there are and however slow the consumer
    (Executor.map would submit everything at once and keep every result until it is read)."""
    pending: deque[Future[list[R]]] = deque()
    try:
        for item in work:
            pending.append(submit(item))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _process_paths(paths: list[Path], max_bytes: int) -> list[Extraction | Rejection]:
    return [process_path(p, max_bytes) for p in paths]


def extract_files(
    files: Sequence[Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, chunksize: int = 16
) -> Iterator[Extraction | Rejection]:
    """Extractions in file order; with workers > 1 the documents are spread over processes."""
    if workers <= 1 or len(files) < 4 * chunksize:
        yield from (process_path(f, max_bytes) for f in files)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent) as pool:
        yield from in_order(lambda paths: pool.submit(_process_paths, paths, max_bytes), chunks(files, chunksize),
                            window=4 * workers)


def iter_extractions(
    paths: Sequence[str | Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Extraction | Rejection]:
    """Extractions of the documents in files and folders, in path order."""
    yield from extract_files(list(read.iter_paths(paths)), workers=workers, max_bytes=max_bytes)
