"""Synthetic corpus of the benchmark: news-style documents in English and French with known facts.

Every document is a pure function of (seed, index, variant): the structure (language, subjects, which
sentences, number styles) comes from one random stream and the values from another, so a variant of a
document says the same things with different numbers, which is how the benchmark changes 1 % of a corpus.
Gold records follow FACTS.md; every fact's quote is `text[start:end]`.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from etl import reference
from etl.bench import phrases as ph
from etl.records import Entity, Fact

COUNTRY = "China"
DOCS_DIR = "docs"
GOLD_NAME = "gold.jsonl"
DEFAULT_BYTES = 5000
FRENCH_SHARE = 0.4
FACT_SHARE = 0.22  # of sentences: about ten facts in 5 KB, as dense as real reporting gets
FILLER_SHARE = 0.2  # sentences with numbers that are not facts

# Region kinds that can be the subject of an ordinary fact sentence; clusters only carry their GII rank.
_SUBJECT_KINDS = frozenset({"municipality", "province", "autonomous_region", "city", "district", "county",
                            "economic_region"})
_MAIN_KINDS = frozenset({"municipality", "province", "city", "district", "county"})
_PROGRAM_KINDS = frozenset({"high_tech_zone", "pilot_zone", "science_city", "zone", "demonstration_zone", "park",
                            "hub", "science_center", "corridor", "campus", "new_area"})
_ORGANIZATION_KINDS = frozenset({"company", "university", "institute", "laboratory", "facility",
                                 "innovation_center", "academy"})
_EN_ARTICLE_LAST_WORDS = frozenset({"delta", "area", "belt", "basin", "region", "zone", "corridor", "park"})
_FR_FEMININE = frozenset({"région", "ceinture", "zone", "nouvelle", "grande", "vallée", "plateforme", "académie",
                          "université", "cité", "installation", "commission", "chine", "baie"})
_FR_MASCULINE = frozenset({"district", "comté", "xian", "delta", "bassin", "cluster", "nouveau", "parc",
                           "corridor", "centre", "laboratoire", "pôle", "nord-est", "nord-ouest", "sud-ouest",
                           "sud-est"})
_VOWELS = frozenset("aeiouàâéèêëîïôöûüAEIOUÀÂÉÈÊÎÔÛ")  # no y: "de yuans", never "d'yuans"
_FR_ELISION = re.compile(r"\b(de|que) (?=[aeiouàâéèêîôûAEIOUÉ])")
_SLOT = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Subject:
    """Something a fact can be about, with how each language names it."""

    type: str  # region | organization | program
    name: str  # canonical English name
    kind: str
    region: str | None  # parent region (regions) or home region (organizations, programs)
    en: str  # surface form in English text
    fr: str  # surface form in French text
    article_en: str = ""
    article_fr: str = ""

    def surface(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def in_sentence(self, language: str) -> str:
        return (self.article_fr if language == "fr" else self.article_en) + self.surface(language)


@dataclass(frozen=True, slots=True)
class Catalog:
    """The subjects a corpus draws from, grouped for the generator."""

    main: tuple[Subject, ...]  # regions a document is about
    regions: tuple[Subject, ...]  # any region that can carry an ordinary fact
    clusters: tuple[Subject, ...]
    provinces: tuple[Subject, ...]
    organizations: tuple[Subject, ...]
    programs: tuple[Subject, ...]


@dataclass(frozen=True, slots=True)
class SyntheticDocument:
    name: str
    text: str
    language: str
    title: str
    published: date | None
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]

    def gold_records(self) -> list[dict[str, Any]]:
        """Document, entity and fact records in the FACTS.md format, every one required."""
        document = {"record": "document", "doc": self.name, "language": self.language,
                    "published": self.published.isoformat() if self.published else None, "title": self.title,
                    "required": True}
        return [document, *({**e.to_json(), "required": True} for e in self.entities),
                *({**f.to_json(), "required": True} for f in self.facts)]


# --- subjects ----------------------------------------------------------------------------------------------


def _fr_article(surface: str) -> str:
    first = surface.split(" ", 1)[0].casefold()
    if first in _FR_FEMININE:
        return "l'" if surface[0] in _VOWELS else "la "
    if first in _FR_MASCULINE or surface[0].islower():
        return "l'" if surface[0] in _VOWELS else "le "
    return ""


def _first_alias(aliases: Sequence[tuple[str, str]], language: str) -> str | None:
    return next((a for a, lang in aliases if lang == language), None)


def _region_subject(r: reference.RegionRef) -> Subject:
    fr = _first_alias(r.aliases, "fr") or r.name
    if r.kind == "innovation_cluster":
        en = r.name if r.name.casefold().endswith("cluster") else f"{r.name} cluster"
        fr = fr if "cluster" in fr.casefold() else f"cluster {fr}"
        return Subject("region", r.name, r.kind, r.parent, en, fr, "the ", _fr_article(fr))
    last = r.name.rsplit(" ", 1)[-1].casefold()
    article_en = "the " if r.kind == "economic_region" and last in _EN_ARTICLE_LAST_WORDS else ""
    return Subject("region", r.name, r.kind, r.parent, r.name, fr, article_en, _fr_article(fr))


def _entity_subject(e: reference.EntityRef) -> Subject:
    fr = _first_alias(e.aliases, "fr") or e.name
    article_en = "" if e.kind == "company" else "the "
    return Subject(e.type, e.name, e.kind, e.region, e.name, fr, article_en,
                   "" if e.kind == "company" else _fr_article(fr) or ("l'" if fr[0] in _VOWELS else "le "))


def build_catalog(regions: Iterable[reference.RegionRef], organizations: Iterable[reference.EntityRef],
                  programs: Iterable[reference.EntityRef]) -> Catalog:
    """Subjects from reference data: Chinese regions of every kind, plus the known organizations and programs
    of Chinese regions (the genre reports on China; foreign places only appear as comparisons)."""
    regions = list(regions)
    parent = {r.name: r.parent for r in regions}

    def in_china(name: str | None) -> bool:
        seen: set[str] = set()
        while name is not None and name not in seen:
            if name == COUNTRY:
                return True
            seen.add(name)
            name = parent.get(name)
        return False

    region_subjects = [_region_subject(r) for r in regions if r.parent is not None and in_china(r.parent)]
    # only subjects that hold what the metrics count: no plans, indexes or government bodies
    organizations = [e for e in organizations if e.kind in _ORGANIZATION_KINDS and (e.region is None or
                                                                                  in_china(e.region))]
    programs = [e for e in programs if e.kind in _PROGRAM_KINDS and (e.region is None or in_china(e.region))]
    return Catalog(
        main=tuple(s for s in region_subjects if s.kind in _MAIN_KINDS),
        regions=tuple(s for s in region_subjects if s.kind in _SUBJECT_KINDS),
        clusters=tuple(s for s in region_subjects if s.kind == "innovation_cluster"),
        provinces=tuple(s for s in region_subjects if s.kind == "province"),
        organizations=tuple(_entity_subject(e) for e in organizations),
        programs=tuple(_entity_subject(e) for e in programs),
    )


@cache
def default_catalog() -> Catalog:
    return build_catalog(reference.regions(), reference.organizations(), reference.programs())


# --- numbers -----------------------------------------------------------------------------------------------


def _decimal(x: float, decimals: int, language: str) -> str:
    text = f"{x:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def _grouped(n: int, language: str, separator: str = " ") -> str:
    text = f"{n:,}"
    return text.replace(",", separator) if language == "fr" else text


def _words(n: int, language: str) -> str:
    units, tens = (ph.NUMBER_WORDS_FR, ph.TENS_FR) if language == "fr" else (ph.NUMBER_WORDS_EN, ph.TENS_EN)
    if n < 20:
        return units[n]
    if language == "fr" and n >= 70:  # soixante-dix..., quatre-vingts, quatre-vingt-dix...
        base, rest = (60, n - 60) if n < 80 else (80, n - 80)
        head = "soixante" if base == 60 else "quatre-vingt"
        if rest == 0:
            return "quatre-vingts"
        return f"{head}-et-onze" if (base, rest) == (60, 11) else f"{head}-{_words(rest, language)}"
    ten, unit = divmod(n, 10)
    if unit == 0:
        return tens[ten]
    if language == "fr":
        return f"{tens[ten]}-et-un" if unit == 1 else f"{tens[ten]}-{units[unit]}"
    return f"{tens[ten]}-{units[unit]}"


def _ordinal(n: int, language: str, as_word: bool) -> str:
    if language == "fr":
        if as_word and n <= 10:
            return ph.ORDINALS_FR[n]
        return "1er" if n == 1 else f"{n}e"
    if as_word and n <= 10:
        return ph.ORDINALS_EN[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def _round_significant(n: float, digits: int) -> int:
    if n < 10 ** digits:
        return int(round(n))
    scale = 10 ** (int(math.log10(n)) - digits + 1)
    return int(round(n / scale) * scale)


@dataclass(slots=True)
class _Rendered:
    text: str
    value: float
    value_high: float | None = None
    qualifier: str = "exact"


def _qualified(text: str, qualifier: str, language: str, rng: random.Random) -> str:
    if qualifier == "exact":
        return text
    words = (ph.QUALIFIERS_FR if language == "fr" else ph.QUALIFIERS_EN)[qualifier]
    return f"{rng.choice(words)} {text}"


class _Numbers:
    """Renders the number slots of one fact: style and qualifier from the structure stream, values from
    the value stream."""

    def __init__(self, spec: ph.MetricPhrases, kind: str, language: str, s: random.Random, v: random.Random):
        self.spec, self.kind, self.language, self.s, self.v = spec, kind, language, s, v
        self.qualifier = self._qualifier()

    def _qualifier(self) -> str:
        if self.spec.unit == "rank":
            return "exact"
        if self.kind == "target":
            weights = {"exact": 75, "more_than": 10, "at_least": 10, "at_most": 5}
        else:
            weights = {"exact": 55, "approx": 15, "more_than": 20, "at_least": 5, "less_than": 5}
        return self.s.choices(list(weights), list(weights.values()))[0]

    def count(self, noun: str | None) -> _Rendered:
        """{NN} (noun given) or {N}: a count, people or a rate per day or per 10,000 people."""
        spec, lang = self.spec, self.language
        if spec.decimals:  # per 10,000 people: a plain decimal
            value = round(self.v.uniform(spec.low, spec.high), spec.decimals)
            return self._finish(_decimal(value, spec.decimals, lang), value, noun)
        styles = ["digits"] * 6
        if spec.low <= 99:
            styles += ["words"] * 2
        if spec.low <= 100 <= spec.high and noun is not None and self.kind == "observation":
            styles.append("hundred")
        if spec.high >= 1.2e6:
            styles += ["million"] * 2
        style = self.s.choice(styles)
        if style == "hundred":
            self.qualifier = "approx"
            if lang == "fr":
                return _Rendered(f"près d'une centaine d'{noun}" if noun[0] in _VOWELS else
                                 f"près d'une centaine de {noun}", 100.0, qualifier="approx")
            return _Rendered(f"nearly one hundred {noun}", 100.0, qualifier="approx")
        if style == "words":
            value = self.v.randint(max(2, int(spec.low)), min(99, int(spec.high)))
            return self._finish(_words(value, lang), value, noun)
        if style == "million":
            millions = round(self.v.uniform(1.2, spec.high / 1e6), 1)
            value = int(round(millions * 10)) * 100_000
            unit = ("million" if millions < 2 else "millions") if lang == "fr" else "million"
            text = f"{_decimal(millions, 1, lang)} {unit}"
            if noun is not None and lang == "fr":
                return self._finish(text + (" d'" if noun[0] in _VOWELS else " de "), value, noun, glue="")
            return self._finish(text, value, noun)
        value = int(round(_log_uniform(self.v, spec.low, spec.high)))
        if self.qualifier != "exact":
            value = _round_significant(value, 2)
        separator = self.s.choice((" ", "\u00a0")) if lang == "fr" else ","
        return self._finish(_grouped(value, lang, separator), value, noun)

    def _finish(self, number: str, value: float, noun: str | None, glue: str = " ") -> _Rendered:
        text = _qualified(number, self.qualifier, self.language, self.s)
        return _Rendered(text + (glue + noun if noun is not None else ""), float(value), qualifier=self.qualifier)

    def percent(self, slot: str) -> _Rendered:
        """{P}, or {toP} {ofP} {aP} {deP}, which may state a range in a target."""
        spec, lang = self.spec, self.language
        ranged = slot != "P" and self.kind == "target" and self.s.random() < 0.3
        en_unit = self.s.choice((" percent", "%", " per cent"))
        fr_unit = self.s.choice(("\u00a0%", " %", " pour cent"))
        low = round(self.v.uniform(spec.low, spec.high), spec.decimals)
        if ranged:
            self.qualifier = "exact"
            high = round(low + self.v.choice((0.5, 1.0, 1.5, 2.0)), spec.decimals)
            a, b = _decimal(low, spec.decimals, lang), _decimal(high, spec.decimals, lang)
            if lang == "fr":
                phrase = {"aP": f"entre {a} et {b}{fr_unit}", "deP": f"comprise entre {a} et {b}{fr_unit}"}[slot]
            elif slot == "ofP" and self.s.random() < 0.5:
                phrase = f"of {a} to {b}{en_unit}"
            else:
                phrase = f"{slot[:-1]} between {a} and {b}{en_unit}"
            return _Rendered(phrase, low, high)
        number = _decimal(low, spec.decimals, lang) + (fr_unit if lang == "fr" else en_unit)
        text = _qualified(number, self.qualifier, lang, self.s)
        prefix = {"P": "", "toP": "to ", "ofP": "of ", "aP": "à ", "deP": "de "}[slot]
        return _Rendered(prefix + text, low, qualifier=self.qualifier)

    def amount(self, slot: str) -> _Rendered:
        """{C} or {toC}: yuan with a multiplier (million, billion, trillion / millions, milliards)."""
        spec, lang = self.spec, self.language
        raw = _log_uniform(self.v, spec.low, spec.high)
        scale = 1e12 if raw >= 1e12 and lang == "en" else 1e9 if raw >= 1e9 else 1e6
        mantissa = round(raw / scale, 1) if raw < 100 * scale else float(round(raw / scale))
        value = int(round(mantissa * 10)) * int(scale) // 10
        if lang == "fr":
            word = "milliard" if scale == 1e9 else "million"
            word += "s" if mantissa >= 2 else ""
            digits = _grouped(int(mantissa), lang, "\u00a0") if mantissa >= 1000 and mantissa.is_integer() else \
                _decimal(mantissa, 1, lang)
            number = f"{digits} {word} de yuans"
        else:
            word = {1e12: "trillion", 1e9: "billion", 1e6: "million"}[scale]
            number = f"{_decimal(mantissa, 1, lang)} {word} yuan"
        text = _qualified(number, self.qualifier, lang, self.s)
        return _Rendered(("to " if slot == "toC" else "") + text, float(value), qualifier=self.qualifier)

    def fraction(self) -> _Rendered:
        """{F}: a share as a fraction word or a percentage."""
        if self.s.random() < 0.5:
            candidates = [f for f in ph.FRACTIONS if self.spec.low <= f[2] <= self.spec.high] or list(ph.FRACTIONS)
            en, fr, value = self.v.choice(candidates)
            text = _qualified(fr if self.language == "fr" else en, self.qualifier, self.language, self.s)
            return _Rendered(text, value, qualifier=self.qualifier)
        return self.percent("P")

    def rank(self) -> _Rendered:
        value = self.v.randint(int(self.spec.low), int(self.spec.high))
        return _Rendered(_ordinal(value, self.language, self.s.random() < 0.5), float(value))

    def area(self) -> _Rendered:
        value = round(_log_uniform(self.v, self.spec.low, self.spec.high), 1)
        units = ("\u00a0km²", " kilomètres carrés") if self.language == "fr" else (" square kilometers",
                                                                                   " square kilometres")
        text = _qualified(_decimal(value, 1, self.language) + self.s.choice(units), self.qualifier,
                          self.language, self.s)
        return _Rendered(text, value, qualifier=self.qualifier)


@cache
def _metrics_for(subject_type: str) -> tuple[ph.MetricPhrases, ...]:
    return tuple(m for m in ph.METRICS if subject_type in m.subjects)


# --- sentences ---------------------------------------------------------------------------------------------


def _fill(frame: str, values: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: values.get(m[1], m[0]), frame)


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _place_subject(frame: str, subject: Subject, language: str, names: dict[str, str] | None = None) -> str:
    """Put the subject (and other `names`) into a frame whose number slots are filled. French elision
    happens first, on the frame's own words, so a name from the reference data is never altered."""
    named = subject.in_sentence(language)
    if language == "fr":
        frame = _FR_ELISION.sub(lambda m: m[1][0] + "'", frame)
        if named[0] in _VOWELS:
            frame = frame.replace("que {S}", "qu'{S}")
    return _fill(frame, {**(names or {}), "S": named})


