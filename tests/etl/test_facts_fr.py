"""Facts from French sentences: cues, target versus observation, years, subjects, number words."""

from __future__ import annotations

from datetime import date

import pytest

from etl.records import Fact
from tests.etl import sentences


def facts(text: str, published: date | None = None) -> list[Fact]:
    return sentences.facts(text, "fr", published)


def one(text: str, published: date | None = None) -> Fact:
    return sentences.one(text, "fr", published)


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Wuhan compte 12 000 entreprises de haute technologie.", "high_tech_enterprises", 12000),
        ("Hefei abrite 15 laboratoires clés nationaux.", "national_key_laboratories", 15),
        ("Chengdu compte 40 licornes.", "unicorn_enterprises", 40),
        ("Suzhou dispose de 213 entreprises cotées.", "listed_companies", 213),
        ("Xi'an compte neuf incubateurs nationaux.", "national_incubators", 9),
        ("Nankin dispose de trente plateformes nationales d'innovation.", "national_innovation_platforms", 30),
        ("Hangzhou compte vingt-deux parcs culturels et créatifs.", "municipal_cultural_creative_parks", 22),
        ("Changsha compte 7 800 PME technologiques.", "tech_smes", 7800),
    ],
)
def test_a_count_cue_after_the_number(text: str, metric: str, value: float) -> None:
    f = one(text)
    assert (f.metric, f.value) == (metric, value)


def test_a_single_item_written_with_the_article() -> None:
    f = one("Le district de Wuchang abrite un parc scientifique universitaire national.")
    assert (f.metric, f.value, f.subject) == ("national_university_science_parks", 1, "Wuchang District")


def test_the_article_before_another_noun_is_not_a_count() -> None:
    assert facts("Wuhan a créé une plateforme et une zone pilote.") == []


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit"),
    [
        ("Les dépenses de R&D de Canton ont atteint 180,2 milliards de yuans.", "rd_expenditure", 180.2e9, "cny"),
        ("Le PIB de Wuhan a atteint 2 100 milliards de yuans.", "gdp", 2.1e12, "cny"),
        ("Hefei affiche une intensité de R&D de 3,9 %.", "rd_intensity", 3.9, "percent"),
        ("Le montant des contrats technologiques de Xi'an a atteint 320 milliards de yuans.",
         "tech_contract_turnover", 320e9, "cny"),
    ],
)
def test_a_cue_before_the_number(text: str, metric: str, value: float, unit: str) -> None:
    f = one(text)
    assert (f.metric, f.value, f.unit) == (metric, pytest.approx(value), unit)


def test_a_planned_area_in_square_kilometres_with_a_decimal_comma() -> None:
    f = one("Le parc hi-tech de Guanggu couvre une superficie planifiée de 518,06 kilomètres carrés.")
    assert (f.metric, f.value, f.unit, f.subject) == ("planned_area", 518.06, "km2", "Guanggu Hi-Tech Park")


def test_a_market_share_with_a_non_breaking_space_before_the_percent_sign() -> None:
    f = one("Le fabricant de caméras Hikvision, créé en 2001, contrôle plus de 40\u00a0% du marché national.")
    assert (f.metric, f.value, f.qualifier, f.subject) == ("national_market_share", 40, "more_than", "Hikvision")


def test_a_third_of_the_city_total() -> None:
    text = (
        "Le district de Yuhang mise sur les données. "
        "À lui seul, ce district regroupe un tiers des entreprises clés des mégadonnées de la ville."
    )
    f = one(text)
    assert (f.metric, f.value, f.subject) == ("share_of_municipal_key_big_data_enterprises", 33.33, "Yuhang District")


def test_some_ninety_blockchain_firms() -> None:
    text = "Pour la blockchain, Yuhang réunit déjà quelque 90 entreprises et institutions spécialisées."
    f = one(text)
    assert (f.metric, f.value, f.qualifier) == ("blockchain_organizations", 90, "approx")


# --- target or observation --------------------------------------------------------------------------


def test_d_ici_with_an_aim_is_a_target_of_that_year() -> None:
    f = one("D'ici 2028, Hefei entend porter son intensité de R&D à 4 %.")
    assert (f.kind, f.year, f.subject) == ("target", 2028, "Hefei")


def test_l_objectif_est_d_atteindre_is_a_target() -> None:
    f = one("À Wuhan, l'objectif est d'atteindre 30 000 entreprises de haute technologie d'ici à 2030.")
    assert (f.kind, f.year, f.subject) == ("target", 2030, "Wuhan")


