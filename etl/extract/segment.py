"""Sentences, clauses and word tokens of a document, as offsets into its text (never a copy that shifts)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from etl.aliases import alias_key
from etl.extract import lexicon

# Words: letters and digits, with internal apostrophes ("Xi’an", "Lu'an"); CJK characters one by one,
# since those scripts do not separate words with spaces. French elision ("d’innovation", "l'industrie")
# and the English possessive ("Shanghai's") are split off so that names inside them are found.
_WORD = re.compile(
    r"(?P<el>\b(?:[ldjnmstc]|qu|jusqu|lorsqu|puisqu|presqu)(?=['’]\w))"
    r"|(?P<w>[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+(?:['’](?![sS]\b)[^\W_\u3400-\u9fff]+)*)(?P<poss>['’][sS]\b)?",
    re.IGNORECASE,
)
# Words repeat within and across documents; folding each one once keeps tokenizing cheap.
word_key = lru_cache(maxsize=200_000)(alias_key)
phrase_key = lru_cache(maxsize=50_000)(alias_key)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str  # alias_key of the word: what gazetteer keys are made of
    possessive: bool = False  # followed by "'s"


# A NamedTuple's own constructor is a Python function; building the tuple directly skips a call per word.
_new_token = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end] with their alias keys."""
    out: list[Token] = []
    append = out.append
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        elided, word, possessive = m.groups()
        word = elided or word
        key = word_key(word)
        if key:
            s = m.start()
            append(_new_token(Token, (s, s + len(word), word, key, possessive is not None)))
    return out


@lru_cache(maxsize=50_000)
def name_keys(name: str) -> tuple[str, ...]:
    """The word keys of a name (cached: names recur within and across documents)."""
    return tuple(t.key for t in tokenize(name))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = lexicon.load("extraction.yaml")["segmentation"]
    boundary = re.compile(
        r"\n+|(?<=[.!?…])(?P<close>[\"'”’»)\]]*)\s+(?=[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ\u3400-\u9fff])"
        # Chinese full stops end a sentence with or without a space after them
        r"|(?<=[。！？])(?P<cjk>[」』”’）]*)\s*(?=\S)|" + data["tag"]
    )
    clause = re.compile(data["clause_breaks"], re.IGNORECASE)
    return boundary, clause, frozenset(a.lower() for a in data["abbreviations"])


def sentences(text: str) -> list[Sentence]:
    """Sentences as spans, split at line breaks, at sentence-final punctuation and at production tags."""
    boundary, _, abbreviations = _patterns()
    out: list[Sentence] = []
    start = 0
    for m in boundary.finditer(text):
        if m.group().startswith("["):  # a production tag stands alone
            _add(text, start, m.start(), out)
            _add(text, m.start(), m.end(), out)
            start = m.end()
            continue
        if m.group("close") is not None:
            end = m.end("close")
        elif m.group("cjk") is not None:
            end = m.end("cjk")
        else:
            end = m.start()
        if "\n" not in m.group() and _after_abbreviation(text, m.start(), abbreviations):
            continue
        _add(text, start, end, out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def _after_abbreviation(text: str, pos: int, abbreviations: frozenset[str]) -> bool:
    # pos is just after the punctuation run; look at the word that carries the period.
    head = text[max(0, pos - 12) : pos].rstrip("\"'”’»)] \t")
    if not head.endswith("."):
        return False
    word = re.search(r"([\w.]+)\.$", head)
    if not word:
        return False
    w = word.group(1).lower()
    return w in abbreviations or (len(w) == 1 and w.isalpha())


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def title_line(text: str) -> tuple[int, int]:
    """Start and end of the document's first line that is not blank: its title (the end is the text's
    end when it has a single line)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def clause_start(text: str, sentence: Sentence, pos: int) -> int:
    """Start of the clause holding `pos`: after the last clause break ("; ", ", and", ", tandis que")."""
    _, clause, _ = _patterns()
    start = sentence.start
    for m in clause.finditer(text, sentence.start, pos):
        start = m.end()
    return start


class SentenceIndex:
    """Which sentence holds a given offset."""

    __slots__ = ("_starts", "sentences")

    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, pos: int) -> int | None:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return None
