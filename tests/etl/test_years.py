"""The year and the kind of a value: what the text says of its time, read the way the genre writes it (English
and French), and never a year that dates something else."""

from __future__ import annotations

from datetime import date

from tests.etl.sentences import fact_of, facts

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


# --- "last year", "this year" from the publication date --------------------------------------------------------


def test_last_year_dates_the_values_of_the_next_sentences() -> None:
    text = "Jiangxi spent 58 billion yuan on R&D last year. Its tech SMEs grew 21 percent."
    assert fact_of(text, 21, published=date(2025, 2, 10)).year == 2024


def test_l_an_dernier_dates_the_values_of_the_next_sentences() -> None:
    text = "L'an dernier, le Guizhou a consacré 20 milliards de yuans à la recherche. Ses licornes sont 12."
    assert fact_of(text, 12, "fr", date(2024, 6, 1)).year == 2023


def test_this_year_in_a_target_does_not_date_the_values_after_it() -> None:
    text = "Hohhot hopes to keep 40,000 graduates this year.\n\nThe city's dairy revenue grew 14 percent."
    assert fact_of(text, 40000, published=date(2024, 6, 3)).kind == "target"
    assert fact_of(text, 14, published=date(2024, 6, 3)).year is None


def test_last_year_stepping_back_from_the_stated_year_is_a_comparison() -> None:
    text = (
        "In the 2024 ranking, Shenzhen placed 2nd among clusters. Last year China had only 24 clusters.\n\n"
        "Beijing placed 4th."
    )
    assert fact_of(text, 24, published=date(2024, 10, 1)).year == 2023
    assert fact_of(text, 4, published=date(2024, 10, 1)).year == 2024


def test_cette_annee_la_is_the_year_named_before_not_the_publication_year() -> None:
    text = "En 2022, le Xinjiang comptait 1 368 entreprises. Cette année-là, 639 entreprises ont été reconnues."
    assert fact_of(text, 639, "fr", date(2024, 3, 9)).year == 2022


# --- a year that labels a heading, a title or a line -------------------------------------------------------------


def test_a_section_heading_with_a_year_dates_the_lines_under_it() -> None:
    text = (
        "1. Industry (year 2021)\n- Taiyuan: 3,100 high-tech firms.\n\n"
        "2. Exports (year 2023)\n- Taiyuan sold 80,000 vehicles abroad.\n"
    )
    assert (fact_of(text, 3100).year, fact_of(text, 80000).year) == (2021, 2023)


def test_a_title_naming_the_year_of_a_bulletin_dates_its_figures() -> None:
    text = "Bulletin de l'innovation du Shanxi, exercice 2022\n\nLe Shanxi recense 4 000 entreprises innovantes."
    assert fact_of(text, 4000, "fr", date(2023, 2, 1)).year == 2022


def test_a_year_labelling_a_line_dates_its_values() -> None:
    text = "Hausse des entreprises du Gansu\n- 2019 : 1 200 entreprises.\n- Édition 2021 : 1 900 entreprises.\n"
    assert (fact_of(text, 1200, "fr").year, fact_of(text, 1900, "fr").year) == (2019, 2021)


def test_a_targets_heading_year_is_not_an_observation_year() -> None:
    text = "Objectifs pour 2030\n\nLanzhou comptera 900 entreprises.\n\nBilan\n\nLanzhou compte 500 entreprises."
    target, current = fact_of(text, 900, "fr", date(2024, 5, 1)), fact_of(text, 500, "fr", date(2024, 5, 1))
    assert (target.kind, target.year, current.kind, current.year) == ("target", 2030, "observation", None)


def test_a_dateline_with_a_day_is_a_date_not_the_year_of_the_figures() -> None:
    text = "Xining, March 14, 2024\n\nXining now counts 700 high-tech firms."
    assert fact_of(text, 700, published=date(2024, 3, 14)).year is None


# --- a heading that announces targets -------------------------------------------------------------------------


