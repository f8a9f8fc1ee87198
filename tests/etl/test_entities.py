"""Entities: reference names and their variants, and names found by the patterns of the genre."""

from __future__ import annotations

from etl.extract import extract_strict
from etl.records import Document, Entity


def entities(text: str, language: str = "en") -> dict[str, Entity]:
    found = extract_strict(Document("t.txt", "t.txt", "", text, "utf-8", language)).entities
    return {e.name: e for e in found}


def named(text: str, language: str = "en") -> set[str]:
    return set(entities(text, language))


# --- the gazetteer --------------------------------------------------------------------------------


def test_a_reference_region_by_its_name() -> None:
    assert "Wuhan" in named("Wuhan opened a new lab.")


def test_a_french_alias_maps_to_the_english_name() -> None:
    e = entities("Le port de Canton s'agrandit.", "fr")
    assert "Guangzhou" in e and "Canton" in e["Guangzhou"].aliases


def test_curly_and_straight_apostrophes_are_the_same_name() -> None:
    assert "Xi'an" in named("Xi’an hosts the forum.")


def test_generic_words_around_a_region_name() -> None:
    e = entities("Hefei City lies in Anhui Province.")
    assert {"Hefei", "Anhui"} <= set(e) and "Anhui Province" in e["Anhui"].aliases


def test_a_french_generic_prefix() -> None:
    assert "Wuhan" in named("La ville de Wuhan investit.", "fr")


def test_a_district_without_its_generic_word() -> None:
    assert "Nanshan District" in named("Nanshan is home to many firms.")


def test_a_one_letter_typo_in_a_long_name() -> None:
    e = entities("Officials from Shenzhenn met investors.")
    assert "Shenzhen" in e and "Shenzhenn" in e["Shenzhen"].aliases


def test_no_typo_matching_for_short_names() -> None:
    assert "Wuhan" not in named("Wuhun is a village in the hills.")


def test_a_given_name_after_a_family_name_is_not_a_misspelt_place() -> None:
    assert named("Wang Jinping spoke.") == set()


def test_a_shared_district_name_follows_the_city_the_text_names() -> None:
    assert "Huangpu District (Guangzhou)" in named("Le district de Huangpu, à Canton, accélère.", "fr")


def test_an_acronym_must_be_written_in_capitals() -> None:
    assert "World Intellectual Property Organization" not in named("The wipo of the river.")


# --- names found by pattern --------------------------------------------------------------------------


def test_a_name_defined_with_its_acronym() -> None:
    e = entities("The Hefei Institute of Physical Science (HIPS) opened a lab. HIPS hired 40 people.")
    found = next(v for v in e.values() if "HIPS" in v.aliases)
    assert found.type == "organization"


def test_a_company_with_a_legal_suffix() -> None:
    e = entities("Wuhan Mindray Biotech Co., Ltd. opened a plant.")
    assert any(n.startswith("Wuhan Mindray Biotech") and v.type == "organization" for n, v in e.items())


def test_companies_listed_after_such_as() -> None:
    names = named("The zone hosts companies such as Kunpeng Robotics, Lanxin Data and Qiyuan Tech.")
    assert {"Kunpeng Robotics", "Lanxin Data", "Qiyuan Tech"} <= names


def test_companies_listed_after_telles_que() -> None:
    text = "Le district accueille des entreprises telles que Minglue Technologies ou Haitian Motors, et d'autres."
    names = named(text, "fr")
    assert {"Minglue Technologies", "Haitian Motors"} <= names


def test_a_company_in_apposition() -> None:
    assert "Tianma" in named("Prenons l'exemple de Tianma, un leader mondial des écrans.", "fr")


def test_an_english_name_ending_with_a_designator_is_a_program() -> None:
    e = entities("The Donghu Photonics Industrial Park opened in 2019.")
    assert e["Donghu Photonics Industrial Park"].type == "program"


def test_a_lowercase_descriptive_name_after_a_proper_word() -> None:
    e = entities("The Liangjiang robotics industry park expanded.")
    assert any(v.type == "program" and "Liangjiang" in n for n, v in e.items())


def test_a_french_hi_tech_park_is_named_in_english() -> None:
    e = entities("Le parc hi-tech de Guanggu attire des chercheurs.", "fr")
    assert "Guanggu Hi-Tech Park" in e and "parc hi-tech de Guanggu" in e["Guanggu Hi-Tech Park"].aliases


def test_a_french_pilot_zone_with_its_place() -> None:
    e = entities("Wuhan crée la zone pilote de réforme financière scientifique et technologique de Wuhan.", "fr")
    assert "Wuhan Sci-Tech Finance Reform Pilot Zone" in e


