"""Whose value it is: the subject of a number written in a list of places and values, and places that a
sentence leaves out."""

from __future__ import annotations

from tests.etl.sentences import facts


def subjects_by_value(text: str, language: str = "en") -> dict[float, str]:
    return {f.value: f.subject for f in facts(text, language)}


def test_each_value_of_a_list_belongs_to_the_place_written_before_it() -> None:
    text = "Xi'an led with 5.2 percent, followed by Lanzhou at 1.7 percent and Yinchuan at 1.6 percent."
    assert subjects_by_value(text) == {5.2: "Xi'an", 1.7: "Lanzhou", 1.6: "Yinchuan"}


def test_a_french_list_pairs_each_place_with_its_value() -> None:
    text = "Le Shaanxi a atteint 2,5 %, le Gansu avec 1,3 % et le Qinghai avec 0,8 %."
    found = subjects_by_value(text, "fr")
    assert (found[1.3], found[0.8]) == ("Gansu", "Qinghai")


def test_a_list_written_value_first_pairs_each_value_with_the_place_after_it() -> None:
    text = "Business paid for 71.2 percent in Japan and 68.3 percent in Canada, against 60 percent in Italy."
    assert subjects_by_value(text) == {71.2: "Japan", 68.3: "Canada", 60: "Italy"}


def test_the_place_of_a_value_written_before_a_year_is_the_sentence_subject() -> None:
    found = subjects_by_value("Harbin spent 2.1 percent of its GDP on research in Heilongjiang's plan.")
    assert found[2.1] == "Harbin"


def test_places_a_figure_excludes_are_not_the_subject_of_the_next_sentence() -> None:
    text = (
        "Kunming is the focus of this report. Figures exclude Hong Kong, Macao and Taiwan. "
        "Spending reached 30 billion yuan."
    )
    assert subjects_by_value(text)[30e9] == "Kunming"


def test_a_respectively_list_of_ranks_gives_each_rank_its_own_name() -> None:
    text = "In the 2022 assessment, Mianyang Science City and Deyang ranked 12th and 40th respectively."
    assert subjects_by_value(text) == {12: "Mianyang Science City", 40: "Deyang"}


def test_the_document_is_about_the_region_of_its_title() -> None:
    text = (
        "Five numbers about Liuzhou\n\n"
        "Guangxi's industrial base has a new engine. Guangxi officials praised it.\n\n"
        "Robotics makers numbered 240."
    )
    assert subjects_by_value(text)[240] == "Liuzhou"


def test_a_zone_named_in_the_document_speaks_of_its_city() -> None:
    text = (
        "Shaoxing National High-tech Industrial Zone and Shaoxing Keqiao National Hi-Tech District grew fast "
        "in Zhejiang. Zhejiang praised them.\n\nTextile makers numbered 900."
    )
    assert subjects_by_value(text)[900] == "Shaoxing"


def test_a_document_about_the_whole_country_gives_its_unplaced_figures_to_the_country() -> None:
    text = (
        "National statistics on research spending\n\n"
        "Spending rose in every province; Yunnan and Gansu grew fastest.\n\n"
        "Applied research absorbed 410 billion yuan."
    )
    assert subjects_by_value(text)[410e9] == "China"


def test_a_city_document_that_names_the_country_once_keeps_its_city() -> None:
    text = (
        "Five numbers about Liuzhou\n\n"
        "Liuzhou builds cars for China. Liuzhou also makes robots.\n\n"
        "Robotics makers numbered 240."
    )
    assert subjects_by_value(text)[240] == "Liuzhou"


def test_a_french_cluster_named_by_its_city_alone_is_the_city() -> None:
    text = "Le pôle de Chengdu se classe désormais 24e dans le classement mondial des pôles d'innovation."
    assert subjects_by_value(text, "fr") == {24: "Chengdu"}


def test_a_french_cluster_with_a_descriptive_name_stays_a_program() -> None:
    text = "Le pôle des semi-conducteurs de Chengdu compte 300 entreprises."
    assert subjects_by_value(text, "fr") == {300: "Chengdu Semiconductor Hub"}


