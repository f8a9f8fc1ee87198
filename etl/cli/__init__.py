"""The `innovdb` command: thin wrappers over library functions, one line per user error."""

from __future__ import annotations

import importlib
import json
import logging
import sys
import traceback

import click

from etl.db import first_line
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
    for name in ("run_commands", "query_commands", "bench_commands", "review_commands"):  # added by later stages
        try:
            module = importlib.import_module(f"etl.cli.{name}")
        except ModuleNotFoundError:
            continue
        module.register(cli)


def _json_log(args: list[str]) -> bool:
    pairs = zip(args, args[1:], strict=False)
    return "--log-format=json" in args or any(a == "--log-format" and b == "json" for a, b in pairs)


def _fail(message: str, status: int, as_json: bool) -> None:
    """The error as one line: text, or a JSON event for schedulers that read --log-format json."""
    if as_json:
        from datetime import UTC, datetime

        record = {"ts": datetime.now(UTC).isoformat(timespec="milliseconds"), "event": "error",
                  "error": message, "exit_status": status}
        click.echo(json.dumps(record, ensure_ascii=False), err=True)
    else:
        click.echo(f"innovdb: error: {message}", err=True)
    sys.exit(status)


def main(argv: list[str] | None = None) -> None:
    _register()
    args = argv if argv is not None else sys.argv[1:]
    debug = "--debug" in args
    as_json = _json_log(args)
    try:
        cli.main(args=argv, prog_name="innovdb", standalone_mode=False)
    except click.exceptions.Abort:
        if as_json:
            _fail("interrupted", 130, as_json)
        click.echo("innovdb: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        status = EXIT_USAGE if isinstance(e, click.UsageError) else e.exit_code
        if not as_json:
            e.show()
            sys.exit(status)
        context = getattr(e, "ctx", None)
        command = f"{context.command_path}: " if context is not None else ""
        _fail(f"{command}{e.format_message()}", status, as_json)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except InnovdbError as e:
        if debug:
            traceback.print_exc()
        _fail(str(e), e.exit_code, as_json)
    except Exception as e:  # a bug, or a fault we did not foresee: still one line unless --debug
        if debug:
            traceback.print_exc()
        cause = getattr(e, "orig", None) or e  # SQLAlchemy wraps the driver's error with the SQL and a link
        _fail(f"{type(e).__name__}: {first_line(cause)} (run with --debug for details)", EXIT_FAILED, as_json)
    sys.exit(0)
