"""The `innovdb` command: thin wrappers over library functions, one line per user error."""

from __future__ import annotations

import importlib
import logging
import sys
import traceback

import click

from etl.errors import EXIT_FAILED, EXIT_USAGE, InnovdbError


class State:
    debug = False
    quiet = False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.option("-q", "--quiet", is_flag=True, help="No progress output on stderr.")
@click.version_option(package_name="innovdb")
def cli(debug: bool, quiet: bool) -> None:
    """innovdb: facts about regional science-and-technology innovation in China, in PostgreSQL.

    \b
    Example:
      innovdb db upgrade && innovdb etl run seeds/documents
      innovdb compare --region Chongqing --against Shanghai
    """
    State.debug, State.quiet = debug, quiet
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    from etl.cli import db_commands, extract_commands

    for module in (db_commands, extract_commands):
        module.register(cli)
    for name in ("run_commands", "query_commands", "bench_commands"):  # added by later stages
        try:
            module = importlib.import_module(f"etl.cli.{name}")
        except ModuleNotFoundError:
            continue
        module.register(cli)


def main(argv: list[str] | None = None) -> None:
    _register()
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="innovdb", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("innovdb: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(EXIT_USAGE if isinstance(e, click.UsageError) else e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except InnovdbError as e:
        if debug:
            traceback.print_exc()
        click.echo(f"innovdb: error: {e}", err=True)
        sys.exit(e.exit_code)
    except Exception as e:  # a bug, or a fault we did not foresee: still one line unless --debug
        if debug:
            traceback.print_exc()
        else:
            click.echo(f"innovdb: error: {type(e).__name__}: {e} (run with --debug for details)", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(0)
