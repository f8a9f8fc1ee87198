"""Every number of the text is a candidate: a number no indicator cue claims is still a fact, with a metric
code built from what it counts, unless it is a distractor of the genre; each one keeps its verdict."""

from __future__ import annotations

from datetime import date

from etl.extract import explain
from etl.records import Document
from tests.etl.sentences import fact_of, facts


def values(text: str, language: str = "en", published: date | None = None) -> set[float]:
    return {f.value for f in facts(text, language, published)}


# --- metrics built from the words around the number ------------------------------------------------------


def test_a_count_is_named_for_the_noun_it_counts() -> None:
    fact = fact_of("Hangzhou is home to 1,300 software firms.", 1300)
    assert (fact.subject, fact.metric, fact.unit) == ("Hangzhou", "software_firms", "count")


def test_a_french_count_is_named_in_english() -> None:
    fact = fact_of("Wuhan compte 2 100 laboratoires de recherche.", 2100, "fr")
    assert fact.metric.startswith("laboratories")


def test_a_rise_in_percent_is_a_growth_rate() -> None:
    fact = fact_of("Suzhou's exports rose 12.5 percent year on year.", 12.5)
    assert fact.metric.endswith("_growth") and fact.unit == "percent"


def test_a_percent_of_a_total_is_a_share_of_it() -> None:
    fact = fact_of("Nanning holds 41 percent of the provincial total of such firms.", 41)
    assert fact.metric.startswith("share_of_provincial")


def test_an_amount_is_named_for_the_measure_before_it() -> None:
    fact = fact_of("Kunming's tourism revenue reached 120 billion yuan in 2023.", 120_000_000_000)
    assert (fact.metric, fact.year) == ("tourism_revenue", 2023)


# --- distractors: not facts, while the facts beside them are ----------------------------------------------


def test_a_phone_number_is_not_a_fact_but_the_count_before_it_is() -> None:
    text = "Harbin now has 3,600 high-tech firms. Hotline: +86 451 8765 4321"
    assert values(text) == {3600}


def test_a_definitional_threshold_is_not_a_fact_but_the_count_it_defines_is() -> None:
    text = "Guizhou counts 2,400 industrial firms with annual revenue above 20 million yuan."
    assert values(text) == {2400}


def test_a_headline_repeating_a_body_figure_gives_one_fact() -> None:
    text = "Jilin's R&D spending tops 20 billion yuan\n\nJilin spent 20 billion yuan on research in 2023."
    [fact] = facts(text)
    assert fact.start > text.index("\n")


def test_a_section_number_is_not_a_fact() -> None:
    text = "3.2 Patents\nHefei granted 25,000 invention patents in 2024."
    assert values(text) == {25000}


def test_the_size_of_a_top_group_is_not_a_fact_but_the_rank_is() -> None:
    assert values("Shenzhen ranked second among the top 100 clusters.") == {2}


def test_a_streak_is_not_a_rank() -> None:
    assert values("Shenzhen led Chinese cities in PCT filings for the 20th consecutive year.") == set()


def test_a_small_enumeration_is_not_a_fact_but_a_large_count_is() -> None:
    text = "Zhengzhou will focus on three industries. It already hosts 1,500 high-tech firms."
    assert values(text) == {1500}


def test_a_number_word_of_the_other_language_is_not_a_number() -> None:
    assert values("Officials urged firms to seize opportunities; Ningbo has 4,000 tech SMEs.") == {4000}


# --- subject, kind and year of an uncued number ------------------------------------------------------------


def test_a_clause_about_the_whole_country_is_a_fact_of_china() -> None:
    fact = fact_of("Nationwide, R&D spending grew 8.4 percent in 2023, faster than Hefei's.", 8.4)
    assert fact.subject == "China"


def test_a_sentence_naming_no_subject_continues_the_last_fact_of_its_paragraph() -> None:
    text = "Suzhou spent 110 billion yuan on R&D in 2023. Spending was 9 billion yuan higher than a year earlier."
    assert fact_of(text, 9_000_000_000).subject == "Suzhou"


def test_a_year_stated_for_a_paragraph_dates_its_later_values() -> None:
    text = "In 2022, Changsha added 1,200 high-tech firms. The city also registered 35,000 patents."
    assert fact_of(text, 35000).year == 2022


