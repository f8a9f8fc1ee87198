"""`innovdb report`: one self-contained HTML file with a region's scorecard, charts and sources.

Charts are Plotly figures; plotly.js is inlined once, so the file opens without a network. Data come from
the analytics views in one read-only transaction; the file is written atomically.
"""

from __future__ import annotations

import html
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, text

from etl.analytics import read_only, resolve_region
from etl.db import engine as default_engine
from etl.errors import UsageError

STATUS_LABELS = {"reached": "reached", "on_track": "on track", "behind": "behind", "unknown": "unknown"}
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


@dataclass(frozen=True, slots=True)
class Report:
    html: str
    regions: tuple[str, ...]
    peers: tuple[str, ...]
    charts: int  # chart elements the page renders
    sources: int  # rows of the sources table


def _rows(conn: Any, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(text(sql), params).mappings()]


def _query(eng: Engine, regions: Sequence[str], peers: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    everyone = [*regions, *peers]
    with eng.connect() as conn, conn.begin():
        read_only(conn)
        labels = _rows(conn, "SELECT code, unit, label_en, label_fr FROM core.indicators")
        progress = _rows(conn, """
            SELECT p.subject AS region, p.indicator, p.unit, p.comparison_unit, p.target_value,
                   p.target_value_high, p.target_qualifier, p.target_year, p.target_value_compared,
                   p.latest_value, p.latest_year, p.required_annual_change, p.historical_annual_change,
                   p.change_basis, p.projected_value, p.status
            FROM analytics.v_target_progress AS p
            WHERE p.subject_type = 'region' AND p.subject = ANY(:regions)
            ORDER BY p.subject, p.indicator, p.target_year NULLS LAST, p.target_value""", regions=list(regions))
        latest = _rows(conn, """
            SELECT m.subject AS region, m.indicator, m.unit, m.value, m.qualifier, m.year, m.as_of, m.as_of_source
            FROM analytics.v_metrics_latest AS m
            WHERE m.subject_type = 'region' AND m.subject = ANY(:everyone)""", everyone=everyone)
        history = _rows(conn, """
            SELECT h.subject AS region, h.indicator, h.unit, h.year, h.value, h.qualifier
            FROM analytics.v_metric_history AS h
            WHERE h.subject_type = 'region' AND h.subject = ANY(:everyone)
            ORDER BY h.subject, h.indicator, h.year""", everyone=everyone)
        lag = _rows(conn, """
            SELECT l.region, l.indicator, l.comparison_unit, l.target_value_compared, l.target_year,
                   l.peer_region, l.peer_reached_year, l.years_behind
            FROM analytics.v_peer_lag AS l
            WHERE l.region = ANY(:regions) AND l.peer_region = ANY(:peers)
            ORDER BY l.region, l.indicator, l.target_year, l.peer_region""", regions=list(regions), peers=list(peers))
        sources = _rows(conn, """
            SELECT e.region, e.indicator, e.kind, e.value, e.value_high, e.unit, e.year, e.document, e.path,
                   e.published, e.quote
            FROM analytics.v_evidence AS e
            WHERE e.subject_type = 'region' AND e.region = ANY(:everyone)
            ORDER BY e.region, e.indicator, e.kind, e.year NULLS LAST, e.document, e."start" """, everyone=everyone)
    return {"labels": labels, "progress": progress, "latest": latest, "history": history, "lag": lag,
            "sources": sources}


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if abs(value) >= 1000:  # counts and amounts: no decimals worth reading
        return f"{value:,.0f}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _change(value: float | None, basis: str) -> str:
    if value is None:
        return ""
    return f"{value:+.2f} pts/yr" if basis == "points" else f"{value * 100:+.1f} %/yr"


def _figure_html(fig: Any, div_id: str) -> str:
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id,
                       config={"displaylogo": False, "responsive": True})


def _label(labels: dict[str, dict[str, Any]], indicator: str) -> tuple[str, str]:
    info = labels.get(indicator) or {}
    return info.get("label_en") or indicator, info.get("label_fr") or indicator


