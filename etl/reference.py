"""Reference data readers: the gazetteer, known organizations and programs, and the indicator vocabulary.

Pure readers of the data files under `seeds/reference/` (see its README.md). Loading them into
PostgreSQL is done elsewhere; callers get frozen dataclasses.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from etl.aliases import alias_key

REFERENCE_DIR: Path = Path(
    os.environ.get("INNOVDB_REFERENCE_DIR") or Path(__file__).resolve().parents[1] / "seeds" / "reference"
)

REGION_KINDS: tuple[str, ...] = (
    "country",
    "province",
    "municipality",
    "autonomous_region",
    "sar",
    "city",
    "district",
    "county",
    "economic_region",
    "innovation_cluster",
)
ALIAS_LANGUAGES: tuple[str, ...] = ("en", "fr", "zh", "pinyin")
# The units of FACTS.md; an indicator in any other unit could not be compared with extracted facts.
UNITS: tuple[str, ...] = (
    "percent",
    "count",
    "rank",
    "km",
    "km2",
    "m2",
    "cny",
    "people",
    "count_per_day",
    "count_per_km2",
    "per_10k_people",
    "ratio",
    "usd",
    "index",
)

_REGION_HEADER = ("name", "kind", "parent", "name_fr", "name_zh", "name_pinyin")
_REGION_ALIAS_HEADER = ("name", "alias", "language")
_NAME_COLUMNS = (("name_fr", "fr"), ("name_zh", "zh"), ("name_pinyin", "pinyin"))
_ENTITY_KEYS = frozenset({"name", "kind", "region", "aliases"})
_INDICATOR_KEYS = ("code", "unit", "label_en", "label_fr", "description")

# The C loader when PyYAML has libyaml: the pure-Python one takes seconds on these files.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Aliases = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class RegionRef:
    name: str  # canonical English name
    kind: str  # one of REGION_KINDS
    parent: str | None  # canonical name of the parent region
    aliases: Aliases  # (alias, language), never the name itself


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An organization or a program."""

    name: str
    type: str  # "organization" | "program"
    kind: str
    region: str | None
    aliases: Aliases


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    currency: str  # a unit of FACTS.md that is money, e.g. usd
    year: int
    cny_per_unit: float  # annual average
    source: str


@dataclass(frozen=True, slots=True)
class IndicatorRef:
    code: str
    unit: str
    label_en: str
    label_fr: str
    description: str


def _distinct_aliases(name: str, candidates: Iterable[tuple[str, str]]) -> Aliases:
    """Candidates in order, without blanks, repeats under alias_key, or forms of the name itself (which
    add nothing to a key lookup and only bloat entity records)."""
    seen = {alias_key(name)}
    out: list[tuple[str, str]] = []
    for alias, language in candidates:
        alias = alias.strip()
        key = alias_key(alias)
        if alias and key not in seen:
            seen.add(key)
            out.append((alias, language))
    return tuple(out)


def _csv_rows(text: str, source: str, header: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        first = next(reader, None)
        if first is None or tuple(c.strip() for c in first) != header:
            raise ValueError(f"{source} line 1: header must be {','.join(header)!r}, got {first!r}")
        for row in reader:
            line = reader.line_num
            if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if len(row) != len(header):
                raise ValueError(f"{source} line {line}: expected {len(header)} fields, got {len(row)}: {row!r}")
            yield line, {h: c.strip() for h, c in zip(header, row, strict=True)}
    except csv.Error as exc:  # unbalanced quotes and the like: not a ValueError by itself
        raise ValueError(f"{source} line {reader.line_num}: {exc}") from exc


def parse_regions(
    regions_text: str,
    aliases_text: str = "name,alias,language\n",
    regions_source: str = "regions.csv",
    aliases_source: str = "region_aliases.csv",
) -> tuple[RegionRef, ...]:
    """Regions from the text of regions.csv and region_aliases.csv, in file order."""
    rows: dict[str, tuple[str, str | None, list[tuple[str, str]]]] = {}
    for line, row in _csv_rows(regions_text, regions_source, _REGION_HEADER):
        name, kind = row["name"], row["kind"]
        if not name:
            raise ValueError(f"{regions_source} line {line}: empty name")
        if kind not in REGION_KINDS:
            raise ValueError(f"{regions_source} line {line}: unknown kind {kind!r} for {name!r}")
        if name in rows:
            raise ValueError(f"{regions_source} line {line}: duplicate region {name!r}")
        columns = [(row[column], language) for column, language in _NAME_COLUMNS]
        rows[name] = (kind, row["parent"] or None, columns)
    for line, row in _csv_rows(aliases_text, aliases_source, _REGION_ALIAS_HEADER):
        if row["name"] not in rows:
            raise ValueError(f"{aliases_source} line {line}: unknown region {row['name']!r}")
        if row["language"] not in ALIAS_LANGUAGES:
            raise ValueError(f"{aliases_source} line {line}: unknown language {row['language']!r}")
        if not row["alias"]:
            raise ValueError(f"{aliases_source} line {line}: empty alias for {row['name']!r}")
        rows[row["name"]][2].append((row["alias"], row["language"]))
    return tuple(
        RegionRef(name, kind, parent, _distinct_aliases(name, candidates))
        for name, (kind, parent, candidates) in rows.items()
    )


def _yaml_list(text: str, source: str) -> list[tuple[int, Any]]:
    """The items of a top-level YAML list, each with the line it starts on (for error messages)."""
    loader = _YAML_LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: invalid YAML: {exc}") from exc
    finally:
        loader.dispose()
    if data is None:
        return []
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise ValueError(f"{source} line 1: expected a list of entries")
    return [(item.start_mark.line + 1, value) for item, value in zip(node.value, data, strict=True)]


def _entity(item: Any, entity_type: str, where: str) -> EntityRef:
    if not isinstance(item, Mapping):
        raise ValueError(f"{where}: expected a mapping, got {type(item).__name__}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: missing name")
    where = f"{where} ({name})"
    unknown = set(item) - _ENTITY_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    kind = item.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        raise ValueError(f"{where}: missing kind")
    region = item.get("region")
    if region is not None and not isinstance(region, str):
        raise ValueError(f"{where}: region must be a string")
    raw_aliases = item.get("aliases") or {}
    if not isinstance(raw_aliases, Mapping):
        raise ValueError(f"{where}: aliases must map a language to a list")
    candidates: list[tuple[str, str]] = []
    for language, values in raw_aliases.items():
        if language not in ALIAS_LANGUAGES:
            raise ValueError(f"{where}: unknown alias language {language!r}")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"{where}: aliases.{language} must be a list of strings")
        candidates += [(value, language) for value in values]
    name = name.strip()
    return EntityRef(name, entity_type, kind.strip(), region or None, _distinct_aliases(name, candidates))


