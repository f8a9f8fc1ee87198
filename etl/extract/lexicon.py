"""The extractor's data files under `seeds/reference/`, loaded once and fingerprinted.

Rules of the genre live in YAML (number words, qualifier and kind cues, furniture patterns, indicator
cues, a French-English name glossary) so that they can grow without code changes; this module only
reads them. The fingerprint feeds EXTRACTOR_VERSION so stored extractions can be traced to their data.

Parsed files are cached (marshal, keyed by the sha256 of the file's bytes) under the cache folder, so a
cron job's start-up does not parse YAML: a changed file has another key, a corrupt or unreadable cache
entry is parsed again, and the cache is written atomically and never through a symbolic link.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
import yaml

from etl import reference

# The C loader when PyYAML has libyaml: ten times faster than the pure-Python one, same data.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CACHE_FORMAT = b"innovdb-lexicon-1\n"

# Files the extractor reads itself, plus the reference files it builds its gazetteer and codes from.
OWN_FILES: tuple[str, ...] = (
    "numbers.yaml",
    "extraction.yaml",
    "indicator_cues.yaml",
    "name_glossary.yaml",
    "open_metrics.yaml",
    "confidence.yaml",
)
REFERENCE_FILES: tuple[str, ...] = (
    "regions.csv",
    "region_aliases.csv",
    "organizations.yaml",
    "programs.yaml",
    "indicators.yaml",
)


@cache
def load(name: str) -> Any:
    """Parsed content of one of OWN_FILES (cached: callers must not mutate it)."""
    data = (reference.REFERENCE_DIR / name).read_bytes()
    key = hashlib.sha256(data).hexdigest()
    folder = cache_dir()
    entry = folder / f"{name}.{key}.marshal" if folder is not None else None
    if entry is not None:
        cached = read_cached(entry)
        if cached is not None:
            return cached[0]
    parsed = yaml.load(data.decode("utf-8"), Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    if entry is not None:
        write_cached(entry, parsed)
    return parsed


def cache_dir() -> Path | None:
    """$INNOVDB_CACHE_DIR, else the cache folder under $INNOVDB_HOME, else the user's cache folder; None
    when it cannot be used (caching is then skipped, never an error)."""
    explicit = os.environ.get("INNOVDB_CACHE_DIR")
    if explicit:
        folder = Path(explicit).expanduser()
    elif os.environ.get("INNOVDB_HOME"):
        folder = Path(os.environ["INNOVDB_HOME"]).expanduser() / "cache"
    else:
        folder = Path(platformdirs.user_cache_dir("innovdb"))
    folder = folder / "lexicon"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return None if folder.is_symlink() else folder


def read_cached(entry: Path) -> tuple[Any] | None:
    try:
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:  # missing, or a symbolic link
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            raw = fh.read()
        if not raw.startswith(_CACHE_FORMAT):
            return None
        return (marshal.loads(raw[len(_CACHE_FORMAT) :]),)
    except (OSError, ValueError, EOFError, TypeError):  # corrupt: parse the file again
        return None


def write_cached(entry: Path, parsed: Any) -> None:
    try:
        payload = _CACHE_FORMAT + marshal.dumps(parsed)
    except ValueError:  # a value marshal cannot hold: no cache for this file
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=f".{entry.name}.")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, entry)  # replaces a link at `entry` itself, never writes through it
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


@cache
def fingerprint() -> str:
    """Short hash of every data file the extractor depends on; missing files hash as empty."""
    digest = hashlib.sha256()
    for name in (*OWN_FILES, *REFERENCE_FILES):
        path = reference.REFERENCE_DIR / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:10]
