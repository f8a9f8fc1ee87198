"""Reading documents: raw bytes on disk to decoded text, plus language, title and publication date.

Everything here is a pure function of its input except `iter_paths`, `read_manifest` and
`read_document`, which touch the file system. The text this module returns is the text every fact
offset refers to, so each step is deterministic and computed once.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from etl.records import Document
from etl.reference import REFERENCE_DIR

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md", ".html", ".htm", ""})
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
MANIFEST_NAME = "manifest.csv"
HEADER_CHARS = 1500  # publication dates and titles live in the page header


class RejectedDocument(Exception):
    """A document we refuse to read, with a reason a user understands."""

    def __init__(self, reason: str, path: str = "") -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.reason = reason
        self.path = path


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """What a folder's manifest.csv says about one document; empty cells are None."""

    path: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None


# ---------------------------------------------------------------------------------------------------
# Cue data (seeds/reference/reading.yaml), compiled once.


@dataclass(frozen=True, slots=True)
class _Cues:
    stopwords: Mapping[str, frozenset[str]]
    months: Mapping[str, int]
    label_rank: Mapping[str, int]
    date_patterns: tuple[re.Pattern[str], ...]
    label_before: re.Pattern[str]
    dateline_before: re.Pattern[str]
    dateline_after: re.Pattern[str]
    date_line_before: re.Pattern[str]
    date_line_after: re.Pattern[str]
    furniture: re.Pattern[str]


def _alternation(words: Sequence[str]) -> str:
    # Longest first, so "released on" wins over "released" and "last updated" over "updated".
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _cues() -> _Cues:
    data = yaml.safe_load((REFERENCE_DIR / "reading.yaml").read_text(encoding="utf-8"))
    months = {name.casefold(): int(n) for lang in data["months"].values() for name, n in lang.items()}
    # Any word in the month's place; _date_of keeps only month names (one alternation of ~50 names
    # would be tried at every position and make this the slowest step of reading).
    month = r"(?P<mon>[^\W\d_]{3,9})\.?"
    year = r"(?P<y>(?:19|20)\d{2})(?!\d)"
    day = r"(?P<d>[0-3]?\d)"
    date_patterns = (
        # 2025-03-03, 2025/3/3, 2025.03.03, 2025年3月3日
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})\s*[-/.年]\s*(?P<m>[01]?\d)\s*[-/.月]\s*{day}(?!\d)(?:\s*日)?"),
        # 12/06/2025, 12.06.2025, 12-06-2025 (day or month first, settled later)
        re.compile(rf"(?<!\d)(?P<a>[0-3]?\d)[-/.](?P<b>[0-3]?\d)[-/.]{year}"),
        # March 3, 2025 / Mar. 3rd 2025
        re.compile(rf"(?<![\w]){month}\s+{day}(?:st|nd|rd|th)?\b,?\s+{year}", re.IGNORECASE),
        # 3 March 2025 / 1er mars 2025 / 3 mars, 2025
        re.compile(rf"(?<![\w.]){day}(?:er|st|nd|rd|th)?\s+{month}(?![\w]),?\s+{year}", re.IGNORECASE),
    )
    label_rank: dict[str, int] = {}
    for rank, group in enumerate(("published", "date", "updated")):
        for label in data["date_labels"][group]:
            label_rank.setdefault(label.casefold(), rank)
    weekdays = _alternation(data["weekdays"])
    agencies = _alternation(data["agencies"])
    # A label ends the text before a date: "Publié le ", "Released on:", "发布时间：", "Published: Tuesday, ".
    clock = r"(?:\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*(?:am|pm)?\s*,?\s*)"  # "Updated: 09:15, June 12, 2024"
    label_before = re.compile(
        rf"(?:^|[\s|·•,;(\[【/])(?P<label>{_alternation(list(label_rank))})\s*(?:on|le)?\s*[:：]?\s*"
        rf"{clock}?(?:(?:{weekdays})\.?,?\s*)?$",
        re.IGNORECASE,
    )
    # A dateline: "SHENZHEN, March 3, 2025 (Xinhua) --" or "Hefei, le 3 mars 2025 –".
    dateline_before = re.compile(
        rf"^\s*[^\W\d][\w .'’(),-]{{0,60}},\s*(?:le\s+)?(?:(?:{weekdays})\.?,?\s*)?$", re.IGNORECASE
    )
    dateline_after = re.compile(rf"^\s*(?:[(/]\s*(?:{agencies})\s*[)/])?\s*(?:--|[-–—:|]|$)", re.IGNORECASE)
    # A line that is only a date: "Tuesday, March 3, 2025", "Le 3 mars 2025", "2025-03-03 10:20 | Source: ...",
    # ... also after short segments cut by a bar: "chinadaily.com.cn | 2024-09-02", "Source : Xinhua | 3 mars 2025"
    date_line_before = re.compile(
        rf"^(?:[^|·•\n]{{0,60}}[|·•]\s*)*[\W_]*(?:le\s+)?(?:(?:{weekdays})\.?,?\s*)?$", re.IGNORECASE
    )
    date_line_after = re.compile(
        rf"^\s*(?:(?:à\s+)?\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d{{2}})?(?:\s*(?:am|pm|utc|gmt|bjt|cst)\b)?)?[\s.]*"
        rf"(?:$|[|·•/]|(?:source|sources|来源|views?|vues|by|par|{agencies})\b|(?:来源|浏览)\s*[:：])",
        re.IGNORECASE,
    )
    furniture = re.compile("|".join(f"(?:{p})" for p in data["furniture_lines"]), re.IGNORECASE)
    return _Cues(
        stopwords={lang: frozenset(w.casefold() for w in words) for lang, words in data["stopwords"].items()},
        months=months,
        label_rank=label_rank,
        date_patterns=date_patterns,
        label_before=label_before,
        dateline_before=dateline_before,
        dateline_after=dateline_after,
        date_line_before=date_line_before,
        date_line_after=date_line_after,
        furniture=furniture,
    )


