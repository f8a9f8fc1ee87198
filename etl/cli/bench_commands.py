"""`innovdb bench`: the benchmark of docs/benchmarks.md."""

from __future__ import annotations

import json
import os
import time

import click

from etl.cli import State
from etl.errors import InnovdbError

FACTS_PER_DOC = 100  # facts in the database for the view timings, per generated document

BENCH_HELP = """Benchmark extraction, loading and the analytics views on a synthetic corpus.

Generates --docs documents (English and French, about 5 KB each, with known facts) in a temporary
folder, loads them into a new database on the server of $DATABASE_URL (or the embedded server), times
a full run, a rerun and a run after 1 % of the documents changed, compares the load stage with raw
COPY, times every analytics view on --facts facts, scores extraction against the known facts and
times quantulum3's parser on the same English documents (skipped with a note when quantulum3, of
the dev extra, is not installed). Figures measured before a failing step are printed all the same.
The database and the folder are removed at the end unless --keep. Progress goes to stderr.

\b
Example:
  innovdb bench
  innovdb bench --docs 200 --json      # views timed on 20,000 facts
"""


@click.command(name="bench", help=BENCH_HELP)
@click.option("--docs", type=click.IntRange(1), default=10_000, show_default=True, help="Documents to generate.")
@click.option("--workers", type=click.IntRange(1), default=None, help="Extraction processes [default: cores].")
@click.option("--facts", type=click.IntRange(0), default=None,
              help=f"Facts in the database when the views are timed [default: {FACTS_PER_DOC} x --docs,"
                   " 1,000,000 for 10,000 documents].")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the synthetic corpus.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option("--keep", is_flag=True, help="Keep the database and the corpus folder (their names go to stderr).")
def bench(docs: int, workers: int | None, facts: int | None, seed: int, as_json: bool, keep: bool) -> None:
    from etl.bench.harness import BenchOptions, run_bench
    from etl.bench.report import format_partial, format_report, goals_json

    facts = docs * FACTS_PER_DOC if facts is None else facts
    options = BenchOptions(docs=docs, workers=workers or os.cpu_count() or 1, facts=facts, seed=seed, keep=keep)

    started = time.monotonic()

    def progress(message: str) -> None:
        if not State.quiet:
            click.echo(f"innovdb bench: [{time.monotonic() - started:6.0f} s] {message}", err=True)

    result = run_bench(options, progress, as_json=as_json)
    if "error" in result:  # figures measured before the failure, then the failure as the exit status
        click.echo(json.dumps(result, ensure_ascii=False) if as_json else format_partial(result))
        raise InnovdbError(f"benchmark stopped at step {result['failed_step']}: {result['error']}")
    if as_json:
        click.echo(json.dumps({**result, "goals": goals_json(result)}, ensure_ascii=False))
    else:
        click.echo(format_report(result))


def register(cli: click.Group) -> None:
    cli.add_command(bench)