def test_a_year_after_publication_never_dates_an_observation() -> None:
    text = "By 2030 Xi'an wants more. The city registered 35,000 patents."
    assert fact_of(text, 35000, published=date(2024, 5, 1)).year is None


def test_a_month_and_year_date_an_observation() -> None:
    assert fact_of("In mid-2021 Dalian counted 2,400 tech firms.", 2400).year == 2021
    assert fact_of("De janvier à novembre 2023, Nanchang a enregistré 900 brevets.", 900, "fr").year == 2023


def test_a_targets_heading_gives_its_kind_and_year_to_the_lines_below() -> None:
    text = "Targets for 2027\n- Hefei: 20,000 high-tech firms\n- Hefei: 500 new labs\n"
    found = facts(text)
    assert {(f.value, f.kind, f.year) for f in found} == {(20000, "target", 2027), (500, "target", 2027)}


def test_should_and_devront_mark_targets() -> None:
    assert fact_of("Fuzhou's digital output should exceed 600 billion yuan.", 600_000_000_000).kind == "target"
    fact = fact_of("Les ventes de Nanning devront dépasser 80 milliards de yuans.", 80_000_000_000, "fr")
    assert fact.kind == "target"


# --- the candidate records ------------------------------------------------------------------------------------


def test_every_number_has_a_verdict_and_a_reason() -> None:
    text = "Founded in 1988, the Xi'an zone hosts 4,000 firms; call 029-8888 for details. It ranked third."
    found = explain(Document("t.txt", "t.txt", "", text, "utf-8", "en"))
    assert found and all(c.reason for c in found)
    assert {c.reason for c in found if c.fact is None} and any(c.fact is not None for c in found)
    assert all(text[c.start : c.end] == c.number for c in found)


def test_every_fact_has_a_confidence_between_zero_and_one() -> None:
    text = "Wuhan is home to 12,000 high-tech enterprises. The city also counts 300 startups."
    assert all(0.0 <= f.confidence <= 1.0 for f in facts(text))


def test_each_value_takes_the_year_written_right_after_it() -> None:
    text = "PCT filings per million residents in Jiaxing went from 50.4 in 2021 to 61.3 in 2022."
    assert (fact_of(text, 50.4).year, fact_of(text, 61.3).year) == (2021, 2022)


def test_a_change_between_two_years_dates_each_end() -> None:
    text = "Entre 2020 et 2024, le PIB de Xiamen est passé de 638,4 à 858,9 milliards de yuans."
    assert fact_of(text, 638_400_000_000, "fr").year == 2020
    assert fact_of(text, 858_900_000_000, "fr").year == 2024


def test_a_half_year_period_dates_its_values() -> None:
    assert fact_of("Au premier semestre 2019, le Fujian a versé 300 millions de yuans.", 300_000_000, "fr").year == 2019


def test_a_comparison_year_does_not_date_the_next_sentence() -> None:
    text = "Hubei spent 120 billion yuan, 9 percent more than in 2022. Its R&D intensity was 2.3 percent."
    assert fact_of(text, 2.3).year is None


def test_a_dateline_does_not_date_the_figures() -> None:
    text = "Wuhan, 10 janvier 2024\nLe Hubei compte 35 303 PME technologiques."
    assert fact_of(text, 35303, "fr").year is None


def test_an_event_year_does_not_date_the_values_after_it() -> None:
    text = "The corridor became a national strategy in 2018. Today Hefei counts 12,000 high-tech firms."
    assert fact_of(text, 12000).year is None


def test_a_year_opening_a_line_dates_the_values_under_it() -> None:
    text = "In 2023:\n- Hefei counted 12,000 high-tech firms.\n- Wuhu counted 3,000 high-tech firms."
    assert (fact_of(text, 12000).year, fact_of(text, 3000).year) == (2023, 2023)


def test_a_metric_code_names_what_is_measured_not_who() -> None:
    text = "Business paid for 71.5 percent in Guizhou and 64.2 percent in Yunnan, against 60.1 percent in Tibet."
    metrics = {f.value: f.metric for f in facts(text)}
    assert not any(place in m for m in metrics.values() for place in ("guizhou", "yunnan", "tibet"))
    assert metrics[71.5].startswith("business")
