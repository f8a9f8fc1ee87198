"""Proposers speak for every number in their declared priority; a final rejection closes the number."""

from __future__ import annotations

import sys
from typing import ClassVar

import pytest

from etl.extract import explain
from etl.extract.candidates import Context, Number, Proposal, Rejection
from etl.records import Document


def verdicts(text: str) -> dict[str, tuple[str | None, str]]:
    found = explain(Document("t.txt", "t.txt", "", text, "utf-8", "en"))
    return {c.number: (c.source, c.reason) for c in found}


def test_a_cued_number_is_the_cue_proposers_and_an_uncued_one_the_open_proposers() -> None:
    found = verdicts("Jinan spent 3.1 percent of its GDP on R&D and hosts 410 robotics firms.")
    assert found["3.1 percent"] == ("cue", "fact")
    assert found["410"] == ("open", "fact")


def test_a_final_rejection_is_the_numbers_reason() -> None:
    found = verdicts("In 2023 Jinan hosts 410 robotics firms.")
    assert found["2023"][0] is None and found["2023"][1] != "fact"
    assert found["410"] == ("open", "fact")


class _Vetoes:
    """A proposer that rejects every number for good: nothing after it may speak."""

    source: ClassVar[str] = "veto"

    def propose(self, number: Number, context: Context) -> list[Proposal] | Rejection:
        return Rejection("vetoed in a test", final=True)


def test_a_new_proposer_placed_first_decides_before_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    proposing = sys.modules["etl.extract.candidates"]  # the package re-exports a function of that name
    monkeypatch.setattr(proposing, "PROPOSERS", (_Vetoes(), *proposing.PROPOSERS))
    found = verdicts("Jinan hosts 410 robotics firms.")
    assert found["410"] == (None, "vetoed in a test")
