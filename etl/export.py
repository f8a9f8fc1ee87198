"""`innovdb export`: any analytics view to CSV or Parquet, streamed, written atomically."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa
from sqlalchemy import Engine

from etl.analytics import SCHEMA, list_views, read_only
from etl.db import engine as default_engine
from etl.errors import UsageError

EXPORT_FORMATS = ("csv", "parquet")
CHUNK_ROWS = 50_000

# PostgreSQL type OIDs -> Parquet types, so BI tools read integers as integers and dates as dates
_ARROW_TYPES: dict[int, pa.DataType] = {
    16: pa.bool_(), 20: pa.int64(), 21: pa.int16(), 23: pa.int32(), 700: pa.float32(), 701: pa.float64(),
    1700: pa.float64(), 25: pa.string(), 1043: pa.string(), 1082: pa.date32(), 1114: pa.timestamp("us"),
    1184: pa.timestamp("us", tz="UTC"),
}


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
            read_only(conn)
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
