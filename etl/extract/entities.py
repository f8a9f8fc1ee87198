"""Regions, organizations and programs named in a document: known ones from the gazetteer, others found by
the patterns of the genre (acronyms defined in parentheses, company suffixes, "companies such as" lists,
appositions, English names ending with a designator, French descriptive names).

`find_entities` returns one table of entities under canonical English names and the mentions (spans)
that name them, which subject resolution uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter

from etl.extract import guarded, lexicon
from etl.extract.furniture import Furniture
from etl.extract.gazetteer import Hit, Known, gazetteer
from etl.extract.names_fr import FrenchName, head_keys, read_french_name, stands_for_its_place
from etl.extract.segment import Sentence, SentenceIndex, Token, name_keys, tokenize
from etl.extract.segment import phrase_key as alias_key
from etl.extract.spans import last, overlaps

# "5G" may start a name; an ordinal ("17th", "3e") may not: it ranks the name that follows it
_CAP = r"(?:[A-Z][A-Za-z0-9'’&-]*[A-Za-z0-9]|[A-Z]|(?![0-9]+(?:st|nd|rd|th|e|er|ème)\b)[0-9]+[A-Za-z][A-Za-z0-9-]*)"
_PAREN_WORD = r"\([A-Z][\w-]*\)"
_AND = guarded.compile(r"\s+(?:and|&)\s+")
_OF = guarded.compile(r"\b(?:of|de|du|des)\b")
_POSSESSOR = guarded.compile(r"\S+['’]s\s+")
_FIRST = guarded.compile(r"(\S+)\s+")
# Items of a list of names: separated by commas, "and", "or", "et", "ou".
_LIST_ITEM = guarded.compile(r"(?:(?!\s+(?:and|or|et|ou)\s)[^,])+")
_LIST_JOIN = guarded.compile(r"\s*(?:(?:and|or|et|ou)\s+)?")


@dataclass(slots=True)
class DocEntity:
    name: str
    type: str
    kind: str | None
    region: str | None
    known: bool
    aliases: list[str] = field(default_factory=list)  # surface forms seen, in order
    translations: list[str] = field(default_factory=list)  # English names read from its French names


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    entity: int  # index into EntityTable.entities
    possessive: bool = False  # "Shanghai's ..."


class EntityTable:
    """The document's entities, merged by alias key."""

    def __init__(self) -> None:
        self.entities: list[DocEntity] = []
        self._by_key: dict[str, int] = {}
        self.placeless: dict[str, list[int]] = {}  # French name without its place -> entities
        self.placed: set[int] = set()  # entities whose French name gave a place

    def rename(self, index: int, name: str) -> None:
        self.entities[index].name = name
        self._by_key.setdefault(alias_key(name), index)

    def index_of(self, name: str) -> int | None:
        return self._by_key.get(alias_key(name))

    def add(
        self,
        name: str,
        etype: str,
        kind: str | None,
        region: str | None,
        known: bool,
        *surfaces: str,
        keys_only: tuple[str, ...] = (),
    ) -> int:
        keys = [alias_key(s) for s in (name, *surfaces) if alias_key(s)] + list(keys_only)
        index = next((self._by_key[k] for k in keys if k in self._by_key), None)
        if index is None:
            self.entities.append(DocEntity(name, etype, kind, region, known))
            index = len(self.entities) - 1
        entity = self.entities[index]
        if known and not entity.known:  # a reference entity replaces a discovered one with its name
            entity.name, entity.type, entity.kind, entity.known = name, etype, kind, True
            entity.region = region or entity.region
        entity.region = entity.region or region
        for k in keys:
            self._by_key.setdefault(k, index)
        for s in surfaces:
            self.add_alias(index, s)
        return index

    def region_index(self, name: str) -> int | None:
        """The entity of the region `name` (a known region is added when the text names it only inside
        another name: "Shaoxing National High-tech Industrial Zone")."""
        index = self.index_of(name)
        if index is not None:
            return index
        known = gazetteer().lookup(alias_key(name))
        if known is None or known.type != "region":
            return None
        return self.add(known.name, known.type, known.kind, known.region, True)

    def add_alias(self, index: int, surface: str) -> None:
        surface = " ".join(surface.split())
        entity = self.entities[index]
        if surface and surface not in entity.aliases:
            entity.aliases.append(surface)
        key = alias_key(surface)
        if key:
            self._by_key.setdefault(key, index)