def test_a_numbered_section_heading_by_a_year_makes_the_lines_under_it_targets_of_that_year() -> None:
    text = "Le Guangxi\n\n2. Nanning : trois axes d'ici 2026\n\nLa ville devra compter 3 000 entreprises innovantes.\n"
    fact = fact_of(text, 3000, "fr", date(2024, 1, 5))
    assert (fact.kind, fact.year) == ("target", 2026)


def test_a_heading_naming_its_goals_anywhere_gives_their_year() -> None:
    text = "Guiyang\n\nDes objectifs pour 2025\n\nPour cette période, la ville entend ajouter 400 entreprises.\n"
    fact = fact_of(text, 400, "fr", date(2024, 1, 5))
    assert (fact.kind, fact.year) == ("target", 2025)


def test_a_plan_period_in_a_targets_heading_gives_the_year_of_the_targets_not_the_first() -> None:
    text = "Yunnan's plans\n\nThe 2021-2025 plan: targets for 2025\n\n- Kunming is to reach 5,000 tech SMEs.\n"
    fact = fact_of(text, 5000, published=date(2022, 1, 5))
    assert (fact.kind, fact.year) == ("target", 2025)


def test_a_headline_about_goals_does_not_make_the_article_s_figures_targets() -> None:
    text = "Lanzhou sets out 2027 goals for its new district\n\nThe district operates 14 research institutes.\n"
    fact = fact_of(text, 14, published=date(2024, 1, 5))
    assert (fact.kind, fact.year) == ("observation", None)


def test_par_rapport_a_a_year_is_a_comparison_not_a_report_s_year() -> None:
    text = (
        "En 2023, le Hunan a dépensé 50 milliards de yuans, soit 8 % de plus par rapport à 2022. "
        "Son intensité de R&D a atteint 2,4 %."
    )
    assert fact_of(text, 2.4, "fr").year == 2023


def test_a_comparison_far_back_in_its_clause_does_not_date_the_next_sentence() -> None:
    text = (
        "Shanxi spent 30 billion yuan on R&D in 2024. It was 40 percent higher than at the end of the "
        "previous five-year plan period in 2020. Its technology contracts reached 20 billion yuan."
    )
    assert fact_of(text, 20_000_000_000).year == 2024


def test_an_event_year_before_a_comma_does_not_hide_the_value_year_after_it() -> None:
    text = "The Wuxi zone, founded in 1998 as a small park, in 2020 counted 900 firms."
    assert fact_of(text, 900).year == 2020


# --- the year of a target ----------------------------------------------------------------------------------------


def test_a_target_for_this_year_takes_the_publication_year() -> None:
    fact = fact_of("Yinchuan hopes to add 300 tech SMEs this year.", 300, published=date(2025, 3, 2))
    assert (fact.kind, fact.year) == ("target", 2025)


def test_a_target_by_the_end_of_the_year_takes_the_publication_year() -> None:
    text = "Nous voulons compter 2 000 entreprises innovantes à Xining d'ici la fin de l'année."
    fact = fact_of(text, 2000, "fr", date(2023, 2, 24))
    assert (fact.kind, fact.year) == ("target", 2023)


def test_the_end_of_the_year_in_an_observation_is_the_paragraph_s_year_not_publication() -> None:
    text = "In 2023 Hainan spent 10 billion yuan on R&D. Its high-tech firms reached 2,100 by the end of the year."
    assert fact_of(text, 2100, published=date(2024, 5, 6)).year == 2023


def test_an_aim_stated_in_the_past_keeps_its_past_year() -> None:
    text = "For 2022, the department of Guizhou had aimed to raise the count of tech SMEs to 5,000."
    fact = fact_of(text, 5000, published=date(2025, 1, 1))
    assert (fact.kind, fact.year) == ("target", 2022)


def test_a_past_year_in_a_present_target_is_not_its_year() -> None:
    text = "Compared with 2022, Guizhou aims to raise the count of tech SMEs to 5,000."
    fact = fact_of(text, 5000, published=date(2025, 1, 1))
    assert (fact.kind, fact.year) == ("target", None)


def test_a_target_that_year_takes_the_year_stated_before() -> None:
    text = "In early 2019 Harbin counted 1,500 firms. The city said it would reach 1,800 firms that year."
    fact = fact_of(text, 1800, published=date(2022, 2, 1))
    assert (fact.kind, fact.year) == ("target", 2019)