def test_a_french_name_without_place_takes_the_place_of_its_sentence() -> None:
    e = entities("Chengdu construira un corridor d'innovation scientifique et technologique.", "fr")
    assert "Chengdu Sci-Tech Innovation Corridor" in e


def test_a_french_name_later_given_its_place_is_one_entity() -> None:
    text = (
        "La communauté internationale d'innovation scientifique et technologique ouvrira en 2026. "
        "Elle se trouve au cœur de la communauté internationale d'innovation scientifique et technologique de Yuhang."
    )
    e = entities(text, "fr")
    assert "Yuhang International Sci-Tech Innovation Community" in e
    assert not any(n == "International Sci-Tech Innovation Community" for n in e)


def test_a_parenthesised_english_name_after_a_french_one() -> None:
    e = entities("Le groupe a créé le Campus international d'innovation biomédicale de Hefei (Hefei BioCampus).", "fr")
    assert "Hefei BioCampus" in e and e["Hefei BioCampus"].type == "program"


def test_an_english_document_names_a_known_park_as_it_writes_it() -> None:
    assert "Beijing Zhongguancun Science Park" in named("Beijing Zhongguancun Science Park grew.")


def test_an_english_document_names_a_known_zone_by_the_one_word_it_writes() -> None:
    e = entities("Qianhai registered 900 new firms this year, and Qianhai now hosts a fintech hub.")
    assert "Qianhai" in e and e["Qianhai"].type == "program"


def test_a_known_name_written_only_in_lower_case_keeps_its_reference_name() -> None:
    assert "National High-Tech Industrial Development Zones" in named("A review of national high-tech zones came out.")


def test_a_place_and_a_capitalised_park_name_a_park_of_its_own() -> None:
    e = entities("On the eastern bank, the Zhuhai Park covers 2.4 square kilometres.")
    assert "Zhuhai Park" in e and e["Zhuhai Park"].type == "program"


def test_a_designator_alone_names_no_new_entity() -> None:
    found = named("Hong Kong Science Park opened in 2001. Today the Science Park hosts 900 companies.")
    assert "Hong Kong Science Park" in found and "Science Park" not in found


def test_a_french_document_names_a_known_park_by_its_reference_name() -> None:
    assert "Zhongguancun Science Park" in named("Le parc scientifique de Zhongguancun à Pékin a grandi.", "fr")


def test_a_french_head_of_many_words_keeps_its_place() -> None:
    e = entities("La zone de développement économique et technologique de Kunming (KETDZ) a grandi.", "fr")
    assert e["Kunming Economic and Technological Development Zone"].region == "Kunming"


def test_a_french_national_high_tech_zone_is_named_in_full() -> None:
    e = entities("La zone nationale de développement industriel de haute technologie de Luoyang a grandi.", "fr")
    assert "Luoyang National High-Tech Industrial Development Zone" in e


def test_a_french_national_zone_for_high_tech_industries_is_named_in_full() -> None:
    e = entities("La zone nationale de développement des industries de haute technologie de Luoyang a grandi.", "fr")
    assert "Luoyang National High-Tech Industrial Development Zone" in e


def test_a_french_document_names_a_known_zone_by_its_fullest_english_reading() -> None:
    text = (
        "La zone de haute technologie de Zhuzhou attire des usines. La zone nationale de développement "
        "industriel de haute technologie de Zhuzhou compte 600 entreprises."
    )
    e = entities(text, "fr")
    assert "Zhuzhou National High-Tech Industrial Development Zone" in e
    assert "Zhuzhou Hi-Tech Zone" not in e


def test_an_organization_gets_the_region_its_name_gives() -> None:
    e = entities("The Wuhan Institute of Quantum Optics opened.")
    assert e["Wuhan Institute of Quantum Optics"].region == "Wuhan"


def test_entities_in_page_furniture_are_left_out() -> None:
    body = "Hefei opened a new lab for quantum research, officials said on Monday after a long review. " * 3
    assert "Nanjing" not in named(body + "\n\nRelated stories\nNanjing opens a lab\n")


def test_a_high_tech_district_is_a_zone_whatever_the_case_after_its_hyphen() -> None:
    e = entities("Yangzhou National High-tech District and Taizhou National Hi-tech Industrial Zone grew.")
    assert e["Yangzhou National High-tech District"].kind == "high_tech_zone"
    assert e["Taizhou National Hi-tech Industrial Zone"].kind == "high_tech_zone"
