"""Known regions, organizations and programs (from `etl.reference`) found in a document's tokens.

Names and aliases are compared by the alias key of each word (accents, case, apostrophes and hyphens
folded). Region names also match with their generic words ("Hefei City", "ville de Wuhan",
"district de Nanshan") and, for names of six letters or more, with one typo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl import reference
from etl.extract import lexicon
from etl.extract.segment import Token, tokenize


@dataclass(frozen=True, slots=True)
class Known:
    """A reference entity as the extractor needs it."""

    name: str
    type: str  # region | organization | program
    kind: str
    region: str | None  # parent region of a region; home region of an organization or program


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    known: Known
    surface: str
    alternatives: tuple[Known, ...] = ()  # other entities of the same name ("Huangpu District")


@dataclass(frozen=True, slots=True)
class _Alias:
    keys: tuple[str, ...]
    known: int  # index into Gazetteer.entries
    exact_case: str | None  # an acronym must be written as in the reference ("CAS" is not "cas")
    needs_capital: bool  # a lower-case alias may match lower-case text; others need a capitalised word
    others: tuple[int, ...] = ()  # more entities sharing this name, told apart by the document's context


class Gazetteer:
    def __init__(
        self,
        entries: list[Known],
        aliases: list[_Alias],
        suffixes: dict[str, frozenset[str]],
        prefixes: dict[tuple[str, ...], frozenset[str]],
        surnames: frozenset[str],
    ) -> None:
        self.entries = entries
        # Candidates by their first two words (multi-word names) or first word (one-word names).
        self._by_pair: dict[tuple[str, str], list[_Alias]] = {}
        self._single: dict[str, list[_Alias]] = {}
        for a in aliases:
            if len(a.keys) > 1:
                self._by_pair.setdefault((a.keys[0], a.keys[1]), []).append(a)
            else:
                self._single.setdefault(a.keys[0], []).append(a)
        for group in self._by_pair.values():
            group.sort(key=lambda a: -len(a.keys))
        self._firsts = {a.keys[0] for a in aliases}
        self._by_key = {" ".join(a.keys): a.known for a in aliases if a.exact_case is None}
        # Frequent capitalised words are never a misspelt place name.
        self._common = {"the", "le", "la", "les", "in", "en", "de", "and", "et", "it", "il", "elle"}
        self._suffixes = suffixes
        self._prefixes = sorted(prefixes.items(), key=lambda p: -len(p[0]))
        self._surnames = surnames
        self._fuzzy: dict[str, set[int]] = {}
        for a in aliases:
            joined = " ".join(a.keys)
            if entries[a.known].type != "region":
                continue
            if a.exact_case is None and len(joined.replace(" ", "")) >= 6 and len(a.keys) <= 2:
                for variant in _deletions(joined):
                    self._fuzzy.setdefault(variant, set()).add(a.known)
        self._exact = {
            " ".join(a.keys): a.known
            for a in aliases
            if a.exact_case is None and len(a.keys) <= 2 and entries[a.known].type == "region"
        }
        self._fuzzy_cache: dict[str, int | None] = {}
        self._names: dict[int, list[str]] = {}
        for key, index in self._exact.items():
            self._names.setdefault(index, []).append(key)

    def find(self, text: str, tokens: list[Token]) -> list[Hit]:
        """Longest known names, left to right, over the tokens of `text`."""
        hits: list[Hit] = []
        keys = [t.key for t in tokens]
        firsts, by_pair, single = self._firsts, self._by_pair, self._single
        i, n = 0, len(tokens)
        while i < n:
            key = keys[i]
            if key in firsts and (key in single or (i + 1 < n and (key, keys[i + 1]) in by_pair)):
                best = self._longest(text, tokens, keys, i)
                if best is not None:
                    hits.append(self._hit(text, tokens, i, best, hits))
                    i += best[0]
                    continue
            if text[tokens[i].start].isupper() and key not in self._common and not (
                i and keys[i - 1] in self._surnames
            ):
                fuzzy = self._fuzzy_at(tokens, keys, i)
                if fuzzy is not None:
                    hits.append(self._hit(text, tokens, i, (fuzzy[0], _Alias((), fuzzy[1], None, True)), hits))
                    i += fuzzy[0]
                    continue
            i += 1
        return hits

    def _longest(self, text: str, tokens: list[Token], keys: list[str], i: int) -> tuple[int, _Alias] | None:
        n = len(keys)
        pair = self._by_pair.get((keys[i], keys[i + 1]), ()) if i + 1 < n else ()
        for group in (pair, self._single.get(keys[i], ())):
            for alias in group:  # longest first
                size = len(alias.keys)
                if i + size > n or (size > 2 and tuple(keys[i + 2 : i + size]) != alias.keys[2:]):
                    continue
                if self._case_ok(text, tokens[i : i + size], alias):
                    return size, alias
        return None

    def lookup(self, key: str) -> Known | None:
        """The entity whose name or alias has this alias key (acronyms excepted)."""
        index = self._by_key.get(key)
        return None if index is None else self.entries[index]

    def _hit(self, text: str, tokens: list[Token], i: int, found: tuple[int, _Alias], hits: list[Hit]) -> Hit:
        size, alias = found
        known = self.entries[alias.known]
        start, end = tokens[i].start, tokens[i + size - 1].end
        if known.type == "region":
            # generic words around a region name belong to the mention ("Anhui Province", "ville de Wuhan")
            j = i + size
            if (
                j < len(tokens)
                and known.kind in self._suffixes.get(tokens[j].key, ())
                and _adjacent(text, tokens[j - 1], tokens[j])
            ):
                end = tokens[j].end
            previous_end = hits[-1].end if hits else 0
            before = tokens[i - 1].key if i else None
            for prefix, kinds in self._prefixes:
                k = i - len(prefix)
                if (
                    prefix[-1] == before  # the cheap half of the comparison below
                    and known.kind in kinds
                    and k >= 0
                    and tokens[k].start >= previous_end
                    and tuple(t.key for t in tokens[k:i]) == prefix
                ):
                    start = tokens[k].start
                    break
        return Hit(start, end, known, text[start:end], tuple(self.entries[k] for k in alias.others))

    @staticmethod
    def _case_ok(text: str, span: list[Token], alias: _Alias) -> bool:
        if alias.exact_case is not None:
            return text[span[0].start : span[-1].end] == alias.exact_case
        if not alias.needs_capital:
            return True
        return any(_proper(t.text) for t in span)

    def _fuzzy_at(self, tokens: list[Token], keys: list[str], i: int) -> tuple[int, int] | None:
        """(size, entry) for a one-typo match of a capitalised region name of six letters or more."""
        if not tokens[i].text[:1].isupper() or len(keys[i]) < 3:
            return None
        for size in (2, 1):
            if i + size > len(tokens) or (size == 2 and not tokens[i + 1].text[:1].isupper()):
                continue
            found = self._fuzzy_key(f"{keys[i]} {keys[i + 1]}" if size == 2 else keys[i])
            if found is not None:
                return size, found
        return None

    def _fuzzy_key(self, joined: str) -> int | None:
        cached = self._fuzzy_cache.get(joined, -2)
        if cached != -2:
            return cached
        result: int | None = None
        if len(joined.replace(" ", "")) >= 6 and joined not in self._exact:
            found: set[int] = set(self._fuzzy.get(joined, ()))
            for variant in _deletions(joined):
                if variant in self._exact:
                    found.add(self._exact[variant])
                found |= self._fuzzy.get(variant, set())
            candidates = {k for k in found if _same_ends(joined, self._names.get(k, []))}
            if len(candidates) == 1:
                result = candidates.pop()
        self._fuzzy_cache[joined] = result
        return result


_DISAMBIGUATOR = re.compile(r"\s*\([^)]*\)\s*$")


def _proper(word: str) -> bool:
    """Capitalised, a digit or CJK: the first character of a word that can start a name."""
    c = word[:1]
    # "iFlytek", "eHi": a capital inside a word marks a brand name too
    return c.isupper() or c.isdigit() or "\u3400" <= c <= "\u9fff" or any(ch.isupper() for ch in word[1:])


def _adjacent(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start].strip() in ("", "-")


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _same_ends(typed: str, names: list[str]) -> bool:
    # A typo inside a name ("Shenzen" for "Shenzhen"), not a different ending ("Germans" for "Germany").
    return any(typed[:1] == n[:1] and typed[-1:] == n[-1:] for n in names)


def _alias_entry(name: str, index: int) -> _Alias | None:
    tokens = tokenize(name)
    if not tokens:
        return None
    keys = tuple(t.key for t in tokens)
    stripped = name.strip()
    acronym = len(tokens) == 1 and stripped.isupper() and len(stripped) <= 8 and stripped.isascii()
    return _Alias(
        keys=keys,
        known=index,
        exact_case=stripped if acronym else None,
        needs_capital=any(c.isupper() for c in name) or any("\u3400" <= c <= "\u9fff" for c in name),
    )


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer of the reference data (built once per process)."""
    rules = lexicon.load("extraction.yaml")["entities"]
    suffixes = {w.lower(): frozenset(kinds) for w, kinds in rules["region_suffixes"].items()}
    prefixes = {tuple(t.key for t in tokenize(p)): frozenset(kinds) for p, kinds in rules["region_prefixes"].items()}
    surnames = frozenset(w.lower() for w in rules["surnames"])
    entries: list[Known] = []
    aliases: list[_Alias] = []
    taken: set[tuple[str, ...]] = set()

    def add(names: list[str], known: Known) -> None:
        entries.append(known)
        index = len(entries) - 1
        for n in names:
            entry = _alias_entry(n, index)
            if entry is not None and entry.keys not in taken:
                taken.add(entry.keys)
                aliases.append(entry)

    for r in reference.regions():
        add([r.name, *(a for a, _ in r.aliases)], Known(r.name, "region", r.kind, r.parent))
    for e in (*reference.organizations(), *reference.programs()):
        add([e.name, *(a for a, _ in e.aliases)], Known(e.name, e.type, e.kind, e.region))
    # A region's name without its disambiguator ("Huangpu District (Guangzhou)" -> "Huangpu District") or
    # its generic last word ("Nanshan District" -> "Nanshan"), when the reference does not use it.
    bases: dict[tuple[str, ...], list[int]] = {}
    for index, known in enumerate(entries):
        if known.type != "region":
            continue
        plain = _DISAMBIGUATOR.sub("", known.name)
        keys = tuple(t.key for t in tokenize(plain))
        variants = [keys] if plain != known.name else []
        if len(keys) > 1 and known.kind in suffixes.get(keys[-1], ()):
            variants.append(keys[:-1])
        for v in variants:
            bases.setdefault(v, []).append(index)
    for keys, indices in bases.items():
        if keys and keys not in taken:
            taken.add(keys)
            aliases.append(_Alias(keys, indices[0], None, True, tuple(indices[1:])))
    return Gazetteer(entries, aliases, suffixes, prefixes, surnames)