def test_a_future_tense_is_a_target() -> None:
    f = one("La zone pilote de Hefei libérera 300 000 mètres carrés d'espaces de bureaux.")
    assert (f.kind, f.metric, f.unit) == ("target", "office_space", "m2")


def test_compte_is_an_observation() -> None:
    assert one("Nankin compte 9 000 entreprises de haute technologie.").kind == "observation"


def test_en_and_a_year_dates_an_observation() -> None:
    assert one("En 2023, Wuxi comptait 5 000 entreprises de haute technologie.").year == 2023


def test_cette_annee_in_a_dated_document() -> None:
    assert one("Cette année, Hefei compte 1 200 entreprises de haute technologie.", date(2025, 5, 2)).year == 2025


def test_a_current_value_then_a_target_for_the_same_indicator() -> None:
    found = facts("Canton compte 12 000 entreprises de haute technologie et vise 15 000 d'ici 2026.")
    assert [(f.kind, f.value, f.year) for f in found] == [("observation", 12000, None), ("target", 15000, 2026)]


def test_a_level_the_city_wants_to_raise() -> None:
    text = "Les dépenses de R&D de Jinan représentent 2,8 % du PIB, un niveau que la ville veut porter à 3,5 %."
    assert [(f.kind, f.value) for f in facts(text)] == [("observation", 2.8), ("target", 3.5)]


def test_porter_le_nombre_de_a() -> None:
    f = one("D'ici 2028, Hefei entend porter le nombre de licornes à 25.")
    assert (f.metric, f.value, f.kind, f.year) == ("unicorn_enterprises", 25, "target", 2028)


# --- ranks ------------------------------------------------------------------------------------------


def test_a_national_rank_in_an_innovation_index() -> None:
    text = "L'indice d'innovation scientifique et technologique de la ville de Hefei se classe au 9e rang national."
    f = one(text)
    assert (f.metric, f.value, f.subject) == ("innovation_index_national_rank", 9, "Hefei")


def test_a_rank_in_central_china_is_a_rank_but_not_the_national_rank() -> None:
    [fact] = facts("Wuhan se classe au 2e rang en Chine centrale selon l'indice d'innovation régionale.")
    assert (fact.subject, fact.value, fact.unit) == ("Wuhan", 2, "rank")
    assert fact.metric != "innovation_index_national_rank"


def test_a_first_place_in_a_sector_is_a_rank_but_not_an_index_rank() -> None:
    [fact] = facts("Hikvision occupe depuis longtemps la première place du secteur.")
    assert (fact.subject, fact.value, fact.unit) == ("Hikvision", 1, "rank")
    assert not fact.metric.startswith("innovation_index")


# --- subjects, anaphora, not facts -----------------------------------------------------------------


def test_elle_refers_to_the_previous_subject() -> None:
    text = "Chengdu renforcera ses plateformes. D'ici 2029, elle prévoit de se doter de 40 laboratoires clés nationaux."
    found = facts(text)
    assert [(f.subject, f.kind) for f in found] == [("Chengdu", "target")]


def test_la_ville_after_the_number() -> None:
    text = (
        "Wuxi mise sur l'industrie. "
        "Pour 2030, l'ambition est de compter 8 000 entreprises de haute technologie dans la ville."
    )
    f = one(text)
    assert (f.subject, f.kind, f.year) == ("Wuxi", "target", 2030)


def test_qui_refers_to_the_name_before_it() -> None:
    text = (
        "Baidu a créé le parc d'innovation de Wuhan (Wuhan AI Park), "
        "qui a déjà attiré près de trente entreprises et équipes."
    )
    f = one(text)
    assert (f.metric, f.value, f.qualifier, f.subject) == ("companies_attracted", 30, "approx", "Wuhan AI Park")


def test_list_counts_and_durations_are_not_facts() -> None:
    text = "Depuis plus de dix ans, Wuhan mène six grandes actions et trois industries pionnières pendant deux années."
    assert facts(text) == []


def test_an_assistant_refusal_yields_no_facts() -> None:
    text = (
        "Zone 12\nJe ne peux pas fournir de résumé pour la « zone 12 » car elle ne semble pas exister. "
        "Elle compterait 500 entreprises de haute technologie."
    )
    assert facts(text) == []


def test_encyclopedic_filler_under_a_heading_yields_no_facts() -> None:
    text = (
        "Hefei compte 9 000 entreprises de haute technologie.\n"
        "Parc scientifique de Binhu\n"
        "Le parc scientifique de Binhu est un écosystème collaboratif moderne ; son histoire remonte à 2010 "
        "et il abrite 40 laboratoires clés nationaux."
    )
    assert [f.value for f in facts(text)] == [9000]
