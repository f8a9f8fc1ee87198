"""`innovdb compare`, `innovdb export` and `innovdb serve`: reading the analytics views."""

from __future__ import annotations

from pathlib import Path

import click

from etl.output import FORMATS, render

# pandas and pyarrow take a while to import: etl.analytics and etl.serve are imported inside the commands


@click.command()
@click.option("--region", required=True, help="Region whose targets to show (any spelling: Chongqing, 重庆).")
@click.option("--against", "against", required=True, help="Peer region whose latest figures to compare with.")
@click.option("--year", type=int, help="Only targets for this target year.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def compare(region: str, against: str, year: int | None, fmt: str) -> None:
    """Show a region's targets beside another region's latest observed figures.

    Rows of analytics.v_target_vs_peers: gap = target - peer value, ratio = target / peer value; with the
    region's own progress (analytics.v_target_progress: latest value, yearly change needed and seen,
    projection, status) and the first year the peer reached the target (analytics.v_peer_lag). Notes name
    the indicators the peer lacks and the gaps that are only bounds.

    \b
    Example:
      innovdb compare --region Chongqing --against Shanghai --year 2027
      innovdb compare --region 重庆 --against shanghai --format csv > cq_vs_sh.csv
    """
    from etl import analytics

    result = analytics.compare(region, against, year)
    click.echo(render(result.columns, result.rows, fmt))
    if result.note and fmt == "table":
        click.echo(f"note: {result.note}", err=True)
    for line in result.notes:  # beside a table on the screen; kept off stdout for csv and json
        click.echo(f"note: {line}", err=fmt != "table")


@click.command()
@click.argument("view")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), required=True)
@click.option("--out", "out", required=True, metavar="FILE",
              help="File to write (replaced only once the export is complete), or - for standard output.")
@click.option("--follow-symlinks", is_flag=True,
              help="If FILE is a symbolic link, write its target (refused otherwise).")
def export(view: str, fmt: str, out: str, follow_symlinks: bool) -> None:
    """Export every row of an analytics VIEW to a CSV or Parquet file.

    VIEW is a view of schema analytics, with or without the schema: v_targets, analytics.v_evidence...
    FILE must be a regular file or not exist yet, in a folder that exists; symbolic links, devices and
    FIFOs are refused (use - for standard output).

    \b
    Example:
      innovdb export v_target_vs_peers --format parquet --out peers.parquet
      innovdb export analytics.v_evidence --format csv --out - | head
    """
    from etl.export import STDOUT, export_view

    rows = export_view(view, fmt, out, follow_symlinks=follow_symlinks)
    where = "standard output" if out == STDOUT else out
    click.echo(f"{rows} row{'s' if rows != 1 else ''} written to {where}", err=True)


@click.command()
@click.option("--region", "regions", multiple=True,
              help="Region to report on (repeatable; default: every region with targets).")
@click.option("--against", "against", multiple=True, help="Peer region to compare with (repeatable).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="HTML file to write (replaced only once complete; never through a symlink).")
def report(regions: tuple[str, ...], against: tuple[str, ...], out: Path) -> None:
    """Write one self-contained HTML report: scorecard, progress, years behind the peers, charts, sources.

    Charts are Plotly figures with plotly.js inlined: the file opens offline, in any browser.

    \b
    Example:
      innovdb report --region Chongqing --against Shanghai --out report.html
      innovdb report --region 重庆 --against shanghai --against shenzhen --out cq.html
    """
    from etl.report import build_report, write_atomically

    result = build_report(regions, against)
    write_atomically(out, result.html)
    click.echo(f"{out}: {', '.join(result.regions)}"
               + (f" against {', '.join(result.peers)}" if result.peers else "")
               + f", {result.charts} charts, {result.sources} sources", err=True)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address the embedded server listens on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=5433, show_default=True)
@click.option("--stop", is_flag=True, help="Stop the embedded server.")
@click.option("--new-password", is_flag=True, help="Generate a new password for innovdb_reader.")
@click.option("--show-password", is_flag=True,
              help="Print the password in the URLs (default: a placeholder).")
def serve(host: str, port: int, stop: bool, new_password: bool, show_password: bool) -> None:
    """Open the analytics views to BI tools (Metabase, Superset, Grafana) over TCP.

    BI tools log in as innovdb_reader, which can read schema analytics and nothing else; its password
    is kept in a file readable only by you under $INNOVDB_HOME. The embedded server keeps running, with
    password authentication on TCP, until `innovdb serve --stop`. With DATABASE_URL set, serve only
    creates or refreshes the role and prints the settings of that server.

    \b
    Example:
      innovdb serve --port 5433
      innovdb serve --stop
    """
    from etl import serve as serving

    if stop:
        stopped = serving.stop()
        click.echo("embedded server stopped" if stopped else "the embedded server was not running")
        return
    settings = serving.serve(host, port, renew_password=new_password)
    if show_password:
        click.echo(settings.describe(settings.password_file.read_text(encoding="ascii").strip()))
    else:
        click.echo(settings.describe())


def register(cli: click.Group) -> None:
    cli.add_command(compare)
    cli.add_command(export)
    cli.add_command(report)
    cli.add_command(serve)
