"""`innovdb export`: any analytics view to CSV or Parquet, streamed, written atomically."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

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


STDOUT = "-"


def output_target(out: str | Path, follow_symlinks: bool = False) -> Path | None:
    """The regular file `out` names (None for "-", standard output); UsageError for what must not be
    written: an empty name, a missing folder, a folder, a device, FIFO or socket, a symlink (unless
    `follow_symlinks`, and then its target must be a regular file or not exist yet)."""
    text = str(out)
    if text == STDOUT:
        return None
    if not text.strip():
        raise UsageError("--out is empty: give a file name, or - for standard output")
    path = Path(text)
    if path.is_symlink():
        if not follow_symlinks:
            raise UsageError(f"{path} is a symbolic link: not written (pass --follow-symlinks to write to its"
                             " target, or --out - for standard output)")
        path = path.resolve()
    try:
        st = path.lstat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise UsageError(f"cannot write {text}: {e.strerror or e}") from e
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (a device, FIFO or socket)"
        raise UsageError(f"{text} is {kind}: not written (use --out - for standard output)")
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {text}: folder {path.parent} does not exist (create it first)")
    return path


def export_view(
    view: str, fmt: str, out: str | Path, eng: Engine | None = None, chunk_rows: int = CHUNK_ROWS,
    follow_symlinks: bool = False,
) -> int:
    """Write every row of analytics.`view` to `out` ("-": standard output) as csv or parquet; returns the
    number of rows.

    Rows are streamed in chunks from a server-side cursor, and a file appears only once complete: the rows
    go to a new file beside it (never through a symlink), which then replaces it.
    """
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    target = output_target(out, follow_symlinks)
    eng = eng or default_engine()
    name = _view_name(view, eng)
    statement = sa.select(sa.text("*")).select_from(sa.table(name, schema=SCHEMA))  # quoted by SQLAlchemy
    tmp = None if target is None else target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with eng.connect() as conn, conn.begin():
            read_only(conn)
            result = conn.execution_options(stream_results=True, yield_per=chunk_rows).execute(statement)
            columns = list(result.keys())
            schema = _arrow_schema(result.cursor.description)
            with _open_output(tmp, out) as fh:
                total = _write(result.partitions(chunk_rows), columns, schema, fmt, fh)
        if tmp is not None and target is not None:
            os.replace(tmp, target)
        return total
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _open_output(tmp: Path | None, shown: str | Path) -> Iterator[BinaryIO]:
    if tmp is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    try:
        # a new file (O_EXCL) that is not a symlink planted under the temporary name (O_NOFOLLOW)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
    except OSError as e:
        raise UsageError(f"cannot write {shown}: {e.strerror or e}") from e
    with os.fdopen(fd, "wb") as fh:
        yield fh


def _write(chunks: Any, columns: list[str], schema: pa.Schema, fmt: str, fh: BinaryIO) -> int:
    total = 0
    if fmt == "csv":
        text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=True)
        _frame(columns, []).to_csv(text, index=False)
        for rows in chunks:
            _frame(columns, rows).to_csv(text, index=False, header=False)
            total += len(rows)
        text.flush()
        text.detach()  # the caller closes the file
        return total
    with pq.ParquetWriter(pa.PythonFile(fh, mode="w"), schema) as writer:
        for rows in chunks:
            table = pa.Table.from_pandas(_frame(columns, rows), schema=schema, preserve_index=False)
            writer.write_table(table)
            total += len(rows)
        if not total:
            writer.write_table(schema.empty_table())
    return total
