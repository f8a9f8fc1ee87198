"""`innovdb review`: static HTML pages to review the facts of documents and write corrections."""

from __future__ import annotations

from pathlib import Path

import click

from etl.config import DEFAULT_MIN_CONFIDENCE


@click.command(name="review")
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder to write the pages into.")
@click.option("--region", help="Only the documents that state facts of this region (or of things in it).")
@click.option("--corrections", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A corrections file applied to every document, besides each folder's corrections.yaml.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Facts below it are marked low.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Extraction processes.")
def review(paths: tuple[str, ...], out: str, region: str | None, corrections: str | None, min_confidence: float,
           workers: int) -> None:
    """Write review pages: index.html and one page per document, every fact highlighted in its text.

    Without PATH the documents come from the database (read-only). Each page offers, for every fact, the
    corrections.yaml entry that rejects or fixes it; `innovdb etl run` applies that file.

    \b
    Example:
      innovdb review seeds/documents --out review/
      innovdb review --region Chongqing --out review/
    """
    from etl.review import review as write_pages

    for p in paths:
        if not Path(p).exists():
            raise click.BadParameter(f"{p}: no such file or folder", param_hint="PATH")
    result = write_pages(paths, Path(out), region=region, min_confidence=min_confidence, workers=workers,
                         corrections_file=Path(corrections) if corrections else None)
    for path, reason in result.rejected:
        click.echo(f"innovdb: rejected {path}: {reason}", err=True)
    click.echo(f"{result.documents} documents, {result.facts} facts: {result.index}")


def register(cli: click.Group) -> None:
    cli.add_command(review)