@dataclass(frozen=True, slots=True)
class _Rules:
    designator: re.Pattern[str]
    designator_kinds: dict[str, tuple[str, str]]
    company: re.Pattern[str]
    lowercase_designator: re.Pattern[str]
    enumeration: re.Pattern[str]
    enumeration_item: re.Pattern[str]
    apposition: re.Pattern[str]
    acronym: re.Pattern[str]
    paren_name: re.Pattern[str]
    stopwords: frozenset[str]
    generic: frozenset[str]
    lowercase_kinds: dict[str, tuple[str, str]]
    surnames: frozenset[str]
    prepositions: frozenset[str]


def _hyphen_case(pattern: str) -> str:
    """"High-Tech" also matches "High-tech": the word after a hyphen is written either way."""
    return re.sub(r"\\-([A-Za-z])", lambda m: rf"\-[{m[1].upper()}{m[1].lower()}]", pattern)


@cache
def _rules() -> _Rules:
    data = lexicon.load("extraction.yaml")["entities"]
    designators = sorted(data["designators"], key=lambda d: -len(d[0]))
    desig_alt = "|".join(_hyphen_case(re.escape(d[0]).replace(r"\ ", r"\s+")) for d in designators)
    conn = r"(?:of|and|for|the|&|de|du|des|la|le|par|on)"
    name = rf"(?:{_CAP}[ \t\u00a0]+(?:{conn}[ \t\u00a0]+){{0,2}}){{1,7}}"  # a name never spans lines
    tail = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|and|for|the|&)\s+)?{_CAP}){{0,4}})?"
    tail += r"(?:\s+\([A-Z][a-z'’-]{2,20}\))?"  # "... University (Guangzhou)": a campus named by its city
    suffixes = "|".join(data["company_suffixes"])
    company_name = rf"(?:{_CAP}|{_PAREN_WORD})(?:\s+(?:{_CAP}|{_PAREN_WORD})){{0,4}}"
    descriptive = "|".join(re.escape(w) for w in sorted(data["descriptive_words"], key=len, reverse=True))
    lower_desig = "|".join(re.escape(w) for w in data["lowercase_designators"])
    item = rf"(?:{_CAP}|{_PAREN_WORD})(?:[ \t]+(?:{_CAP}|{_PAREN_WORD}|&|of|de)){{0,5}}"
    lowercase_kinds = {}
    for d in designators:
        last = d[0].split()[-1].lower()
        lowercase_kinds.setdefault(last, (d[1], d[2]))
    return _Rules(
        designator=guarded.compile(rf"(?<![\w-])(?P<name>{name}(?:{desig_alt}){tail})(?![\w-])"),
        designator_kinds={alias_key(d[0]): (d[1], d[2]) for d in designators},
        company=guarded.compile(rf"(?<![\w-])(?P<name>{company_name}\s+(?:{suffixes})(?:,?\s+(?:{suffixes}))*)(?![\w-])"),
        lowercase_designator=guarded.compile(
            rf"(?<![\w-])(?P<name>(?:{_CAP}[ \t]+){{0,2}}{_CAP}(?:\s+(?:{descriptive})){{1,6}}\s+(?:{lower_desig}))\b"
        ),
        enumeration=guarded.compile(data["enumeration"], re.IGNORECASE),
        enumeration_item=guarded.compile(item),
        apposition=guarded.compile(data["apposition"]),
        acronym=guarded.compile(rf"\(\s*(?P<acro>{data['acronym']})\s*\)"),
        paren_name=guarded.compile(r"\(\s*(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4})\s*\)"),
        stopwords=frozenset(data["name_stopwords"]),
        generic=frozenset(w.lower() for w in data["generic_words"]),
        lowercase_kinds=lowercase_kinds,
        surnames=frozenset(w.lower() for w in data["surnames"]),
        prepositions=frozenset(lexicon.load("extraction.yaml")["subjects"]["prepositions"]),
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    name: str
    type: str
    kind: str | None
    region: str | None
    surfaces: tuple[str, ...]
    priority: int  # higher wins an overlap of equal length
    french: FrenchName | None = None  # set for French descriptive names
    context_place: str | None = None  # the region the sentence is about, for a French name without place


def find_entities(
    text: str, tokens: list[Token], furniture: Furniture, sentences: list[Sentence] | None = None
) -> tuple[EntityTable, list[Mention]]:
    """Entities and their mentions, left to right."""
    rules = _rules()
    table = EntityTable()
    hits = _disambiguate([h for h in gazetteer().find(text, tokens) if furniture.kind_at(h.start) != "page"])
    token_at = _token_index(tokens)
    candidates: list[_Candidate] = []
    candidates += _acronyms(text, tokens, token_at, hits, rules)
    candidates += _french_names(text, tokens, hits, rules, sentences, token_at)
    candidates += _designated(text, rules, hits)
    candidates += _companies(text, rules, hits)
    candidates += _enumerated(text, rules)
    candidates += _appositions(text, rules)
    candidates = [c for c in candidates if furniture.kind_at(c.start) != "page"]

    dominant = _dominant_regions(hits)
    spans: list[tuple[int, int, int, object]] = [(h.start, h.end, 2, h) for h in hits]
    spans += [(c.start, c.end, c.priority, c) for c in candidates]
    # Of overlapping names the longest wins (then the reference's), wherever it starts; names are then
    # registered in reading order, which French names without a place rely on.
    taken = bytearray(len(text) + 1)
    chosen = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), -s[2], s[0])):
        if not any(taken[span[0] : span[1]]):
            taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            chosen.append(span)
    mentions: list[Mention] = []
    for start, end, _, item in sorted(chosen, key=lambda s: s[0]):
        index = _register(table, item, hits, dominant)
        if index is not None:
            mentions.append(Mention(start, end, index, text[end : end + 2] in ("'s", "’s")))
    mentions = _rescan(text, tokens, table, mentions, furniture)
    return table, mentions


