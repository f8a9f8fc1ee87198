"""`innovdb bench` survives a missing optional peer, prints what it measured when a step fails, and sizes
the view database with --docs."""

from __future__ import annotations

import io
import json
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from etl import cli, db
from etl.bench import harness
from etl.bench.harness import PEER_MISSING, BenchOptions, versus_quantulum
from etl.bench.report import format_partial

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds" / "documents").iterdir())[0]


def run_cli(args: list[str], url: str, home: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with (mock.patch.dict(os.environ, {"DATABASE_URL": url, "INNOVDB_HOME": str(home)}),
          redirect_stdout(out), redirect_stderr(err)):
        db.database_url.cache_clear()
        try:
            cli.main(args)
            code = 0
        except SystemExit as e:
            code = int(e.code or 0)
        finally:
            db.database_url.cache_clear()
    return code, out.getvalue(), err.getvalue()


def test_a_missing_quantulum3_skips_the_peer_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "quantulum3", None)  # import fails as when the dev extra is absent
    assert versus_quantulum([SEED]) == {"vs_quantulum3": None, "peer_docs": 0, "peer_note": PEER_MISSING}


def test_a_failing_step_still_prints_the_figures_measured_before_it(
    monkeypatch: pytest.MonkeyPatch, server_url: str, tmp_path: Path
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(harness, "scratch_database", broken)
    code, out, err = run_cli(["bench", "--docs", "20", "--workers", "1", "--json"], server_url, tmp_path)
    assert code == 1
    figures = json.loads(out)
    assert figures["failed_step"] == "database"
    assert "No space left on device" in figures["error"]
    assert figures["corpus_facts"] > 0 and figures["extract_docs_per_s"] > 0 and "synthetic_f1" in figures
    assert err.strip().splitlines()[-1].startswith("innovdb: error: benchmark stopped at step database")


def test_the_partial_report_lists_the_figures_in_text() -> None:
    text = format_partial({"docs": 20, "corpus_facts": 180, "failed_step": "views", "error": "OSError: x",
                           "command": "innovdb bench --docs 20"})
    assert "stopped at step views: OSError: x" in text
    assert "corpus_facts" in text and "180" in text


@pytest.mark.parametrize(("docs", "facts"), [(1000, 100_000), (10_000, 1_000_000), (20, 2_000)])
def test_facts_default_to_one_hundred_per_document(
    docs: int, facts: int, monkeypatch: pytest.MonkeyPatch, server_url: str, tmp_path: Path
) -> None:
    seen: list[BenchOptions] = []

    def record(options: BenchOptions, *args: Any, **kwargs: Any) -> dict[str, Any]:
        seen.append(options)
        raise SystemExit(0)

    monkeypatch.setattr(harness, "run_bench", record)
    run_cli(["bench", "--docs", str(docs)], server_url, tmp_path)
    assert [o.facts for o in seen] == [facts]
