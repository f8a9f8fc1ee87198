"""Reading the analytics views: list them, compare a region's targets with a peer, export a view to a file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa
from sqlalchemy import Connection, Engine

from etl import database
from etl.aliases import alias_key
from etl.db import engine as default_engine
from etl.errors import InnovdbError, UsageError

SCHEMA = "analytics"
EXPORT_FORMATS = ("csv", "parquet")
CHUNK_ROWS = 50_000

COMPARE_COLUMNS = ("region", "indicator", "unit", "target_value", "target_value_high", "target_year",
                   "qualifier", "peer_region", "peer_value", "peer_year", "peer_qualifier", "gap", "ratio")
_COMPARE_SQL = (
    f"SELECT {', '.join(COMPARE_COLUMNS)} FROM analytics.v_target_vs_peers"
    " WHERE region = :region AND peer_region = :peer{year}"
    " ORDER BY indicator, target_year NULLS LAST, target_value, target_value_high NULLS FIRST, qualifier"
)

# PostgreSQL type OIDs -> Parquet types, so BI tools read integers as integers and dates as dates
_ARROW_TYPES: dict[int, pa.DataType] = {
    16: pa.bool_(), 20: pa.int64(), 21: pa.int16(), 23: pa.int32(), 700: pa.float32(), 701: pa.float64(),
    1700: pa.float64(), 25: pa.string(), 1043: pa.string(), 1082: pa.date32(), 1114: pa.timestamp("us"),
    1184: pa.timestamp("us", tz="UTC"),
}


@dataclass(frozen=True, slots=True)
class Comparison:
    region: str
    peer: str
    columns: list[str]
    rows: Sequence[Sequence[Any]]
    note: str | None  # why there are no rows, when there are none


def _read_only(conn: Connection) -> None:
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
        raise InnovdbError(f"unknown region {name!r} (no region or alias of that name is loaded)")
    if len(names) > 1:
        raise InnovdbError(f"region {name!r} is ambiguous: it may be {', '.join(names)}")
    return names[0]


def compare(region: str, against: str, year: int | None = None, eng: Engine | None = None) -> Comparison:
    """Rows of v_target_vs_peers: `region`'s targets beside `against`'s latest figures."""
    eng = eng or default_engine()
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


def _view_name(view: str, eng: Engine) -> str:
    name = view.removeprefix(f"{SCHEMA}.")
    known = list_views(eng)
    if name not in known:
        raise UsageError(f"no view {view!r} in schema {SCHEMA} (choose from {', '.join(known) or 'none'})")
    return name


def _arrow_schema(description: Sequence[Any]) -> pa.Schema:
    return pa.schema([pa.field(col.name, _ARROW_TYPES.get(col.type_code, pa.string()))
                      for col in description])


def _frame(columns: list[str], rows: Sequence[Sequence[Any]]) -> pd.DataFrame:
    # object columns keep None and Python ints as they are; the Parquet schema gives the types
    return pd.DataFrame({c: pd.Series([r[i] for r in rows], dtype=object) for i, c in enumerate(columns)},
                        columns=columns)


def export_view(
    view: str, fmt: str, out: Path, eng: Engine | None = None, chunk_rows: int = CHUNK_ROWS
) -> int:
    """Write every row of analytics.`view` to `out` as csv or parquet; returns the number of rows.

    Rows are streamed in chunks from a server-side cursor, and the file appears only once complete.
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    eng = eng or default_engine()
    name = _view_name(view, eng)
    statement = sa.select(sa.text("*")).select_from(sa.table(name, schema=SCHEMA))  # quoted by SQLAlchemy
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")  # beside the target, so the rename is atomic
    try:
        with eng.connect() as conn, conn.begin():
            _read_only(conn)
            result = conn.execution_options(stream_results=True, yield_per=chunk_rows).execute(statement)
            columns = list(result.keys())
            schema = _arrow_schema(result.cursor.description)
            total = _write(result.partitions(chunk_rows), columns, schema, fmt, tmp)
        os.replace(tmp, out)
        return total
    finally:
        tmp.unlink(missing_ok=True)


def _write(chunks: Any, columns: list[str], schema: pa.Schema, fmt: str, path: Path) -> int:
    total = 0
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            _frame(columns, []).to_csv(fh, index=False)
            for rows in chunks:
                _frame(columns, rows).to_csv(fh, index=False, header=False)
                total += len(rows)
        return total
    with pq.ParquetWriter(path, schema) as writer:
        for rows in chunks:
            table = pa.Table.from_pandas(_frame(columns, rows), schema=schema, preserve_index=False)
            writer.write_table(table)
            total += len(rows)
        if not total:
            writer.write_table(schema.empty_table())
    return total
