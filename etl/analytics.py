"""Reading the analytics views: list them, compare a region's targets with a peer, export a view to a file."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from etl import database
from etl.aliases import alias_key
from etl.db import engine as default_engine
from etl.errors import InnovdbError, UsageError

SCHEMA = "analytics"

COMPARE_COLUMNS = ("region", "indicator", "unit", "target_value", "target_value_high", "target_year",
                   "qualifier", "peer_region", "peer_value", "peer_year", "peer_qualifier", "gap", "ratio",
                   "latest_value", "latest_year", "required_annual_change", "historical_annual_change",
                   "projected_value", "status", "peer_reached_year", "years_behind")
# v_target_vs_peers, with the region's own progress (v_target_progress) and the peer's lag (v_peer_lag) for
# the same target: a target is one row per subject, indicator, unit, year, value and range (core.targets)
_COMPARE_SQL = """
SELECT p.region, p.indicator, p.unit, p.target_value, p.target_value_high, p.target_year, p.qualifier,
       p.peer_region, p.peer_value, p.peer_year, p.peer_qualifier, p.gap, p.ratio,
       g.latest_value, g.latest_year, g.required_annual_change, g.historical_annual_change, g.projected_value,
       g.status, l.peer_reached_year, l.years_behind
FROM analytics.v_target_vs_peers AS p
LEFT JOIN analytics.v_target_progress AS g
    ON g.subject_type = 'region' AND g.subject = p.region AND g.indicator = p.indicator AND g.unit = p.unit
   AND g.target_value = p.target_value AND g.target_value_high IS NOT DISTINCT FROM p.target_value_high
   AND g.target_year IS NOT DISTINCT FROM p.target_year
LEFT JOIN analytics.v_peer_lag AS l
    ON l.region = p.region AND l.peer_region = p.peer_region AND l.indicator = p.indicator AND l.unit = p.unit
   AND l.target_value = p.target_value AND l.target_value_high IS NOT DISTINCT FROM p.target_value_high
   AND l.target_year IS NOT DISTINCT FROM p.target_year