def _register(table: EntityTable, item: object, hits: list[Hit], dominant: dict[str, str]) -> int | None:
    if isinstance(item, Hit):
        k = item.known
        return table.add(k.name, k.type, k.kind, k.region if k.type != "region" else None, True, item.surface)
    assert isinstance(item, _Candidate)
    if item.french is not None:
        return _register_french(table, item, dominant)
    inner = [h for h in hits if item.start <= h.start and h.end <= item.end]
    known = _known_inside(item, inner)
    if known is not None:
        return table.add(known.name, known.type, known.kind, known.region, True, *item.surfaces)
    region = item.region or next((h.known.name for h in inner if h.known.type == "region"), None)
    return table.add(item.name, item.type, item.kind, region, False, *item.surfaces)


def _disambiguate(hits: list[Hit]) -> list[Hit]:
    """Pick, for a name several regions share, the one whose parent the document also names; and read a
    district from a city the document never names as a typo of a district it does name, one letter apart
    ("Wuchan" in a text about Wuchang)."""
    context = {h.known.name for h in hits if not h.alternatives}
    # a district's own parent does not count: only what else the text names
    context |= {
        h.known.region
        for h in hits
        if not h.alternatives and h.known.region and h.known.kind not in _LOCAL_KINDS
    }
    districts = {h.known for h in hits if h.known.kind in _LOCAL_KINDS and h.known.region in context}
    out = []
    for h in hits:
        if h.alternatives:
            fitting = [k for k in (h.known, *h.alternatives) if k.region in context]
            if fitting:
                h = replace(h, known=fitting[0], alternatives=())
        elif h.known.kind in _LOCAL_KINDS and h.known.region not in context:
            near = [d for d in districts if d.kind == h.known.kind and _one_apart(d.name, h.known.name)]
            if len(near) == 1:
                h = replace(h, known=near[0])
        out.append(h)
    return out


