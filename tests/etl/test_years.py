"""The year and the kind of a value: what the text says of its time, read the way the genre writes it (English
and French), and never a year that dates something else."""

from __future__ import annotations

from datetime import date

from tests.etl.sentences import fact_of

# --- a year compared with is not the value's year ----------------------------------------------------------


def test_a_french_comparison_year_does_not_date_the_value_but_the_paragraph_year_does() -> None:
    text = "En 2022, le Jiangxi a consacré 60 milliards de yuans à la R&D, soit 8 milliards de plus qu'en 2021."
    assert fact_of(text, 8_000_000_000, "fr").year == 2022
    assert fact_of(text, 60_000_000_000, "fr").year == 2022


def test_a_french_comparison_year_does_not_date_the_next_sentence() -> None:
    text = (
        "En 2023, le Yunnan comptait 3 200 entreprises de haute technologie, 400 de plus qu'en 2022. "
        "Leur chiffre d'affaires a progressé de 11 %."
    )
    assert fact_of(text, 11, "fr").year == 2023
