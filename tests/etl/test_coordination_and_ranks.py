"""Second generalization pass: values paired with subjects by "respectively" and "la première ..., la
seconde ...", and French national ranks of innovation indices."""

from __future__ import annotations

from tests.etl.sentences import facts


def by_subject(text: str, language: str) -> dict[str, tuple[str, float]]:
    return {f.subject: (f.metric, f.value) for f in facts(text, language)}


def test_respectively_pairs_each_value_with_its_own_subject() -> None:
    text = "Wuhan and Chengdu invested 52.4 billion yuan and 41.8 billion yuan in R&D respectively in 2024."
    assert by_subject(text, "en") == {
        "Wuhan": ("rd_expenditure", 52_400_000_000),
        "Chengdu": ("rd_expenditure", 41_800_000_000),
    }


def test_a_bare_value_in_a_respectively_list_takes_the_unit_written_after_the_last() -> None:
    text = "Hefei and Xi'an invested 22.4 and 9.8 billion yuan in R&D respectively."
    assert by_subject(text, "en")["Hefei"] == ("rd_expenditure", 22_400_000_000)


def test_respectively_takes_an_indicator_written_before_the_list() -> None:
    text = "Hefei and Wuhan reported R&D intensity of 3.1 percent and 2.8 percent respectively."
    assert by_subject(text, "en") == {"Hefei": ("rd_intensity", 3.1), "Wuhan": ("rd_intensity", 2.8)}


def test_respectivement_pairs_french_counts_with_their_subjects() -> None:
    text = "Wuhan et Chengdu comptaient respectivement 5 900 et 4 300 entreprises de haute technologie."
    assert by_subject(text, "fr") == {
        "Wuhan": ("high_tech_enterprises", 5900),
        "Chengdu": ("high_tech_enterprises", 4300),
    }


def test_la_premiere_and_la_seconde_refer_to_the_two_names_in_order() -> None:
    text = (
        "L'Université de Wuhan et l'Université du Sichuan y ont ouvert des centres ; la première compte "
        "cinq laboratoires clés nationaux, la seconde deux."
    )
    assert by_subject(text, "fr") == {
        "Wuhan University": ("national_key_laboratories", 5),
        "Sichuan University": ("national_key_laboratories", 2),
    }


def test_the_former_and_the_latter_refer_to_the_two_names_in_order() -> None:
    text = (
        "Wuhan University and Sichuan University opened centers there; the former has five national key "
        "laboratories, the latter two."
    )
    assert by_subject(text, "en") == {
        "Wuhan University": ("national_key_laboratories", 5),
        "Sichuan University": ("national_key_laboratories", 2),
    }


def test_an_index_of_innovative_cities_makes_a_rank_national() -> None:
    text = "Selon l'indice national des villes innovantes, Hefei se classe au 9e rang national."
    assert [(f.subject, f.metric, f.value) for f in facts(text, "fr")] == [
        ("Hefei", "innovation_index_national_rank", 9)
    ]


def test_rank_among_chinese_cities_is_a_national_rank() -> None:
    text = (
        "Hefei progresse vite. Elle se classe au 8e rang des villes chinoises dans l'indice national des "
        "villes innovantes."
    )
    assert [(f.subject, f.metric, f.value) for f in facts(text, "fr")] == [
        ("Hefei", "innovation_index_national_rank", 8)
    ]


def test_the_year_after_the_words_of_an_index_name_dates_its_rank() -> None:
    text = (
        "Le cluster scientifique de Hefei s'est classé au 40e rang des 100 premiers clusters de l'Indice "
        "mondial de l'innovation 2025."
    )
    [fact] = facts(text, "fr")
    assert (fact.metric, fact.value, fact.year) == ("gii_cluster_rank", 40, 2025)
