"""The seeds, extracted and loaded: the answers issue 4 spells out, idempotence and replacement."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from etl.run import RunOptions, run_etl

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "documents"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def loaded(db_url: str, seeds: Path) -> Path:
    summary = run_etl(RunOptions(paths=[str(seeds)]), url=db_url)
    assert summary.status == "succeeded"
    return seeds


def rows(engine, sql: str, **params) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def test_chongqing_targets_against_shanghai(engine, loaded) -> None:
    got = rows(engine, """
        SELECT indicator, target_value, target_year, peer_value, peer_qualifier, gap, ratio
        FROM analytics.v_target_vs_peers WHERE region = 'Chongqing' AND peer_region = 'Shanghai'
        ORDER BY target_year, indicator""")
    assert got == [
        ("national_innovation_platforms", 150.0, 2027, None, None, None, None),
        ("rd_intensity", 3.0, 2027, None, None, None, None),
        ("high_tech_enterprises", 20000.0, 2030, 25000.0, "more_than", -5000.0, 0.8),
    ]


def test_the_2027_question_filters_to_two_targets(engine, loaded) -> None:
    got = rows(engine, """
        SELECT indicator FROM analytics.v_target_vs_peers
        WHERE region = :region AND peer_region = :peer AND target_year = :year ORDER BY indicator""",
               region="Chongqing", peer="Shanghai", year=2027)
    assert got == [("national_innovation_platforms",), ("rd_intensity",)]


def test_shanghai_high_tech_figure_is_one_latest_row_with_two_evidence_rows(engine, loaded) -> None:
    latest = rows(engine, """
        SELECT value, qualifier, sources FROM analytics.v_metrics_latest
        WHERE subject = 'Shanghai' AND indicator = 'high_tech_enterprises'""")
    assert latest == [(25000.0, "more_than", 2)]
    evidence = rows(engine, """
        SELECT count(*) FROM analytics.v_evidence
        WHERE subject = 'Shanghai' AND indicator = 'high_tech_enterprises' AND kind = 'observation'""")
    assert evidence == [(2,)]


def test_every_evidence_quote_is_its_document_text(engine, loaded) -> None:
    bad = rows(engine, """
        SELECT e.id FROM core.evidence e JOIN core.documents d ON d.id = e.document_id
        WHERE substr(d.text, e.start_offset + 1, e.end_offset - e.start_offset) <> e.quote""")
    assert bad == []


def snapshot(engine) -> list[tuple]:
    return rows(engine, """
        SELECT 'target', id, value, year FROM core.targets UNION ALL
        SELECT 'metric', id, value, year FROM core.metrics UNION ALL
        SELECT 'evidence', id, start_offset, end_offset FROM core.evidence UNION ALL
        SELECT 'document', id, length(text), 0 FROM core.documents ORDER BY 1, 2""")


def test_a_second_run_changes_nothing(engine, db_url, loaded) -> None:
    before = snapshot(engine)
    summary = run_etl(RunOptions(paths=[str(loaded)]), url=db_url)
    assert (summary.documents_unchanged, summary.documents_new, summary.documents_changed) == (5, 0, 0)
    assert snapshot(engine) == before


def test_a_changed_document_replaces_its_rows(engine, db_url, loaded) -> None:
    target = next(p for p in sorted(loaded.iterdir()) if "D’ici 2030" in p.read_text(encoding="utf-8"))
    target.write_text(target.read_text(encoding="utf-8").replace("20 000", "30 000"), encoding="utf-8")
    summary = run_etl(RunOptions(paths=[str(loaded)]), url=db_url)
    assert (summary.documents_changed, summary.documents_unchanged) == (1, 4)
    assert (summary.targets_added, summary.targets_removed) == (1, 1)
    got = rows(engine, """
        SELECT target_value FROM analytics.v_targets
        WHERE region = 'Chongqing' AND indicator = 'high_tech_enterprises'""")
    assert got == [(30000.0,)]


def test_prune_removes_a_deleted_document_and_only_its_facts(engine, db_url, loaded) -> None:
    victim = next(p for p in sorted(loaded.iterdir()) if "D’ici 2030" in p.read_text(encoding="utf-8"))
    victim.unlink()
    summary = run_etl(RunOptions(paths=[str(loaded)], prune=True), url=db_url)
    assert (summary.documents_pruned, summary.documents_unchanged) == (1, 4)
    assert rows(engine, "SELECT count(*) FROM analytics.v_targets WHERE region = 'Chongqing'") == [(0,)]
    assert rows(engine, "SELECT count(*) FROM core.documents") == [(4,)]
