"""Confidence of a proposed fact: a logistic score over what the proposal rests on.

The weights are data (`seeds/reference/confidence.yaml`), fitted on the annotated development corpora by
`python -m etl.extract.calibrate` (`make calibrate`) so that the confidence reads as a probability of
being right (docs/facts.md: of the facts given 0.8 or more, at least nine in ten are right).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from etl.extract import lexicon


@cache
def weights() -> dict[str, float]:
    return {str(k): float(v) for k, v in (lexicon.load("confidence.yaml")["weights"] or {}).items()}


def features(source: str, own: Iterable[str]) -> list[str]:
    """The features a proposal is scored on: its proposer, and what it rests on."""
    return ["bias", f"source:{source}", *sorted(own)]


def score(source: str, own: Iterable[str]) -> float:
    w = weights()
    z = sum(w.get(f, 0.0) for f in features(source, own))
    return round(1.0 / (1.0 + math.exp(-z)), 3)
