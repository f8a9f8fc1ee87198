"""`etl run` with corrections and a confidence threshold, on documents written for these tests."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import etl.pipeline
from etl.corrections import CORRECTIONS_FILE, CorrectionsError
from etl.run import RunOptions, run_etl

DOC = "Hefei aims to raise its R&D intensity to 3.5% by 2030. Wuhan had 14,000 high-tech enterprises in 2023.\n"


def rows(engine, sql: str, **params) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(DOC, encoding="utf-8")
    return docs


@pytest.fixture
def unsure_wuhan(monkeypatch) -> None:
    """The extractor gives the Wuhan figure a low confidence."""
    real = etl.pipeline.extract

    def extract(document):
        ex = real(document)
        # fixed confidences, so that the test does not hang on the extractor's calibration
        ex.facts[:] = [dataclasses.replace(f, confidence=0.1 if f.subject == "Wuhan" else 0.9) for f in ex.facts]
        return ex

    monkeypatch.setattr(etl.pipeline, "extract", extract)


def test_unmatched_corrections_are_reported_and_change_nothing(db_url, engine, folder) -> None:
    (folder / CORRECTIONS_FILE).write_text(
        "- {document: plan.txt, quote: 'R&D intensity to 9%', action: reject}\n"
        "- {document: other.txt, quote: '14,000', action: reject}\n", encoding="utf-8")
    summary = run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert summary.corrections_unmatched == 2 and summary.corrections_applied == 0
    assert [p.split(": ")[1] for p in summary.correction_problems] == ["unmatched", "unmatched"]
    assert rows(engine, "SELECT line, status, path IS NOT NULL FROM analytics.v_etl_corrections ORDER BY line") == [
        (1, "unmatched", True), (2, "unmatched", False)]
    assert rows(engine, "SELECT count(*) FROM analytics.v_facts") == [(2,)]


def test_a_malformed_file_stops_the_run_before_anything_is_loaded(db_url, engine, folder) -> None:
    (folder / CORRECTIONS_FILE).write_text(
        "- {document: plan.txt, quote: '14,000', action: reject}\n"
        "- {document: plan.txt, quote: '3.5%', action: fix, set: {year: 'soon'}}\n", encoding="utf-8")
    with pytest.raises(CorrectionsError, match=r"corrections\.yaml:2: set: year must be"):
        run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert rows(engine, "SELECT (SELECT count(*) FROM core.etl_runs), (SELECT count(*) FROM core.documents)") == [
        (0, 0)]


def test_the_cli_refuses_a_malformed_file_with_its_line_and_exit_status_2(cli_env, folder) -> None:
    (folder / CORRECTIONS_FILE).write_text("- document: plan.txt\n  quote: x\n  action: remove\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "etl", "etl", "run", str(folder)], env=cli_env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert f"{folder / CORRECTIONS_FILE}:1: action must be one of" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_corrections_file_given_on_the_command_line_applies(db_url, engine, folder, tmp_path) -> None:
    extra = tmp_path / "reviewed.yaml"
    extra.write_text("- {document: plan.txt, quote: '14,000 high-tech', action: fix, set: {value: 15000},"
                     " reason: typo}\n", encoding="utf-8")
    assert run_etl(RunOptions(paths=[str(folder)], corrections=str(extra)), url=db_url).corrections_applied == 1
    assert rows(engine, "SELECT value, original_value, confidence, correction_reason FROM analytics.v_evidence"
                        " WHERE subject = 'Wuhan'") == [(15000.0, 14000.0, 1.0, "typo")]


def test_low_confidence_facts_are_loaded_but_only_in_evidence_and_the_review_queue(
        db_url, engine, folder, unsure_wuhan) -> None:
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert rows(engine, "SELECT subject FROM analytics.v_facts") == [("Hefei",)]
    assert rows(engine, "SELECT subject FROM analytics.v_metrics_latest") == []
    assert rows(engine, "SELECT subject, confidence FROM analytics.v_evidence ORDER BY subject") == [
        ("Hefei", 0.9), ("Wuhan", 0.1)]
    assert rows(engine, "SELECT subject, confidence FROM analytics.v_review_queue") == [("Wuhan", 0.1)]


def test_a_lower_threshold_on_the_next_run_lets_them_in(db_url, engine, folder, unsure_wuhan) -> None:
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    summary = run_etl(RunOptions(paths=[str(folder)], min_confidence=0.05), url=db_url)
    assert summary.documents_unchanged == 1
    assert rows(engine, "SELECT subject FROM analytics.v_facts ORDER BY 1") == [("Hefei",), ("Wuhan",)]
    assert rows(engine, "SELECT count(*) FROM analytics.v_review_queue") == [(0,)]


def test_a_fix_confirms_a_low_confidence_fact(db_url, engine, folder, unsure_wuhan) -> None:
    (folder / CORRECTIONS_FILE).write_text(
        "- {document: plan.txt, quote: Wuhan had, action: fix, set: {year: 2023}, reason: checked}\n",
        encoding="utf-8")
    run_etl(RunOptions(paths=[str(folder)]), url=db_url)
    assert rows(engine, "SELECT subject, confidence FROM analytics.v_facts ORDER BY 1") == [
        ("Hefei", 0.9), ("Wuhan", 1.0)]
    assert rows(engine, "SELECT corrected, correction FROM analytics.v_evidence WHERE subject = 'Wuhan'") == [
        (True, "fix")]


def test_the_run_summary_counts_corrections(cli_env, folder) -> None:
    (folder / CORRECTIONS_FILE).write_text(
        "- {document: plan.txt, quote: '14,000', action: reject}\n"
        "- {document: plan.txt, quote: 'nowhere', action: reject}\n", encoding="utf-8")
    env = {**cli_env, "PYTHONPATH": os.getcwd()}
    subprocess.run([sys.executable, "-m", "etl", "db", "upgrade"], env=env, capture_output=True, timeout=120)
    done = subprocess.run([sys.executable, "-m", "etl", "-q", "etl", "run", str(folder)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "corrections: 1 applied, 1 unmatched, 0 invalid" in done.stdout
    assert f"{folder / CORRECTIONS_FILE}:2: unmatched: the quote is not in the document text" in done.stdout
