"""Numbers that are no value of the place whatever metric claims them: the floor that defines a class of firms,
the denominator of a rate, counters of a web or video page, prices of things for sale. Each test also shows
the value the same text does state."""

from __future__ import annotations

from tests.etl.sentences import facts


def values(text: str, language: str = "en") -> set[float]:
    return {f.value for f in facts(text, language)}


# --- the floor that defines a class ------------------------------------------------------------------------------


def test_a_revenue_floor_defining_a_class_of_firms_is_not_a_value() -> None:
    found = values("Yantai has 1,480 industrial firms whose annual revenue exceeds 20 million yuan.")
    assert 1480 in found
    assert 20_000_000 not in found


def test_a_french_revenue_floor_defining_a_class_of_firms_is_not_a_value() -> None:
    text = "Le Shaanxi compte 9 300 entreprises dont le chiffre d'affaires annuel dépasse 20 millions de yuans."
    found = values(text, "fr")
    assert 9300 in found
    assert 20_000_000 not in found


def test_a_floor_met_by_a_participle_is_not_a_value() -> None:
    text = "Le Gansu compte 410 sociétés réalisant un chiffre d'affaires d'au moins 20 millions de yuans."
    found = values(text, "fr")
    assert 410 in found
    assert 20_000_000 not in found


def test_a_valuation_that_defines_unicorns_is_not_a_value() -> None:
    found = values("Chengdu now hosts 14 unicorns, start-ups valued at more than 1 billion US dollars.")
    assert 14 in found
    assert 1_000_000_000 not in found


def test_money_stated_for_each_member_of_a_class_is_not_a_value() -> None:
    found = values("Hunan built 11 industrial clusters worth more than 100 billion yuan each.")
    assert 11 in found
    assert 100_000_000_000 not in found


def test_a_place_s_own_amount_with_more_than_is_still_a_value() -> None:
    found = values("Anhui's R&D spending of more than 130 billion yuan rose 12 percent.")
    assert 130_000_000_000 in found


# --- the denominator of a rate ------------------------------------------------------------------------------------


def test_the_denominator_of_a_rate_per_workers_is_not_a_value() -> None:
    found = values("Xiamen had 95 R&D personnel per 10,000 employed workers in 2023.")
    assert 95 in found
    assert 10000 not in found


def test_a_french_denominator_of_a_rate_is_not_a_value() -> None:
    found = values("Le Hainan compte 41 personnels de R&D pour 10 000 actifs occupés en 2023.", "fr")
    assert 41 in found
    assert 10000 not in found


# --- counters of the page and prices of things for sale ---------------------------------------------------------


def test_views_and_running_time_of_a_video_page_are_not_values() -> None:
    text = (
        "Le Jilin mise sur l'optique\n\nPubliée le 4 mars 2024 · Durée 5 min 12 · 8 430 vues\n\n"
        "Le Jilin a consacré 23 milliards de yuans à la R&D en 2023."
    )
    found = values(text, "fr")
    assert 23_000_000_000 in found
    assert not found & {12, 8430}


def test_the_issue_number_and_comment_count_of_a_page_are_not_values() -> None:
    text = (
        "Northwest Tech Letter | Issue 64 | May 3\n\nComments (19)\n\n"
        "Ningxia registered 520 high-tech enterprises in 2023."
    )
    found = values(text)
    assert 520 in found
    assert not found & {64, 19}


def test_an_advertised_price_is_not_a_value() -> None:
    text = (
        "Guizhou's big-data industry grew 18 percent in 2023.\n\n"
        "Serviced offices in Guiyang from 75 yuan per square metre - call now."
    )
    found = values(text)
    assert 18 in found
    assert 75 not in found


def test_a_change_from_one_amount_to_another_is_not_a_price() -> None:
    found = values("Qinghai's R&D spending rose from 2.1 billion yuan in 2019 to 3.4 billion yuan in 2023.")
    assert {2_100_000_000, 3_400_000_000} <= found


def test_a_cluster_named_by_its_size_is_not_a_value() -> None:
    text = "Le Jiangxi veut faire émerger six pôles de 100 milliards de yuans et compte 7 800 entreprises."
    found = values(text, "fr")
    assert 7800 in found
    assert 100_000_000_000 not in found


def test_firms_above_an_amount_are_a_class_not_a_value() -> None:
    text = "Yancheng counts 31 firms with revenue above 5 billion yuan and 4 industrial firms above 50 billion yuan."
    found = values(text)
    assert 31 in found
    assert not found & {5_000_000_000, 50_000_000_000}


def test_a_share_of_revenue_set_as_a_floor_is_a_criterion_not_a_value() -> None:
    text = "Firms qualify with at least 4 percent of revenue spent on R&D; Jilin certified 3,100 of them in 2023."
    found = values(text)
    assert 3100 in found
    assert 4 not in found


# --- a level passed ----------------------------------------------------------------------------------------------


def test_a_level_passed_is_not_the_value_reached() -> None:
    text = "Gansu's technology contracts passed the 50-billion-yuan mark in 2023, reaching 56.2 billion yuan."
    found = values(text)
    assert 56_200_000_000 in found
    assert 50_000_000_000 not in found


def test_a_french_threshold_crossed_is_not_the_value_reached() -> None:
    text = "Le Shanxi a franchi la barre des 4 000 entreprises de haute technologie et en compte 4 230 fin 2023."
    found = values(text, "fr")
    assert 4230 in found
    assert 4000 not in found


def test_a_target_to_pass_a_level_is_still_a_target() -> None:
    found = facts("Le Shanxi devra franchir le cap des 6 000 entreprises de haute technologie d'ici 2025.", "fr")
    assert [(f.value, f.kind, f.year) for f in found] == [(6000, "target", 2025)]


# --- two amounts sharing a currency ----------------------------------------------------------------------------------


def test_an_amount_with_its_own_multiplier_keeps_it_when_it_shares_a_currency() -> None:
    text = "En 2023, Nanchang et Ganzhou ont affiché un PIB de 746 milliards et de 502 milliards de yuans."
    found = values(text, "fr")
    assert 746_000_000_000 in found
    assert not any(v > 1e15 for v in found)