def _bar_chart(indicator: str, unit: str, labels: dict, targets: list[dict], latest: list[dict], index: int) -> str:
    import plotly.graph_objects as go

    en, fr = _label(labels, indicator)
    names, values, colors, texts = [], [], [], []
    for t in targets:
        names.append(f"{t['region']} target {t['target_year'] or ''}".strip())
        values.append(t["target_value_compared"])
        colors.append(PALETTE[1])
        texts.append(_number(t["target_value_compared"]))
    for m in latest:
        names.append(f"{m['region']} {m['year'] or (m['as_of'].year if m['as_of'] else '')}".strip())
        values.append(m["value"])
        colors.append(PALETTE[0])
        texts.append(("> " if m["qualifier"] in ("more_than", "at_least") else "") + _number(m["value"]))
    fig = go.Figure(go.Bar(x=names, y=values, marker_color=colors, text=texts, textposition="outside"))
    title = f"{html.escape(en)}: targets against latest figures<br><sup>{html.escape(fr)}</sup>"
    fig.update_layout(title=title, yaxis_title=f"{en} ({unit})",
                      height=380, margin={"t": 70, "b": 40, "l": 60, "r": 20}, template="plotly_white")
    fig.update_xaxes(type="category")  # "Chongqing 2025" must not be read as a date
    return _figure_html(fig, f"bars-{index}")


def _line_chart(indicator: str, unit: str, labels: dict, series: dict[str, list[dict]], targets: list[dict],
                index: int) -> str:
    import plotly.graph_objects as go

    en, fr = _label(labels, indicator)
    fig = go.Figure()
    for i, (region, points) in enumerate(sorted(series.items())):
        fig.add_trace(go.Scatter(x=[p["year"] for p in points], y=[p["value"] for p in points],
                                 mode="lines+markers", name=region, line={"color": PALETTE[i % len(PALETTE)]}))
    by_region: dict[str, list[dict]] = {}
    for t in targets:
        by_region.setdefault(t["region"], []).append(t)
    for i, (region, own) in enumerate(sorted(by_region.items())):
        fig.add_trace(go.Scatter(x=[t["target_year"] for t in own], y=[t["target_value_compared"] for t in own],
                                 mode="markers+text", name=f"{region} targets",
                                 text=[f"target {_number(t['target_value_compared'])}" for t in own],
                                 textposition="top center",
                                 marker={"symbol": "star", "size": 14, "color": PALETTE[(i + 1) % len(PALETTE)]}))
    title = f"{html.escape(en)}: history and targets<br><sup>{html.escape(fr)}</sup>"
    fig.update_layout(title=title, xaxis_title="year",
                      yaxis_title=f"{en} ({unit})", height=380, template="plotly_white",
                      margin={"t": 70, "b": 40, "l": 60, "r": 20})
    fig.update_xaxes(tickformat="d")
    return _figure_html(fig, f"lines-{index}")


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]], css: str) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _quote_link(row: dict[str, Any]) -> str:
    """The document as a file URL with a text fragment, so a browser opens it on the quote."""
    uri = Path(row["path"]).as_uri() if Path(row["path"]).is_absolute() else quote(row["path"])
    return (f'<a href="{html.escape(uri)}#:~:text={quote(row["quote"], safe="")}">'
            f"&ldquo;{html.escape(row['quote'])}&rdquo;</a>")


