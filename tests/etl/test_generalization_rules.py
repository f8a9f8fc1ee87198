"""Rules of the genre added for unseen documents: anaphoric subjects, "X-based company", target years
carried from a paragraph's opening or a back-reference, five-year plan ends, names joined by "and", and
cues for technology contracts, French R&D spending and occupied areas."""

from __future__ import annotations

from tests.etl.sentences import entity_names as names
from tests.etl.sentences import fact_of

# --- subjects ------------------------------------------------------------------------------------------


def test_the_city_with_describing_words_is_an_anaphor_for_the_city() -> None:
    text = "Chengdu opened a new AI park. The southwestern Chinese city, home to Tencent, had 35 unicorn companies."
    assert fact_of(text, 35).subject == "Chengdu"


def test_it_after_a_sentence_about_the_city_is_the_city_not_a_company_named_in_passing() -> None:
    text = "The provincial capital Wuhan, home to Xiaomi, grew fast. It had 14 unicorn companies last year."
    assert fact_of(text, 14).subject == "Wuhan"


def test_an_x_based_company_is_the_company_not_the_place() -> None:
    text = "BYD reported strong sales. The Shenzhen-based company had 9,800 R&D personnel in 2023."
    assert fact_of(text, 9800).subject == "BYD"


# --- years -------------------------------------------------------------------------------------------


def test_a_year_opening_a_paragraph_dates_the_targets_of_its_next_sentences() -> None:
    text = "By 2028, Anhui will build 30 new laboratories. The number of high-tech enterprises will exceed 25,000."
    assert fact_of(text, 25000).year == 2028


def test_a_year_opening_a_paragraph_does_not_reach_the_next_paragraph() -> None:
    text = "By 2028, Anhui will build 30 new laboratories.\nThe number of high-tech enterprises will exceed 25,000."
    assert fact_of(text, 25000).year is None


def test_by_then_takes_the_year_written_before() -> None:
    text = (
        "Hunan aims to raise R&D intensity to 2.9 percent by 2026. "
        "Changsha is expected to have 9,000 high-tech firms by then."
    )
    assert fact_of(text, 9000).year == 2026


def test_la_meme_annee_dates_an_observation_with_the_year_before() -> None:
    text = (
        "Wuhan a consacré 3,5 % de son PIB à la R&D en 2022. "
        "Ses dépenses de R&D ont atteint 65 milliards de yuans la même année."
    )
    assert fact_of(text, 65_000_000_000, "fr").year == 2022


def test_the_end_of_the_15th_five_year_plan_is_2030() -> None:
    text = "Shaanxi will raise its R&D intensity to 2.9 percent by the end of the 15th Five-Year Plan period."
    f = fact_of(text, 2.9)
    assert (f.kind, f.year) == ("target", 2030)


def test_entend_maintenir_marks_a_target() -> None:
    text = "Hefei entend maintenir son intensité de R&D au-dessus de 3,5 %."
    assert fact_of(text, 3.5, "fr").kind == "target"


# --- cues --------------------------------------------------------------------------------------------


def test_technology_transfer_contracts_worth_an_amount_are_contract_turnover() -> None:
    text = "Sichuan University signed technology transfer contracts worth 1.2 billion yuan in 2023."
    assert fact_of(text, 1_200_000_000).metric == "tech_contract_turnover"


def test_money_spent_on_research_and_development_in_french_is_rd_expenditure() -> None:
    text = "BYD a consacré 39,6 milliards de yuans à la recherche et au développement en 2023."
    assert fact_of(text, 39_600_000_000, "fr").metric == "rd_expenditure"


def test_a_park_that_occupies_an_area_in_french_is_its_planned_area() -> None:
    text = "Le parc scientifique de Zhangjiang, qui occupe 3,5 kilomètres carrés, attire des chercheurs."
    assert fact_of(text, 3.5, "fr").metric == "planned_area"


# --- entities ----------------------------------------------------------------------------------------


def test_a_known_name_ending_with_technology_joined_by_and_is_split() -> None:
    found = names("South China University of Technology and Sun Yat-sen University opened a joint lab.")
    assert {"South China University of Technology", "Sun Yat-sen University"} <= found


def test_a_known_name_with_an_of_tail_joined_by_and_is_split() -> None:
    found = names("University of Electronic Science and Technology of China and Sichuan University signed a deal.")
    assert {"University of Electronic Science and Technology of China", "Sichuan University"} <= found


def test_a_laboratory_named_for_its_field_keeps_the_for_phrase() -> None:
    assert "Shanghai National Laboratory for Marine Robotics" in names(
        "The Shanghai National Laboratory for Marine Robotics opened in May."
    )
