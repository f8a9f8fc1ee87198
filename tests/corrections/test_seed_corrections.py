"""Issue 10's "Done when" on the seeds: a corrections.yaml that rejects one fact, fixes the year of another
and adds a missing one changes exactly those rows, and keeps them after --full-refresh and a new extractor
version. The facts are found by the corrections file (tests/corrections/seed_corrections.yaml), never named here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

import etl.run
from etl.corrections import CORRECTIONS_FILE, read_corrections
from etl.run import RunOptions, run_etl

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds" / "documents"

PEERS = "SELECT region, indicator, target_value, target_year, peer_region, peer_value FROM analytics.v_target_vs_peers"
LATEST = "SELECT subject, indicator, value, year, sources FROM analytics.v_metrics_latest"
EVIDENCE = ("SELECT document, subject, indicator, kind, value, year, quote, \"start\", corrected, original_value,"
            " correction_reason FROM analytics.v_evidence")


def rows(engine, sql: str) -> set[tuple]:
    with engine.connect() as conn:
        return {tuple(r) for r in conn.execute(text(sql))}


def snapshot(engine) -> dict[str, set[tuple]]:
    return {"peers": rows(engine, PEERS), "latest": rows(engine, LATEST), "evidence": rows(engine, EVIDENCE)}


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def corrected(db_url: str, engine, seeds: Path) -> tuple[dict, dict, etl.run.RunSummary]:
    """Snapshots of the views before and after the corrections file appears, and the run that applied it."""
    assert run_etl(RunOptions(paths=[str(seeds)]), url=db_url).status == "succeeded"
    before = snapshot(engine)
    shutil.copy(HERE / "seed_corrections.yaml", seeds / CORRECTIONS_FILE)
    summary = run_etl(RunOptions(paths=[str(seeds)]), url=db_url)
    return before, snapshot(engine), summary


def quotes() -> dict[str, str]:
    return {c.action: c.quote for c in read_corrections(HERE / "seed_corrections.yaml")}


def test_a_new_corrections_file_reloads_only_the_document_it_names(corrected) -> None:
    _, _, summary = corrected
    assert (summary.documents_changed, summary.documents_unchanged) == (1, 4)
    assert (summary.corrections_applied, summary.corrections_unmatched, summary.corrections_invalid) == (3, 0, 0)


def test_evidence_changes_exactly_in_the_three_corrected_rows(corrected) -> None:
    before, after, _ = corrected
    q = quotes()
    gone = before["evidence"] - after["evidence"]
    new = after["evidence"] - before["evidence"]
    assert len(gone) == 2 and len(new) == 2
    rejected = next(r for r in gone if q["reject"] in r[6])
    fixed_before = next(r for r in gone if q["fix"] in r[6])
    fixed = next(r for r in new if q["fix"] in r[6])
    added = next(r for r in new if r[6] == q["add"])
    assert rejected != fixed_before
    assert fixed[:5] == fixed_before[:5] and fixed[5] != fixed_before[5]  # only the year moved
    assert fixed[8:] == (True, fixed_before[4], "test: the year is wrong")
    assert added[8] is True and added[3] == "observation"


def test_target_vs_peers_loses_the_rejected_target_and_moves_the_fixed_year(corrected) -> None:
    before, after, _ = corrected
    ev_before = {r[6]: r for r in before["evidence"]}
    q = quotes()
    rejected = next(r for quote, r in ev_before.items() if q["reject"] in quote)
    fixed = next(r for quote, r in ev_before.items() if q["fix"] in quote)
    fixed_year = next(r[5] for r in after["evidence"] if q["fix"] in r[6])

    def key(r: tuple, fact: tuple) -> bool:  # a v_target_vs_peers row of the fact in v_evidence row `fact`
        return (r[0], r[1], r[2], r[3]) == (fact[1], fact[2], fact[4], fact[5])

    expected = {(r[0], r[1], r[2], fixed_year, *r[4:]) if key(r, fixed) else r
                for r in before["peers"] if not key(r, rejected)}
    assert any(key(r, rejected) for r in before["peers"]) and any(key(r, fixed) for r in before["peers"])
    assert after["peers"] == expected


def test_metrics_latest_gains_the_added_fact_and_nothing_else(corrected) -> None:
    before, after, _ = corrected
    assert before["latest"] <= after["latest"]
    assert [r[:5] for r in after["latest"] - before["latest"]] == [
        ("Chongqing", "years_first_in_western_china", 6.0, None, 1)]


def test_corrections_survive_a_full_refresh(corrected, db_url, engine, seeds) -> None:
    summary = run_etl(RunOptions(paths=[str(seeds)], full_refresh=True), url=db_url)
    assert summary.documents_changed == 5 and summary.corrections_applied == 3
    assert snapshot(engine) == corrected[1]


def test_corrections_survive_a_new_extractor_version(corrected, db_url, engine, seeds, monkeypatch) -> None:
    monkeypatch.setattr(etl.run, "EXTRACTOR_VERSION", etl.run.EXTRACTOR_VERSION + ".next")
    summary = run_etl(RunOptions(paths=[str(seeds)]), url=db_url)
    assert summary.documents_changed == 5 and summary.corrections_applied == 3
    assert snapshot(engine) == corrected[1]


def test_removing_the_corrections_file_restores_the_extracted_rows(corrected, db_url, engine, seeds) -> None:
    (seeds / CORRECTIONS_FILE).unlink()
    summary = run_etl(RunOptions(paths=[str(seeds)]), url=db_url)
    assert summary.documents_changed == 1
    assert snapshot(engine) == corrected[0]