# ---------------------------------------------------------------------------------------------------
# Finding files.


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


# ---------------------------------------------------------------------------------------------------
# Bytes to text.

# Signatures of the binary formats people most often drop into a folder of texts by mistake.
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b\x08",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"Rar!\x1a\x07",
    b"7z\xbc\xaf\x27\x1c",
    b"RIFF",
    b"OggS",
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL. In UTF-8,
# GB18030 and single-byte encodings these byte values only ever stand for themselves.
_CONTROL_BYTES = bytes([*range(0, 9), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_HAS_C1 = re.compile(rb"[\x80-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MAX_BAD_UTF8 = 3
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_NEWLINES = re.compile(r"\r\n?")


def _utf16_by_nuls(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit in every other position, as Latin text in UTF-16
    without a byte-order mark does; None otherwise."""
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 2:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _single_byte_western(data: bytes) -> bool:
    """True when bytes >= 0x80 mostly stand alone (é, ’, « in French or English text); multi-byte
    encodings such as GB18030 put them in runs of two or more."""
    runs = _HIGH_RUNS.findall(data)
    high = sum(len(r) for r in runs)
    alone = sum(1 for r in runs if len(r) == 1)
    return high > 0 and alone / high >= 0.4


def _decode_unicode_bom(data: bytes) -> tuple[str, str] | None:
    if data.startswith(b"\xef\xbb\xbf"):
        # kept as U+FEFF at offset 0, as Python reads a UTF-8 file: offsets then agree with any tool that
        # opens the file with encoding="utf-8"
        encoding, body = "utf-8-sig", data
    elif data.startswith(b"\xff\xfe"):
        encoding, body = "utf-16-le", data[2:]
    elif data.startswith(b"\xfe\xff"):
        encoding, body = "utf-16-be", data[2:]
    else:
        return None
    try:
        return body.decode(encoding.removesuffix("-sig")), encoding
    except UnicodeDecodeError:
        raise RejectedDocument(f"undecodable text: not valid {encoding}") from None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Text in an 8-bit or East Asian encoding: cheap structural guesses first, charset-normalizer last."""
    if _single_byte_western(data):
        if _HAS_C1.search(data):
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass  # bytes cp1252 leaves undefined: let the detector decide
        else:
            return data.decode("latin-1"), "latin-1"
    else:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = None
        if text is not None:
            non_ascii = len(_NON_ASCII.findall(text))
            if non_ascii and len(_CJK.findall(text)) / non_ascii >= 0.8:
                return text, "gb18030"
    from charset_normalizer import from_bytes  # imported late: it is slow to import and rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise RejectedDocument("undecodable text")
    return str(best), best.encoding


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 text spoiled by a few bad bytes (a file cut inside a character, one pasted Latin-1 byte),
    decoded with U+FFFD in their place; None when the bad bytes are too many to be accidents. Text in
    a legacy encoding almost never holds valid multi-byte UTF-8 sequences, so it does not get here."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    return text if bad <= _MAX_BAD_UTF8 and good >= 2 * bad else None


def decode(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes; returns (text, encoding).

    Line ends are normalised to "\\n" and a UTF-8 byte-order mark is kept (as Python's text mode reads
    a UTF-8 file); UTF-16 byte-order marks are removed. Offsets index the returned text. Raises
    RejectedDocument for empty input, binary content and text no encoding explains."""
    if not data.strip():
        raise RejectedDocument("empty file")
    if data.startswith(_BINARY_MAGIC):
        raise RejectedDocument("binary content")
    unicode_bom = _decode_unicode_bom(data)
    if unicode_bom is not None:
        text, encoding = unicode_bom
    elif b"\x00" in data:
        encoding = _utf16_by_nuls(data) or ""
        if not encoding:
            raise RejectedDocument("binary content")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise RejectedDocument(f"undecodable text: not valid {encoding}") from None
    else:
        if len(data) - len(data.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_SHARE * len(data):
            raise RejectedDocument("binary content")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            nearly = _nearly_utf8(data)
            text, encoding = (nearly, "utf-8") if nearly is not None else _decode_legacy(data)
    if encoding != "utf-8" and len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise RejectedDocument("binary content")
    if not text.strip():
        raise RejectedDocument("empty file")
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "\x00" in text:  # PostgreSQL text cannot hold NUL; a same-length stand-in keeps every offset
        text = text.replace("\x00", "\ufffd")
    return text, encoding


# ---------------------------------------------------------------------------------------------------
# HTML to text.

_SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "iframe",
        "button",
        "select",
        "head",
        "title",
        "object",
        "canvas",
        "map",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "blockquote",
        "figure",
        "figcaption",
        "address",
        "pre",
        "hr",
        "form",
        "fieldset",
        "caption",
        "details",
        "summary",
        "body",
        "html",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_ARTICLE_TAGS = frozenset({"article", "main"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# What may sit in <head>; anything else means the page left </head> out and the body has begun.
_HEAD_TAGS = frozenset({"meta", "link", "title", "script", "style", "base", "noscript", "template"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \xa0: a no-break space inside "20 000" is content
_BLANK_RUNS = re.compile(r"\n{3,}")
_PUBLISHED_META = frozenset(
    {
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "publish_date",
        "publish-date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "date",
        "og:published_time",
        "parsely-pub-date",
        "sailthru.date",
        "publishtime",
        "firstpublishedtime",
    }
)
_ISO_DATE = re.compile(r"^\s*((?:19|20)\d{2})-?([01]\d)-?([0-3]\d)")


class _HtmlText(HTMLParser):
    """Collects visible text with block structure, plus <title> and a published date from <meta>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.pre_depth = 0
        self.article_depth = 0
        self.title_parts: list[str] = []
        self.in_title = False
        self.published: date | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "title" and not self.title_parts and "svg" not in self.skipping:
            self.in_title = True
        if self.skipping == ["head"] and tag not in _HEAD_TAGS:
            self.skipping.clear()
        # An article's own <header> holds its headline and date, not site furniture.
        skipped = tag in _SKIPPED_TAGS and not (tag == "header" and self.article_depth)
        if skipped or any(name == "hidden" for name, _ in attrs):
            if tag not in _VOID_TAGS:
                self.skipping.append(tag)
            return
        if self.skipping:
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS or tag == "header":
            self.parts.append("\n")
            if tag == "pre":
                self.pre_depth += 1
            elif tag in _ARTICLE_TAGS:
                self.article_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <meta/>: no content, so no skipping state to open.
        if tag == "meta":
            self._meta(dict(attrs))
        elif not self.skipping and (tag == "br" or tag in _BLOCK_TAGS):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skipping:
            if tag in self.skipping:
                # Close the innermost open skipped element of this name and anything left open in it.
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
            return
        if tag in _BLOCK_TAGS or tag == "header":
            self.parts.append("\n")
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1
            elif tag in _ARTICLE_TAGS and self.article_depth:
                self.article_depth -= 1
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skipping:
            return
        self.parts.append(data if self.pre_depth else _HTML_SPACE.sub(" ", data))

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").casefold()
        content = attrs.get("content") or ""
        if self.published is None and key in _PUBLISHED_META:
            m = _ISO_DATE.match(content)
            if m:
                self.published = _valid_date(int(m[1]), int(m[2]), int(m[3]))

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.parts).split("\n"))
        return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")

    def title(self) -> str | None:
        title = " ".join(_HTML_SPACE.sub(" ", "".join(self.title_parts)).split())
        return title or None


_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.S)
_COMMON_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|li|ul|table|td|tr|img|strong|em)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for an HTML page saved without an .html suffix."""
    head = text[:5000]
    return bool(_LOOKS_LIKE_HTML.match(head)) or len(_COMMON_TAG.findall(head)) >= 5


def _parse_html(html: str) -> _HtmlText:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: scripts, styles, navigation, headers, footers and asides
    dropped, blocks on their own lines, entities unescaped, at most one blank line in a row."""
    return _parse_html(html).text()


# ---------------------------------------------------------------------------------------------------
# Language, title, publication date.

_MIN_CUE_WORDS = 3
_LANGUAGE_SAMPLE = 2000  # a few hundred words settle the language; more only costs time


def detect_language(text: str) -> str | None:
    """The language, "en", "fr" or "zh", from character and function-word statistics; None when the
    text gives too little to tell."""
    sample = text[:_LANGUAGE_SAMPLE].casefold()
    cjk = len(_CJK.findall(sample))
    # Whitespace tokens: a stopword glued to punctuation or an elision is missed, which costs nothing
    # in a sample of hundreds of words and is several times faster than a word regex.
    words = sample.split()
    # A Chinese character carries about as much as a Latin word.
    if cjk >= _MIN_CUE_WORDS and cjk > len(words):
        return "zh"
    # Distinct function words seen: as telling as their counts, and set operations run in C.
    vocabulary = set(words)
    stopwords = _cues().stopwords
    en = len(stopwords["en"] & vocabulary)
    fr = len(stopwords["fr"] & vocabulary)
    if max(en, fr) < _MIN_CUE_WORDS or en == fr:
        return None
    return "fr" if fr > en else "en"


# Markdown heading, quote and emphasis marks around a line, and a stray byte-order mark.
_MARKUP_LEAD = "\ufeff#>*_= \t"
_MARKUP_TRAIL = "*_= \t"
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s")
_MAX_TITLE = 300
_MIN_TITLE_CHARS = 12
_TITLE_LINES = 40
_MAX_FURNITURE = 200  # longer lines are prose, whatever words they start with


def _substantial(line: str) -> bool:
    cjk = len(_CJK.findall(line))
    if cjk >= 6:
        return True
    return len(line) >= _MIN_TITLE_CHARS and len(line.split()) >= 3


def _clip(line: str) -> str:
    if len(line) <= _MAX_TITLE:
        return line
    # A line this long is body text rather than a headline: its first sentence stands in for a title.
    m = _SENTENCE_END.search(line, 20, _MAX_TITLE)
    if m:
        return line[: m.start()]
    cut = line.rfind(" ", 0, _MAX_TITLE)
    return line[: cut if cut > 0 else _MAX_TITLE].rstrip(" ,;:")


def find_title(text: str) -> str | None:
    """The first substantial line of the header that is not page furniture (times, bylines, share
    buttons, image captions), trimmed to at most 300 characters."""
    furniture = _cues().furniture
    for n, raw in enumerate(text.split("\n", _TITLE_LINES)):
        if n == _TITLE_LINES:
            break
        line = raw.strip().lstrip(_MARKUP_LEAD).rstrip(_MARKUP_TRAIL)
        if not line or not _substantial(line):
            continue
        if len(line) <= _MAX_FURNITURE and furniture.fullmatch(line):
            continue
        return _clip(line)
    return None


def _valid_date(y: int, m: int, d: int) -> date | None:
    if not 1990 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _date_of(match: re.Match[str], month_first: bool) -> date | None:
    groups = match.groupdict()
    y = int(groups["y"])
    if groups.get("mon"):
        m = _cues().months.get(groups["mon"].casefold().rstrip("."))
        return _valid_date(y, m, int(groups["d"])) if m else None
    if groups.get("m"):
        return _valid_date(y, int(groups["m"]), int(groups["d"]))
    a, b = int(groups["a"]), int(groups["b"])
    if a > 12 or (b <= 12 and not month_first):
        return _valid_date(y, b, a)
    return _valid_date(y, a, b)


def _date_rank(text: str, start: int, end: int) -> int | None:
    """How a date found at text[start:end] qualifies as the publication date: 0 labelled as
    published, 1 labelled as a date, 2 labelled as an update, 3 a line that is only a date (with time
    and source) or a dateline; None when it is a date in running text (an event)."""
    cues = _cues()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    label = cues.label_before.search(before)
    if label:
        return cues.label_rank[label["label"].casefold()]
    if cues.date_line_before.match(before) and cues.date_line_after.match(after):
        return 3
    if cues.dateline_before.match(before) and cues.dateline_after.match(after):
        return 3
    return None


# Without look-arounds the engine can jump between literal "19"/"20" prefixes: about five times faster.
_YEAR = re.compile(r"(?:19|20)\d{2}")
# How far each date form (in the order of _Cues.date_patterns) reaches before and after its year.
_DATE_REACH = ((0, 16), (6, 0), (24, 0), (24, 0))


def find_published(text: str) -> date | None:
    """The publication date stated in the header (first ~1,500 characters): labelled dates first
    ("Published: ...", "Publié le ...", "发布时间："), then a line that is only a date, or a dateline.
    Dates in running text are events, not publication dates."""
    header = text[:HEADER_CHARS]
    found: dict[tuple[int, int], date] = {}
    month_first: bool | None = None
    # Every date form holds a four-digit year, so only the text around years is searched.
    for year in _YEAR.finditer(header):
        if header[year.start() - 1 : year.start()].isdigit() or header[year.end() : year.end() + 1].isdigit():
            continue
        for pattern, (before, after) in zip(_cues().date_patterns, _DATE_REACH, strict=True):
            lo, hi = max(0, year.start() - before), min(len(header), year.end() + after)
            for m in pattern.finditer(header, lo, hi):
                if m.span() in found:
                    continue
                if month_first is None and m.groupdict().get("a"):
                    month_first = detect_language(header) == "en"
                value = _date_of(m, bool(month_first))
                if value is not None:
                    found[m.span()] = value
    best: tuple[int, int, date] | None = None
    for (start, end), value in found.items():
        rank = _date_rank(header, start, end)
        if rank is not None and (best is None or (rank, start) < best[:2]):
            best = (rank, start, value)
    return best[2] if best else None


def parse_date(value: str) -> date | None:
    """A date written in any of the forms find_published reads ("2025-03-03", "3 mars 2025"...)."""
    for pattern in _cues().date_patterns:
        m = pattern.search(value)
        if m:
            return _date_of(m, month_first=False)
    return None


# ---------------------------------------------------------------------------------------------------
# Manifest and documents.

_LANGUAGE_NAMES = {
    "en": "en",
    "eng": "en",
    "english": "en",
    "anglais": "en",
    "fr": "fr",
    "fra": "fr",
    "fre": "fr",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "zh": "zh",
    "zho": "zh",
    "chi": "zh",
    "chinese": "zh",
    "chinois": "zh",
    "中文": "zh",
}


def _language_code(value: str) -> str | None:
    value = value.strip().casefold()
    return _LANGUAGE_NAMES.get(value) or _LANGUAGE_NAMES.get(re.split(r"[-_]", value)[0])


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
                language=_language_code(cells["language"]) if cells.get("language") else None,
            )
    return rows


def _manifest_row(path: Path, manifest: Mapping[str, ManifestRow] | None) -> ManifestRow | None:
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


def _read_bytes(path: Path, max_bytes: int) -> bytes:
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
    data = _read_bytes(path, max_bytes)
    try:
        text, encoding = decode(data)
    except RejectedDocument as e:
        raise RejectedDocument(e.reason, str(path)) from None
    html_title: str | None = None
    html_published: date | None = None
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        page = _parse_html(text)
        text, html_title, html_published = page.text(), page.title(), page.published
        if not text.strip():
            raise RejectedDocument("empty file", str(path))
    row = _manifest_row(path, manifest)
    meta: dict[str, Any] = {
        "language": detect_language(text),
        "title": find_title(text) or html_title,
        "published": html_published or find_published(text),
        "source": None,
        "url": None,
    }
    if row is not None:
        meta.update({k: getattr(row, k) for k in meta if getattr(row, k) is not None})
    return Document(
        doc=path.name,
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        encoding=encoding,
        **meta,
    )
