"""The language of a text ("en", "fr", "zh"), and language names as people write them."""

from __future__ import annotations

import re

from etl.read.cues import CJK as _CJK
from etl.read.cues import reading_cues

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
    stopwords = reading_cues().stopwords
    en = len(stopwords["en"] & vocabulary)
    fr = len(stopwords["fr"] & vocabulary)
    if max(en, fr) < _MIN_CUE_WORDS or en == fr:
        return None
    return "fr" if fr > en else "en"


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


def language_code(value: str) -> str | None:
    value = value.strip().casefold()
    return _LANGUAGE_NAMES.get(value) or _LANGUAGE_NAMES.get(re.split(r"[-_]", value)[0])
