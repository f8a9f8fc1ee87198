"""The title of a document: the first substantial line of its header that is not page furniture."""

from __future__ import annotations

import re

from etl.read.cues import CJK as _CJK
from etl.read.cues import reading_cues

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
    furniture = reading_cues().furniture
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
