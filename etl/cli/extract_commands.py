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
@click.option("--explain", is_flag=True,
              help="For every number of every document, the fact it became or why it became none.")
def extract(paths: tuple[str, ...], fmt: str | None, workers: int, explain: bool) -> None:
    """Print the documents, entities and facts found in files or folders, without a database.

    Output is JSON Lines (see docs/facts.md) unless on a terminal. Exit status 3 when a document was rejected.

    \b
    Example:
      innovdb extract seeds/documents --format jsonl > facts.jsonl
      innovdb extract seeds/documents/report.txt --explain
    """
    from etl.pipeline import Rejection, iter_extractions

    _paths_exist(paths)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if explain:
        _explain(paths, fmt)
        return
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


def _explain(paths: tuple[str, ...], fmt: str) -> None:
    from etl import read
    from etl.extract import explain

    rejected = 0
    for path in read.iter_paths(paths):
        try:
            document = read.read_document(path)
        except read.RejectedDocument as exc:
            rejected += 1
            click.echo(f"innovdb: rejected {path}: {exc}", err=True)
            continue
        found = explain(document)
        if fmt == "jsonl":
            for c in found:
                sys.stdout.write(json.dumps({"doc": document.doc, **c.to_json()}, ensure_ascii=False) + "\n")
            continue
        rows = []
        for c in found:
            f = c.fact
            what = f"{f.kind} {f.subject} {f.metric}={f.value} {f.unit} ({f.year}) conf {f.confidence}" if f else ""
            rows.append([c.number, c.source or "", c.reason if f is None else what])
        click.echo(f"{document.doc}")
        click.echo(render(["number", "by", "fact, or why none"], rows, "table"))
    if rejected:
        sys.exit(EXIT_REJECTIONS)


@click.command(name="eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Annotated JSON Lines.")
@click.option("--docs", required=True, type=click.Path(exists=True, file_okay=False), help="Folder of documents.")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Extractor output to score (default: run the extractor on the gold's documents).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--verbose", is_flag=True, help="List misses and false predictions.")
@click.option("--min-f1", type=float, help="Exit 1 when F1 is below this bar.")
@click.option("--min-recall", type=float)
@click.option("--min-precision", type=float)
@click.option("--min-grounding", type=float)
@click.option("--min-entity-recall", type=float)
@click.option("--min-metric-accuracy", type=float)
@click.option("--confidence-at-least", type=click.FloatRange(0, 1),
              help="Score only the predicted facts with this confidence or more (a fact without one counts as 1).")
def evaluate(
    gold: str,
    docs: str,
    pred: str | None,
    as_json: bool,
    verbose: bool,
    confidence_at_least: float | None,
    **minimums: float | None,
) -> None:
    """Score the extractor against hand-annotated facts (the rules of docs/facts.md, Scoring).

    \b
    Example:
      innovdb eval --gold tests/data/seeds.jsonl --docs seeds/documents --min-f1 0.95
      innovdb eval --gold gold.jsonl --docs docs/ --confidence-at-least 0.8   # precision of the confident facts
    """
    from etl import evaluate as scoring
    from etl.extract import extract
    from etl.read import RejectedDocument, read_document

    gold_records = scoring.load_jsonl(gold)
    names = sorted(scoring.gold_documents(gold_records))
    texts: dict[str, str | None] = {}
    pred_records = [] if pred is None else scoring.load_jsonl(pred)
    for name in names:
        path = Path(docs) / name
        try:
            document = read_document(path)
        except (RejectedDocument, FileNotFoundError):
            texts[name] = None
            continue
        texts[name] = document.text
        if pred is None:
            pred_records += extract(document).records()
    if confidence_at_least is not None:
        pred_records = scoring.confident(pred_records, confidence_at_least)
    summary = scoring.score(gold_records, pred_records, texts)
    click.echo(scoring.summary_json(summary) if as_json else scoring.format_summary(summary, verbose))
    failed = scoring.failed_bars(summary, {k.removeprefix("min_"): v for k, v in minimums.items()})
    if failed:
        click.echo("below the bar: " + "; ".join(failed), err=True)
        sys.exit(1)


def register(cli: click.Group) -> None:
    cli.add_command(extract)
    cli.add_command(evaluate)