def test_the_noun_count_is_not_an_observation_cue_but_the_verb_is() -> None:
    aim = fact_of("Lhasa aims to raise the count of tech SMEs to 800.", 800)
    now = fact_of("Lhasa counts 800 tech SMEs.", 800)
    assert (aim.kind, now.kind) == ("target", "observation")


# --- the kind: modality before the number ----------------------------------------------------------------------


def test_a_french_modal_before_an_observation_verb_makes_a_target() -> None:
    fact = fact_of("Les industries nouvelles de Zhuzhou devraient représenter 40 % de la production.", 40, "fr")
    assert fact.kind == "target"
    assert fact_of("Les industries nouvelles de Zhuzhou représentent 40 % de la production.", 40, "fr").kind == (
        "observation"
    )


def test_appele_a_and_comptait_porter_mark_targets() -> None:
    assert fact_of("Le vivier de talents de Weifang est appelé à franchir 500 000 personnes.", 500_000, "fr").kind == (
        "target"
    )
    text = "Le Jiangxi comptait porter le nombre de ses entreprises innovantes au-delà de 9 000."
    assert fact_of(text, 9000, "fr").kind == "target"


def test_wants_and_calls_for_mark_targets() -> None:
    assert fact_of("Yantai wants 2,000 high-tech enterprises.", 2000).kind == "target"
    assert fact_of("The plan calls for Yantai's R&D spending to grow by 9 percent a year.", 9).kind == "target"


def test_a_past_aim_in_french_is_a_target_of_its_year() -> None:
    text = "En 2018, la municipalité de Xuzhou tablait sur plus de 300 milliards de yuans pour 2020."
    fact = fact_of(text, 300_000_000_000, "fr", date(2024, 5, 22))
    assert (fact.kind, fact.year) == ("target", 2020)


def test_a_floor_that_must_not_be_crossed_is_a_target() -> None:
    text = "La part de la recherche fondamentale à Zibo ne doit pas être inférieure à 12 %."
    assert fact_of(text, 12, "fr").kind == "target"


# --- a year relative to the value's own -------------------------------------------------------------------------


def test_a_value_a_year_earlier_is_of_the_year_before_the_sentence_s() -> None:
    text = "In 2024, Dalian's cluster ranked 40th, up from 44th a year earlier."
    assert (fact_of(text, 40).year, fact_of(text, 44).year) == (2024, 2023)


def test_a_growth_on_a_year_earlier_is_of_the_sentence_s_year() -> None:
    text = "In 2024, Dalian's R&D spending rose 9.5 percent on a year earlier."
    assert fact_of(text, 9.5).year == 2024


def test_a_change_between_two_years_written_after_it_is_of_the_last_year() -> None:
    assert fact_of("Xuzhou's tech SMEs grew 48 percent between 2019 and 2023.", 48).year == 2023


# --- the year of a ranking, a qualifier's "than", a line label in French typography ---------------------------


def test_the_year_of_an_evaluation_dates_the_rank_placed_in_it() -> None:
    text = "Weihai High-tech Zone came 23rd in the 2022 evaluation of national high-tech zones."
    assert fact_of(text, 23).year == 2022


def test_the_year_of_a_french_evaluation_dates_the_rank_placed_in_it() -> None:
    text = "La zone de haute technologie de Weihai s'est classée 23e dans l'évaluation 2022 des zones nationales."
    assert fact_of(text, 23, "fr").year == 2022


def test_more_than_is_a_qualifier_not_a_comparison_year() -> None:
    text = "Kunming's high-tech enterprises grew by more than 400 in 2023, bringing the total to 2,900."
    assert fact_of(text, 2900).year == 2023


def test_higher_than_in_a_year_is_still_a_comparison() -> None:
    text = "In 2023 Kunming spent 9 billion yuan on R&D, higher than in 2021."
    assert fact_of(text, 9_000_000_000).year == 2023


