"""The scorer behind `innovdb eval`: matching rules, measures, report, and agreement with the reference."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from etl.errors import InnovdbError
from etl.evaluate import (
    confident,
    failed_bars,
    format_summary,
    load_jsonl,
    public_summary,
    score,
    subject_key,
    summary_json,
)

REFERENCE_SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score.py"

HEFEI_TEXT = (
    "Hefei City has more than 2,000 high-tech enterprises. By 2027 the city aims for an R&D intensity "
    "of 4 percent. The Hefei National Laboratory hosts about 30 research teams.\n"
)
WUHAN_TEXT = (
    "Wuhan se classe au 6e rang national. La ville compte près de 1 200 entreprises de haute technologie "
    "et vise 10 000 PME technologiques d'ici 2026.\n"
)


def _span(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def _fact(doc: str, subject: str, metric: str, value: float, **extra: Any) -> dict[str, Any]:
    record = {
        "record": "fact",
        "doc": doc,
        "kind": "observation",
        "subject": subject,
        "subject_type": "region",
        "metric": metric,
        "value": value,
        "value_high": None,
        "unit": "count",
        "qualifier": "exact",
        "year": None,
        "quote": "",
        "start": 0,
        "end": 0,
    }
    record.update(extra)
    return record


def _gold() -> list[dict[str, Any]]:
    return [
        {"record": "document", "doc": "hefei.txt", "language": "en", "published": "2024-05-06"},
        {"record": "document", "doc": "wuhan.txt", "language": "fr", "published": None},
        {"record": "entity", "doc": "hefei.txt", "type": "region", "name": "Hefei", "aliases": ["Hefei City"]},
        {
            "record": "entity",
            "doc": "hefei.txt",
            "type": "organization",
            "name": "Hefei National Laboratory",
            "aliases": ["HNL"],
        },
        {"record": "entity", "doc": "wuhan.txt", "type": "region", "name": "Wuhan", "aliases": ["Wouhan"]},
        {"record": "entity", "doc": "wuhan.txt", "type": "region", "name": "Hubei", "aliases": [], "required": False},
        _fact(
            "hefei.txt",
            "Hefei",
            "high_tech_enterprises",
            2000,
            qualifier="more_than",
            **_span(HEFEI_TEXT, "more than 2,000 high-tech enterprises"),
        ),
        _fact(
            "hefei.txt",
            "Hefei",
            "rd_intensity",
            4,
            kind="target",
            unit="percent",
            year=2027,
            **_span(HEFEI_TEXT, "By 2027 the city aims for an R&D intensity of 4 percent"),
        ),
        _fact(
            "hefei.txt",
            "Hefei National Laboratory",
            "research_teams",
            30,
            subject_type="organization",
            qualifier="approx",
            required=False,
            **_span(HEFEI_TEXT, "about 30 research teams"),
        ),
        _fact(
            "wuhan.txt",
            "Wuhan",
            "innovation_index_national_rank",
            6,
            unit="rank",
            **_span(WUHAN_TEXT, "se classe au 6e rang national"),
        ),
        _fact(
            "wuhan.txt",
            "Wuhan",
            "high_tech_enterprises",
            1200,
            qualifier="approx",
            **_span(WUHAN_TEXT, "près de 1 200 entreprises de haute technologie"),
        ),
        _fact(
            "wuhan.txt",
            "Wuhan",
            "tech_smes",
            10000,
            kind="target",
            year=2026,
            **_span(WUHAN_TEXT, "vise 10 000 PME technologiques d'ici 2026"),
        ),
    ]


def _pred() -> list[dict[str, Any]]:
    return [
        {"record": "document", "doc": "hefei.txt", "language": "en", "published": "2024-05-06"},
        {"record": "document", "doc": "wuhan.txt", "language": "en", "published": "2025-01-01"},
        {"record": "document", "doc": "chengdu.txt", "language": "fr", "published": None},
        {"record": "entity", "doc": "hefei.txt", "type": "region", "name": "Hefei City", "aliases": []},
        {"record": "entity", "doc": "wuhan.txt", "type": "region", "name": "Wuhan Municipality", "aliases": ["Wouhan"]},
        # value 1 % off, alias with a generic word: a match with the wrong qualifier
        _fact("hefei.txt", "Hefei City", "high_tech_enterprises", 2019, **_span(HEFEI_TEXT, "2,000 high-tech")),
        # right target, wrong metric code, quote not where the offsets say
        _fact(
            "hefei.txt",
            "Hefei",
            "rd_share_of_gdp",
            4.0,
            kind="target",
            unit="percent",
            year=2027,
            quote="4 percent",
            start=0,
            end=9,
        ),
        # matches the optional fact: counts neither way
        _fact(
            "hefei.txt",
            "HNL",
            "research_teams",
            30,
            subject_type="organization",
            qualifier="approx",
            **_span(HEFEI_TEXT, "about 30 research teams"),
        ),
        _fact("wuhan.txt", "Wouhan", "innovation_index_national_rank", 6, unit="rank", **_span(WUHAN_TEXT, "6e rang")),
        # wrong year for a target: false prediction, and the gold target is missed
        _fact("wuhan.txt", "Wuhan", "tech_smes", 10000, kind="target", year=2025, **_span(WUHAN_TEXT, "10 000 PME")),
        # offsets missing: not grounded
        {
            "record": "fact",
            "doc": "wuhan.txt",
            "kind": "observation",
            "subject": "Wuhan",
            "metric": "high_tech_enterprises",
            "value": 1300,
            "quote": "1 200",
        },
        # a document outside the gold set is ignored
        _fact("chengdu.txt", "Chengdu", "high_tech_enterprises", 500),
    ]


TEXTS = {"hefei.txt": HEFEI_TEXT, "wuhan.txt": WUHAN_TEXT}


def _write_case(folder: Path) -> tuple[Path, Path, Path]:
    docs = folder / "docs"
    docs.mkdir()
    for name, text in TEXTS.items():
        (docs / name).write_text(text, encoding="utf-8")
    gold, pred = folder / "gold.jsonl", folder / "pred.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _gold()), encoding="utf-8")
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _pred()), encoding="utf-8")
    return gold, pred, docs


def _reference(gold: Path, pred: Path, docs: Path, *flags: str) -> str:
    result = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), "--gold", str(gold), "--pred", str(pred), "--docs", str(docs), *flags],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


needs_reference = pytest.mark.skipif(not REFERENCE_SCORER.exists(), reason="reference scorer not present")


# --- agreement with the reference scorer ----------------------------------------------------------


@needs_reference
def test_summary_equals_the_reference_scorers(tmp_path: Path) -> None:
    gold, pred, docs = _write_case(tmp_path)
    expected = json.loads(_reference(gold, pred, docs, "--json"))
    assert public_summary(score(load_jsonl(gold), load_jsonl(pred), TEXTS)) == expected


@needs_reference
def test_verbose_report_equals_the_reference_scorers(tmp_path: Path) -> None:
    gold, pred, docs = _write_case(tmp_path)
    expected = _reference(gold, pred, docs, "--verbose")
    assert format_summary(score(load_jsonl(gold), load_jsonl(pred), TEXTS), verbose=True) + "\n" == expected


@needs_reference
def test_json_line_equals_the_reference_scorers(tmp_path: Path) -> None:
    gold, pred, docs = _write_case(tmp_path)
    expected = _reference(gold, pred, docs, "--json")
    assert summary_json(score(load_jsonl(gold), load_jsonl(pred), TEXTS)) + "\n" == expected


@needs_reference
def test_perfect_prediction_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    gold, _, docs = _write_case(tmp_path)
    expected = json.loads(_reference(gold, gold, docs, "--json"))
    assert public_summary(score(load_jsonl(gold), load_jsonl(gold), TEXTS)) == expected


@needs_reference
def test_confident_facts_are_the_reference_scorers(tmp_path: Path) -> None:
    gold, pred, docs = _write_case(tmp_path)
    records = load_jsonl(pred)
    for i, r in enumerate(r for r in records if r.get("record") == "fact"):
        r["confidence"] = [0.95, 0.5, "n/a", 0.8][i % 4]  # a confidence that is not a number counts as 0
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = json.loads(_reference(gold, pred, docs, "--json", "--confidence-at-least", "0.8"))
    assert public_summary(score(load_jsonl(gold), confident(records, 0.8), TEXTS)) == expected
    assert expected["predicted"] < len([r for r in records if r.get("record") == "fact"])


# --- the measures on the worked case --------------------------------------------------------------


def test_counts_of_the_worked_case() -> None:
    summary = score(_gold(), _pred(), TEXTS)
    assert (summary["tp"], summary["fp"], summary["fn"], summary["predicted"]) == (3, 2, 2, 6)


def test_per_document_counts() -> None:
    assert score(_gold(), _pred(), TEXTS)["per_doc"] == {
        "hefei.txt": {"tp": 2, "fp": 0, "fn": 0},
        "wuhan.txt": {"tp": 1, "fp": 2, "fn": 2},
    }


def test_agreement_is_measured_over_matched_pairs() -> None:
    summary = score(_gold(), _pred(), TEXTS)
    assert (summary["metric_accuracy"], summary["qualifier_accuracy"]) == (0.75, 0.75)


def test_grounding_is_the_share_of_predictions_whose_quote_is_at_its_offsets() -> None:
    assert score(_gold(), _pred(), TEXTS)["grounding"] == round(4 / 6, 4)


def test_document_language_and_date_accuracy() -> None:
    summary = score(_gold(), _pred(), TEXTS)
    assert (summary["language_accuracy"], summary["published_accuracy"]) == (0.5, 1.0)


def test_entity_recall_counts_required_entities_found_by_any_alias() -> None:
    summary = score(_gold(), _pred(), TEXTS)
    assert summary["entity_recall"] == round(2 / 3, 4)
    assert summary["details"]["entities_missed"] == ["hefei.txt organization Hefei National Laboratory"]


# --- matching rules -------------------------------------------------------------------------------


def _one(gold_fact: dict[str, Any], pred_fact: dict[str, Any]) -> dict[str, Any]:
    return score([gold_fact], [pred_fact], {})


def test_value_within_one_percent_matches() -> None:
    assert _one(_fact("d.txt", "Shenzhen", "gdp", 1000), _fact("d.txt", "Shenzhen", "gdp", 1010))["tp"] == 1


def test_value_beyond_one_percent_does_not_match() -> None:
    assert _one(_fact("d.txt", "Shenzhen", "gdp", 1000), _fact("d.txt", "Shenzhen", "gdp", 1011))["tp"] == 0


def test_small_values_match_within_five_hundredths() -> None:
    assert _one(_fact("d.txt", "Xi'an", "rank", 1.0), _fact("d.txt", "Xi'an", "rank", 1.04))["tp"] == 1


def test_kind_must_agree() -> None:
    gold, pred = _fact("d.txt", "Hefei", "gdp", 5), _fact("d.txt", "Hefei", "gdp", 5, kind="target")
    assert _one(gold, pred)["tp"] == 0


def test_year_must_agree_when_gold_gives_one() -> None:
    gold, pred = _fact("d.txt", "Hefei", "gdp", 5, year=2030), _fact("d.txt", "Hefei", "gdp", 5, year=None)
    assert _one(gold, pred)["tp"] == 0


def test_any_year_is_accepted_when_gold_gives_none() -> None:
    gold, pred = _fact("d.txt", "Hefei", "gdp", 5), _fact("d.txt", "Hefei", "gdp", 5, year=2024)
    assert _one(gold, pred)["tp"] == 1


def test_subject_matches_through_gold_aliases() -> None:
    gold = [
        {"record": "entity", "doc": "d.txt", "type": "region", "name": "Xi'an", "aliases": ["Xian", "Si-ngan"]},
        _fact("d.txt", "Xi'an", "gdp", 5),
    ]
    assert score(gold, [_fact("d.txt", "Si-ngan", "gdp", 5)], {})["tp"] == 1


def test_unrelated_subject_does_not_match() -> None:
    assert _one(_fact("d.txt", "Chengdu", "gdp", 5), _fact("d.txt", "Chongqing", "gdp", 5))["tp"] == 0


def test_subject_key_ignores_accents_case_apostrophes_and_generic_words() -> None:
    assert subject_key("The City of Xi’an") == subject_key("XIAN") == "xian"


def test_each_prediction_matches_one_gold_fact() -> None:
    gold = [_fact("d.txt", "Wuhan", "gdp", 5), _fact("d.txt", "Wuhan", "gdp", 5)]
    summary = score(gold, [_fact("d.txt", "Wuhan", "gdp", 5)], {})
    assert (summary["tp"], summary["fn"]) == (1, 1)


def test_required_gold_fact_is_matched_before_an_optional_one() -> None:
    gold = [_fact("d.txt", "Wuhan", "gdp", 5, required=False), _fact("d.txt", "Wuhan", "gdp", 5)]
    summary = score(gold, [_fact("d.txt", "Wuhan", "gdp", 5)], {})
    assert (summary["tp"], summary["fn"]) == (1, 0)


def test_recall_is_one_without_required_gold_facts() -> None:
    assert score([_fact("d.txt", "Wuhan", "gdp", 5, required=False)], [], {})["recall"] == 1.0


def test_candidate_with_the_gold_metric_is_preferred() -> None:
    gold = _fact("d.txt", "Hefei", "tech_smes", 5)
    preds = [_fact("d.txt", "Hefei", "other", 5), _fact("d.txt", "Hefei", "tech_smes", 5)]
    assert score([gold], preds, {})["metric_accuracy"] == 1.0


# --- report, bars, files --------------------------------------------------------------------------


def test_report_lists_misses_only_when_verbose() -> None:
    summary = score(_gold(), _pred(), TEXTS)
    assert "MISSED" not in format_summary(summary)
    assert "MISSED  wuhan.txt: target Wuhan tech_smes=10000 (2026)" in format_summary(summary, verbose=True)


def test_failed_bars_name_each_bar_missed() -> None:
    summary = score(_gold(), _pred(), TEXTS)
    assert failed_bars(summary, {"f1": 0.9, "grounding": 0.5, "entity_recall": 0.7}) == [
        f"f1 {summary['details']['bars']['f1']:.3f} < 0.9",
        f"entity-recall {2 / 3:.3f} < 0.7",
    ]


def test_no_bar_is_missed_without_minimums() -> None:
    assert failed_bars(score(_gold(), _pred(), TEXTS), {"f1": None}) == []


def test_line_that_is_not_json_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text('{"record": "document"}\n\n{oops\n', encoding="utf-8")
    with pytest.raises(InnovdbError, match=r"pred.jsonl:3: not JSON"):
        load_jsonl(path)
