"""Time the analytics views the way people and BI tools query them.

The views are discovered in the database (schema analytics), so a view added later is timed without a
change here. Each view is timed under the shapes a dashboard sends (SHAPES): the first LIMIT_ROWS rows
without a filter, count(*), a GROUP BY of its indicator column and, when it has a region column (or a
subject column), one region, an IN list of regions and, with a peer column, a region and a peer.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import psycopg

REGION_COLUMNS = ("region", "subject", "region_name", "name")
PEER_COLUMNS = ("peer", "against", "peer_region", "compared_with", "other_region")
GROUP_COLUMNS = ("indicator", "metric", "indicator_code")
POPULAR_REGIONS = 40  # filters are drawn from the regions that carry the most facts
STREAM_ROWS = 5000
LIMIT_ROWS = 2000  # what Metabase and Superset fetch for a table tile
IN_LIST = 3  # regions in the IN list of a multi-select filter
SHAPES = ("region", "region+peer", "regions_in", "limit", "count", "group_by_indicator")


@dataclass(frozen=True, slots=True)
class ViewQuery:
    view: str
    filter: str  # one of SHAPES
    sql: str
    takes: int  # how many region names the query binds (0 to IN_LIST)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    if not values:
        raise ValueError("percentile of an empty sample")
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def plan_queries(columns: Mapping[str, Sequence[str]]) -> list[ViewQuery]:
    """The timed queries of each view, from its column names."""
    out: list[ViewQuery] = []
    for view, cols in sorted(columns.items()):
        region = next((c for c in REGION_COLUMNS if c in cols), None)
        peer = next((c for c in PEER_COLUMNS if c in cols), None)
        group = next((c for c in GROUP_COLUMNS if c in cols), None)
        base = f"SELECT * FROM analytics.{view}"
        if region is not None:
            out.append(ViewQuery(view, "region", f"{base} WHERE {region} = %s", 1))
            if peer is not None:
                out.append(ViewQuery(view, "region+peer", f"{base} WHERE {region} = %s AND {peer} = %s", 2))
            marks = ", ".join(["%s"] * IN_LIST)
            out.append(ViewQuery(view, "regions_in", f"{base} WHERE {region} IN ({marks})", IN_LIST))
        out.append(ViewQuery(view, "limit", f"{base} LIMIT {LIMIT_ROWS}", 0))
        out.append(ViewQuery(view, "count", f"SELECT count(*) FROM analytics.{view}", 0))
        if group is not None:
            out.append(ViewQuery(view, "group_by_indicator",
                                 f"SELECT {group}, count(*) FROM analytics.{view} GROUP BY {group}", 0))
    return out


def view_columns(conn: psycopg.Connection) -> dict[str, list[str]]:
    rows = conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'analytics'"
        " AND table_name IN (SELECT table_name FROM information_schema.views WHERE table_schema = 'analytics')"
        " ORDER BY table_name, ordinal_position"
    ).fetchall()
    out: dict[str, list[str]] = {}
    for view, column in rows:
        out.setdefault(view, []).append(column)
    return out


def popular_regions(conn: psycopg.Connection, limit: int = POPULAR_REGIONS) -> list[str]:
    rows = conn.execute(
        """
        SELECT r.name FROM core.regions r
        JOIN (SELECT region_id, count(*) AS n FROM core.targets WHERE region_id IS NOT NULL GROUP BY region_id
              UNION ALL
              SELECT region_id, count(*) FROM core.metrics WHERE region_id IS NOT NULL GROUP BY region_id) c
          ON c.region_id = r.id
        GROUP BY r.name ORDER BY sum(c.n) DESC, r.name LIMIT %s
        """,
        (limit,),
    ).fetchall()
    return [r[0] for r in rows]


def region_draws(regions: Sequence[str], runs: int, seed: int) -> list[tuple[str, ...]]:
    """`runs` tuples of IN_LIST distinct regions, drawn with a seed: the first is the region, the second
    its peer, all of them an IN list."""
    if len(regions) < IN_LIST:
        raise ValueError(f"need at least {IN_LIST} regions with facts to time the views")
    rng = random.Random(f"{seed}/views")
    return [tuple(rng.sample(list(regions), IN_LIST)) for _ in range(runs)]


def _run(conn: psycopg.Connection, sql: str, params: Sequence[str]) -> int:
    # streamed in chunks: a view that returns millions of rows must not fill this process's memory
    with conn.cursor() as cur:
        return sum(1 for _ in cur.stream(sql, params, size=STREAM_ROWS))  # type: ignore[arg-type]


def time_queries(conn: psycopg.Connection, queries: Sequence[ViewQuery], pairs: Sequence[tuple[str, ...]],
                 budget_s: float = 20.0, warmup: int = 1) -> dict[str, dict[str, float]]:
    """p95 and median in ms of each query over the draws (every row fetched); view -> figures.

    One timed run per pair after `warmup` untimed runs, but a query stops once its runs have taken
    `budget_s` seconds: a view far over its goal needs no fifty runs to show it, and the benchmark stays
    short. A warm-up run that alone exceeds the budget is the only timing. The number of runs is reported."""
    out: dict[str, dict[str, float]] = {}
    for query in queries:
        timings: list[float] = []
        rows = 0
        spent = 0.0
        for n, pair in enumerate([*pairs[:warmup], *pairs]):
            started = time.perf_counter()
            rows = _run(conn, query.sql, pair[: query.takes])
            elapsed = time.perf_counter() - started
            if n >= warmup or elapsed > budget_s:
                timings.append(elapsed * 1000)
                spent += elapsed
            if spent > budget_s:
                break
        entry = out.setdefault(query.view, {})
        entry[f"{query.filter}_p95_ms"] = round(percentile(timings, 95), 2)
        entry[f"{query.filter}_median_ms"] = round(percentile(timings, 50), 2)
        entry[f"{query.filter}_runs"] = len(timings)
        entry[f"{query.filter}_rows"] = rows
    return out


def p95_by_shape(detail: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """view -> shape -> p95 in ms."""
    return {view: {k.removesuffix("_p95_ms"): v for k, v in figures.items() if k.endswith("_p95_ms")}
            for view, figures in detail.items()}


def worst_p95(detail: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """view -> its slowest p95 over the shapes."""
    return {view: max(shapes.values()) for view, shapes in p95_by_shape(detail).items()}