def test_a_french_line_label_with_a_non_breaking_space_dates_the_lines_after_it() -> None:
    text = (
        "Bilan du Guangxi\n\nPIB 2022\u00a0: 2 630 milliards de yuans.\n"
        "Dépenses de R&D\u00a0: 21 milliards de yuans.\n"
    )
    assert fact_of(text, 21_000_000_000, "fr").year == 2022


def test_the_one_year_a_document_aims_at_dates_its_targets_that_give_none() -> None:
    text = (
        "Guiyang wants to become a data hub by 2026\n\n"
        "The city will raise R&D spending to 3 percent of GDP.\n\n"
        "It also plans to cultivate 1,500 high-tech enterprises."
    )
    found = {f.value: (f.kind, f.year) for f in facts(text, published=date(2024, 5, 2))}
    assert found[1500] == ("target", 2026)
    assert found[3] == ("target", 2026)


def test_targets_of_a_document_that_aims_at_several_years_keep_no_year() -> None:
    text = (
        "Guiyang sets aims for 2025 and 2030\n\n"
        "By 2025 R&D spending should reach 2.5 percent of GDP, and by 2030 it should reach 3 percent.\n\n"
        "The city also plans to cultivate 1,500 high-tech enterprises."
    )
    found = {f.value: (f.kind, f.year) for f in facts(text, published=date(2024, 5, 2))}
    assert found[2.5] == ("target", 2025)
    assert found[1500] == ("target", None)


def test_a_year_a_french_subject_ended_with_dates_the_value() -> None:
    text = "Le Guizhou avait terminé 2022 avec 2 150 entreprises de haute technologie."
    assert fact_of(text, 2150, "fr", date(2023, 9, 1)).year == 2022


# --- the kind of a value an aim starts from ------------------------------------------------------------------------


def test_the_level_an_aim_starts_from_is_an_observation() -> None:
    text = "Lanzhou aims to have 2,400 high-tech enterprises by 2027, up from 1,130 in 2023."
    assert (fact_of(text, 1130).kind, fact_of(text, 1130).year) == ("observation", 2023)
    assert (fact_of(text, 2400).kind, fact_of(text, 2400).year) == ("target", 2027)


def test_the_level_a_french_aim_is_compared_with_is_an_observation() -> None:
    text = "Lanzhou vise 46 espaces de création d'ici 2027, contre 19 en 2023."
    assert (fact_of(text, 19, "fr").kind, fact_of(text, 19, "fr").year) == ("observation", 2023)
    assert (fact_of(text, 46, "fr").kind, fact_of(text, 46, "fr").year) == ("target", 2027)


def test_the_value_a_planned_change_leads_to_is_the_target() -> None:
    text = "Lanzhou's R&D intensity should rise from 1.9 percent in 2022 to 2.6 percent by 2027."
    assert (fact_of(text, 2.6).kind, fact_of(text, 2.6).year) == ("target", 2027)


def test_an_estimate_of_what_was_done_is_an_observation() -> None:
    text = "Les entreprises de Lanzhou devraient avoir réalisé 96 milliards de yuans de ventes en 2023."
    assert fact_of(text, 96_000_000_000, "fr").kind == "observation"


def test_a_future_perfect_aim_is_still_a_target() -> None:
    text = "By 2027 Lanzhou will have built 12 new pilot-test bases."
    assert fact_of(text, 12).kind == "target"


def test_aims_named_then_listed_after_a_colon_are_targets_of_their_year() -> None:
    text = (
        "Gansu published its innovation notice in 2019. The goals for 2021 were clear: R&D spending of at least "
        "1.6 percent of GDP and more than 1,800 high-tech enterprises."
    )
    found = {f.value: (f.kind, f.year) for f in facts(text, published=date(2024, 4, 1))}
    assert found[1800] == ("target", 2021)
    assert found[1.6] == ("target", 2021)


def test_a_french_list_of_aims_after_a_colon_is_a_list_of_targets() -> None:
    text = "Les objectifs pour 2026 sont ambitieux : 2 500 entreprises de haute technologie au Gansu."
    assert (fact_of(text, 2500, "fr").kind, fact_of(text, 2500, "fr").year) == ("target", 2026)