def parse_entities(text: str, entity_type: str, source: str) -> tuple[EntityRef, ...]:
    """Organizations or programs from the text of a YAML list; `source` names the file in errors."""
    entities: list[EntityRef] = []
    seen: set[str] = set()
    for line, item in _yaml_list(text, source):
        entity = _entity(item, entity_type, f"{source} line {line}")
        if entity.name in seen:
            raise ValueError(f"{source} line {line}: duplicate name {entity.name!r}")
        seen.add(entity.name)
        entities.append(entity)
    return tuple(entities)


def parse_indicators(text: str, source: str = "indicators.yaml") -> tuple[IndicatorRef, ...]:
    """The indicator vocabulary from the text of indicators.yaml."""
    out: list[IndicatorRef] = []
    codes: set[str] = set()
    for line, item in _yaml_list(text, source):
        where = f"{source} line {line}"
        if not isinstance(item, Mapping) or set(item) != set(_INDICATOR_KEYS):
            raise ValueError(f"{where}: expected exactly the keys {', '.join(_INDICATOR_KEYS)}")
        values = {k: item[k] for k in _INDICATOR_KEYS}
        if not all(isinstance(v, str) and v.strip() for v in values.values()):
            raise ValueError(f"{where}: every field must be a non-empty string")
        if values["unit"] not in UNITS:
            raise ValueError(f"{where} ({values['code']}): unknown unit {values['unit']!r}")
        if values["code"] in codes:
            raise ValueError(f"{where}: duplicate code {values['code']!r}")
        codes.add(values["code"])
        out.append(IndicatorRef(**{k: v.strip() for k, v in values.items()}))
    return tuple(out)


def _read(name: str) -> str:
    return (REFERENCE_DIR / name).read_text(encoding="utf-8")


@cache
def regions() -> tuple[RegionRef, ...]:
    return parse_regions(
        _read("regions.csv"),
        _read("region_aliases.csv"),
        str(REFERENCE_DIR / "regions.csv"),
        str(REFERENCE_DIR / "region_aliases.csv"),
    )


@cache
def organizations() -> tuple[EntityRef, ...]:
    return parse_entities(_read("organizations.yaml"), "organization", str(REFERENCE_DIR / "organizations.yaml"))


@cache
def programs() -> tuple[EntityRef, ...]:
    return parse_entities(_read("programs.yaml"), "program", str(REFERENCE_DIR / "programs.yaml"))


@cache
def indicators() -> tuple[IndicatorRef, ...]:
    return parse_indicators(_read("indicators.yaml"), str(REFERENCE_DIR / "indicators.yaml"))


_RATE_HEADER = ("currency", "year", "cny_per_unit", "source")


def parse_exchange_rates(text: str, source: str = "exchange_rates.csv") -> tuple[ExchangeRate, ...]:
    """Annual average rates from the text of exchange_rates.csv; every row must name where it comes from."""
    rates: dict[tuple[str, int], ExchangeRate] = {}
    for line, row in _csv_rows(text, source, _RATE_HEADER):
        try:
            year, rate = int(row["year"]), float(row["cny_per_unit"])
        except ValueError:
            raise ValueError(f"{source} line {line}: year and cny_per_unit must be numbers: {row!r}") from None
        if not row["currency"] or not row["source"] or not rate > 0 or not 1900 <= year <= 2200:
            raise ValueError(f"{source} line {line}: needs a currency, a year, a positive rate and a source")
        if (row["currency"], year) in rates:
            raise ValueError(f"{source} line {line}: {row['currency']} {year} is given twice")
        rates[(row["currency"], year)] = ExchangeRate(row["currency"], year, rate, row["source"])
    return tuple(rates.values())


def exchange_rates() -> tuple[ExchangeRate, ...]:
    return parse_exchange_rates(_read("exchange_rates.csv"), str(REFERENCE_DIR / "exchange_rates.csv"))


@cache
def region_by_name() -> dict[str, RegionRef]:
    """Canonical name -> region. Cached: callers must not mutate the returned dict."""
    return {r.name: r for r in regions()}