_LOCAL_KINDS = frozenset({"district", "county"})


def _one_apart(a: str, b: str) -> bool:
    """Whether two names differ by one inserted, deleted or replaced letter (keys compared)."""
    x, y = alias_key(a).replace(" ", ""), alias_key(b).replace(" ", "")
    if abs(len(x) - len(y)) > 1 or x == y:
        return False
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i:] == y[i + 1 :] or (len(x) == len(y) and x[i + 1 :] == y[i + 1 :])


def _dominant_regions(hits: list[Hit]) -> dict[str, str]:
    """The most mentioned region of each kind: what "du district" or "de la ville" refers to."""
    counts: dict[tuple[str, str], int] = {}
    for h in hits:
        if h.known.type == "region":
            counts[(h.known.kind, h.known.name)] = counts.get((h.known.kind, h.known.name), 0) + 1
    out: dict[str, str] = {}
    for kind, name in sorted(counts, key=lambda kn: -counts[kn]):
        out.setdefault(kind, name)
    return out


def _register_french(table: EntityTable, item: _Candidate, dominant: dict[str, str]) -> int:
    """A French name joins the entity of the same name: one without a place merges into the only entity
    of that name; one with a place completes an entity that had none ("la communauté ..." then "la
    communauté ... de Yuhang")."""
    french = item.french
    assert french is not None
    surface = item.surfaces[0]
    if item.region is not None and stands_for_its_place(french):
        index = table.region_index(item.region)
        if index is not None:
            table.add_alias(index, surface)
            return index
    same = table.placeless.get(french.key, [])
    place = french.place
    region = item.region
    if place is None and french.place_kind is not None:
        region = dominant.get(french.place_kind) or (
            dominant.get("city") if french.place_kind == "municipality" else dominant.get("municipality")
        )
        place = region
    if place is None:
        if len(same) == 1:
            table.add_alias(same[0], surface)
            return same[0]
        place = item.context_place
    name = f"{place} {french.english}" if place else french.english
    known = gazetteer().lookup(alias_key(name))
    if known is not None and known.type == item.type:
        index = table.add(known.name, known.type, known.kind, known.region, True, surface)
        if name not in table.entities[index].translations:
            table.entities[index].translations.append(name)
        return index
    unplaced = [i for i in same if i not in table.placed]
    if place is not None and len(unplaced) == 1 and table.index_of(name) is None:
        index = unplaced[0]
        entity = table.entities[index]
        table.rename(index, name)
        entity.region = entity.region or region
    else:
        index = table.add(name, item.type, item.kind, region, False, surface)
    table.add_alias(index, surface)
    if index not in table.placeless.setdefault(french.key, []):
        table.placeless[french.key].append(index)
    if place is not None:
        table.placed.add(index)
    return index


def _known_inside(item: _Candidate, inner: list[Hit]) -> Known | None:
    """A known program or organization that a found name only decorates: with a region before it
    ("Beijing Zhongguancun Science Park") or modifiers before its last words ("Nasdaq-style <known board>")."""
    for h in inner:
        if h.known.type == "region":
            continue
        # "Nasdaq-style <known board>" decorates the known name; "<committee> of the <known party>" does not
        decorated = h.end == item.end and not _OF.search(item.name[: h.start - item.start])
        if decorated or alias_key(h.known.name) == alias_key(item.name):
            return h.known
    gaz = gazetteer()
    keys = name_keys(item.name)
    for size in (0, 1, 2, 3):
        if size and not (len(keys) > size and (r := gaz.lookup(" ".join(keys[:size]))) and r.type == "region"):
            continue
        known = gaz.lookup(" ".join(keys[size:]))
        if known is not None and known.type == item.type:
            return known
    return None


def _strip_stopwords(name: str, start: int, rules: _Rules) -> tuple[str, int]:
    """Drop what precedes a name: sentence-opening words, connectors, and a possessor ("Shanghai's")."""
    possessor = last(_POSSESSOR.finditer(name))
    if possessor is not None:
        name, start = name[possessor.end() :], start + possessor.end()
    while True:
        m = _FIRST.match(name)
        if not m or not (m.group(1) in rules.stopwords or m.group(1)[:1].islower()):
            return name, start
        name, start = name[m.end() :], start + m.end()


