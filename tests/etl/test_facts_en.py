"""Facts from English sentences: indicator cues, target versus observation, years, subjects, qualifiers."""

from __future__ import annotations

from datetime import date

import pytest

from etl.records import Fact
from tests.etl import sentences


def facts(text: str, published: date | None = None) -> list[Fact]:
    return sentences.facts(text, "en", published)


def one(text: str, published: date | None = None) -> Fact:
    return sentences.one(text, "en", published)


# --- indicator cues ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Wuhan is home to 12,000 high-tech enterprises.", "high_tech_enterprises", 12000),
        ("Hefei has 15 national key laboratories.", "national_key_laboratories", 15),
        ("Chengdu counts 40 unicorn companies.", "unicorn_enterprises", 40),
        ("Suzhou hosts 213 listed companies.", "listed_companies", 213),
        ("Xi'an has 9 national technology business incubators.", "national_incubators", 9),
        ("Nanjing has 320 new-type R&D institutions.", "new_rd_institutions", 320),
        ("Hangzhou filed 4,100 PCT international patent applications.", "pct_applications", 4100),
        ("Shenzhen counts 950 specialized and sophisticated \"little giant\" enterprises.",
         "little_giant_enterprises", 950),
        ("Changsha has 7,800 technology-based SMEs.", "tech_smes", 7800),
        ("Ningbo built 31 innovation consortia.", "innovation_consortia", 31),
    ],
)
def test_a_count_cue_after_the_number(text: str, metric: str, value: float) -> None:
    f = one(text)
    assert (f.metric, f.value, f.unit) == (metric, value, "count")


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit"),
    [
        ("Guangzhou's R&D expenditure reached 180.2 billion yuan.", "rd_expenditure", 180.2e9, "cny"),
        ("Wuhan's GDP reached 2.1 trillion yuan.", "gdp", 2.1e12, "cny"),
        ("Technology contract turnover in Xi'an hit 320 billion yuan.", "tech_contract_turnover", 320e9, "cny"),
        ("Hefei's R&D intensity stood at 3.9 percent.", "rd_intensity", 3.9, "percent"),
        ("The zone covers a planned area of 98 square kilometers.", "planned_area", 98, "km2"),
    ],
)
def test_a_cue_before_the_number(text: str, metric: str, value: float, unit: str) -> None:
    f = one("Hefei Hi-Tech Zone is growing. " + text if "zone" in text else text)
    assert (f.metric, f.value, f.unit) == (metric, pytest.approx(value), unit)


def test_a_share_of_gdp_needs_the_indicator_named_in_the_sentence() -> None:
    f = one("Wuhan spent 2.9 percent of its GDP on R&D in 2023.")
    assert (f.metric, f.value, f.year) == ("rd_intensity", 2.9, 2023)


def test_a_share_of_the_national_total() -> None:
    f = one("The Hefei High-Tech Zone holds one-tenth of China's high-tech enterprises.")
    assert (f.metric, f.value, f.unit) == ("share_of_national_high_tech_enterprises", 10, "percent")


def test_a_new_firms_per_day_rate_from_a_daily_cue() -> None:
    f = one("Shenzhen is adding an average of 250 new tech companies founded every day.")
    assert (f.metric, f.unit, f.qualifier) == ("new_tech_enterprises_per_day", "count_per_day", "approx")


def test_a_rate_per_ten_thousand_people() -> None:
    f = one("Hangzhou had 95 invention patents per 10,000 people.")
    assert (f.metric, f.value, f.unit) == ("invention_patents_per_10k_people", 95, "per_10k_people")


def test_a_growth_rate_between_an_indicator_and_its_level() -> None:
    found = {f.metric: f.value for f in facts("Chengdu's GDP grew 6 percent to 2.2 trillion yuan.")}
    assert found == {"gdp_growth": 6, "gdp": pytest.approx(2.2e12)}


def test_a_number_without_an_indicator_cue_is_a_fact_named_for_what_it_counts() -> None:
    [fact] = facts("Xi'an welcomed 1.2 million visitors to the expo.")
    assert (fact.subject, fact.metric, fact.value, fact.unit) == ("Xi'an", "visitors", 1_200_000, "count")


# --- not facts ------------------------------------------------------------------------------------------


def test_a_list_count_that_announces_its_items_is_not_a_fact() -> None:
    assert facts("The three provinces of Hubei, Hunan and Jiangxi signed a pact.") == []


def test_a_duration_is_not_a_fact() -> None:
    assert facts("Wuhan has led the ranking for six consecutive years.") == []


def test_the_ordinal_of_a_plan_is_not_a_rank() -> None:
    assert facts("Wuhan ranked the project first under the 14th Five-Year Plan.") == []


def test_numbers_in_page_furniture_are_not_facts() -> None:
    body = (
        "Hefei has 15 national key laboratories. The city has drawn researchers from across the country, "
        "and officials expect the science city to keep growing as new facilities open in the coming years."
    )
    text = body + "\n\nRelated stories\nNanjing opens 30 national key laboratories\nBuy video"
    assert [f.value for f in facts(text)] == [15]


# --- target or observation, and the year -------------------------------------------------------------


def test_by_a_year_with_an_aim_is_a_target_of_that_year() -> None:
    f = one("By 2027, Wuhan aims to have 20,000 high-tech enterprises.")
    assert (f.kind, f.year) == ("target", 2027)


def test_plans_to_have_is_a_target_not_an_observation() -> None:
    assert one("Xi'an plans to have 60 national key laboratories by 2030.").kind == "target"


def test_a_target_without_a_year_has_no_year() -> None:
    f = one("Hefei will build 10 more national key laboratories.")
    assert (f.kind, f.year) == ("target", None)


