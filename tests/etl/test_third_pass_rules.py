"""Rules of the genre from the third generalization pass: numbers that only frame another (national
totals, group sizes, "per 10,000 people"), target verbs, parks that host companies, French appositions
and head-noun anaphora, "soit" restatements, and cues for high-tech output and gathered projects."""

from __future__ import annotations

from tests.etl.sentences import entity_names, fact_of, facts


def values(text: str, language: str = "en") -> set[float]:
    return {f.value for f in facts(text, language)}


def names(text: str, language: str = "fr") -> set[str]:
    return entity_names(text, language)


# --- numbers that are not the subject's own value ------------------------------------------------------


def test_the_countrys_total_is_not_a_fact_of_a_zone() -> None:
    text = "Hefei High-tech Zone ranked fifth among the country's 169 national high-tech zones this year."
    assert 169 not in values(text)


def test_the_size_of_a_group_ranked_in_is_not_a_fact() -> None:
    text = "Xi'an High-tech Zone came sixth among the 169 national high-tech zones in the evaluation."
    assert 169 not in values(text)


def test_per_ten_thousand_inhabitants_is_a_denominator_not_a_population() -> None:
    text = "Wuhan compte 80 brevets d'invention accordés pour 10\u00a0000 habitants."
    assert 10000 not in values(text, "fr")


def test_french_high_value_patents_per_ten_thousand_inhabitants_have_their_own_metric() -> None:
    text = "Wuhan compte 60 brevets d'invention de grande valeur pour 10 000 habitants."
    assert fact_of(text, 60, "fr").metric == "high_value_patents_per_10k_people"


def test_drawn_attention_is_not_companies_drawn_to_a_place() -> None:
    text = "Seven young companies founded in Hefei have drawn global attention this year."
    assert not [f for f in facts(text) if f.metric == "companies_attracted"]


def test_universities_ranked_among_the_worlds_best_are_not_partners() -> None:
    text = "Xi'an High-tech Zone, a cooperation hub, sits near four universities ranked among the world's top 500."
    assert not [f for f in facts(text) if f.metric == "partner_institutions"]


# --- kinds -----------------------------------------------------------------------------------------------


def test_eyes_a_value_is_a_target() -> None:
    assert fact_of("Anhui eyes R&D intensity of 3.1 percent.", 3.1).kind == "target"


# --- subjects --------------------------------------------------------------------------------------------


def test_a_park_that_hosts_companies_has_attracted_them() -> None:
    fact = fact_of("Le parc hi-tech de Xi'an abrite plus de 900 entreprises.", 900, "fr")
    assert (fact.metric, fact.subject) == ("companies_attracted", "Xi'an Hi-Tech Zone")


def test_a_french_apposition_with_an_indefinite_article_is_not_a_new_name() -> None:
    text = "La Vallée optique de Chine, un parc industriel de Wuhan qui réunit plus de 1 500 entreprises, grandit."
    assert "Wuhan Industrial Park" not in names(text)


def test_a_definite_french_head_noun_refers_back_to_the_name_it_starts() -> None:
    text = (
        "La cité scientifique de Binhu se trouve à Hefei. Hefei compte 12 000 entreprises de haute technologie. "
        "D'ici 2030, la Cité scientifique ambitionne d'accueillir 8 grandes infrastructures scientifiques."
    )
    assert fact_of(text, 8, "fr").subject == "Hefei Binhu Science City"


# --- restatements and metric cues -------------------------------------------------------------------------


def test_soit_une_intensite_restates_spending_as_r_and_d_intensity() -> None:
    text = "En 2023, les dépenses de R&D du Shaanxi ont atteint 120 milliards de yuans, soit une intensité de 2,6 %."
    assert fact_of(text, 2.6, "fr").metric == "rd_intensity"


def test_soit_an_amount_after_a_share_of_gdp_for_r_and_d_is_r_and_d_spending() -> None:
    text = "En 2023, Wuhan a consacré 3,5 % de son PIB à la R&D, soit 70,2 milliards de yuans."
    assert fact_of(text, 70_200_000_000, "fr").metric == "rd_expenditure"


def test_an_amount_of_high_tech_industrial_production_is_high_tech_output() -> None:
    text = "Le plan fixe à Hefei l'objectif de 800 milliards de yuans de production industrielle high-tech d'ici 2027."
    fact = fact_of(text, 800_000_000_000, "fr")
    assert (fact.metric, fact.kind, fact.year) == ("high_tech_industry_output", "target", 2027)


def test_research_projects_gathered_by_a_zone_are_projects_hosted() -> None:
    text = "Xi'an High-tech Zone has gathered more than 120 research projects."
    assert fact_of(text, 120).metric == "research_projects_hosted"


# --- qualifiers ------------------------------------------------------------------------------------------


def test_a_value_that_was_topped_is_more_than_it() -> None:
    text = "Operating revenue of Xi'an High-tech Zone topped 300 billion yuan in 2023."
    assert fact_of(text, 300_000_000_000).qualifier == "more_than"


def test_pushing_a_value_up_to_a_level_aims_at_it_rather_than_capping_it() -> None:
    text = "By 2027, Wuhan will push R&D intensity up to 3.8 percent."
    fact = fact_of(text, 3.8)
    assert (fact.kind, fact.qualifier) == ("target", "exact")
