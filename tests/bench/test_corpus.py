"""The synthetic benchmark corpus, and a smoke run of `innovdb bench`."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from etl.bench import corpus

SAMPLE = 40


@pytest.fixture(scope="module")
def documents() -> list[corpus.SyntheticDocument]:
    return list(corpus.generate_corpus(SAMPLE, seed=7))


def test_same_seed_gives_the_same_documents() -> None:
    first = corpus.generate_document(3, seed=11)
    again = corpus.generate_document(3, seed=11)
    assert (first.text, first.facts, first.entities) == (again.text, again.facts, again.entities)


def test_another_seed_gives_other_documents() -> None:
    assert corpus.generate_document(3, seed=11).text != corpus.generate_document(3, seed=12).text


@pytest.mark.parametrize("target", [3000, 5000, 8000])
def test_documents_are_about_the_requested_size(target: int) -> None:
    sizes = [len(corpus.generate_document(i, seed=1, target_bytes=target).text.encode("utf-8")) for i in range(20)]
    assert all(0.9 * target <= size <= 1.15 * target for size in sizes), sizes


def test_every_gold_quote_is_the_text_at_its_offsets(documents: list[corpus.SyntheticDocument]) -> None:
    for document in documents:
        for fact in document.facts:
            assert document.text[fact.start:fact.end] == fact.quote, (document.name, fact)


def test_both_languages_appear(documents: list[corpus.SyntheticDocument]) -> None:
    assert {d.language for d in documents} == {"en", "fr"}


def test_documents_carry_facts_of_both_kinds(documents: list[corpus.SyntheticDocument]) -> None:
    kinds = {f.kind for d in documents for f in d.facts}
    assert kinds == {"observation", "target"}
    assert all(d.facts for d in documents)


def test_targets_with_a_year_state_it_in_the_quote(documents: list[corpus.SyntheticDocument]) -> None:
    dated = [f for d in documents for f in d.facts if f.kind == "target" and f.year is not None]
    assert dated
    assert all(str(f.year) in f.quote for f in dated)


def test_french_documents_never_group_thousands_with_commas(documents: list[corpus.SyntheticDocument]) -> None:
    french = [f.quote for d in documents if d.language == "fr" for f in d.facts]
    assert french
    assert not any(re.search(r"\d,\d{3}(?!\d)", q) for q in french)
    assert any(re.search(r"\d[ \u00a0]\d{3}(?!\d)", q) for q in french)


def test_a_variant_states_the_same_facts_with_other_values() -> None:
    original = corpus.generate_document(5, seed=2)
    variant = corpus.generate_document(5, seed=2, variant=1)
    same_slots = [(f.kind, f.subject, f.metric) for f in original.facts]
    assert same_slots == [(f.kind, f.subject, f.metric) for f in variant.facts]
    assert [f.value for f in original.facts] != [f.value for f in variant.facts]
    assert original.text != variant.text


def test_changed_indexes_pick_one_percent_of_the_corpus() -> None:
    picked = corpus.changed_indexes(1000, seed=4)
    assert len(picked) == 10 and len(set(picked)) == 10 and all(0 <= i < 1000 for i in picked)


def test_written_gold_has_required_records_for_every_document(tmp_path: Path) -> None:
    stats = corpus.write_corpus(tmp_path, corpus.generate_corpus(5, seed=9))
    records = [json.loads(line) for line in (tmp_path / corpus.GOLD_NAME).read_text(encoding="utf-8").splitlines()]
    assert {r["record"] for r in records} == {"document", "entity", "fact"}
    assert all(r["required"] is True for r in records)
    assert sum(r["record"] == "fact" for r in records) == stats.facts
    assert sorted(p.name for p in (tmp_path / corpus.DOCS_DIR).iterdir()) == [corpus.document_name(i)
                                                                            for i in range(5)]


def test_written_text_is_the_text_the_offsets_index(tmp_path: Path) -> None:
    document = corpus.generate_document(0, seed=3)
    (tmp_path / corpus.DOCS_DIR).mkdir()
    path = corpus.write_document(tmp_path, document)
    assert path.read_bytes().decode("utf-8") == document.text


DOCUMENTED_KEYS = {
    "docs", "extract_docs_per_s", "extract_docs_per_s_1w", "full_run_s", "rerun_s", "changed_1pct_s",
    "load_rows_per_s", "copy_rows_per_s", "load_vs_copy", "copy_same_schema_rows_per_s",
    "load_vs_copy_same_schema", "view_p95_ms", "synthetic_f1", "peak_rss_mb",
    "vs_quantulum3", "facts_for_view_timing", "machine", "command", "goals", "refresh_s", "refresh_incremental_s",
    "reader_during_load",
    "local_docs_per_s", "dask_docs_per_s", "etl_run_peak_rss_mb",
}


def _extractor_ready() -> bool:
    if importlib.util.find_spec("etl.extract") is None:
        return False
    try:
        return hasattr(importlib.import_module("etl.extract"), "extract")
    except Exception:  # half-written while another engineer works on it
        return False


@pytest.mark.skipif(not _extractor_ready(), reason="the extractor (etl.extract) is not there yet")
def test_bench_json_prints_the_documented_keys(cli_env: dict[str, str]) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).with_name("innovdb")), "bench", "--docs", "60", "--facts", "5000", "--json"],
        env=cli_env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert not DOCUMENTED_KEYS - result.keys()
    assert result["docs"] == 60
    assert result["facts_for_view_timing"] >= 5000
    assert set(result["view_p95_ms"]["v_target_vs_peers"]) == {
        "region", "region+peer", "regions_in", "limit", "count", "group_by_indicator"}
    assert {"cores", "cpu", "python", "postgresql"} <= result["machine"].keys()