def test_a_past_value_with_a_year_is_an_observation_of_that_year() -> None:
    f = one("In 2023, Nanjing had 9,100 high-tech enterprises.")
    assert (f.kind, f.year) == ("observation", 2023)


def test_a_founding_year_is_not_the_value_year() -> None:
    assert one("Founded in 2015, the Wuhan lab hosts 30 national key laboratories.").year is None


def test_this_year_in_a_dated_document_is_the_publication_year() -> None:
    assert one("Hangzhou added 2,000 high-tech enterprises this year.", date(2024, 12, 1)).year == 2024


def test_last_year_in_a_dated_document_is_the_year_before() -> None:
    assert one("Hangzhou had 15,000 high-tech enterprises last year.", date(2024, 12, 1)).year == 2023


def test_a_ranking_names_its_year() -> None:
    f = one("In the Global Innovation Index 2024, the Wuhan cluster ranked 13th.")
    assert (f.metric, f.value, f.year) == ("gii_cluster_rank", 13, 2024)


def test_an_earlier_value_after_up_from_is_an_observation_of_its_year() -> None:
    found = facts("Wuhan plans to have 20,000 high-tech enterprises by 2027, up from 14,000 in 2023.")
    assert [(f.kind, f.value, f.year) for f in found] == [("target", 20000, 2027), ("observation", 14000, 2023)]


def test_a_change_from_one_level_to_a_target_level() -> None:
    found = facts("Xi'an aims to raise its R&D intensity from 4 percent to 5 percent by 2026.")
    assert [(f.kind, f.value, f.year) for f in found] == [("observation", 4, None), ("target", 5, 2026)]


def test_a_restated_goal_in_the_next_sentence_keeps_the_indicator() -> None:
    found = facts("Ningbo is home to 5,000 high-tech firms. The city has set a goal of 7,000 by 2027.")
    assert [(f.metric, f.kind, f.value, f.year) for f in found][-1] == ("high_tech_enterprises", "target", 7000, 2027)


def test_a_range_target() -> None:
    f = one("By 2028, Hefei will raise R&D spending to 4.5 to 5 percent of GDP.")
    assert (f.metric, f.value, f.value_high, f.kind, f.year) == ("rd_intensity", 4.5, 5, "target", 2028)


# --- subjects ------------------------------------------------------------------------------------------


def test_the_subject_named_in_the_clause() -> None:
    assert one("Hefei, the capital of Anhui Province, has 15 national key laboratories.").subject == "Hefei"


def test_the_city_refers_to_the_last_city() -> None:
    found = facts("Wuxi is a manufacturing hub. The city is home to 5,000 high-tech enterprises.")
    assert [f.subject for f in found] == ["Wuxi"]


def test_a_pronoun_refers_to_the_previous_sentence_subject() -> None:
    found = facts("Chengdu opened a new science city. It now has 12,000 high-tech enterprises.")
    assert [f.subject for f in found] == ["Chengdu"]


def test_its_refers_to_the_topic() -> None:
    assert one("Suzhou is growing fast. Its R&D intensity reached 4.1 percent.").subject == "Suzhou"


def test_a_possessive_qualifies_the_name_after_it() -> None:
    f = one("Shenzhen's Nanshan District hosts over 4,000 high-tech firms.")
    assert (f.subject, f.subject_type) == ("Nanshan District", "region")


def test_a_name_after_the_number_is_the_subject_when_none_precedes() -> None:
    f = one("Last year, nearly a third of the country's high-tech enterprises were located in Guangdong.")
    assert (f.subject, f.metric, f.value) == ("Guangdong", "share_of_national_high_tech_enterprises", 33.33)


def test_a_second_clause_with_its_own_subject() -> None:
    found = facts("Wuhan has 30 national key laboratories, while Changsha has 18 national key laboratories.")
    assert [(f.subject, f.value) for f in found] == [("Wuhan", 30), ("Changsha", 18)]


def test_the_region_refers_to_an_economic_region() -> None:
    text = (
        "The Pearl River Delta leads in manufacturing. Guangzhou and Foshan signed a pact. "
        "A total of 30,000 large scientific instruments are shared across the region."
    )
    assert one(text).subject == "Pearl River Delta"


def test_ranks_listed_after_a_ranking_verb() -> None:
    text = "In the Global Innovation Index 2025, the Wuhan cluster ranked 12th, Xi'an 18th and Chengdu 24th."
    found = facts(text)
    ranks = [(f.subject.removesuffix(" cluster"), f.value) for f in found]
    assert ranks == [("Wuhan", 12), ("Xi'an", 18), ("Chengdu", 24)]


def test_a_country_rank_goes_to_the_country_not_a_cluster() -> None:
    f = one("China ranked 11th in the Global Innovation Index 2024.")
    assert (f.subject, f.metric) == ("China", "gii_country_rank")


def test_a_relative_clause_is_about_the_name_before_it() -> None:
    text = "Tencent set up the Shenzhen AI Innovation Park (SAIP), which has attracted 80 companies and teams."
    f = one(text)
    assert (f.metric, f.value) == ("companies_attracted", 80)
    assert f.subject in ("Shenzhen AI Innovation Park", "SAIP")


def test_a_market_share_belongs_to_a_company() -> None:
    f = one("Founded in 1999, Hikvision holds about 40 percent of the domestic market.")
    assert (f.subject, f.subject_type, f.qualifier) == ("Hikvision", "organization", "approx")


def test_the_quote_is_grounded_and_covers_the_number() -> None:
    text = "By 2027, Wuhan aims to have 20,000 high-tech enterprises."
    f = one(text)
    assert text[f.start : f.end] == f.quote and "20,000" in f.quote
