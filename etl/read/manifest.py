"""A folder's manifest.csv: what it says about each document of the folder."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.read.dates import parse_date
from etl.read.errors import RejectedDocument
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
    problems: tuple[str, ...] = ()  # cells that could not be read, e.g. "manifest.csv line 3: published ..."


def _manifest_key(path: str) -> str:
    return Path(path.strip().replace("\\", "/")).as_posix().removeprefix("./")


def read_manifest(folder: Path) -> dict[str, ManifestRow]:
    """Rows of folder/manifest.csv (columns path,title,published,source,url,language; only path is
    required), keyed by the path as written there. No manifest: an empty dict.

    A manifest that cannot be read (not UTF-8, not CSV, no path column, a row without a path) raises
    RejectedDocument naming the file, the line and the reason: the documents it describes are rejected
    with it rather than loaded without the metadata it gives. A cell that cannot be read (a date or
    language we do not recognise) is left empty, so detection fills it, and the row's `problems` say so."""
    manifest = Path(folder) / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    try:
        data = manifest.read_bytes()
    except OSError as e:
        raise RejectedDocument(f"unreadable file: {e.strerror or e}", str(manifest)) from None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise RejectedDocument(
            f"line {line}: byte 0x{data[e.start]:02X} is not UTF-8 (save the manifest as UTF-8)", str(manifest)
        ) from None
    rows: dict[str, ManifestRow] = {}
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        header = [(k or "").strip().casefold() for k in reader.fieldnames or ()]
        if "path" not in header:
            raise RejectedDocument("line 1: no path column in the header (path,title,published,source,url,"
                                   "language)", str(manifest))
        for record in reader:
            cells = {(k or "").strip().casefold(): (v or "").strip() for k, v in record.items() if k is not None}
            if not any(cells.values()):
                continue
            if not cells.get("path"):
                raise RejectedDocument(f"line {reader.line_num}: a row without a path", str(manifest))
            key = _manifest_key(cells["path"])
            published = parse_date(cells["published"]) if cells.get("published") else None
            language = language_code(cells["language"]) if cells.get("language") else None
            problems = []
            if cells.get("published") and published is None:
                problems.append(f"published {cells['published']!r} is not a date we read")
            if cells.get("language") and language is None:
                problems.append(f"language {cells['language']!r} is not one we know (en, fr, zh)")
            rows[key] = ManifestRow(
                path=key,
                title=cells.get("title") or None,
                published=published,
                source=cells.get("source") or None,
                url=cells.get("url") or None,
                language=language,
                problems=tuple(f"{MANIFEST_NAME} line {reader.line_num}: {p}; detected instead" for p in problems),
            )
    except csv.Error as e:
        raise RejectedDocument(f"line {reader.line_num}: not valid CSV ({e})", str(manifest)) from None
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