def build_report(regions: Sequence[str], against: Sequence[str], eng: Engine | None = None,
                 today: date | None = None) -> Report:
    """The report for `regions` (any spelling; all regions with targets when empty) against `against`."""
    import plotly.offline

    eng = eng or default_engine()
    own = tuple(dict.fromkeys(resolve_region(r, eng) for r in regions))
    if not own:
        with eng.connect() as conn, conn.begin():
            read_only(conn)
            own = tuple(r[0] for r in conn.execute(text(
                "SELECT DISTINCT subject FROM analytics.v_targets WHERE subject_type = 'region' ORDER BY 1")))
        if not own:
            raise UsageError("no region has targets loaded: nothing to report (run `innovdb etl run` first)")
    peers = tuple(p for p in dict.fromkeys(resolve_region(a, eng) for a in against) if p not in own)
    data = _query(eng, own, peers)
    labels = {r["code"]: r for r in data["labels"]}

    scorecard = [
        [html.escape(p["region"]), html.escape(" / ".join(_label(labels, p["indicator"]))),
         html.escape(p["comparison_unit"]),
         _number(p["latest_value"]), str(p["latest_year"] or ""),
         _number(p["target_value_compared"]), str(p["target_year"] or ""),
         _change(p["required_annual_change"], p["change_basis"]),
         _change(p["historical_annual_change"], p["change_basis"]), _number(p["projected_value"]),
         f'<span class="status {p["status"]}">{STATUS_LABELS[p["status"]]}</span>']
        for p in data["progress"]]
    lag = [[html.escape(r["region"]), html.escape(_label(labels, r["indicator"])[0]),
            _number(r["target_value_compared"]), str(r["target_year"] or ""), html.escape(r["peer_region"]),
            str(r["peer_reached_year"]) if r["peer_reached_year"] else "not reached",
            str(r["years_behind"]) if r["years_behind"] is not None else ""] for r in data["lag"]]

    # one chart of each kind per indicator and comparison unit that a selected region has a target for
    charts: list[str] = []
    keys = sorted({(p["indicator"], p["comparison_unit"]) for p in data["progress"]})
    for i, (indicator, unit) in enumerate(keys):
        targets = [p for p in data["progress"] if (p["indicator"], p["comparison_unit"]) == (indicator, unit)]
        latest = [m for m in data["latest"] if (m["indicator"], m["unit"]) == (indicator, unit)]
        charts.append(_bar_chart(indicator, unit, labels, targets, latest, i))
        series: dict[str, list[dict]] = {}
        for point in data["history"]:
            if (point["indicator"], point["unit"]) == (indicator, unit):
                series.setdefault(point["region"], []).append(point)
        charts.append(_line_chart(indicator, unit, labels, series, [t for t in targets if t["target_year"]], i))

    sources = [[html.escape(s["region"]), html.escape(s["indicator"]), s["kind"],
                _number(s["value"]) + (f"–{_number(s['value_high'])}" if s["value_high"] is not None else ""),
                html.escape(s["unit"]), str(s["year"] or ""), html.escape(s["document"]),
                str(s["published"] or ""), _quote_link(s)] for s in data["sources"]]

    title = f"{', '.join(own)}" + (f" against {', '.join(peers)}" if peers else "")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>innovdb report: {html.escape(title)}</title>
<style>{_CSS}</style>
<script>{plotly.offline.get_plotlyjs()}</script>
</head><body>
<h1>{html.escape(title)}</h1>
<p class="meta">Made by innovdb on {(today or date.today()).isoformat()} from the loaded documents. Every number
links to the sentence it comes from in the sources table. Status rule: see <code>analytics.v_target_progress</code>.
</p>
<h2>Scorecard</h2>
{_table(("region", "indicator", "unit", "latest", "as of", "target", "by", "needed", "seen", "projected",
         "status"), scorecard, "scorecard")}
<h2>Years behind the peers</h2>
{_table(("region", "indicator", "target", "by", "peer", "peer reached it in", "years behind"), lag, "lag")
 if lag else '<p class="empty">No peer given, or no peer with figures.</p>'}
<h2>Charts</h2>
<div class="charts">{"".join(f'<section class="chart">{c}</section>' for c in charts)}</div>
<h2>Sources</h2>
{_table(("region", "indicator", "kind", "value", "unit", "year", "document", "published", "quote"), sources,
        "sources")}
<script>
// charts are drawn before the page's final layout (tables, scrollbar): fit each to its box once loaded
window.addEventListener("load",
    () => document.querySelectorAll(".js-plotly-plot").forEach(d => Plotly.Plots.resize(d)));
</script>
</body></html>
"""
    return Report(page, own, peers, len(charts), len(sources))


_CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }
.chart { min-width: 0; }
@media (max-width: 1000px) { .charts { grid-template-columns: minmax(0, 1fr); } }
.status { padding: .1rem .4rem; border-radius: .3rem; font-weight: 600; }
.status.reached { background: #d4edda; } .status.on_track { background: #d1ecf1; }
.status.behind { background: #f8d7da; } .status.unknown { background: #eee; }
.meta, .empty { color: #666; }
"""


def write_atomically(path: Path, content: str) -> None:
    """Write `content` to `path`: complete or not at all, never through a symlink or onto a special file,
    and only into a folder that exists."""
    path = Path(path)
    if not str(path) or path.name in ("", ".", ".."):
        raise UsageError(f"--out {str(path)!r} is not a file name")
    if not path.parent.is_dir():
        raise UsageError(f"--out {path}: folder {path.parent} does not exist")
    try:
        st = path.lstat()
    except FileNotFoundError:
        pass
    else:
        if stat.S_ISLNK(st.st_mode):
            raise UsageError(f"--out {path} is a symbolic link: give the file it points to")
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(f"--out {path} exists and is not a regular file")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # what a plain open() would have made, not mkstemp's 0600
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
