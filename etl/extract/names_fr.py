"""French descriptive names of programs and organizations ("zone pilote de ... de Wuhan", "parc hi-tech
de X", "pôle d'innovation en ...") read from tokens and named in English through the glossary in
`seeds/reference/name_glossary.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.extract import lexicon
from etl.extract.segment import Token, tokenize

_STREETS = frozenset({"rue", "avenue", "boulevard", "route", "road", "street"})
_QUOTED_CODE = re.compile(r"\s*[«\"“]\s*([\w+\-.]{1,12})\s*[»\"”]")
# Only these may sit between two words of one name.
_JOIN = re.compile(r"[ \t\u00a0\u202f\-'’,]*")


@dataclass(frozen=True, slots=True)
class FrenchName:
    start: int  # offsets of the whole French name in the text
    end: int
    english: str  # English name without the place ("Sci-Tech Finance Reform Pilot Zone")
    type: str
    kind: str
    place: str | None  # the place as written ("Wuhan", "Nanshan"), if the name gives one
    place_token: int | None  # index of the place's first token
    place_kind: str | None  # "du district", "de la ville": the place is a region of this kind named elsewhere
    key: str  # folded French name without its place: how two mentions of one name are recognised


@dataclass(frozen=True, slots=True)
class _Glossary:
    heads: dict[tuple[str, ...], tuple[str, str, str]]
    adjectives: dict[str, str]
    complements: dict[tuple[str, ...], str]
    connectors: tuple[tuple[str, ...], ...]
    place_connectors: frozenset[tuple[str, ...]]
    place_nouns: dict[str, str]
    connector_words: frozenset[str]
    max_len: int
    max_head: int
    place_heads: frozenset[str]  # English of the heads that, with only a place, stand for the place


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


@cache
def _glossary() -> _Glossary:
    data = lexicon.load("name_glossary.yaml")
    heads = {_keys(k): (v[0], v[1], v[2]) for k, v in data["heads"].items()}
    complements = {_keys(k): v for k, v in data["complements"].items()}
    connectors = tuple(sorted((_keys(c) for c in data["connectors"]), key=len, reverse=True))
    return _Glossary(
        heads=heads,
        adjectives={_keys(k)[0]: v for k, v in data["adjectives"].items()},
        complements=complements,
        connectors=connectors,
        place_connectors=frozenset(_keys(c) for c in data["place_connectors"]),
        place_nouns={_keys(k)[0]: v for k, v in data["place_nouns"].items()},
        connector_words=frozenset(w for c in connectors for w in c),
        max_len=max(len(k) for k in (*heads, *complements)),
        max_head=max(len(k) for k in heads),
        place_heads=frozenset(heads[_keys(h)][0] for h in data.get("place_heads", ())),
    )


def _chunk(table: dict[tuple[str, ...], str] | dict[tuple[str, ...], tuple[str, str, str]],
           text: str, tokens: list[Token], i: int, limit: int) -> int:
    """Length of the longest glossary chunk at token i (0 if none)."""
    for size in range(min(limit, len(tokens) - i), 0, -1):
        key = tuple(t.key for t in tokens[i : i + size])
        if key in table and _joined(text, tokens, i, size):
            return size
    return 0


def _complement_at(text: str, tokens: list[Token], j: int, g: _Glossary) -> tuple[tuple[str, ...], int]:
    """(connector, chunk length) of the longest complement at token j, with or without a connector."""
    best: tuple[tuple[str, ...], int] = ((), 0)
    for connector in (*g.connectors, ()):
        if tuple(t.key for t in tokens[j : j + len(connector)]) != connector:
            continue
        k = j + len(connector)
        size = _chunk(g.complements, text, tokens, k, g.max_len) if k < len(tokens) else 0
        if size > best[1]:
            best = (connector, size)
    if not best[1]:
        for connector in g.connectors:
            if tuple(t.key for t in tokens[j : j + len(connector)]) == connector:
                return connector, 0
    return best


def _joined(text: str, tokens: list[Token], i: int, size: int) -> bool:
    return all(_JOIN.fullmatch(text[tokens[k].end : tokens[k + 1].start]) for k in range(i, i + size - 1))


def _proper(token: Token) -> bool:
    c = token.text[:1]
    return c.isupper() or c.isdigit()


def read_french_name(
    text: str, tokens: list[Token], i: int, places: dict[int, int], stopwords: frozenset[str]
) -> FrenchName | None:
    """A French descriptive name whose head starts at token i, or None.

    `places` maps the first token of each known region (or proper-name) mention to its last token + 1.
    """
    g = _glossary()
    size = _chunk(g.heads, text, tokens, i, g.max_head)
    if not size:
        return None
    english_head, etype, kind = g.heads[tuple(t.key for t in tokens[i : i + size])]
    j = i + size
    adjectives: list[str] = []
    complements: list[str] = []
    place: tuple[int, int] | None = None
    place_kind: str | None = None
    code: str | None = None
    french_words = 0
    n = len(tokens)
    while j < n:
        if not _JOIN.fullmatch(text[tokens[j - 1].end : tokens[j].start]):
            break
        if tokens[j].key in g.adjectives:
            adjectives.append(g.adjectives[tokens[j].key])
            j += 1
            continue
        connector, comp = _complement_at(text, tokens, j, g)
        k = j + len(connector)
        if comp and (connector or not complements):
            complements.append(g.complements[tuple(t.key for t in tokens[k : k + comp])])
            french_words += comp
            j = k + comp
            continue
        if k < n and connector and tokens[k].key in g.place_nouns:
            place_kind = g.place_nouns[tokens[k].key]
            name_stop = j
            j = k + 1
            break
        if k + 1 < n and connector and tokens[k].key in _STREETS and _proper(tokens[k + 1]):
            k += 1  # "zone fonctionnelle de la rue Nanjing Xilu": the street is the place
        bare_head = not connector and not adjectives and not complements and size == 1
        glued = not connector and text[tokens[k - 1].end : tokens[k].start].strip() if k < n else True
        if bare_head or glued:
            break  # "Under the plan, Nansha will...": an English word before a name, not a French name
        if k < n and (connector in g.place_connectors or not connector) and _proper(tokens[k]):
            if tokens[k].text not in stopwords:
                place_end = places.get(k, k + 1)
                while place_end < min(n, k + 4) and _proper(tokens[place_end]) and text[
                    tokens[place_end - 1].end : tokens[place_end].start
                ] in (" ", "-"):
                    place_end += 1  # "rue Jiefang Beilu", "Hefei Binhu"
                place = (k, place_end)
                name_stop = j
                j = place[1]
            break
        break
    if place is None and place_kind is None:
        name_stop = j
    end = tokens[j - 1].end
    quoted = _QUOTED_CODE.match(text, end)
    if quoted and place is None:
        code = quoted.group(1)
        end = quoted.end()
    capitalised = tokens[i].text[:1].isupper()
    if not (place or code or french_words >= 3 or (capitalised or place_kind) and complements):
        return None
    parts = [*adjectives, *reversed(complements), english_head]
    if code:
        parts.insert(0, f'"{code}"')
    # Connectors vary between mentions of one name ("disposition d'innovation", "disposition de l'innovation").
    key = " ".join(t.key for t in tokens[i:name_stop] if t.key not in g.connector_words)
    place_text = None
    if place:
        place_text = text[tokens[place[0]].start : tokens[place[1] - 1].end].replace("’", "'")
        end = max(end, tokens[place[1] - 1].end)
    return FrenchName(
        start=tokens[i].start,
        end=end,
        english=" ".join(parts),
        type=etype,
        kind=kind,
        place=place_text,
        place_token=place[0] if place else None,
        place_kind=place_kind,
        key=key + (f" {code}" if code else ""),
    )


def stands_for_its_place(name: FrenchName) -> bool:
    """"le pôle de Chengdu": a bare head of `place_heads` with a place names the place itself."""
    return name.place is not None and name.english in _glossary().place_heads


def head_keys() -> frozenset[str]:
    """First words of every head: where a French name can start."""
    return frozenset(k[0] for k in _glossary().heads)