WHERE p.region = :region AND p.peer_region = :peer{year}
ORDER BY p.indicator, p.target_year NULLS LAST, p.target_value, p.target_value_high NULLS FIRST, p.qualifier
"""
_LOWER_BOUNDS = {"more_than": "more than", "at_least": "at least"}
_UPPER_BOUNDS = {"less_than": "less than", "at_most": "at most"}


@dataclass(frozen=True, slots=True)
class Comparison:
    region: str
    peer: str
    columns: list[str]
    rows: Sequence[Sequence[Any]]
    note: str | None  # why there are no rows, when there are none
    notes: tuple[str, ...] = ()  # indicators the peer lacks, gaps that are only bounds


def _number(value: float) -> str:
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def comparison_notes(peer: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[str, ...]:
    """One line per indicator the peer has no figure for, and one per gap that a qualified peer figure makes
    a bound ("more than 25,000": the true gap is smaller than the one shown)."""
    notes: list[str] = []
    for row in rows:
        r = dict(zip(columns, row, strict=True))
        if r["peer_value"] is None:
            line = f"{peer}: no {r['indicator']} in {r['unit']} in the loaded documents"
        elif r["peer_qualifier"] in _LOWER_BOUNDS:
            line = (f"{peer}: {r['indicator']} is {_LOWER_BOUNDS[r['peer_qualifier']]} "
                    f"{_number(r['peer_value'])}, so each gap to it is an upper bound (the true gap is smaller)")
        elif r["peer_qualifier"] in _UPPER_BOUNDS:
            line = (f"{peer}: {r['indicator']} is {_UPPER_BOUNDS[r['peer_qualifier']]} "
                    f"{_number(r['peer_value'])}, so each gap to it is a lower bound (the true gap is larger)")
        else:
            continue
        if line not in notes:
            notes.append(line)
    return tuple(notes)


def read_only(conn: Connection) -> None:
    conn.exec_driver_sql("SET TRANSACTION READ ONLY")


def list_views(eng: Engine | None = None) -> list[str]:
    """Names of the views in schema analytics, as the database has them (not as the files say)."""
    _, rows = database.run_query(
        "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace"
        " WHERE n.nspname = :schema AND c.relkind IN ('v', 'm') ORDER BY c.relname",
        {"schema": SCHEMA}, eng or default_engine(),
    )
    return [r[0] for r in rows]


def resolve_region(name: str, eng: Engine | None = None) -> str:
    """The canonical name of the region called `name` in any language or spelling ("重庆", "chongqing")."""
    key = alias_key(name)
    if not key:
        raise UsageError(f"{name!r} is not a region name")
    _, rows = database.run_query(
        "SELECT DISTINCT r.name FROM core.region_aliases AS a JOIN core.regions AS r ON r.id = a.region_id"
        " WHERE a.alias_key = :key ORDER BY r.name",
        {"key": key}, eng or default_engine(),
    )
    names = [r[0] for r in rows]
    if not names:  # regions first seen in documents may have no alias row under this spelling
        _, rows = database.run_query("SELECT name FROM core.regions ORDER BY name", None,
                                     eng or default_engine())
        names = [r[0] for r in rows if alias_key(r[0]) == key]
    if len(names) > 1:  # an alias shared by several regions: the one whose own name it is wins
        names = [n for n in names if alias_key(n) == key] or names
    if not names:
        raise UsageError(f"unknown region {name!r}{_closest_regions(name, eng or default_engine())}")
    if len(names) > 1:
        raise InnovdbError(f"region {name!r} is ambiguous: it may be {', '.join(names)}")
    return names[0]


def _closest_regions(name: str, eng: Engine) -> str:
    """ "; did you mean A, B or C?" from region names and aliases, or "" when nothing is close."""
    _, rows = database.run_query(
        "SELECT r.name, a.alias FROM core.regions AS r LEFT JOIN core.region_aliases AS a ON a.region_id = r.id",
        None, eng,
    )
    canonical: dict[str, str] = {}
    for region, alias in rows:
        canonical.setdefault(region.casefold(), region)
        if alias:
            canonical.setdefault(alias.casefold(), region)
    close = difflib.get_close_matches(name.casefold(), list(canonical), n=10, cutoff=0.75)
    suggestions = list(dict.fromkeys(canonical[c] for c in close))[:3]
    if not suggestions:
        return " (no region or alias of that name is loaded)"
    listed = suggestions[0] if len(suggestions) == 1 else f"{', '.join(suggestions[:-1])} or {suggestions[-1]}"
    return f"; did you mean {listed}?"


def compare(region: str, against: str, year: int | None = None, eng: Engine | None = None) -> Comparison:
    """Rows of v_target_vs_peers: `region`'s targets beside `against`'s latest figures, with the region's
    progress towards each target and the year the peer reached it."""
    eng = eng or default_engine()
    with database._connect(eng) as conn:
        database.require_current_schema(conn, hint="")
    own, peer = resolve_region(region, eng), resolve_region(against, eng)
    if own == peer:
        raise UsageError(f"--region and --against both name {own}: compare two different regions")
    params: dict[str, Any] = {"region": own, "peer": peer}
    if year is not None:
        params["year"] = year
    columns, rows = database.run_query(
        _COMPARE_SQL.format(year=" AND p.target_year = :year" if year is not None else ""), params, eng
    )
    return Comparison(own, peer, columns, rows, None if rows else _why_empty(own, peer, year, eng),
                      comparison_notes(peer, columns, rows))


def _why_empty(region: str, peer: str, year: int | None, eng: Engine) -> str:
    _, rows = database.run_query(
        "SELECT (SELECT count(*) FROM core.targets AS t JOIN core.regions AS r ON r.id = t.region_id"
        "        WHERE r.name = :region),"
        "       (SELECT count(*) FROM core.metrics AS m JOIN core.regions AS r ON r.id = m.region_id"
        "        WHERE r.name = :peer)",
        {"region": region, "peer": peer}, eng,
    )
    targets, metrics = rows[0]
    if not targets:
        return f"{region} has no targets loaded"
    if not metrics:
        return f"{peer} has no observed figures of its own loaded, so it is not a peer"
    if year is not None:
        return f"{region} has no targets for {year}"
    return f"no rows for {region} against {peer}"
