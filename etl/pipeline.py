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
def _manifest(folder: Path) -> dict:
    return read.read_manifest(folder)


def process_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction | Rejection:
    """Read and extract one file; a document we refuse comes back as a Rejection with its reason."""
    try:
        document = read.read_document(path, max_bytes=max_bytes, manifest=_manifest(path.parent))
    except read.RejectedDocument as e:
        return Rejection(str(path), e.reason)
    return extract(document)


def extract_files(
    files: Sequence[Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, chunksize: int = 16
) -> Iterator[Extraction | Rejection]:
    """Extractions in file order; with workers > 1 the documents are spread over processes."""
    work = functools.partial(process_path, max_bytes=max_bytes)
    if workers <= 1 or len(files) < 4 * chunksize:
        yield from map(work, files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, files, chunksize=chunksize)


def iter_extractions(
    paths: Sequence[str | Path], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Extraction | Rejection]:
    """Extractions of the documents in files and folders, in path order."""
    yield from extract_files(list(read.iter_paths(paths)), workers=workers, max_bytes=max_bytes)
