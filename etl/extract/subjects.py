"""Who a number is about: the subject named in its clause, or the antecedent of an anaphor ("the city",
"la ville", "elle", "its", "here") — the most recent fitting entity, or the subject of the last sentence
that named one (the topic)."""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass
from functools import cache

from etl.extract import guarded, lexicon
from etl.extract.entities import DocEntity, EntityTable, Mention
from etl.extract.segment import Sentence, Token, clause_start, title_line
from etl.extract.spans import last, overlaps

_WORD = guarded.compile(r"[\w'’]+")
_ELIDED = guarded.compile(r"[dl]['’]")
_HOME_KINDS = frozenset({"city", "municipality", "district", "county", "province", "autonomous_region", "sar"})
_BASED = guarded.compile(r"-(?:based|headquartered)\b", re.IGNORECASE)
_DETERMINER = guarded.compile(r"\b(?:the|this|that)(?=\s)", re.IGNORECASE)
_NEXT_WORD = guarded.compile(r"\s+([\w-]+)")


def _head_after(text: str, pos: int, heads: set[str]) -> tuple[int, str] | None:
    """(end, head) of the first of the next three words that starts with a head as a whole word ("the
    source", "this park-level"), or None: one scan of the text for every document, no pattern per document."""
    for _ in range(3):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return None
        word = m.group(1).lower()
        cut = word.find("-")
        stem = word if cut < 0 else word[:cut]
        if stem in heads:
            return m.start(1) + len(stem), stem
        pos = m.end()
    return None


_COUNTRY = frozenset({"country"})
_POSSESSIVE = guarded.compile(r"its|their|sa|son|ses|leur|leurs", re.IGNORECASE)
_ONE_WORD = guarded.compile(r"\s+[a-zà-ÿ][\w-]*\s+")
_PLURAL_KINDS = frozenset({"zone_network"})  # entities that are many: what "they", "elles" may stand for
_PLURAL_REACH = 3  # how many sentences back a plural pronoun looks for one
_ZONE_KIND = "high_tech_zone"  # the kind by which the anaphor "the zone", "la zone" is known
_TITLE_WEIGHT = 3  # a region in the title counts as three mentions
_SENTENCE_STOP = guarded.compile(r"[.!?;:\n«»\"“”]")


@dataclass(frozen=True, slots=True)
class _Anaphor:
    pattern: re.Pattern[str] | None
    types: frozenset[str]
    kinds: frozenset[str]
    topic: bool
    head: str | None = None  # "the source": the last word of the name it stands for
    speaker: bool = False  # "we", "nous": the place the document is about
    position: str | None = None  # "first" or "last" of the two names before ("the former", "la seconde")
    lead: str | None = None  # "la cité scientifique": the first two words of a French name it stands for
    plural: bool = False  # "they", "elles": a network of many named just before, if any


