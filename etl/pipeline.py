"""Read and extract documents: the stage shared by `innovdb extract` and `innovdb etl run`."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from etl import read
from etl.config import DEFAULT_MAX_BYTES
from etl.extract import extract
from etl.records import Extraction


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


def extract_files(
    files: Sequence[Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, chunksize: int = 16
) -> Iterator[Extraction | Rejection]:
    """Extractions in file order; with workers > 1 the documents are spread over processes."""
    work = functools.partial(process_path, max_bytes=max_bytes)
    if workers <= 1 or len(files) < 4 * chunksize:
        yield from map(work, files)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent) as pool:
        yield from pool.map(work, files, chunksize=chunksize)


def iter_extractions(
    paths: Sequence[str | Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Extraction | Rejection]:
    """Extractions of the documents in files and folders, in path order."""
    yield from extract_files(list(read.iter_paths(paths)), workers=workers, max_bytes=max_bytes)