def _acronyms(
    text: str, tokens: list[Token], token_at: dict[int, int], hits: list[Hit], rules: _Rules
) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in rules.acronym.finditer(text):
        acro = m.group("acro")
        window_start = max(0, m.start() - 160)
        cut = max(text.rfind("\n", window_start, m.start()), text.rfind(". ", window_start, m.start()))
        window_start = max(window_start, cut + 1)
        words = list(re.finditer(r"\S+", text[window_start : m.start()]))
        size = _long_form(acro, [w.group() for w in words])
        if size is None:
            continue
        start = window_start + words[-size].start()
        long_form = text[start : window_start + words[-1].end()]
        long_form, start = _strip_stopwords(long_form, start, rules)
        if not long_form[:1].isupper():
            continue
        hit = next((h for h in hits if h.start == start and h.end == start + len(long_form)), None)
        if hit is not None:
            k = hit.known
            out.append(_Candidate(start, m.end(), k.name, k.type, k.kind, k.region, (long_form, acro), 3))
            continue
        etype, kind = _designation(long_form, rules)
        out.append(_Candidate(start, m.end(), long_form, etype, kind, None, (long_form, acro), 3))
    for m in rules.paren_name.finditer(text):
        if rules.acronym.fullmatch(m.group()):
            continue
        long_form = _french_long_form(text, m.start(), rules)
        if long_form is None:
            continue
        start, french = long_form
        surface = text[start : m.start()].rstrip()
        out.append(
            _Candidate(start, m.end(), m.group("name"), french.type, french.kind, None, (surface, m.group("name")), 3)
        )
    return out


def _french_long_form(text: str, paren: int, rules: _Rules) -> tuple[int, _Candidate] | None:
    """"le Campus international d'innovation ... de Hefei (Hefei BioCampus)": the French name, starting
    with a capitalised head, that runs up to the parenthesis; the English name is the one in it."""
    window_start = max(0, paren - 200)
    cut = max(text.rfind("\n", window_start, paren), text.rfind(". ", window_start, paren))
    window_start = max(window_start, cut + 1)
    before = text[window_start:paren]
    found = _french_names(before, tokenize(before), [], rules)
    whole = [c for c in found if not before[c.end :].strip()]
    if whole:
        return window_start + whole[-1].start, whole[-1]
    candidates = [c for c in found if before[c.start : c.start + 1].isupper()]
    if not candidates:
        return None
    french = candidates[-1]
    rest = before[french.end :]
    if len(rest.split()) > 8 or any(p in rest for p in ".;:!?«»()"):
        return None
    return window_start + french.start, french


def _long_form(short: str, words: list[str]) -> int | None:
    """Schwartz-Hearst: how many of the last `words` spell `short` in order (the shortest such end)."""
    letters = [c.lower() for c in short if c.isalnum()]
    limit = min(len(letters) + 5, len(letters) * 2)
    candidate = " ".join(words[-limit:])
    s_i, l_i = len(letters) - 1, len(candidate) - 1
    while s_i >= 0:
        c = letters[s_i]
        while l_i >= 0 and (
            candidate[l_i].lower() != c or (s_i == 0 and l_i > 0 and candidate[l_i - 1].isalnum())
        ):
            l_i -= 1
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    size = len(candidate[candidate.rfind(" ", 0, l_i + 1) + 1 :].split())
    return size if 0 < size <= limit else None


def _designation(name: str, rules: _Rules) -> tuple[str, str | None]:
    """Type and kind from the designator a name ends with, or before its "of ..." tail."""
    key = alias_key(re.sub(r"\s+(?:of|for)\s+.*$", "", name))
    words = key.split()
    for size in range(min(6, len(words)), 0, -1):
        found = rules.designator_kinds.get(" ".join(words[-size:]))
        if found:
            return found
    return "organization", None


