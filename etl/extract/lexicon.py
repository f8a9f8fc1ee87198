"""The extractor's data files under `seeds/reference/`, loaded once and fingerprinted.

Rules of the genre live in YAML (number words, qualifier and kind cues, furniture patterns, indicator
cues, a French-English name glossary) so that they can grow without code changes; this module only
reads them. The fingerprint feeds EXTRACTOR_VERSION so stored extractions can be traced to their data.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any

import yaml

from etl import reference

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
    path = reference.REFERENCE_DIR / name
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def fingerprint() -> str:
    """Short hash of every data file the extractor depends on; missing files hash as empty."""
    digest = hashlib.sha256()
    for name in (*OWN_FILES, *REFERENCE_FILES):
        path = reference.REFERENCE_DIR / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:10]
