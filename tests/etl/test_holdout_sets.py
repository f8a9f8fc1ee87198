"""Regression guards on the hold-out sets: documents of the genre annotated without sight of the rules.

Set A (tests/cases/holdout/) has since guided rule changes; set B (tests/cases/holdout_b/) has not, and is
the honest measure of how the extractor does on documents it has never seen. The bars sit a little below
the scores measured when they were set, so a change that loses ground fails here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

BARS = {  # set: (min F1, min grounding)
    "holdout": (0.90, 1.0),
    "holdout_b": (0.69, 1.0),
}


@pytest.mark.parametrize("name", sorted(BARS))
def test_hold_out_set_scores_above_its_bar(name: str) -> None:
    min_f1, min_grounding = BARS[name]
    folder = REPO / "tests" / "cases" / name
    result = subprocess.run(
        [sys.executable, "-m", "etl", "eval", "--gold", str(folder / "gold.jsonl"), "--docs", str(folder),
         "--min-f1", str(min_f1), "--min-grounding", str(min_grounding)],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