def _designated(text: str, rules: _Rules, hits: list[Hit]) -> list[_Candidate]:
    out = []
    known_ends = {h.end for h in hits if h.known.type != "region"}
    for m in rules.designator.finditer(text):
        whole, whole_start = _strip_stopwords(m.group("name"), m.start("name"), rules)
        for name, start in _split_names(whole, whole_start, rules, known_ends):
            if len(name.split()) < 2 or len(name.split()) > 12:
                continue
            if alias_key(name) in rules.designator_kinds:
                continue  # "the Science Park": a designator alone names no new entity
            etype, kind = _designation(name, rules)
            out.append(_Candidate(start, start + len(name), name, etype, kind, None, (name,), 1))
    for m in rules.lowercase_designator.finditer(text):
        name, start = _strip_stopwords(m.group("name"), m.start("name"), rules)
        words = name.split()
        if len(words) < 2 or words[0].lower() in rules.generic:
            continue
        etype, kind = rules.lowercase_kinds.get(words[-1].lower(), ("program", None))
        title = " ".join(w if w[:1].isupper() or w in ("and", "of") else _title(w) for w in words)
        out.append(_Candidate(start, start + len(name), title, etype, kind, None, (name,), 0))
    return out


def _split_names(
    name: str, start: int, rules: _Rules, known_ends: set[int] | frozenset[int] = frozenset()
) -> list[tuple[str, int]]:
    """"Tianjin University and Nankai University" is two names: split at "and" when the part before it
    ends with a designator too, or with a name the reference knows ("Huazhong University of Science and
    Technology and Wuhan University")."""
    parts: list[tuple[str, int]] = []
    offset = 0
    for m in _AND.finditer(name):
        head = name[offset : m.start()]
        if _ends_designated(head, rules) or start + m.start() in known_ends:
            parts.append((head, start + offset))
            offset = m.end()
    parts.append((name[offset:], start + offset))
    return parts


def _ends_designated(name: str, rules: _Rules) -> bool:
    words = alias_key(name).split()
    return any(" ".join(words[-size:]) in rules.designator_kinds for size in range(1, min(5, len(words)) + 1))


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _companies(text: str, rules: _Rules, hits: list[Hit]) -> list[_Candidate]:
    out = []
    for m in rules.company.finditer(text):
        name, start = _strip_stopwords(m.group("name"), m.start("name"), rules)
        words = [w.strip("(),.").lower() for w in name.split()]
        if len(words) < 2 or all(w in rules.generic or not w for w in words[:-1]):
            continue
        out.append(_Candidate(start, start + len(name), name.rstrip(","), "organization", "company", None, (name,), 1))
    return out


def _enumerated(text: str, rules: _Rules) -> list[_Candidate]:
    out = []
    for m in rules.enumeration.finditer(text):
        pos = m.end()
        stop = re.search(r"[.;:!?\n]", text[pos:])
        end = pos + (stop.start() if stop else len(text) - pos)
        for part in _LIST_ITEM.finditer(text, pos, end):
            piece_start = part.start()
            lead = _LIST_JOIN.match(text, piece_start, part.end())
            item_start = lead.end() if lead else piece_start
            item = rules.enumeration_item.match(text, item_start, part.end())
            if item is None:
                break
            name = item.group().strip()
            if name.split()[0] in rules.stopwords:
                break
            end_of_name = item_start + len(name)
            out.append(_Candidate(item_start, end_of_name, name, "organization", "company", None, (name,), 1))
            if text[item_start + len(name) : part.end()].strip():
                break  # the list ended inside this piece ("Qiyuan Tech, contribuant ...")
    return out


def _appositions(text: str, rules: _Rules) -> list[_Candidate]:
    out = []
    for m in rules.apposition.finditer(text):
        name, start = _strip_stopwords(m.group("name"), m.start("name"), rules)
        words = name.split()
        if name in rules.stopwords or name.lower() in rules.generic or not re.search(r"[A-Za-z]{2}", name):
            continue
        if start > m.start("name") and m.group("name").split()[0].lower() in rules.prepositions:
            continue  # "In Longgang, the company ...": a place, not the company's name
        if len(words) == 2 and words[0].lower() in rules.surnames:
            continue  # "Wu Qinan, ...": a person
        out.append(_Candidate(start, start + len(name), name, "organization", "company", None, (name,), 1))
    return out