def test_a_document_about_a_zone_gives_the_speakers_figures_to_the_zone() -> None:
    text = (
        "A visit to Mianyang Science City\n\n"
        "Mianyang Science City opened in 2001. The zone grew fast, and the zone now trains engineers. "
        "Officials say the zone is crowded.\n\n"
        "Q: And research?\nA: Our research spending reached 3.1 percent of GDP."
    )
    assert subjects_by_value(text)[3.1] == "Mianyang Science City"


def test_a_zone_of_another_city_does_not_take_over_the_document() -> None:
    text = (
        "Mianyang, the Zhongguancun of Sichuan\n\n"
        "The zone in Beijing is famous; the zone is big and the zone is old. Mianyang grows; Mianyang hires.\n\n"
        "Q: And research?\nA: Our research spending reached 3.1 percent of GDP."
    )
    assert subjects_by_value(text)[3.1] == "Mianyang"


def test_a_provinces_capital_is_the_capital_city() -> None:
    assert subjects_by_value("Sichuan's capital invested 41.2 billion yuan in research in 2022.")[41.2e9] == "Chengdu"


def test_a_french_capitale_du_province_is_the_capital_city() -> None:
    text = "La capitale du Sichuan a investi 41,2 milliards de yuans dans la recherche en 2022."
    assert subjects_by_value(text, "fr")[41.2e9] == "Chengdu"


def test_a_provinces_capital_market_is_not_its_capital_city() -> None:
    text = "Sichuan's capital market raised 41.2 billion yuan for technology firms in 2022."
    assert subjects_by_value(text)[41.2e9] == "Sichuan"


def test_a_plural_pronoun_after_the_national_high_tech_zones_stands_for_all_of_them() -> None:
    text = (
        "The ministry published its review of the national high-tech zones on Monday. "
        "They produced 12.5 percent of national GDP last year."
    )
    assert subjects_by_value(text)[12.5] == "National High-Tech Industrial Development Zones"


def test_the_zones_after_the_national_zones_named_in_french_stand_for_all_of_them() -> None:
    text = (
        "Le ministère a publié le bilan des zones nationales de haute technologie. "
        "Les zones abritent 41 % des licornes du pays."
    )
    assert subjects_by_value(text, "fr")[41] == "National High-Tech Industrial Development Zones"


def test_a_count_of_national_high_tech_zones_is_the_places_not_theirs() -> None:
    assert subjects_by_value("Shaanxi now counts 7 national high-tech zones.") == {7: "Shaanxi"}


def test_a_plural_pronoun_far_from_any_network_keeps_the_topic() -> None:
    text = (
        "The national high-tech zones were reviewed. Shaanxi grew. Shaanxi hired. Shaanxi built labs. "
        "Shaanxi opened parks. Its companies and their suppliers invested 30 billion yuan."
    )
    assert subjects_by_value(text)[30e9] == "Shaanxi"


def test_a_partitive_pronoun_stands_for_the_things_counted_not_for_a_place() -> None:
    text = (
        "Fiche : le Shaanxi\n\nLe Shaanxi investit. Xi'an arrive en tête des villes.\n\n"
        "Entreprises de haute technologie\n- 2019 : 6 636 entreprises ; 196 d'entre elles ont déposé 4 500 brevets."
    )
    assert subjects_by_value(text, "fr")[4500] == "Shaanxi"


def test_the_science_city_after_a_named_science_city_is_that_program_not_a_city() -> None:
    text = "Mianyang built Mianyang Science City in 2018. The science city now hosts 46 research institutes."
    assert subjects_by_value(text)[46] == "Mianyang Science City"


def test_a_name_in_apposition_after_a_possessive_is_the_subject() -> None:
    text = "Sichuan spent 100 billion yuan on research. Its capital Chengdu accounts for about 40 percent of that."
    assert subjects_by_value(text)[40] == "Chengdu"


def test_a_reported_clause_has_its_own_subject() -> None:
    text = "A Sichuan University study finds that Chengdu registered 9,400 technology contracts in 2023."
    assert subjects_by_value(text)[9400] == "Chengdu"
