"""`innovdb db ...`, `innovdb sql` and `innovdb psql`."""

from __future__ import annotations

import shutil
import subprocess
import sys

import click

from etl import database
from etl.db import database_url, libpq_url, masked
from etl.errors import InnovdbError
from etl.output import FORMATS, render


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
def downgrade(revision: str) -> None:
    """Migrate down to REVISION ("base" removes every innovdb table).

    \b
    Example:
      innovdb db downgrade base
    """
    click.echo(f"schema now at {database.downgrade(revision) or 'base'}")


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


@click.command()
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bound parameter, referenced as :NAME in the query (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def sql(query: str, params: tuple[str, ...], fmt: str) -> None:
    """Run one read-only QUERY and print the result.

    \b
    Example:
      innovdb sql "SELECT * FROM analytics.v_targets WHERE region = :r" -p r=Chongqing --format csv
    """
    bound = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        bound[name] = value
    columns, rows = database.run_query(query, bound)
    click.echo(render(columns, rows, fmt))


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
