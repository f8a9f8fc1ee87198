"""The one alias key: how two spellings of a name are recognised as the same name."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212_]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes; keeps CJK characters."""
    if text.isascii():  # nothing to decompose or strip: the same result without the per-character pass
        return text.translate(_APOSTROPHES).replace("_", "-").lower()
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _DASHES.sub("-", text).casefold()


def alias_key(name: str) -> str:
    """Key under which aliases are stored and looked up: folded, apostrophes dropped, words joined by
    single spaces ("Jing’an" == "Jing'an" == "Jingan" == "JING-AN")."""
    folded = fold(name).replace("'", "")
    return " ".join(w for w in _NON_WORD.split(folded.replace("-", " ")) if w)
