"""`innovdb extract` and `innovdb eval`: extraction without a database."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from etl.errors import EXIT_REJECTIONS
from etl.output import render


def _paths_exist(paths: tuple[str, ...]) -> None:
    for p in paths:
        if not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or folder", param_hint="PATH")


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default=None,
              help="jsonl (default when not a terminal) or table.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True)
def extract(paths: tuple[str, ...], fmt: str | None, workers: int) -> None:
    """Print the documents, entities and facts found in files or folders, without a database.

    Output is JSON Lines (see FACTS.md) unless on a terminal. Exit status 3 when a document was rejected.

    \b
    Example:
      innovdb extract seeds/documents --format jsonl > facts.jsonl
    """
    from etl.pipeline import Rejection, iter_extractions

    _paths_exist(paths)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    rejected = 0
    rows = []
    for result in iter_extractions(paths, workers=workers):
        if isinstance(result, Rejection):
            rejected += 1
            click.echo(f"innovdb: rejected {result.path}: {result.reason}", err=True)
            continue
        if fmt == "jsonl":
            for record in result.records():
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            rows += [[f.doc, f.kind, f.subject, f.metric, f.value, f.value_high, f.unit, f.qualifier, f.year,
                      f.quote] for f in result.facts]
    if fmt == "table":
        columns = ["doc", "kind", "subject", "metric", "value", "value_high", "unit", "qualifier", "year", "quote"]
        click.echo(render(columns, rows, "table"))
    if rejected:
        sys.exit(EXIT_REJECTIONS)


@click.command(name="eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Annotated JSON Lines.")
@click.option("--docs", required=True, type=click.Path(exists=True, file_okay=False), help="Folder of documents.")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Extractor output to score (default: run the extractor on --docs).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--verbose", is_flag=True, help="List misses and false predictions.")
def evaluate(gold: str, docs: str, pred: str | None, as_json: bool, verbose: bool) -> None:
    """Score the extractor against hand-annotated facts (precision, recall, F1, accuracies, grounding).

    \b
    Example:
      innovdb eval --gold tests/data/seeds.jsonl --docs seeds/documents
    """
    from etl import evaluate as scoring
    from etl.pipeline import Rejection, iter_extractions

    def load(path: str) -> list[dict]:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    gold_records = load(gold)
    names = {Path(str(r["doc"])).name for r in gold_records}
    texts: dict[str, str | None] = {}
    pred_records: list[dict] = [] if pred is None else load(pred)
    for result in iter_extractions([docs]):
        if isinstance(result, Rejection) or result.document.doc not in names:
            continue
        texts[result.document.doc] = result.document.text
        if pred is None:
            pred_records += result.records()
    summary = scoring.score(gold_records, pred_records, texts)
    click.echo(json.dumps(summary, ensure_ascii=False) if as_json else scoring.format_summary(summary, verbose))


def register(cli: click.Group) -> None:
    cli.add_command(extract)
    cli.add_command(evaluate)
