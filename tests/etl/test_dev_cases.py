"""The extractor on hand-annotated documents written for development (tests/cases/extract/): other cities
and provinces, English and French, scored with the same rules as the seeds.

Their gold predates open metrics (FACTS.md: a number whose metric is not in the vocabulary is still a fact);
the 18 such facts the extractor then found were checked against FACTS.md one by one and added as required.

The documents' language and publication date are taken from the gold file, so that these tests measure
extraction only, not the reader's detection of either.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from etl.extract import extract
from etl.records import Document

CASES = Path(__file__).resolve().parents[1] / "cases" / "extract"

evaluate = pytest.importorskip("etl.evaluate", reason="etl.evaluate (the scorer) is written by another module")


def _gold() -> list[dict]:
    return [json.loads(line) for line in (CASES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def run() -> tuple[list[dict], list[dict], dict[str, str]]:
    gold = _gold()
    pred: list[dict] = []
    texts: dict[str, str] = {}
    for meta in (r for r in gold if r["record"] == "document"):
        text = (CASES / meta["doc"]).read_text(encoding="utf-8")
        published = date.fromisoformat(meta["published"]) if meta.get("published") else None
        document = Document(meta["doc"], str(CASES / meta["doc"]), "", text, "utf-8", meta["language"], None,
                            published)
        texts[meta["doc"]] = text
        pred.extend(extract(document).records())
    return gold, pred, texts


@pytest.fixture(scope="module")
def summary(run: tuple[list[dict], list[dict], dict[str, str]]) -> dict:
    return evaluate.score(*run)


def test_there_are_enough_dev_documents_in_both_languages() -> None:
    docs = [r for r in _gold() if r["record"] == "document"]
    languages = [r["language"] for r in docs]
    assert len(docs) >= 8 and languages.count("fr") >= len(docs) // 2 - 1


def test_dev_f1(summary: dict) -> None:
    assert summary["f1"] >= 0.95, summary


def test_dev_precision(summary: dict) -> None:
    assert summary["precision"] >= 0.95


def test_dev_facts_are_grounded(summary: dict) -> None:
    assert summary["grounding"] == 1.0


def test_dev_metric_and_qualifier_accuracy(summary: dict) -> None:
    assert summary["metric_accuracy"] >= 0.9 and summary["qualifier_accuracy"] >= 0.9


def test_dev_entity_recall(summary: dict) -> None:
    assert summary["entity_recall"] >= 0.9


def test_every_dev_document_yields_its_required_facts(summary: dict) -> None:
    weak = {d: c for d, c in summary["per_doc"].items() if c["fn"] > 1}
    assert not weak, weak