@dataclass(frozen=True, slots=True)
class _Rules:
    anaphora: tuple[_Anaphor, ...]
    combined: re.Pattern[str]
    non_referring: re.Pattern[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    relatives: re.Pattern[str]
    paired_with: re.Pattern[str]
    paired_after: re.Pattern[str]
    paired_after_end: re.Pattern[str]
    exclusion: re.Pattern[str]
    triggers: frozenset[str]  # first words of the anaphora patterns, as token keys
    national_title: re.Pattern[str]
    country: str
    capital_after: re.Pattern[str]
    capital_before: re.Pattern[str]
    capitals: dict[str, str]


@cache
def _rules() -> _Rules:
    data = lexicon.load("extraction.yaml")["subjects"]
    flags = re.IGNORECASE
    anaphora = tuple(
        _Anaphor(
            guarded.compile(a["pattern"], flags),
            frozenset(a.get("types", ())),
            frozenset(a.get("kinds", ())),
            bool(a.get("topic")),
            speaker=bool(a.get("speaker")),
            position=a.get("position"),
            plural=bool(a.get("plural")),
        )
        for a in data["anaphora"]
    )
    combined = "|".join(f"(?P<a{i}>{a['pattern']})" for i, a in enumerate(data["anaphora"]))
    return _Rules(
        anaphora=anaphora,
        combined=guarded.compile(combined, flags),
        non_referring=guarded.compile(data["non_referring"], flags),
        prepositions=frozenset(data["prepositions"]),
        determiners=frozenset(data["determiners"]),
        relatives=guarded.compile(data["relatives"], flags),
        paired_with=guarded.compile(data["paired_with"], flags),
        paired_after=guarded.compile(data["paired_after"], flags),
        paired_after_end=guarded.compile(data["paired_after_end"], flags),
        exclusion=guarded.compile(data["exclusion"], flags),
        triggers=frozenset(data["anaphora_triggers"]),
        national_title=guarded.compile(data["national_title"], flags),
        country=lexicon.load("open_metrics.yaml")["country"],
        capital_after=guarded.compile(data["capital_after"], flags),
        capital_before=guarded.compile(data["capital_before"], flags),
        capitals=dict(data["capitals"]),
    )


def _country(table: EntityTable) -> int:
    """The country's entity, added to the document's entities when the text does not name it."""
    country = _rules().country
    index = table.index_of(country)
    return index if index is not None else table.add(country, "region", "country", None, True)


def _elsewhere(table: EntityTable, e: DocEntity, home: int | None) -> bool:
    """Whether `e` lies in a city, district or province other than `home`."""
    if e.region is None:
        return False
    region = table.region_index(e.region)
    return region is not None and region != home and table.entities[region].kind in _HOME_KINDS


@dataclass(slots=True)
class Candidate:
    """An entity mention or a resolved anaphor inside a sentence."""

    start: int
    end: int
    entity: int | None  # None for an anaphor nothing fits
    anaphor: bool
    prepositional: bool  # "in Shenzhen", "de la ville": a complement, not the clause's subject
    modifier: bool  # "Shanghai's" before another name: it qualifies that name


class SubjectResolver:
    """Candidates of every sentence, anaphors resolved in reading order, and each sentence's subject."""

    def __init__(
        self, text: str, sentences: list[Sentence], mentions: list[Mention], table: EntityTable, tokens: list[Token]
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.table = table
        rules = _rules()
        items: list[tuple[int, int, int | None, _Anaphor | None, bool]] = [
            self._capital(text, m, table, rules) or (m.start, m.end, m.entity, None, m.possessive) for m in mentions
        ]
        # "the Fujian-based company": the place only locates the company the phrase refers to; "figures
        # exclude Hong Kong and Macao": the places are left out of the figures
        based = {m.start for m in mentions if _BASED.match(text, m.end)}
        excluded = [(x.start(), x.end()) for x in rules.exclusion.finditer(text)]
        based |= {m.start for m in mentions if any(a <= m.start < b for a, b in excluded)}
        taken = sorted((m.start, m.end) for m in mentions if m.start not in based)
        for token in tokens:
            if token.key not in rules.triggers:
                continue
            m = rules.combined.match(text, token.start)
            if m is None or overlaps(taken, m.start(), m.end()):
                continue
            if rules.non_referring.match(text, m.start()):
                continue
            anaphor = rules.anaphora[int(m.lastgroup[1:])] if m.lastgroup else None
            items.append((m.start(), m.end(), None, anaphor, False))
            insort(taken, (m.start(), m.end()))
        items += self._head_anaphora(text, table, taken)
        items.sort(key=lambda it: it[0])
        self._home = self._home_region(mentions, table, text, items)
        self.by_sentence: list[list[Candidate]] = [[] for _ in sentences]
        self.subject_of: list[int | None] = [None] * len(sentences)
        history: list[int] = []  # entities in reading order
        many: tuple[int, int] | None = None  # the last network of many named, and its sentence
        topic: int | None = None
        k = 0
        for si, sentence in enumerate(sentences):
            cands = self.by_sentence[si]
            sentence_subject: int | None = None
            while k < len(items) and items[k][0] < sentence.end:
                start, end, entity, anaphor, possessive = items[k]
                k += 1
                if start < sentence.start:
                    continue
                if anaphor is not None:
                    current_topic = sentence_subject if sentence_subject is not None else topic
                    entity = self._antecedent(anaphor, history, current_topic, many, si)
                elif entity is not None and self.table.entities[entity].kind in _PLURAL_KINDS:
                    # "178 national high-tech zones": a network named is what is counted or compared with;
                    # it is the subject only through "the zones", "they", "elles" that follow
                    many = (entity, si)
                    continue
                modifier = possessive and self._followed_by_name(end, items, k)
                if anaphor is not None and anaphor.topic and _POSSESSIVE.fullmatch(text, start, end):
                    # "its capital Zhengzhou", "sa filiale X": the name in apposition is who is meant
                    modifier = modifier or self._apposed_name(end, items, k)
                prepositional = start in based or self._prepositional(start, end)
                cand = Candidate(start, end, entity, anaphor is not None, prepositional, modifier)
                cands.append(cand)
                if entity is not None:
                    if anaphor is None or anaphor.position is None:
                        history.append(entity)  # "la première" must not become the last name for "la seconde"
                    named = sentence_subject is None and not cand.prepositional and not cand.modifier
                    if named and self.table.entities[entity].kind != "country":
                        sentence_subject = entity
            self.subject_of[si] = sentence_subject
            if sentence_subject is not None:
                topic = sentence_subject

    @staticmethod
    def _capital(text: str, m: Mention, table: EntityTable, rules: _Rules) -> tuple | None:
        """"Hunan's capital", "the Hunan capital", "la capitale du Hunan": a province named only to say
        which capital is meant stands for its capital city."""
        capital = rules.capitals.get(table.entities[m.entity].name)
        if capital is None:
            return None
        after = rules.capital_after.match(text, m.end)
        if after is None and not rules.capital_before.search(text, max(0, m.start - 16), m.start):
            return None
        index = table.region_index(capital)
        if index is None:
            return None
        return (m.start, after.end() if after else m.end, index, None, False)

    @staticmethod
    def _head_anaphora(text: str, table: EntityTable, taken: list[tuple[int, int]]) -> list[tuple]:
        """"the spallation source" after "China Spallation Neutron Source": a definite noun phrase ending
        with the last word of an organization's or program's name refers back to it."""
        heads = {e.name.split()[-1].lower() for e in table.entities if e.type != "region" and e.name.split()}
        heads = {h for h in heads if len(h) >= 4 and h.isalpha()}
        if not heads:
            return []
        out = []
        last_end = 0
        for det in _DETERMINER.finditer(text):
            if det.start() < last_end:
                continue
            found = _head_after(text, det.end(), heads)
            if found is None:
                continue
            end, head = found
            last_end = end
            if not overlaps(taken, det.start(), end):
                out.append((det.start(), end, None, _Anaphor(None, frozenset(), frozenset(), False, head), False))
        return out + SubjectResolver._french_head_anaphora(text, table, taken)

    @staticmethod
    def _french_head_anaphora(text: str, table: EntityTable, taken: list[tuple[int, int]]) -> list[tuple]:
        """"la Cité scientifique" after "la Cité scientifique de l'ouest de la Chine": a definite noun phrase
        made of the first two words of a French name refers back to it (French puts the head noun first)."""
        leads = set()
        for e in table.entities:
            if e.type == "region":
                continue
            for alias in e.aliases:
                words = alias.split()
                if len(words) >= 3 and words[0][:1].isalpha() and words[1].isalpha() and len(words[1]) >= 5:
                    leads.add(f"{words[0]} {words[1]}".lower())
        if not leads:
            return []
        alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(leads, key=len, reverse=True))
        pattern = guarded.compile(rf"\b(?:la|le|l['’]|cette|ce|cet)\s*(?P<lead>{alt})\b", re.IGNORECASE)
        out = []
        for m in pattern.finditer(text):
            if not overlaps(taken, m.start(), m.end()):
                lead = " ".join(m.group("lead").lower().split())
                anaphor = _Anaphor(None, frozenset(), frozenset(), False, lead=lead)
                out.append((m.start(), m.end(), None, anaphor, False))
        return out

    @staticmethod
    def _home_region(mentions: list[Mention], table: EntityTable, text: str, items: list[tuple]) -> int | None:
        """The region the document is about: the city, district or province it names most often, counting
        the mentions of what lies in it ("Changzhou National High-tech District" speaks of Changzhou) and
        giving the title's region a head start; or the whole country, when it is named (or called "the
        country", or the title is national) more often than any of them."""
        _, title_end = title_line(text)
        counts: dict[int, float] = {}
        for m in mentions:
            e = table.entities[m.entity]
            if e.type == "region":
                region = m.entity
            else:
                found = table.region_index(e.region) if e.region else None
                if found is None:
                    continue
                region = found
            if table.entities[region].type == "region" and table.entities[region].kind in _HOME_KINDS:
                counts[region] = counts.get(region, 0) + (_TITLE_WEIGHT if m.start < title_end else 1)
        # the country competes too: its mentions, "the country", "le pays", and a national title
        country = _rules().country
        national = sum(
            _TITLE_WEIGHT if m.start < title_end else 1 for m in mentions if table.entities[m.entity].name == country
        )
        national += sum(1 for it in items if it[3] is not None and it[3].kinds == _COUNTRY)
        if _rules().national_title.search(text, 0, title_end):
            national += _TITLE_WEIGHT
        if national > max(counts.values(), default=0):
            return _country(table)
        home = max(counts, key=lambda k: counts[k]) if counts else None
        # a document about a zone: the zone, named and called "the zone", more often than its region (a
        # zone of another city, "the Zhongguancun of Anhui", is a comparison)
        zone_anaphors = [it for it in items if it[3] is not None and _ZONE_KIND in it[3].kinds]
        if zone_anaphors:
            kinds = zone_anaphors[0][3].kinds
            zones: dict[int, float] = {}
            for m in mentions:
                e = table.entities[m.entity]
                if e.type == "program" and e.kind in kinds and not _elsewhere(table, e, home):
                    zones[m.entity] = zones.get(m.entity, 0) + (_TITLE_WEIGHT if m.start < title_end else 1)
            if zones:
                zone = max(zones, key=lambda k: zones[k])
                if zones[zone] + len(zone_anaphors) > (counts[home] if home is not None else 0):
                    return zone
        return home

    @property
    def home(self) -> int | None:
        """The region the document is about: the one it names most often."""
        return self._home

    def topic_before(self, si: int) -> int | None:
        for j in range(si - 1, -1, -1):
            if self.subject_of[j] is not None:
                return self.subject_of[j]
        return None

    def _apposed_name(self, end: int, items: list[tuple], k: int) -> bool:
        if k >= len(items) or items[k][2] is None:
            return False
        return _ONE_WORD.fullmatch(self.text, end, items[k][0]) is not None

    def _followed_by_name(self, end: int, items: list[tuple], k: int) -> bool:
        return k < len(items) and items[k][0] - end <= 4 and items[k][2] is not None

    def _antecedent(
        self, anaphor: _Anaphor, history: list[int], topic: int | None, many: tuple[int, int] | None, si: int
    ) -> int | None:
        if anaphor.kinds and anaphor.kinds <= _PLURAL_KINDS:
            return many[0] if many is not None else None
        if anaphor.plural and many is not None and si - many[1] <= _PLURAL_REACH:
            return many[0]
        if anaphor.topic:
            return topic
        if anaphor.speaker:
            return self._home
        if anaphor.position is not None:
            return self._of_pair(anaphor.position, history)
        if anaphor.lead is not None:
            for entity in reversed(history):
                if any(" ".join(a.lower().split()[:2]) == anaphor.lead for a in self.table.entities[entity].aliases):
                    return entity
            return None
        if anaphor.head is not None:
            for entity in reversed(history):
                name = self.table.entities[entity].name.split()
                if name and name[-1].lower() == anaphor.head:
                    return entity
            return None
        # "la ville" after "Foshan, ville voisine de Canton, ...": the topic before any city named in passing
        if topic is not None and self._fits(self.table.entities[topic], anaphor):
            return topic
        for entity in reversed(history):
            e = self.table.entities[entity]
            if self._fits(e, anaphor):
                return entity
        if topic is not None and self._fits(self.table.entities[topic], anaphor):
            return topic
        return None

    def _of_pair(self, position: str, history: list[int]) -> int | None:
        """The first or last of the two latest distinct names of one type ("A and B ...; the former ...")."""
        if not history:
            return None
        latest = history[-1]
        if position == "last":
            return latest
        kind = self.table.entities[latest].type
        for entity in reversed(history):
            if entity != latest and self.table.entities[entity].type == kind:
                return entity
        return None

    @staticmethod
    def _fits(e: DocEntity, anaphor: _Anaphor) -> bool:
        return (not anaphor.types or e.type in anaphor.types) and (not anaphor.kinds or e.kind in anaphor.kinds)

    def _prepositional(self, start: int, end: int) -> bool:
        rules = _rules()
        own = _WORD.match(self.text, start, end)
        if own and own.group().lower().rstrip("'’") in rules.prepositions:
            return True  # "de la ville", "du district"
        window_start = max(0, start - 40)
        stop = last(_SENTENCE_STOP.finditer(self.text, window_start, start))
        words = _WORD.findall(self.text, stop.end() if stop else window_start, start)
        while words and words[-1].lower().rstrip("'’") in rules.determiners:
            words.pop()
        if not words:
            return False
        previous = words[-1].lower()
        if previous.endswith(("'", "’")) or _ELIDED.match(previous):
            previous = previous[0]
        return previous in rules.prepositions

    def subject(
        self,
        si: int,
        pos: int,
        end: int,
        exclude: tuple[int, int],
        types: frozenset[str] | None,
        rank: bool,
        kinds: frozenset[str] | None = None,
        not_kinds: frozenset[str] = frozenset(),
    ) -> tuple[int, Candidate | None] | None:
        """(entity, candidate) the number at [pos, end) is about; `exclude` is the cue's span; the subject
        must have one of `types` and `kinds` (when given) and none of `not_kinds`."""
        sentence = self.sentences[si]

        def fits(entity: int) -> bool:
            e = self.table.entities[entity]
            return (
                (types is None or e.type in types)
                and (kinds is None or e.kind in kinds)
                and e.kind not in not_kinds
            )

        cands = [
            c
            for c in self.by_sentence[si]
            if c.entity is not None
            and not (exclude[0] <= c.start < exclude[1])
            and not (pos <= c.start < end)
            and fits(c.entity)
        ]
        clause = clause_start(self.text, sentence, pos)
        before = [c for c in cands if c.end <= pos]
        in_clause = [c for c in before if c.start >= clause]
        if rank:
            # a rank belongs to the name just before it ("X ranked sixth", "ranked X sixth", "la ville
            # se classe au 7e rang"), never to one after it (the scope: "in western China")
            pool = in_clause or before
            if pool:
                return pool[-1].entity, pool[-1]  # type: ignore[return-value]
            if any(c.entity is not None and c.end <= pos for c in self.by_sentence[si]):
                return None  # the name before it does not fit this ranking
            topic = self.topic_before(si)
            return (topic, None) if topic is not None and fits(topic) else None
        after = [c for c in cands if c.start >= end]
        paired = self._paired_after(after, end) or self._paired(before, pos)
        if paired is not None:
            return paired.entity, paired  # type: ignore[return-value]
        for pool in (in_clause, before):
            chosen = self._grammatical_subject(pool, pos)
            if chosen is not None:
                return chosen.entity, chosen  # type: ignore[return-value]
        after = [
            c
            for c in cands
            if c.start >= end and (self.table.entities[c.entity].kind != "country" or kinds)  # type: ignore[index]
        ]
        if after:
            return after[0].entity, after[0]  # type: ignore[return-value]
        # no subject in the sentence: the latest sentence subject that fits ("public spending" is a region's)
        for sj in range(si, max(-1, si - 8), -1):
            topic = self.subject_of[sj]
            if topic is not None and fits(topic):
                return topic, None
        return None

    def _paired(self, before: list[Candidate], pos: int) -> Candidate | None:
        """In a list of places and values, the name the value is written against ("followed by Tianjin at
        3.58 percent"); only when another name comes before it in the sentence, which the list overrides."""
        if len(before) < 2:
            return None
        last_name = before[-1]
        if last_name.modifier or self._kind(last_name) == "country":
            return None
        gap = _rules().paired_with.fullmatch(self.text, last_name.end, pos)
        return last_name if gap is not None else None

    def _paired_after(self, after: list[Candidate], end: int) -> Candidate | None:
        """A place written right after the value that ends its list item ("67.4 percent in Germany and ...")."""
        if not after:
            return None
        first = after[0]
        return first if self.paired_after(first, end) else None

    def paired_after(self, first: Candidate, end: int) -> bool:
        """Whether the name `first` is the place the value ending at `end` is written against."""
        if first.entity is None:
            return False
        e = self.table.entities[first.entity]
        if e.type != "region" or first.modifier:
            return False
        rules = _rules()
        if first.start - end > 12 or not rules.paired_after.fullmatch(self.text, end, first.start):
            return False
        return rules.paired_after_end.match(self.text, first.end) is not None

    def _kind(self, c: Candidate) -> str | None:
        return self.table.entities[c.entity].kind if c.entity is not None else None

    def _grammatical_subject(self, pool: list[Candidate], pos: int) -> Candidate | None:
        if not pool:
            return None
        rules = _rules()
        relative = last(rules.relatives.finditer(self.text, pool[0].start, pos))
        if relative is not None:
            # "X (Y), qui ... a attiré 20 entreprises": the relative clause is about X
            owner = [c for c in pool if c.end <= relative.start() + 1 and relative.start() - c.end <= 3]
            later = [c for c in pool if c.start >= relative.end()]
            if owner and not later:
                return owner[-1]
        # a country is the subject only when nothing else is named ("of China's firms" is a scope)
        countries_ok = all(self._kind(c) == "country" for c in pool)
        for c in pool:
            if not c.prepositional and not c.modifier and (countries_ok or self._kind(c) != "country"):
                return c
        for c in pool:
            if not c.modifier and (countries_ok or self._kind(c) != "country"):
                return c
        return pool[0]
