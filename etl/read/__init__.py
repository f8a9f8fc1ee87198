"""Reading documents: raw bytes on disk to decoded text, plus language, title and publication date.

One module per concern: `decoding` (bytes to text), `html_text` (HTML to visible text), `dates`,
`language`, `title`, `manifest` (a folder's manifest.csv) and `documents` (files on disk to Documents).
Everything is a pure function of its input except `iter_paths`, `read_manifest` and `read_document`,
which touch the file system. The text returned is the text every fact offset refers to, so each step is
deterministic and computed once.
"""

from etl.read.dates import HEADER_CHARS, find_published, parse_date
from etl.read.decoding import decode
from etl.read.documents import HTML_SUFFIXES, TEXT_SUFFIXES, iter_paths, parse_document, read_bytes, read_document
from etl.read.errors import RejectedDocument
from etl.read.html_text import html_to_text, looks_like_html
from etl.read.language import detect_language
from etl.read.manifest import MANIFEST_NAME, ManifestRow, read_manifest
from etl.read.title import find_title

__all__ = [
    "HEADER_CHARS",
    "HTML_SUFFIXES",
    "MANIFEST_NAME",
    "TEXT_SUFFIXES",
    "ManifestRow",
    "RejectedDocument",
    "decode",
    "detect_language",
    "find_published",
    "find_title",
    "html_to_text",
    "iter_paths",
    "looks_like_html",
    "parse_date",
    "parse_document",
    "read_bytes",
    "read_document",
    "read_manifest",
]
