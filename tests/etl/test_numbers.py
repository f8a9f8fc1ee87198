"""The number reader: each written form, unit, multiplier, range and qualifier; what is not a quantity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from etl.extract.numbers import Quantity, digits_value, find_quantities, parse_number


def only(text: str, language: str | None = None) -> Quantity:
    """The single quantity of `text` that is not a year, date or name."""
    found = [q for q in find_quantities(text, language) if q.unit not in ("year", "date", "name")]
    assert len(found) == 1, found
    return found[0]


# --- digits in both conventions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("25,000", 25000),
        ("20 000", 20000),
        ("20\u00a0000", 20000),
        ("20\u202f000", 20000),
        ("3,31", 3.31),
        ("3.31", 3.31),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234.567", 1234567),
        ("7", 7),
    ],
)
def test_digits_in_either_convention_read_as_one_value(written: str, value: float) -> None:
    assert digits_value(written) == pytest.approx(value)


def test_comma_before_a_french_multiplier_is_a_decimal_comma() -> None:
    assert digits_value("1,234", "fr", before_multiplier=True) == pytest.approx(1.234)


# --- number words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("twenty-four", 24),
        ("one hundred and twelve", 112),
        ("two million three hundred thousand", 2_300_000),
        ("vingt-quatre", 24),
        ("soixante-dix", 70),
        ("soixante et onze", 71),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-neuf", 99),
        ("deux cents", 200),
        ("trois mille", 3000),
        ("mille milliards", 1e12),
    ],
)
def test_number_words_in_english_and_french(written: str, value: float) -> None:
    assert parse_number(written, "fr" if written[0] in "vsqdtm" else "en") == pytest.approx(value)


def test_a_round_number_noun_is_approximate() -> None:
    q = only("Wuhan a attiré une centaine de start-up.", "fr")
    assert (q.value, q.qualifier) == (100, "approx")


def test_near_a_hundred_in_french_is_approximately_100() -> None:
    q = only("près d'une centaine d'entreprises", "fr")
    assert (q.value, q.qualifier) == (100, "approx")


def test_a_plural_round_number_gives_no_value() -> None:
    assert not [q for q in find_quantities("Dozens of firms and des centaines de laboratoires.") if q.unit != "name"]


def test_a_hundred_is_one_hundred() -> None:
    assert only("Hefei hosts a hundred labs.").value == 100


# --- fractions and shares -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one-seventh of the firms", 14.29),
        ("two-thirds of the patents", 66.67),
        ("a quarter of the output", 25),
        ("un tiers des entreprises", 33.33),
        ("deux tiers des brevets", 66.67),
        ("la moitié des instituts", 50),
        ("one out of every three papers", 33.33),
        ("one in five start-ups", 20),
        ("une entreprise sur quatre", 25),
    ],
)
def test_fractions_are_shares_in_percent(text: str, value: float) -> None:
    q = only(text)
    assert (q.unit, q.value) == ("percent", pytest.approx(value))


def test_half_of_the_top_twenty_is_a_count_of_ten() -> None:
    q = only("Xi'an hosts half of the global top 20 chipmakers.")
    assert (q.unit, q.value, q.total) == ("count", 10, 20)


def test_the_first_half_of_the_year_is_not_a_share() -> None:
    assert not [q for q in find_quantities("In the first half of the year, Chengdu grew.") if q.unit == "percent"]


def test_n_of_the_top_m_keeps_the_group_size() -> None:
    q = only("12 des 30 plus grandes entreprises chimiques mondiales", "fr")
    assert (q.value, q.total) == (12, 30)


# --- ordinals -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"), [("ranked sixth", 6), ("came 13th", 13), ("au 7e rang", 7), ("au deuxième rang", 2),
                       ("reste premier", 1), ("le 1er rang", 1), ("number one in China", 1)]
)
def test_ordinals_are_ranks(text: str, rank: int) -> None:
    q = only(text)
    assert (q.unit, q.value) == ("rank", rank)


@pytest.mark.parametrize(
    "text",
    ["the 20th National Congress", "during the 14th Five-Year Plan", "le troisième plénum du comité central",
     "au 21e siècle", "the 5th Western China Sci-Tech Forum edition"],
)
def test_ordinals_of_congresses_plans_and_centuries_are_names(text: str) -> None:
    assert all(q.unit == "name" for q in find_quantities(text) if q.form == "ordinal")


# --- ranges, multipliers, units -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["4.5 to 5 percent", "4.5-5%", "4,5 à 5 %", "between 4.5 and 5 percent", "entre 4,5 et 5 %"]
)
def test_ranges_give_a_low_and_a_high_value(text: str) -> None:
    q = only(text, "fr" if "," in text else "en")
    assert (q.value, q.value_high, q.unit) == (4.5, 5, "percent")


def test_a_change_from_one_value_to_another_is_not_a_range() -> None:
    found = [q for q in find_quantities("R&D intensity rose from 2.5 percent to 3.1 percent.") if q.unit == "percent"]
    assert [(q.value, q.value_high) for q in found] == [(2.5, None), (3.1, None)]


def test_years_joined_by_a_dash_are_not_a_range() -> None:
    assert [q.unit for q in find_quantities("between 2021 and 2023")] == ["year", "year"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("312.4 billion yuan", 312.4e9),
        ("1.8 trillion yuan", 1.8e12),
        ("1,2 milliard de yuans", 1.2e9),
        ("3 200 milliards de yuans", 3.2e12),
        ("RMB 50 billion", 50e9),
        ("¥2.5 million", 2.5e6),
        ("50亿元", 5e9),
    ],
)
def test_yuan_amounts_are_plain_numbers_of_yuan(text: str, value: float) -> None:
    q = only(text, "fr" if "milliard" in text else "en")
    assert (q.unit, q.value) == ("cny", pytest.approx(value))


def test_french_billion_is_ten_to_the_twelfth() -> None:
    assert only("2 billions de yuans", "fr").value == pytest.approx(2e12)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("3.31 square kilometers", "km2"),
        ("3,31 kilomètres carrés", "km2"),
        ("400 000 mètres carrés", "m2"),
        ("120,000 m²", "m2"),
        ("a 400-kilometer corridor", "km"),
        ("320 per day", "count_per_day"),
        ("25 per 10,000 people", "per_10k_people"),
        ("12 pour 10 000 habitants", "per_10k_people"),
        ("2.1 times", "ratio"),
        ("3 fois", "ratio"),
        ("45 percent", "percent"),
        ("45 pour cent", "percent"),
        ("0.3 percentage points", "pp"),
        ("$1.2 billion", "usd"),
    ],
)
def test_units_written_after_the_number(text: str, unit: str) -> None:
    assert only(text, "fr" if "carré" in text or "fois" in text else "en").unit == unit


def test_the_denominator_of_a_rate_is_not_a_quantity() -> None:
    assert [q.value for q in find_quantities("invention patents per 10,000 people reached 60")] == [60]


def test_pct_in_capitals_is_the_patent_treaty_not_percent() -> None:
    assert only("Shenzhen filed 23,000 PCT applications").unit == "count"


# --- qualifiers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("more than 300 firms", "more_than"),
        ("over 300 firms", "more_than"),
        ("plus de 300 entreprises", "more_than"),
        ("au-delà de 300 entreprises", "more_than"),
        ("nearly 300 firms", "approx"),
        ("about 300 firms", "approx"),
        ("an average of 300 firms", "approx"),
        ("environ 300 entreprises", "approx"),
        ("près de 300 entreprises", "approx"),
        ("en moyenne 300 entreprises", "approx"),
        ("at least 300 firms", "at_least"),
        ("no less than 300 firms", "at_least"),
        ("au moins 300 entreprises", "at_least"),
        ("pas moins de 300 entreprises", "at_least"),
        ("less than 300 firms", "less_than"),
        ("moins de 300 entreprises", "less_than"),
        ("up to 300 firms", "at_most"),
        ("jusqu'à 300 entreprises", "at_most"),
        ("300 firms", "exact"),
        ("300 or more firms", "at_least"),
    ],
)
def test_qualifiers_before_and_after_the_number(text: str, qualifier: str) -> None:
    assert only(text).qualifier == qualifier


def test_the_qualifier_is_part_of_the_span() -> None:
    text = "Xi'an has more than 1,200 firms."
    q = only(text)
    assert text[q.start : q.end] == "more than 1,200"


# --- what is not a quantity -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1986, the firm grew.",
        "on April 29",
        "le 3 mars",
        "Released on:2025-10-31",
        "at 10:30",
        "Tel: 027-87654321",
    ],
)
def test_years_dates_times_and_phone_numbers_are_not_counts(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit in ("count", "percent", "cny", "rank")]


@pytest.mark.parametrize(
    "text", ["six années consécutives", "three hours", "plus de dix ans", "the first 11 months", "two-day"]
)
def test_durations_are_tagged_as_durations(text: str) -> None:
    units = {q.unit for q in find_quantities(text) if q.form != "ordinal"}
    assert units == {"duration"}


@pytest.mark.parametrize(
    "text", ["the G50 expressway", "5G base stations", "COVID-19 measures", "la disposition « 128 »",
             "the Top 100 Innovation Clusters", "one of China's major facilities"]
)
def test_numbers_inside_names_are_not_counts(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "count"]


def test_a_four_digit_number_before_a_plural_noun_is_a_count() -> None:
    assert only("Wuxi compte 2000 entreprises.", "fr").unit == "count"


# --- properties -------------------------------------------------------------------------------------

numbers = st.integers(min_value=0, max_value=10**9)


def english_grouped(n: int) -> str:
    return f"{n:,}"


def french_grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(max_examples=200, deadline=None)
@given(numbers, st.sampled_from([english_grouped, lambda n: french_grouped(n, " "),
                                 lambda n: french_grouped(n, "\u00a0"), lambda n: french_grouped(n, "\u202f")]))
def test_grouped_digits_parse_back_to_the_number(n: int, render) -> None:  # noqa: ANN001
    assert parse_number(render(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimals_parse_back_with_either_decimal_mark(whole: int, cents: int) -> None:
    value = whole + cents / 100
    english = f"{whole:,}.{cents:02d}"
    french = f"{whole:,}".replace(",", "\u202f") + f",{cents:02d}"
    assert parse_number(english) == pytest.approx(value)
    assert parse_number(french, "fr") == pytest.approx(value)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(["en", "fr"]))
def test_numbers_written_in_words_parse_back(n: int, language: str) -> None:
    written = num2words(n, lang=language).replace(",", "")
    assert parse_number(written, language) == n


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_reading_arbitrary_text_never_raises_and_spans_are_inside_it(text: str) -> None:
    from etl.extract.numbers import _find

    for q in _find(text, None):
        assert 0 <= q.start <= q.num_start <= q.num_end <= q.end <= len(text)
