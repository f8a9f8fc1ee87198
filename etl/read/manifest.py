"""A folder's manifest.csv: what it says about each document of the folder."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.read.dates import parse_date
from etl.read.language import language_code

MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """What a folder's manifest.csv says about one document; empty cells are None."""

    path: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None


def _manifest_key(path: str) -> str:
    return Path(path.strip().replace("\\", "/")).as_posix().removeprefix("./")


def read_manifest(folder: Path) -> dict[str, ManifestRow]:
    """Rows of folder/manifest.csv (columns path,title,published,source,url,language; only path is
    required), keyed by the path as written there. No manifest: an empty dict. A cell that cannot be
    read (a date or language we do not recognise) is left empty, so detection fills it."""
    manifest = Path(folder) / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    rows: dict[str, ManifestRow] = {}
    with manifest.open(encoding="utf-8-sig", newline="") as fh:
        for record in csv.DictReader(fh):
            cells = {(k or "").strip().casefold(): (v or "").strip() for k, v in record.items()}
            if not cells.get("path"):
                continue
            key = _manifest_key(cells["path"])
            rows[key] = ManifestRow(
                path=key,
                title=cells.get("title") or None,
                published=parse_date(cells["published"]) if cells.get("published") else None,
                source=cells.get("source") or None,
                url=cells.get("url") or None,
                language=language_code(cells["language"]) if cells.get("language") else None,
            )
    return rows


def manifest_row(path: Path, manifest: Mapping[str, ManifestRow] | None) -> ManifestRow | None:
    """The row for path: the longest trailing part of its path that the manifest lists, so that both
    "reports/a.txt" and "a.txt" find /data/reports/a.txt."""
    if not manifest:
        return None
    parts = path.parts
    for i in range(len(parts)):
        row = manifest.get("/".join(parts[i:]))
        if row is not None:
            return row
    return None