def _listing(items: Sequence[str], language: str) -> str:
    last = " et " if language == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


@dataclass(slots=True)
class _Page:
    """Text under construction, with the offsets of the facts written into it."""

    name: str
    language: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    size: int = 0  # UTF-8 bytes
    facts: list[Fact] = field(default_factory=list)
    seen: dict[tuple[str, str], Subject] = field(default_factory=dict)  # (type, name) -> subject named

    def write(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        self.size += len(text.encode("utf-8"))
        return start

    def mention(self, subject: Subject) -> None:
        self.seen.setdefault((subject.type, subject.name), subject)

    def entities(self) -> tuple[Entity, ...]:
        out = []
        for subject in self.seen.values():
            surface = subject.surface(self.language)
            aliases = [surface] if surface != subject.name else []
            out.append(Entity(doc=self.name, type=subject.type, name=subject.name, aliases=aliases,  # type: ignore[arg-type]
                              region=subject.region, kind=subject.kind))
        return tuple(out)


class _Writer:
    """Writes one document: sentences drawn from the structure stream, numbers from the value stream."""

    def __init__(self, name: str, catalog: Catalog, s: random.Random, v: random.Random):
        self.catalog, self.s, self.v = catalog, s, v
        self.language = "fr" if s.random() < FRENCH_SHARE else "en"
        self.page = _Page(name, self.language)
        self.main = s.choice(catalog.main)
        peers = [r for r in catalog.regions if r.region == self.main.region and r.name != self.main.name]
        self.subjects = [self.main, *s.sample(peers or list(catalog.regions), k=min(2, len(peers) or 2))]
        for pool in (catalog.organizations, catalog.programs):
            if pool and s.random() < 0.5:
                self.subjects.append(s.choice(pool))
        self.facts_written: set[tuple[str, str, str]] = set()
        self.cluster_written = False
        self.prose_bag: list[str] = []

    @property
    def fr(self) -> bool:
        return self.language == "fr"

    def header(self) -> tuple[str, date | None]:
        s = self.s
        title = _place_subject(s.choice(ph.TITLES_FR if self.fr else ph.TITLES_EN), self.main, self.language)
        title = _capitalize(title)
        self.page.mention(self.main)
        self.page.write(title + "\n")
        published = None
        if s.random() < 0.6:
            published = date(2023, 1, 1) + timedelta(days=s.randrange(3 * 365))
            line = s.choice(ph.DATE_LINES_FR if self.fr else ph.DATE_LINES_EN)
            self.page.write(line.format(iso=published.isoformat(), hh=f"{s.randrange(7, 22):02d}",
                                        mm=f"{s.randrange(60):02d}", day=published.day, year=published.year,
                                        month_en=ph.MONTHS_EN[published.month - 1],
                                        month_fr=ph.MONTHS_FR[published.month - 1]) + "\n")
        for line in s.sample(ph.FURNITURE_TOP_FR if self.fr else ph.FURNITURE_TOP_EN, k=s.randint(0, 2)):
            self.page.write(self._furniture(line) + "\n")
        self.page.write("\n")
        return title, published

    def _furniture(self, line: str) -> str:
        s = self.s
        return line.format(mm=f"{s.randrange(60):02d}", views=_grouped(s.randrange(200, 90000), self.language),
                           W=s.randint(2, 9), Y=s.randint(2019, 2025))

    def footer(self) -> None:
        lines = self.s.sample(ph.FURNITURE_BOTTOM_FR if self.fr else ph.FURNITURE_BOTTOM_EN, k=self.s.randint(1, 3))
        self.page.write("\n\n" + "\n".join(self._furniture(line) for line in lines) + "\n")

    def body(self, target_bytes: int) -> None:
        footer_room = 120
        while self.page.size < target_bytes - footer_room:
            if self.page.size > 0 and not self.page.parts[-1].endswith("\n"):
                self.page.write("\n\n")
            for n in range(self.s.randint(3, 5)):
                if n:
                    self.page.write(" ")
                roll = self.s.random()
                if roll < FACT_SHARE and self.fact():
                    continue
                if roll < FACT_SHARE + FILLER_SHARE:
                    self.filler()
                else:
                    self.prose()
                if self.page.size >= target_bytes - footer_room:
                    break

    def prose(self) -> None:
        if not self.prose_bag:
            self.prose_bag = list(ph.PROSE_FR if self.fr else ph.PROSE_EN)
            self.s.shuffle(self.prose_bag)
        sentence = self.prose_bag.pop()
        if "{S}" in sentence:
            self.page.mention(self.main)
        self.page.write(_capitalize(_place_subject(sentence, self.main, self.language)))

    def filler(self) -> None:
        s, lang = self.s, self.language
        frame = s.choice(ph.FILLER_FR if self.fr else ph.FILLER_EN)
        count = s.randint(3, 5) if ("{L}" in frame or "{RL}" in frame) else s.randint(2, 9)
        values = {"W": _words(count, lang), "Y": str(s.randint(2005, 2024)),
                  "OP": _ordinal(s.choice((13, 14, 15)), lang, as_word=False),
                  "OC": _ordinal(s.choice((18, 19, 20)), lang, as_word=False)}
        day = date(2024, 1, 1) + timedelta(days=s.randrange(600))
        values["D"] = (f"{day.day} {ph.MONTHS_FR[day.month - 1]} {day.year}" if self.fr
                       else f"{ph.MONTHS_EN[day.month - 1]} {day.day}, {day.year}")
        if "{L}" in frame:
            values["L"] = _listing(s.sample(ph.FIELDS_FR if self.fr else ph.FIELDS_EN, k=count), lang)
        names: dict[str, str] = {}
        if "{RL}" in frame:
            others = [p for p in self.catalog.provinces if p.name != self.main.name]
            provinces = s.sample(others, k=min(count, len(others)))
            if len(provinces) < 2:
                return self.prose()
            values["W"] = _words(len(provinces), lang)
            names["RL"] = _listing([p.surface(lang) for p in provinces], lang)
            for p in provinces:
                self.page.mention(p)
        if "{S}" in frame:
            self.page.mention(self.main)
        self.page.write(_capitalize(_place_subject(_fill(frame, values), self.main, lang, names)))

    def fact(self) -> bool:
        """Write one fact sentence; False when no new (subject, metric, kind) was found."""
        return any(self._try_fact() for _ in range(6))

    def _try_fact(self) -> bool:
        s, v, lang = self.s, self.v, self.language
        # a GII cluster rank now and then, at most one per document
        use_cluster = bool(self.catalog.clusters) and s.random() < 0.03 and not self.cluster_written
        subject = s.choice(self.catalog.clusters) if use_cluster else s.choice(self.subjects)
        self.cluster_written |= use_cluster
        specs = _metrics_for("cluster" if use_cluster else "company" if subject.kind == "company" else subject.type)
        if not specs:
            return False
        spec = s.choice(specs)
        frames = spec.fr if self.fr else spec.en
        groups = [("observation", frames.observation, False), ("observation", frames.observation_year, True),
                  ("target", frames.target, True), ("target", frames.target_open, False)]
        weights = [4, 2, 3, 1]
        choices = [(g, w) for g, w in zip(groups, weights, strict=True) if g[1]]
        (kind, pool, with_year), = s.choices([g for g, _ in choices], [w for _, w in choices])
        key = (subject.name, spec.code, kind)
        if key in self.facts_written:
            return False
        self.facts_written.add(key)
        frame = s.choice(pool)
        year = None
        if with_year:
            year = s.randint(2026, 2035) if kind == "target" else s.randint(2018, 2024)
        numbers = _Numbers(spec, kind, lang, s, v)
        slot_values: dict[str, str] = {}
        rendered: _Rendered | None = None
        noun = spec.noun_fr if self.fr else spec.noun_en
        for slot in _SLOT.findall(frame):
            if slot in ("NN", "N"):
                rendered = numbers.count(noun if slot == "NN" else None)
            elif slot in ("P", "toP", "ofP", "aP", "deP"):
                rendered = numbers.percent(slot)
            elif slot in ("C", "toC"):
                rendered = numbers.amount(slot)
            elif slot == "F":
                rendered = numbers.fraction()
            elif slot == "R":
                rendered = numbers.rank()
            elif slot == "A":
                rendered = numbers.area()
            else:
                continue
            slot_values[slot] = rendered.text
        assert rendered is not None, f"frame without a number: {frame!r}"
        assert with_year == ("{Y}" in frame), f"year slot and frame group disagree: {frame!r}"
        slot_values.update(Y=str(year), noun=noun)
        clause = _place_subject(_fill(frame, slot_values), subject, lang)
        lead = s.choice(ph.LEADS_FR if self.fr else ph.LEADS_EN)
        if not lead:
            clause = _capitalize(clause)
        start = self.page.write(lead) + len(lead)
        self.page.write(clause + ".")
        self.page.mention(subject)
        self.page.facts.append(Fact(
            doc=self.page.name, kind=kind, subject=subject.name, subject_type=subject.type,  # type: ignore[arg-type]
            metric=spec.code, value=rendered.value, unit=spec.unit, quote=clause, start=start,
            end=start + len(clause), value_high=rendered.value_high, qualifier=rendered.qualifier,  # type: ignore[arg-type]
            year=year,
        ))
        return True


def document_name(index: int) -> str:
    return f"syn_{index:06d}.txt"


def generate_document(index: int, seed: int, *, variant: int = 0, target_bytes: int = DEFAULT_BYTES,
                      catalog: Catalog | None = None) -> SyntheticDocument:
    """Document `index` of the corpus of `seed`; `variant` > 0 states the same facts with other values."""
    s = random.Random(f"{seed}/{index}/structure")
    v = random.Random(f"{seed}/{index}/values/{variant}")
    writer = _Writer(document_name(index), catalog or default_catalog(), s, v)
    title, published = writer.header()
    writer.body(target_bytes)
    writer.footer()
    page = writer.page
    return SyntheticDocument(page.name, "".join(page.parts), page.language, title, published, page.entities(),
                             tuple(page.facts))


def generate_corpus(count: int, seed: int, *, target_bytes: int = DEFAULT_BYTES,
                    catalog: Catalog | None = None) -> Iterator[SyntheticDocument]:
    for index in range(count):
        yield generate_document(index, seed, target_bytes=target_bytes, catalog=catalog)


def changed_indexes(count: int, seed: int, share: float = 0.01) -> list[int]:
    """Which documents a "1 % changed" step rewrites (at least one)."""
    k = max(1, round(count * share))
    return sorted(random.Random(f"{seed}/changed").sample(range(count), k=min(k, count)))


# --- files -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorpusStats:
    documents: int
    facts: int
    bytes: int
    languages: dict[str, int]


def write_document(folder: Path, document: SyntheticDocument) -> Path:
    path = folder / DOCS_DIR / document.name
    path.write_text(document.text, encoding="utf-8", newline="")
    return path


def write_corpus(folder: Path, documents: Iterable[SyntheticDocument]) -> CorpusStats:
    """Write the documents under folder/docs/ and their gold records to folder/gold.jsonl, one at a time."""
    (folder / DOCS_DIR).mkdir(parents=True, exist_ok=True)
    count = facts = size = 0
    languages: dict[str, int] = {}
    with (folder / GOLD_NAME).open("w", encoding="utf-8") as gold:
        for document in documents:
            write_document(folder, document)
            for record in document.gold_records():
                gold.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            facts += len(document.facts)
            size += len(document.text.encode("utf-8"))
            languages[document.language] = languages.get(document.language, 0) + 1
    return CorpusStats(count, facts, size, languages)
