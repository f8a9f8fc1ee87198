"""Sentence ends in every script the genre mixes."""

from __future__ import annotations

from etl.extract.segment import sentences
from tests.etl.sentences import fact_of


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_a_chinese_full_stop_ends_a_sentence_without_a_space_after_it() -> None:
    assert spans("厦门的目标是更高。Fuzhou has 6,000 firms.") == ["厦门的目标是更高。", "Fuzhou has 6,000 firms."]


def test_chinese_exclamation_and_question_marks_end_sentences() -> None:
    assert spans("好！真的吗？是的。") == ["好！", "真的吗？", "是的。"]


def test_a_target_before_a_chinese_full_stop_stays_with_its_city() -> None:
    text = "Xiamen aims for 4 percent R&D intensity by 2028。Fuzhou counts 6,000 high-tech firms."
    fact = fact_of(text, 4)
    assert (fact.subject, fact.kind, fact.year) == ("Xiamen", "target", 2028)
