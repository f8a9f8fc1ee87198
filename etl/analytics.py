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
                   "qualifier", "peer_region", "peer_value", "peer_year", "peer_qualifier", "gap", "ratio")
_COMPARE_SQL = (
    f"SELECT {', '.join(COMPARE_COLUMNS)} FROM analytics.v_target_vs_peers"
    " WHERE region = :region AND peer_region = :peer{year}"
    " ORDER BY indicator, target_year NULLS LAST, target_value, target_value_high NULLS FIRST, qualifier"
)

@dataclass(frozen=True, slots=True)
class Comparison:
    region: str
    peer: str
    columns: list[str]
    rows: Sequence[Sequence[Any]]
    note: str | None  # why there are no rows, when there are none


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
    """Rows of v_target_vs_peers: `region`'s targets beside `against`'s latest figures."""
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
        _COMPARE_SQL.format(year=" AND target_year = :year" if year is not None else ""), params, eng
    )
    return Comparison(own, peer, columns, rows, None if rows else _why_empty(own, peer, year, eng))


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
