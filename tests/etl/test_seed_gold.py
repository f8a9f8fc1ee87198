"""The quality bars on the five seed documents, scored with the reference scoring rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl import evaluate, read
from etl.extract import extract

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds" / "documents"
GOLD = REPO / "tests" / "data" / "seeds.jsonl"


@pytest.fixture(scope="module")
def summary() -> dict:
    if not GOLD.exists() or not SEEDS.is_dir():
        pytest.skip(f"seed documents or gold missing ({SEEDS}, {GOLD})")
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    pred: list[dict] = []
    texts: dict[str, str] = {}
    for path in sorted(SEEDS.iterdir()):
        document = read.read_document(path)
        texts[document.doc] = document.text
        pred.extend(extract(document).records())
    return evaluate.score(gold, pred, texts)


def test_seed_f1_reaches_the_bar(summary: dict) -> None:
    assert summary["f1"] >= 0.95, summary


def test_every_seed_quote_is_grounded(summary: dict) -> None:
    assert summary["grounding"] == 1.0


def test_seed_metric_accuracy_reaches_the_bar(summary: dict) -> None:
    assert summary["metric_accuracy"] >= 0.9


def test_seed_qualifier_accuracy_reaches_the_bar(summary: dict) -> None:
    assert summary["qualifier_accuracy"] >= 0.9


def test_seed_entity_recall_reaches_the_bar(summary: dict) -> None:
    assert summary["entity_recall"] >= 0.9
