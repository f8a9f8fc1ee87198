"""Cue data for reading (seeds/reference/reading.yaml), compiled once: stopwords, month names, date
labels and patterns, page furniture."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import yaml

from etl.reference import REFERENCE_DIR

# Chinese characters and CJK punctuation: what tells Chinese text from bytes decoded the wrong way.
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class ReadingCues:
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
def reading_cues() -> ReadingCues:
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
    return ReadingCues(
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
