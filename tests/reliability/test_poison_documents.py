"""One document that breaks a step of the run must not keep the run's other documents out of the database.

A document that fails every time it is loaded would otherwise block every document after it, run after run.
Extractor and database failures are injected in-process around `etl.run.run_etl`.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
from docgen import english_document, french_document
from harness import UNGROUNDED_EVIDENCE, innovdb, query, scalar

import etl.pipeline
from etl.records import Document, Extraction, Fact
from etl.run import RunOptions, run_etl

GOOD = ("a_hefei.txt", "c_wuhan.txt")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    rng = random.Random(41)
    (docs / "a_hefei.txt").write_text(english_document(rng, "Hefei"), encoding="utf-8")
    (docs / "b_poison.txt").write_text(french_document(rng, "Shenzhen"), encoding="utf-8")
    (docs / "c_wuhan.txt").write_text(english_document(rng, "Wuhan"), encoding="utf-8")
    return docs


def loaded_names(url: str) -> set[str]:
    return {Path(p).name for (p,) in query(url, "SELECT path FROM core.documents")}


def poisoned(step):  # noqa: ANN001, ANN202 - wraps the extractor the pipeline calls
    real = etl.pipeline.extract

    def extract(document: Document) -> Extraction:
        result = real(document)
        return step(result) if "poison" in document.doc else result
    return extract


def extractor_crash(result: Extraction) -> Extraction:
    raise RuntimeError("extractor bug on this document")


def fact_the_database_refuses(result: Extraction) -> Extraction:
    """A range whose high end is below its low end ("fell from 5 to 4.5 percent" read as a range)."""
    text = result.document.text
    bad = Fact(doc=result.document.doc, kind="observation", subject="Shenzhen", subject_type="region",
               metric="rd_intensity", value=5.0, value_high=4.5, unit="percent", quote=text[:10], start=0, end=10)
    return dataclasses.replace(result, facts=[*result.facts, bad])


def test_a_document_the_extractor_fails_on_is_rejected_and_the_others_load(
        folder: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(etl.pipeline, "extract", poisoned(extractor_crash))
    summary = run_etl(RunOptions(paths=[str(folder)], batch_size=10), url=db_url)
    assert loaded_names(db_url) == set(GOOD)
    assert [Path(p).name for p, _ in summary.rejections] == ["b_poison.txt"]


def test_a_document_the_database_refuses_is_rejected_and_the_others_load(
        folder: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(etl.pipeline, "extract", poisoned(fact_the_database_refuses))
    summary = run_etl(RunOptions(paths=[str(folder)], batch_size=10), url=db_url)
    assert loaded_names(db_url) == set(GOOD)
    assert [Path(p).name for p, _ in summary.rejections] == ["b_poison.txt"]


def nul_document(rng: random.Random) -> bytes:
    """UTF-16 text may carry U+0000, which PostgreSQL text cannot hold: here in the headline and the body."""
    body = english_document(rng, "Xiamen").replace("\n\n", "\n\x00\n", 1)
    return ("Xiamen\x00 innovation bulletin\n" + body).encode("utf-16")


def test_a_document_holding_nul_characters_does_not_stop_the_run(folder: Path, cli_env: dict[str, str],
                                                                  db_url: str) -> None:
    (folder / "b_poison.txt").write_bytes(nul_document(random.Random(43)))
    result = innovdb(["etl", "run", str(folder)], cli_env)
    assert result.returncode in (0, 3), result.stderr
    assert set(GOOD) <= loaded_names(db_url)


def test_evidence_after_a_nul_character_stays_grounded(tmp_path: Path, cli_env: dict[str, str],
                                                       db_url: str) -> None:
    body = english_document(random.Random(44), "Xiamen").replace("\n\n", "\n\x00\n", 1)
    (tmp_path / "xiamen.txt").write_bytes(body.encode("utf-16"))
    assert innovdb(["etl", "run", str(tmp_path)], cli_env).returncode == 0
    assert scalar(db_url, "SELECT count(*) FROM core.evidence") > 0
    assert scalar(db_url, UNGROUNDED_EVIDENCE) == 0
