"""Rendering query results for people (table) and programs (csv, json): one place for every command.

Values a format cannot hold as they are follow one rule, the one PostgreSQL's own `to_json` follows:
- NaN, Infinity and -Infinity (float or numeric) are the strings "NaN", "Infinity", "-Infinity" in JSON,
  and those words in CSV;
- numeric keeps every digit (a JSON number or CSV field written from the exact decimal, never a float);
- bytea is its PostgreSQL hex form, "\\x0a1b..."; any other type (uuid, interval, ranges...) its text form.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TextIO

FORMATS = ("table", "csv", "json")


def _special(value: float | Decimal) -> str | None:
    """The name of a NaN or infinity, else None."""
    if isinstance(value, Decimal):
        if value.is_nan():
            return "NaN"
        if value.is_infinite():
            return "-Infinity" if value < 0 else "Infinity"
        return None
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "-Infinity" if value < 0 else "Infinity"
    return None


def _plain(value: Any) -> Any:
    """A value as a JSON-able Python scalar or container (Decimal kept for exact writing)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float | Decimal):
        if (name := _special(value)) is not None:
            return name
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return int(value)
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return "\\x" + bytes(value).hex()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


class _ExactEncoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        return str(o)


def _json(value: Any) -> str:
    plain = _plain(value)
    if isinstance(plain, Decimal):
        return str(plain)  # a valid JSON number with every digit (1E+25 included)
    if isinstance(plain, list | dict):
        return json.dumps(_decimals_as_floats(plain), ensure_ascii=False, allow_nan=False)
    return json.dumps(plain, ensure_ascii=False, allow_nan=False, cls=_ExactEncoder)


def _decimals_as_floats(value: Any) -> Any:
    if isinstance(value, list):
        return [_decimals_as_floats(v) for v in value]
    if isinstance(value, dict):
        return {k: _decimals_as_floats(v) for k, v in value.items()}
    return float(value) if isinstance(value, Decimal) else value


def _csv(value: Any) -> Any:
    plain = _plain(value)
    if isinstance(plain, list | dict):
        return json.dumps(_decimals_as_floats(plain), ensure_ascii=False)
    return str(plain) if isinstance(plain, Decimal) else plain


def _cell(value: Any) -> str:
    """Measured values get thousands separators; integers (years, ids, counts) stay plain."""
    if value is None:
        return ""
    plain = _plain(value)
    if isinstance(plain, float | Decimal):
        return f"{plain:,.4f}".rstrip("0").rstrip(".")
    return str(plain)


def write_rows(columns: Sequence[str], chunks: Iterable[Sequence[Sequence[Any]]], fmt: str, out: TextIO) -> int:
    """Write rows arriving in chunks to `out` as they come; returns the number of rows.

    A table takes its column widths from the first chunk (as psql does with FETCH_COUNT), so a result of any
    size is never held whole.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    total = 0
    if fmt == "json":
        for rows in chunks:
            for row in rows:
                fields = ",\n".join(f"    {json.dumps(c, ensure_ascii=False)}: {_json(v)}"
                                    for c, v in zip(columns, row, strict=True))
                out.write(("[\n" if total == 0 else ",\n") + "  {\n" + fields + "\n  }")
                total += 1
        out.write("\n]\n" if total else "[]\n")
        return total
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for rows in chunks:
            writer.writerows([[_csv(v) for v in row] for row in rows])
            total += len(rows)
        return total
    widths: list[int] | None = None
    numeric: list[bool] = []

    def line(values: Sequence[str]) -> str:
        assert widths is not None
        return " | ".join(v.rjust(w) if num else v.ljust(w)
                          for v, w, num in zip(values, widths, numeric, strict=True)).rstrip()

    for rows in chunks:
        cells = [[_cell(v) for v in row] for row in rows]
        if widths is None:
            widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
            numeric = [bool(rows) and all(isinstance(_plain(r[i]), int | float | Decimal) and not isinstance(
                r[i], bool) or r[i] is None for r in rows) for i in range(len(columns))]
            out.write(line(list(columns)) + "\n" + "-+-".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write(line(r) + "\n")
        total += len(rows)
    if widths is None:
        widths, numeric = [len(c) for c in columns], [False] * len(columns)
        out.write(line(list(columns)) + "\n" + "-+-".join("-" * w for w in widths) + "\n")
    out.write(f"({total} row{'s' if total != 1 else ''})\n")
    return total


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str = "table") -> str:
    buf = io.StringIO()
    write_rows(columns, [rows], fmt, buf)
    return buf.getvalue().rstrip("\n")
