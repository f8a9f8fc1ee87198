"""Corrections files: strict parsing with line numbers, and the pure application of each action."""

from __future__ import annotations

import pytest

from etl.corrections import (
    CorrectionsError,
    apply_corrections,
    names_document,
    occurrence_of,
    occurrence_start,
    parse_corrections,
)
from etl.records import Document, Entity, Extraction, Fact

TEXT = ("Northvale aims for 4.0% R&D intensity by 2030. Northvale had 1,200 high-tech firms. "
        "Its labs employ 1,200 researchers.")


def fact(quote: str, metric: str, value: float, occurrence: int = 1, **kw) -> Fact:
    start = occurrence_start(TEXT, quote, occurrence)
    assert start is not None
    values = {"kind": "observation", "subject": "Northvale", "subject_type": "region", "unit": "count",
              "confidence": 0.4, **kw}
    return Fact(doc="north.txt", metric=metric, value=value, quote=quote, start=start, end=start + len(quote),
                **values)


def extraction() -> Extraction:
    doc = Document(doc="north.txt", path="/data/north.txt", sha256="ab" * 32, text=TEXT, encoding="utf-8")
    facts = [fact("4.0% R&D intensity by 2030", "rd_intensity", 4.0, kind="target", unit="percent", year=2030),
             fact("1,200 high-tech firms", "high_tech_enterprises", 1200)]
    return Extraction(doc, [Entity(doc="north.txt", type="region", name="Northvale")], facts)


def parse(text: str):
    return parse_corrections(text, "/data/corrections.yaml")


def test_reject_drops_the_fact_at_the_quote_and_keeps_its_original() -> None:
    c = parse('- {document: north.txt, quote: "1,200 high-tech", action: reject, reason: wrong}')
    out = apply_corrections(extraction(), c)
    assert [f.metric for f in out.extraction.facts] == ["rd_intensity"]
    assert out.outcomes[0].status == "applied"
    assert out.outcomes[0].original[0]["value"] == 1200


def test_fix_changes_the_fields_sets_confidence_one_and_keeps_the_original() -> None:
    c = parse("- document: north.txt\n  quote: R&D intensity\n  action: fix\n  set: {year: 2028, value: 4.5}\n")
    out = apply_corrections(extraction(), c)
    fixed = out.extraction.facts[0]
    assert (fixed.year, fixed.value, fixed.confidence) == (2028, 4.5, 1.0)
    assert out.provenance[0].original["year"] == 2030
    assert out.provenance[1] is None
    assert "year 2030 -> 2028" in out.outcomes[0].detail


def test_add_states_a_fact_at_the_chosen_occurrence_of_the_quote() -> None:
    c = parse("- document: north.txt\n  quote: '1,200'\n  occurrence: 2\n  action: add\n"
              "  fact: {kind: observation, subject: Northvale, metric: researchers, value: 1200, unit: people}\n")
    out = apply_corrections(extraction(), c)
    added = out.extraction.facts[-1]
    assert added.start == TEXT.index("1,200 researchers")
    assert TEXT[added.start:added.end] == "1,200"
    assert (added.subject_type, added.confidence) == ("region", 1.0)


def test_a_quote_not_in_the_text_is_unmatched_and_nothing_changes() -> None:
    c = parse('- {document: north.txt, quote: "9,999 firms", action: reject}')
    out = apply_corrections(extraction(), c)
    assert len(out.extraction.facts) == 2
    assert out.outcomes[0].status == "unmatched"


def test_a_quote_without_a_fact_is_unmatched() -> None:
    c = parse('- {document: north.txt, quote: "researchers", action: reject}')
    assert apply_corrections(extraction(), c).outcomes[0].status == "unmatched"


def test_an_add_about_an_unknown_subject_without_type_is_invalid() -> None:
    c = parse("- document: north.txt\n  quote: '1,200'\n  action: add\n"
              "  fact: {kind: observation, subject: Elsewhere, metric: researchers, value: 1200, unit: people}\n")
    assert apply_corrections(extraction(), c).outcomes[0].status == "invalid"


def test_a_fix_that_inverts_a_range_is_invalid_and_leaves_the_fact() -> None:
    c = parse("- {document: north.txt, quote: R&D, action: fix, set: {value_high: 1}}")
    out = apply_corrections(extraction(), c)
    assert out.outcomes[0].status == "invalid"
    assert out.extraction.facts[0].value_high is None


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("- {document: a.txt, quote: x, action: reject}\n- {document: a.txt, quote: x, action: delete}\n", 2,
     "action must be one of"),
    ("- document: a.txt\n  quote: x\n  action: fix\n", 1, "a fix needs `set`"),
    ("- {document: a.txt, quote: x, action: reject}\n\n- document: a.txt\n  quote: x\n  action: fix\n"
     "  set: {year: twenty}\n", 3, "year must be"),
    ("- document: a.txt\n  quote: [unclosed\n", 3, "not valid YAML"),
    ("- {document: a.txt, quote: x, action: add, fact: {kind: target, subject: A}}", 1, "missing metric"),
    ("document: a.txt\n", 1, "expected a list"),
])
def test_a_malformed_file_is_refused_with_its_line_and_reason(text: str, line: int, reason: str) -> None:
    with pytest.raises(CorrectionsError, match=rf"corrections\.yaml:{line}: .*{reason}"):
        parse(text)


def test_an_empty_file_has_no_corrections() -> None:
    assert parse("# nothing yet\n") == []


def test_a_document_is_named_by_file_name_relative_path_or_sha256(tmp_path) -> None:
    from pathlib import Path

    c = parse("- {document: sub/north.txt, quote: x, action: reject}")[0]
    assert names_document(c, Path("/data/sub/north.txt"), None)
    assert not names_document(c, Path("/data/other/north.txt"), None)
    by_sha = parse(f"- {{document: {'AB' * 32}, quote: x, action: reject}}")[0]
    assert names_document(by_sha, Path("/x/y.txt"), "ab" * 32)


def test_occurrence_of_inverts_occurrence_start() -> None:
    second = occurrence_start(TEXT, "1,200", 2)
    assert occurrence_of(TEXT, "1,200", second) == 2


def test_a_quote_that_is_exactly_a_fact_span_matches_that_fact_only() -> None:
    doc = Document(doc="n.txt", path="/d/n.txt", sha256="0" * 64, text="It ranks 7th and first in the west.",
                   encoding="utf-8")
    inner = Fact(doc="n.txt", kind="observation", subject="N", subject_type="region", metric="rank", value=7,
                 unit="rank", quote="ranks 7th", start=3, end=12)
    outer = Fact(doc="n.txt", kind="observation", subject="N", subject_type="region", metric="west_rank", value=1,
                 unit="rank", quote="ranks 7th and first", start=3, end=22)
    c = parse("- {document: n.txt, quote: ranks 7th, action: reject}")
    out = apply_corrections(Extraction(doc, [], [inner, outer]), c)
    assert [f.metric for f in out.extraction.facts] == ["west_rank"]
