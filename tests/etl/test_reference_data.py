"""The reference data under seeds/reference and its reader (etl.reference)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from etl import reference
from etl.aliases import alias_key

FACTS = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "FACTS.md"
PROVINCIAL_KINDS = {"province", "municipality", "autonomous_region", "sar"}
# Alias keys that are ordinary English or French words, or acronyms read as such ("CAS" folds to "cas",
# French for "case"); a plain key lookup would fire on running text.
# fmt: off
ORDINARY_WORDS = {
    "us", "eu", "ai", "ia", "cas", "most", "fast", "east", "west", "hit", "bit", "air", "ion", "must", "cast",
    "shine", "craft", "sari", "slab", "ant", "honor", "star", "internet", "science", "technology",
    "northeast", "central", "western", "eastern", "la", "le", "de", "park", "zone", "city",
}
# fmt: on


def _facts_text() -> str:
    if not FACTS.is_file():
        pytest.skip(f"FACTS.md not reachable at {FACTS}")
    return FACTS.read_text(encoding="utf-8")


def _vocabulary(text: str) -> dict[str, str]:
    rows = re.findall(r"^\|\s*([a-z][a-z0-9_]*)\s*\|\s*([a-z][a-z0-9_]*)\s*\|", text, flags=re.MULTILINE)
    return {code: unit for code, unit in rows if code != "code"}


def _all_entries() -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    return [(e.name, e.aliases) for e in (*reference.regions(), *reference.organizations(), *reference.programs())]


def _key_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for name, aliases in _all_entries():
        for surface in (name, *(a for a, _ in aliases)):
            index[alias_key(surface)].add(name)
    return index


def _resolve(surface: str) -> str:
    names = _key_index()[alias_key(surface)]
    assert len(names) == 1, f"{surface!r} resolves to {sorted(names)}"
    return next(iter(names))


def test_every_region_parent_exists() -> None:
    by_name = reference.region_by_name()
    orphans = [r.name for r in reference.regions() if r.parent is not None and r.parent not in by_name]
    assert orphans == []


def test_every_region_kind_is_allowed() -> None:
    assert {r.kind for r in reference.regions()} <= set(reference.REGION_KINDS)


def test_no_alias_key_maps_to_two_canonical_names() -> None:
    ambiguous = {key: sorted(names) for key, names in _key_index().items() if len(names) > 1}
    assert ambiguous == {}


def test_no_alias_is_an_ordinary_word() -> None:
    offending = [(n, a) for n, aliases in _all_entries() for a, _ in aliases if alias_key(a) in ORDINARY_WORDS]
    assert offending == []


def test_aliases_never_repeat_the_name() -> None:
    repeated = [n for n, aliases in _all_entries() if any(alias_key(a) == alias_key(n) for a, _ in aliases)]
    assert repeated == []


def test_alias_languages_are_known() -> None:
    languages = {lang for _, aliases in _all_entries() for _, lang in aliases}
    assert languages <= set(reference.ALIAS_LANGUAGES)


def test_there_are_34_provincial_level_divisions() -> None:
    provincial = [r for r in reference.regions() if r.kind in PROVINCIAL_KINDS]
    assert len(provincial) == 34
    assert {r.parent for r in provincial} == {"China"}


def test_every_province_and_autonomous_region_has_a_city() -> None:
    parents = {r.parent for r in reference.regions() if r.kind == "city"}
    provinces = [r.name for r in reference.regions() if r.kind in {"province", "autonomous_region"}]
    childless = [name for name in provinces if name not in parents]
    assert childless == []


def test_district_county_and_new_area_names_carry_their_suffix() -> None:
    bad = [
        r.name
        for r in reference.regions()
        if (r.kind == "district" and not re.search(r" (District|New Area)( \(.+\))?$", r.name))
        or (r.kind == "county" and not r.name.endswith(" County"))
    ]
    assert bad == []


def test_organization_and_program_regions_exist() -> None:
    by_name = reference.region_by_name()
    entities = (*reference.organizations(), *reference.programs())
    unknown = [e.name for e in entities if e.region and e.region not in by_name]
    assert unknown == []


def test_entity_types_match_their_file() -> None:
    assert {e.type for e in reference.organizations()} == {"organization"}
    assert {e.type for e in reference.programs()} == {"program"}


def test_names_are_unique_across_regions_organizations_and_programs() -> None:
    names = [name for name, _ in _all_entries()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("Pékin", "Beijing"),
        ("Canton", "Guangzhou"),
        ("Mongolie intérieure", "Inner Mongolia"),
        ("delta du Yangtsé", "Yangtze River Delta"),
        ("la Grande Baie", "Guangdong-Hong Kong-Macao Greater Bay Area"),
        ("Chine occidentale", "Western China"),
        ("Jing’an", "Jing'an District"),
        ("Haidian", "Haidian District"),
        ("Chóngqìng", "Chongqing"),
        ("西安", "Xi'an"),
        ("Peking", "Beijing"),
        ("Yingtan", "Yingtan"),
        ("宜春市", "Yichun (Jiangxi)"),
        ("伊春", "Yichun (Heilongjiang)"),
        ("Yanbian Korean Autonomous Prefecture", "Yanbian"),
        ("延边朝鲜族自治州", "Yanbian"),
        ("Xilingol League", "Xilingol"),
        ("阿克苏地区", "Aksu"),
        ("Kachgar", "Kashgar"),
        ("Lvliang", "Lüliang"),
        ("ville de Jilin", "Jilin City"),
        ("吉林市", "Jilin City"),
        ("Hainan Prefecture", "Hainan Tibetan Autonomous Prefecture"),
    ],
)
def test_region_alias_resolves_to_its_canonical_region(surface: str, canonical: str) -> None:
    assert _resolve(surface) == canonical


@pytest.mark.parametrize("surface", ["Yichun", "Yulin", "Baoshan", "Wuzhong", "Xinzhou", "Taizhou"])
def test_a_name_shared_by_two_regions_is_no_alias(surface: str) -> None:
    # the extractor tells such places apart by the document's context; an alias would pick one blindly
    assert alias_key(surface) not in _key_index()


@pytest.mark.parametrize("surface", ["Ali", "Aba", "Yili", "Baise", "Siping"])
def test_a_common_name_or_word_is_no_prefecture_alias(surface: str) -> None:
    assert alias_key(surface) not in _key_index()


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("OMPI", "World Intellectual Property Organization"),
        ("Parti communiste chinois", "Communist Party of China"),
        ("université de Wuhan", "Wuhan University"),
        ("parc hi-tech de Chengdu", "Chengdu Hi-Tech Zone"),
        ("zone de haute technologie de Wuhan", "Wuhan East Lake High-tech Development Zone"),
        ("Optics Valley of China", "Wuhan East Lake High-tech Development Zone"),
        ("Sci-Tech Innovation Board", "STAR Market"),
        ("cercle économique Chengdu-Chongqing", "Chengdu-Chongqing Economic Circle"),
    ],
)
def test_entity_alias_resolves_to_its_canonical_entity(surface: str, canonical: str) -> None:
    assert _resolve(surface) == canonical


def test_every_indicator_unit_is_known() -> None:
    assert {i.unit for i in reference.indicators()} <= set(reference.UNITS)


def test_units_match_the_units_of_facts_md() -> None:
    text = _facts_text()
    units_sentence = text[text.index("Units:") : text.index("| code |")]
    assert set(re.findall(r"`([a-z0-9_]+)`", units_sentence)) == set(reference.UNITS)


def test_every_vocabulary_code_of_facts_md_is_present_with_its_unit() -> None:
    vocabulary = _vocabulary(_facts_text())
    assert vocabulary, "no vocabulary table found in FACTS.md"
    ours = {i.code: i.unit for i in reference.indicators()}
    assert {code: ours.get(code) for code in vocabulary} == vocabulary


def test_indicator_labels_are_filled_in_both_languages() -> None:
    empty = [i.code for i in reference.indicators() if not (i.label_en and i.label_fr and i.description)]
    assert empty == []


def test_region_row_with_unknown_kind_names_file_and_line() -> None:
    text = "name,kind,parent,name_fr,name_zh,name_pinyin\nChina,country,,Chine,中国,\nWuhan,town,China,,,\n"
    with pytest.raises(ValueError, match=r"regions\.csv line 3: unknown kind 'town'"):
        reference.parse_regions(text)


def test_region_row_with_missing_field_names_file_and_line() -> None:
    text = "name,kind,parent,name_fr,name_zh,name_pinyin\nChina,country,,Chine\n"
    with pytest.raises(ValueError, match=r"regions\.csv line 2: expected 6 fields"):
        reference.parse_regions(text)


def test_region_row_with_unbalanced_quote_names_file_and_line() -> None:
    text = 'name,kind,parent,name_fr,name_zh,name_pinyin\nChina,country,,Chine,中国,\n"Wuhan,city,China,,,\n'
    with pytest.raises(ValueError, match=r"regions\.csv line \d+: "):
        reference.parse_regions(text)


def test_region_file_with_wrong_header_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"regions\.csv line 1: header"):
        reference.parse_regions("name,kind\nChina,country\n")


def test_alias_of_unknown_region_names_file_and_line() -> None:
    regions = "name,kind,parent,name_fr,name_zh,name_pinyin\nChengdu,city,,,,\n"
    aliases = "name,alias,language\nChengdu,Chengtu,en\nHefei,Hofei,en\n"
    with pytest.raises(ValueError, match=r"region_aliases\.csv line 3: unknown region 'Hefei'"):
        reference.parse_regions(regions, aliases)


def test_region_names_with_commas_are_read_from_quoted_fields() -> None:
    text = 'name,kind,parent,name_fr,name_zh,name_pinyin\n"Taizhou, Zhejiang",city,,"Taizhou, Zhejiang",台州,\n'
    (region,) = reference.parse_regions(text)
    assert (region.name, region.aliases) == ("Taizhou, Zhejiang", (("台州", "zh"),))


def test_region_aliases_merge_columns_and_alias_rows_without_duplicates() -> None:
    regions = "name,kind,parent,name_fr,name_zh,name_pinyin\nXi'an,city,,Xi'an,西安,Xī'ān\n"
    aliases = "name,alias,language\nXi'an,Sian,en\nXi'an,Xian,fr\n"
    (region,) = reference.parse_regions(regions, aliases)
    assert region.aliases == (("西安", "zh"), ("Sian", "en"))


def test_entity_without_kind_names_file_and_line() -> None:
    text = "- name: Hefei High-Tech Zone\n  kind: high_tech_zone\n- name: Wuhan University\n"
    with pytest.raises(ValueError, match=r"programs\.yaml line 3 \(Wuhan University\): missing kind"):
        reference.parse_entities(text, "program", "programs.yaml")


def test_entity_alias_in_unknown_language_is_rejected() -> None:
    text = "- name: Wuhan University\n  kind: university\n  aliases: {de: [Universität Wuhan]}\n"
    with pytest.raises(ValueError, match="unknown alias language 'de'"):
        reference.parse_entities(text, "organization", "organizations.yaml")


def test_entity_aliases_keep_their_language() -> None:
    text = "- name: Wuhan University\n  kind: university\n  aliases: {en: [WHU], fr: [université de Wuhan]}\n"
    (entity,) = reference.parse_entities(text, "organization", "organizations.yaml")
    assert entity.aliases == (("WHU", "en"), ("université de Wuhan", "fr"))


def test_indicator_with_unknown_unit_is_rejected() -> None:
    text = "- {code: gdp, unit: furlong, label_en: GDP, label_fr: PIB, description: Gross domestic product.}\n"
    with pytest.raises(ValueError, match=r"indicators\.yaml line 1 \(gdp\): unknown unit 'furlong'"):
        reference.parse_indicators(text)


def test_reference_dir_follows_the_environment(tmp_path: Path) -> None:
    (tmp_path / "regions.csv").write_text(
        "name,kind,parent,name_fr,name_zh,name_pinyin\nChina,country,,Chine,中国,\nHefei,city,China,,合肥,\n",
        encoding="utf-8",
    )
    (tmp_path / "region_aliases.csv").write_text("name,alias,language\n", encoding="utf-8")
    script = "from etl import reference; print(sorted(reference.region_by_name()))"
    env = {"INNOVDB_REFERENCE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['China', 'Hefei']"
