"""Documents on disk: finding the files of a folder, and reading one file into a Document."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from etl.read.dates import find_published
from etl.read.decoding import decode_text
from etl.read.errors import RejectedDocument
from etl.read.html_text import looks_like_html, parse_html
from etl.read.language import detect_language
from etl.read.manifest import MANIFEST_NAME, ManifestRow, manifest_row
from etl.read.title import find_title
from etl.records import Document

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md", ".html", ".htm", ""})
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})


def _wanted(path: Path) -> bool:
    name = path.name
    if name.startswith(".") or name == MANIFEST_NAME:
        return False
    suffix = path.suffix.lower()
    return suffix not in (".json", ".jsonl") and suffix in TEXT_SUFFIXES


def iter_paths(paths: Sequence[str | Path]) -> Iterator[Path]:
    """Files as given, and the document files under each folder, walked recursively in sorted order.

    Hidden files and folders, manifest.csv and JSON outputs are skipped inside folders; a file named
    explicitly is always taken. Each file comes once. A missing path raises FileNotFoundError."""
    seen: set[Path] = set()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise FileNotFoundError(f"no such file or folder: {root}")
        if root.is_dir():
            found = []
            # os.walk does not follow symbolic links to folders, so a link loop cannot trap us.
            for folder, dirs, files in os.walk(root):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(Path(folder, f) for f in files if _wanted(Path(f)))
            candidates = sorted(found, key=lambda p: p.relative_to(root).parts)
        else:
            candidates = [root]
        for path in candidates:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; RejectedDocument when it is larger than max_bytes or cannot be read."""
    try:
        with path.open("rb") as fh:
            # Refuse by size before reading, so a huge file never reaches memory.
            if os.fstat(fh.fileno()).st_size > max_bytes:
                raise RejectedDocument(f"larger than {max_bytes} bytes", str(path))
            data = fh.read()
    except OSError as e:
        raise RejectedDocument(f"unreadable file: {e.strerror or e}", str(path)) from None
    if len(data) > max_bytes:  # the file grew between stat and read
        raise RejectedDocument(f"larger than {max_bytes} bytes", str(path))
    return data


def read_document(
    path: Path, *, max_bytes: int = 20_000_000, manifest: Mapping[str, ManifestRow] | None = None
) -> Document:
    """Read one document file: decoded text (HTML reduced to its visible text), sha256 of the raw
    bytes, language, title and publication date. A manifest row's non-empty cells win over detection.
    Raises RejectedDocument with the reason when the file is refused."""
    path = Path(path)
    return parse_document(path, read_bytes(path, max_bytes), manifest=manifest)


def parse_document(path: Path, data: bytes, *, manifest: Mapping[str, ManifestRow] | None = None) -> Document:
    """The Document of a file's bytes, as read_document makes it, without touching the file system: path
    only names it (its name, suffix and manifest row), so the bytes can be parsed on another machine."""
    try:
        decoded = decode_text(data)
    except RejectedDocument as e:
        raise RejectedDocument(e.reason, str(path)) from None
    text = decoded.text
    html_title: str | None = None
    html_published: date | None = None
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        page = parse_html(text)
        text, html_title, html_published = page.text(), page.title(), page.published
        if not text.strip():
            raise RejectedDocument("empty file", str(path))
    row = manifest_row(path, manifest)
    meta: dict[str, Any] = {
        "language": detect_language(text),
        "title": find_title(text) or html_title,
        "published": html_published or find_published(text),
        "source": None,
        "url": None,
    }
    warnings = [decoded.warning] if decoded.warning else []
    if row is not None:
        meta.update({k: getattr(row, k) for k in meta if getattr(row, k) is not None})
        warnings += row.problems
    return Document(
        doc=path.name,
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        encoding=decoded.encoding,
        warning="; ".join(warnings) or None,
        **meta,
    )
