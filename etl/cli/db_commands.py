"""`innovdb db ...`, `innovdb sql` and `innovdb psql`."""

from __future__ import annotations

import shutil
import subprocess
import sys

import click

from etl import database
from etl.db import database_url, libpq_url, masked
from etl.errors import EXIT_USAGE, InnovdbError, UsageError
from etl.output import FORMATS, render, write_rows
from etl.query import DEFAULT_TIMEOUT_S


@click.group()
def db() -> None:
    """Create, migrate and inspect the database.

    \b
    Example:
      innovdb db upgrade
      innovdb db status
    """


@db.command()
def upgrade() -> None:
    """Apply migrations, load reference data and (re)create the analytics views.

    Safe to run again: it changes only what is out of date.

    \b
    Example:
      DATABASE_URL=postgresql://me@dbhost/innov innovdb db upgrade
    """
    result = database.upgrade()
    moved = "already at" if result.from_revision == result.to_revision else f"{result.from_revision} ->"
    refs = ", ".join(f"{n} {k}" for k, n in result.reference.items())
    click.echo(f"schema {moved} {result.to_revision}; reference data: {refs}; "
               f"views {'updated' if result.views_changed else 'unchanged'}")


@db.command()
@click.argument("revision")
@click.option("--yes", is_flag=True, help="Do not ask before deleting loaded data.")
def downgrade(revision: str, yes: bool) -> None:
    """Migrate down to REVISION ("base" removes every innovdb table, and the data in them).

    When loaded data would be deleted, asks first; without a terminal, --yes is required.

    \b
    Example:
      innovdb db downgrade base --yes
    """
    lost = None if yes else database.data_lost_by_downgrade(revision)
    if lost:
        question = f"downgrading to {revision} deletes {lost}. Continue?"
        if not sys.stdin.isatty():
            raise UsageError(f"downgrading to {revision} would delete {lost}: pass --yes to do it")
        if not click.confirm(question, default=False, err=True):
            click.echo("nothing changed", err=True)
            sys.exit(EXIT_USAGE)
    click.echo(f"schema now at {database.downgrade(revision) or 'base'}")


@db.command()
def refresh() -> None:
    """Rebuild the precomputed analytics views whole, in one transaction.

    Every run refreshes them at its end, by the subjects and indicators it changed; this recomputes every
    row, e.g. after rows of core were changed by hand. Dashboards keep reading the previous rows until it
    commits. Waits for a run in progress to finish.

    \b
    Example:
      innovdb db refresh
    """
    click.echo(f"precomputed views rebuilt in {database.rebuild_precomputed():.1f} s")


@db.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def status(fmt: str) -> None:
    """Show the database in use, its schema revision and row counts.

    \b
    Example:
      innovdb db status --format json
    """
    info = database.status()
    click.echo(render(["key", "value"], [[k, v] for k, v in info.items()], fmt))


@db.command()
@click.option("--show-password", is_flag=True, help="Print the password too, e.g. to set DATABASE_URL elsewhere.")
def url(show_password: bool) -> None:
    """Print the database URL in use (password masked).

    \b
    Example:
      innovdb db url
      export DATABASE_URL="$(innovdb db url --show-password)"   # for a scheduler's workers
    """
    click.echo(database_url() if show_password else masked(database_url()))


@click.command(context_settings={"ignore_unknown_options": True})  # a QUERY may open with a -- comment
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bound parameter, referenced as :NAME in the query (repeatable; :NAME::int casts it).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.001), default=DEFAULT_TIMEOUT_S, show_default=True,
              help="Seconds the query may run (statement_timeout) before it is cancelled.")
def sql(query: str, params: tuple[str, ...], fmt: str, timeout: float) -> None:
    """Run one read-only QUERY (SELECT, WITH, VALUES or TABLE) and print the result.

    The query runs as the read-only role innovdb_reader (schema analytics only; created if needed, as
    `innovdb serve` does) in a READ ONLY transaction, and rows are streamed from a server-side cursor.
    Anything else (a second statement, BEGIN/COMMIT, writes, COPY, SET ROLE...) is refused. JSON writes
    NaN and infinities as strings, numeric with every digit, bytea as "\\x..." hex.

    \b
    Example:
      innovdb sql "SELECT * FROM analytics.v_targets WHERE region = :r" -p r=Chongqing --format csv
      innovdb sql "SELECT :year::int - 1 AS before" -p year=2027
    """
    from etl.query import open_query

    bound = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        bound[name] = value
    with open_query(query, bound, timeout_s=timeout) as result:
        write_rows(result.columns, result.chunks, fmt, sys.stdout)
        sys.stdout.flush()


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("psql_args", nargs=-1, type=click.UNPROCESSED)
def psql(psql_args: tuple[str, ...]) -> None:
    """Open psql on the database (the psql shipped with the embedded server, else the system one).

    \b
    Example:
      innovdb psql -c "\\dv analytics.*"
    """
    from etl.db.embedded import bin_dir

    shipped = bin_dir()
    exe = str(shipped / "psql") if shipped and (shipped / "psql").exists() else shutil.which("psql")
    if not exe:
        raise InnovdbError("no psql found: install the PostgreSQL client or use `innovdb sql`")
    # a child process, not exec: the embedded server must outlive psql and then stop cleanly
    code = subprocess.call([exe, libpq_url(database_url()), *psql_args])
    sys.exit(code)


def register(cli: click.Group) -> None:
    cli.add_command(db)
    cli.add_command(sql)
    cli.add_command(psql)