def _token_index(tokens: list[Token]) -> dict[int, int]:
    """Token index by start offset."""
    return dict(zip(map(itemgetter(0), tokens), range(len(tokens)), strict=True))


def _french_names(
    text: str,
    tokens: list[Token],
    hits: list[Hit],
    rules: _Rules,
    sentences: list[Sentence] | None = None,
    token_at: dict[int, int] | None = None,
) -> list[_Candidate]:
    heads = head_keys()
    places: dict[int, int] = {}
    if token_at is None:
        token_at = _token_index(tokens)
    region_at: dict[int, str] = {}
    for h in hits:
        i = token_at.get(h.start)
        if i is None:
            continue
        j = i
        while j < len(tokens) and tokens[j].end <= h.end:
            j += 1
        places[i] = j
        if h.known.type == "region":
            region_at[i] = h.known.name
    index = SentenceIndex(sentences or [])
    out = []
    for i, t in enumerate(tokens):
        if t.key not in heads:
            continue
        found: FrenchName | None = read_french_name(text, tokens, i, places, rules.stopwords)
        if found is None or _INDEFINITE_BEFORE.search(text, max(0, found.start - 8), found.start):
            continue  # ", un parc industriel de Hefei": an apposition describes the name before it
        region = region_at.get(found.place_token) if found.place_token is not None else None
        context = None
        if found.place is None and found.place_kind is None and sentences:
            context = _sentence_region(index, hits, found.start)
        out.append(
            _Candidate(found.start, found.end, found.english, found.type, found.kind, region,
                       (text[found.start : found.end],), 2, found, context)
        )
    return out


def _sentence_region(index: SentenceIndex, hits: list[Hit], pos: int) -> str | None:
    """The first city, district or province named in the sentence before `pos`."""
    i = index.at(pos)
    if i is None:
        return None
    start = index.sentences[i].start
    for h in hits:
        if start <= h.start < pos and h.known.type == "region" and h.known.kind in _PLACE_KINDS:
            return (h.surface if h.surface[:1].isupper() else h.known.name).replace("’", "'")
    return None


_PLACE_KINDS = frozenset({"city", "municipality", "district", "county", "province", "autonomous_region"})
_INDEFINITE_BEFORE = guarded.compile(r"[,(]\s*(?:un|une|a|an)\s+$", re.IGNORECASE)


def _rescan(
    text: str, tokens: list[Token], table: EntityTable, mentions: list[Mention], furniture: Furniture
) -> list[Mention]:
    """Later mentions of discovered entities by any of their names ("HIPS" after its definition)."""
    by_first: dict[str, list[tuple[tuple[str, ...], int, str | None]]] = {}
    for index, entity in enumerate(table.entities):
        if entity.known:
            continue
        for surface in (entity.name, *entity.aliases):
            keys = name_keys(surface)
            exact = surface if surface.isupper() and " " not in surface else None
            if keys:
                by_first.setdefault(keys[0], []).append((keys, index, exact))
    if not by_first:
        return mentions
    for group in by_first.values():
        group.sort(key=lambda g: -len(g[0]))
    starts = sorted((m.start, m.end) for m in mentions)
    out = list(mentions)
    keys = [t.key for t in tokens]
    i, n = 0, len(tokens)
    while i < n:
        group = by_first.get(keys[i])
        if group is None:
            i += 1
            continue
        step = 1
        for names, index, exact in group:
            size = len(names)
            if i + size > n or tuple(keys[i : i + size]) != names:
                continue
            start, end = tokens[i].start, tokens[i + size - 1].end
            if exact is not None and text[start:end] != exact:
                continue
            if overlaps(starts, start, end) or furniture.kind_at(start) == "page":
                continue
            out.append(Mention(start, end, index, tokens[i + size - 1].possessive))
            table.add_alias(index, text[start:end])
            step = size
            break
        i += step
    out.sort(key=lambda m: m.start)
    return out
