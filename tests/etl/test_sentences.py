"""Sentence ends in every script the genre mixes."""

from __future__ import annotations

from etl.extract.segment import sentences
from tests.etl.sentences import fact_of


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_a_chinese_full_stop_ends_a_sentence_without_a_space_after_it() -> None:
    assert spans("重庆的目标是更高。Shanghai has 25,000 firms.") == ["重庆的目标是更高。", "Shanghai has 25,000 firms."]


def test_chinese_exclamation_and_question_marks_end_sentences() -> None:
    assert spans("好！真的吗？是的。") == ["好！", "真的吗？", "是的。"]


def test_a_target_before_a_chinese_full_stop_stays_with_its_city() -> None:
    text = "Chongqing aims for 3 percent R&D intensity by 2027。Shanghai counts 25,000 high-tech firms."
    fact = fact_of(text, 3)
    assert (fact.subject, fact.kind, fact.year) == ("Chongqing", "target", 2027)
