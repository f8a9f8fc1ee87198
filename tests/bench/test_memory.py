"""The bench's memory figures: peaks read at marks of a run, and the flat-memory verdict."""

from __future__ import annotations

import sys

import pytest

from etl.bench.memory import PeakAt
from etl.bench.report import _memory_goal

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@linux
def test_peaks_are_read_when_the_documents_done_first_reach_each_mark() -> None:
    peaks = PeakAt([2000, 5000])
    peaks("run_started", run=1, files=5000)
    for done in (1000, 2200, 3000, 5000):
        peaks("batch_loaded", done=done, total=5000)
    result = peaks.result()
    assert result["coordinator_at_start"] > 0
    assert (result["2000"]["documents"], result["5000"]["documents"]) == (2200, 5000)
    assert result["5000"]["coordinator"] >= result["2000"]["coordinator"] > 0


def _figures(early: float, late: float) -> dict:
    return {"docs": 10_000, "peak_rss_mb": 500.0, "etl_run_peak_rss_mb": {
        "2000": {"documents": 2000, "coordinator": early, "worker_max": 80.0},
        "10000": {"documents": 10_000, "coordinator": late, "worker_max": 80.0}}}


def test_memory_within_a_tenth_of_its_peak_at_2000_documents_is_flat() -> None:
    assert _memory_goal(_figures(100.0, 108.0)).met is True


def test_memory_growing_past_a_tenth_is_not_flat() -> None:
    assert _memory_goal(_figures(100.0, 130.0)).met is False


def test_a_run_of_2000_documents_or_fewer_gives_no_verdict() -> None:
    figures = _figures(100.0, 100.0)
    figures["docs"] = 2000
    figures["etl_run_peak_rss_mb"] = {"2000": figures["etl_run_peak_rss_mb"]["2000"]}
    assert _memory_goal(figures).met is None
