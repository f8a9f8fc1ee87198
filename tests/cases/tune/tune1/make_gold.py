"""Gold for the tune1 documents t1_01..t1_35 (figures from real public articles, see SOURCES.md).
Writes gold.jsonl next to this script. Every quote must occur in its document; when a quote occurs more than
once, the fact names the occurrence it means (occ=0 is the first). Offsets are computed on the text exactly as
the scorer reads it: Path(p).read_text(encoding="utf-8").
In quotes, '¤' stands for the no-break space U+00A0 and '‡' for the narrow no-break space U+202F used in the
French documents."""
import json, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
D = HERE / "docs"


def F(doc, kind, subject, metric, value, unit, quote, qualifier="exact", year=None, value_high=None,
      required=True, subject_type="region", occ=0):
    return dict(record="fact", doc=doc, kind=kind, subject=subject, subject_type=subject_type, metric=metric,
                value=value, value_high=value_high, unit=unit, qualifier=qualifier, year=year,
                quote=quote.replace("¤", "\u00a0").replace("‡", "\u202f"), required=required, _occ=occ)


def E(doc, t, name, aliases=(), required=True):
    return dict(record="entity", doc=doc, type=t, name=name, aliases=list(aliases), required=required)


O, P, R = "organization", "program", "region"
T, OB = "target", "observation"
facts, entities, docs = [], [], []

# ---------------------------------------------------------------- t1_01 (en, news story)
A = "t1_01_shenzhen_news.txt"
SZ = "Shenzhen"
docs.append(dict(record="document", doc=A, language="en", published="2025-12-19"))
facts += [
    F(A, OB, SZ, "rd_expenditure", 245.31e9, "cny", "the city spent 245.31 billion yuan on research and development in 2024", year=2024),
    F(A, OB, SZ, "rd_expenditure", 151.08e9, "cny", "That compares with 151.08 billion yuan in 2020", year=2020),
    F(A, OB, SZ, "rd_expenditure_average_annual_growth", 12.9, "percent", "works out to average growth of 12.9 percent a year"),
    F(A, OB, SZ, "rd_expenditure_rank_among_chinese_cities", 2, "rank", "the total leaves Shenzhen second among Chinese cities"),
    F(A, OB, SZ, "share_of_provincial_rd_expenditure", 48, "percent", "Last year the city's outlays made up 48 percent of everything spent on R&D across Guangdong", year=2024),
    F(A, OB, SZ, "rd_intensity", 6.67, "percent", "That year R&D intensity, the ratio of research spending to gross domestic product, rose to 6.67 percent", year=2024),
    # debatable: a superlative ("the highest of any major city") read as rank 1, no numeral in the text
    F(A, OB, SZ, "rd_intensity_rank_among_chinese_cities", 1, "rank", "the highest of any major city in the country", year=2024, required=False),
    F(A, OB, SZ, "enterprise_share_of_rd_expenditure", 93, "percent", "companies supplied more than 93 percent of the 2024 total", "more_than", year=2024),
    F(A, OB, SZ, "rd_personnel_full_time_equivalent", 474000, "people", "R&D personnel reached 474,000 person-years"),
    # debatable: "largest pool of any Chinese city" is a superlative, no numeral
    F(A, OB, SZ, "rd_personnel_rank_among_chinese_cities", 1, "rank", "the largest pool of any Chinese city", required=False),
    F(A, OB, SZ, "pct_applications_rank_among_chinese_cities", 1, "rank", "Shenzhen has ranked first among Chinese cities in PCT international patent applications"),
    F(A, OB, SZ, "high_tech_enterprises", 25000, "count", "The city now counts 25,000 national high-tech enterprises"),
    F(A, OB, SZ, "little_giant_enterprises", 1333, "count", "along with 1,333 national-level \"little giant\" firms"),
    # debatable: "No other Chinese city has more of them" implies rank 1 without saying it
    F(A, OB, SZ, "little_giant_enterprises_rank_among_chinese_cities", 1, "rank", "No other Chinese city has more of them.", required=False),
    F(A, OB, SZ, "sci_tech_funds", 43e9, "cny", "the 43 billion yuan the city holds in science and technology funds"),
    F(A, OB, SZ, "share_of_sci_tech_funds_to_enterprises", 75, "percent", "more than three quarters has been steered toward enterprises", "more_than"),
    F(A, OB, "Shenzhen-Hong Kong-Guangzhou", "gii_cluster_rank", 1, "rank", "placed the Shenzhen-Hong Kong-Guangzhou cluster first among the world's top 100 science and technology clusters in its 2025 edition", year=2025),
]
entities += [
    E(A, R, SZ), E(A, R, "Guangdong", required=False),
    E(A, R, "Shenzhen-Hong Kong-Guangzhou", ["Shenzhen-Hong Kong-Guangzhou cluster"]),
    E(A, O, "Shenzhen Science and Technology Innovation Bureau", required=False),
    E(A, O, "World Intellectual Property Organization", required=False),
    E(A, R, "Tokyo-Yokohama", required=False),
]

# ---------------------------------------------------------------- t1_02 (fr, statistical bulletin)
A = "t1_02_guangdong_bulletin_fr.txt"
GD = "Guangdong"
docs.append(dict(record="document", doc=A, language="fr", published="2024-02-20"))
facts += [
    F(A, OB, GD, "high_tech_enterprises", 75000, "count", "Le Guangdong recense désormais plus de 75¤000 entreprises de haute technologie", "more_than", year=2023),
    F(A, OB, GD, "high_tech_enterprises_national_rank", 1, "rank", "la province occupe le premier rang national depuis huit années consécutives", year=2023),
    F(A, OB, GD, "rd_expenditure", 460e9, "cny", "est estimée à plus de 460¤milliards de yuans", "more_than", year=2023),
    F(A, OB, GD, "rd_personnel", 1350000, "people", "La province mobilise 1,35¤million de personnes", year=2023),
    F(A, OB, GD, "valid_invention_patents", 665000, "count", "Le stock de brevets d'invention en vigueur dépasse 665¤000", "more_than", year=2023),
    F(A, OB, GD, "pct_applications", 23700, "count", "23¤700 demandes internationales ont été déposées", year=2023),
    F(A, OB, GD, "gdp", 13e12, "cny", "a franchi la barre des 13¤000¤milliards de yuans en 2023", "more_than", year=2023),
    F(A, OB, GD, "gdp_national_rank", 1, "rank", "le Guangdong se classe au premier rang des provinces chinoises pour le PIB", year=2023),
    F(A, OB, GD, "innovative_smes", 40000, "count", "PME innovantes¤: environ 40¤000", "approx", year=2023),
    F(A, OB, GD, "specialized_sophisticated_smes", 18000, "count", "plus de 18¤000 ont obtenu le label", "more_than", year=2023),
    F(A, OB, GD, "little_giant_enterprises", 1500, "count", "1¤500 au total", year=2023),
    # debatable: "en tête des provinces" is a rank 1 without a numeral
    F(A, OB, GD, "little_giant_enterprises_rank_among_provinces", 1, "rank", "ce qui place le Guangdong en tête des provinces", year=2023, required=False),
    F(A, OB, GD, "new_little_giant_enterprises", 658, "count", "658 entreprises du Guangdong ont été retenues", year=2023),
    F(A, OB, GD, "share_of_national_new_little_giant_enterprises", 17.9, "percent", "soit 17,9¤% des lauréats de tout le pays", year=2023),
    # debatable: number of lists (batches) published by the national program, close to an ordinal
    F(A, OB, "China", "little_giant_lists_published", 5, "count", "la Chine a publié cinq listes de «¤petits géants¤»", required=False),
    F(A, OB, "China", "little_giant_enterprises", 13000, "count", "qui en comptent désormais près de 13¤000", "approx", year=2023),
    F(A, T, "China", "little_giant_enterprises", 10000, "count", "disposer de 10¤000 «¤petits géants¤» d'ici 2025", year=2025),
]
entities += [
    E(A, R, GD, ["Province du Guangdong", "le Guangdong", "la province"]),
    E(A, R, "China", ["la Chine", "le pays"]),
    E(A, R, "Shenzhen", required=False),
    E(A, O, "Department of Science and Technology of Guangdong Province", ["département provincial des sciences et technologies"], required=False),
    E(A, O, "Department of Industry and Information Technology of Guangdong Province", ["département provincial de l'industrie et des technologies de l'information"], required=False),
]

# ---------------------------------------------------------------- t1_03 (en, web page with furniture; no date)
A = "t1_03_guangzhou_webpage.txt"
GZ = "Guangzhou"
docs.append(dict(record="document", doc=A, language="en", published=None))
# The report edition "covers the year 2023": that year is stated once for the whole list of its figures.
facts += [
    F(A, OB, GZ, "high_tech_enterprises", 13000, "count", "The count of high-tech enterprises in Guangzhou has grown to 13,000", year=2023),
    F(A, OB, GZ, "tech_smes", 21000, "count", "science and technology-based small and medium-sized enterprises now number 21,000", year=2023),
    F(A, OB, GZ, "newly_certified_high_tech_enterprises", 5000, "count", "more than 5,000 firms certified as high-tech enterprises for the first time", "more_than", year=2023),
    # debatable: "the fastest in the country" is a superlative read as rank 1
    F(A, OB, GZ, "tech_smes_growth_national_rank", 1, "rank", "growth in its tech SME base was the fastest in the country", year=2023, required=False),
    F(A, OB, GZ, "unicorn_enterprises", 22, "count", "Twenty-two Guangzhou companies appear on the global unicorn list", year=2023),
    F(A, OB, GZ, "high_tech_share_of_enterprises", 0.6, "percent", "high-tech enterprises made up just 0.6 percent of all companies in the city"),
    F(A, OB, GZ, "high_tech_share_of_corporate_income_tax", 20, "percent", "they paid 20 percent of its corporate income tax"),
    F(A, OB, GZ, "rd_intensity", 3.44, "percent", "In 2023 R&D expenditure was equal to 3.44 percent of Guangzhou's GDP", year=2023),
    F(A, OB, GZ, "basic_research_expenditure", 13.52e9, "cny", "Spending on basic research across society reached 13.52 billion yuan", year=2023),
    F(A, OB, GZ, "basic_research_share", 12.96, "percent", "or 12.96 percent of all R&D outlays", year=2023),
    F(A, OB, GZ, "industrial_enterprise_rd_to_revenue_ratio", 1.83, "percent", "industrial enterprises above designated size devoted 1.83 percent of their operating revenue to R&D", year=2023),
    F(A, OB, GZ, "industrial_enterprise_rd_to_revenue_ratio_change", 0.24, "percentage_points", "0.24 percentage points more than a year earlier", year=2023),
    F(A, OB, GZ, "sci_tech_innovation_platforms_provincial_and_above", 3027, "count", "Guangzhou has 3,027 science and technology innovation platforms at provincial level or above", year=2023),
    F(A, OB, GZ, "sci_tech_innovation_platforms_growth", 7.3, "percent", "7.3 percent more than the year before", year=2023),
    F(A, OB, GZ, "national_innovation_platforms", 123, "count", "123 of them are national-level platforms", year=2023),
    F(A, OB, GZ, "tech_contract_turnover", 255.082e9, "cny", "Technology contracts worth 255.082 billion yuan were concluded", year=2023),
    F(A, OB, GZ, "invention_patents_per_10k_people", 80.73, "per_10k_people", "Invention patents per 10,000 permanent residents climbed to 80.73", year=2023),
    F(A, OB, GZ, "invention_patents_per_10k_people", 38.07, "per_10k_people", "The indicator stood at 38.07 in 2020", year=2020),
    F(A, OB, GZ, "esi_top1pct_disciplines", 136, "count", "Universities in the city now have 136 disciplines ranked in the top 1 percent", year=2023),
    F(A, OB, GZ, "esi_top1pct_disciplines_average_annual_growth", 16.1, "percent", "that number has grown by 16.1 percent a year on average since 2020"),
    F(A, OB, GZ, "advanced_manufacturing_share_of_industrial_value_added", 60.54, "percent", "Advanced manufacturing now accounts for 60.54 percent of the added value of industry above designated size", year=2023),
    F(A, OB, GZ, "strategic_emerging_industries_share_of_gdp", 30.75, "percent", "strategic emerging industries generate 30.75 percent of the city's GDP", year=2023),
]
entities += [
    E(A, R, GZ, ["the provincial capital", "the city"]),
    E(A, P, "Guangzhou Urban Innovation Index Report", required=False),
    E(A, R, "Huadu", required=False), E(A, R, "Nansha", required=False), E(A, R, "Liwan", required=False),
]

# ---------------------------------------------------------------- t1_04 (fr, interview)
A = "t1_04_dongguan_entretien_fr.txt"
DG = "Dongguan"
SL = "Songshan Lake National Hi-tech Industrial Development Zone"
LAB = "Songshan Lake Materials Laboratory"
docs.append(dict(record="document", doc=A, language="fr", published="2023-02-24"))
facts += [
    F(A, T, DG, "gdp_growth", 5.5, "percent", "une croissance du PIB comprise entre 5,5 et 6¤%", year=2023, value_high=6),
    F(A, T, DG, "industrial_value_added_growth", 6, "percent", "une hausse de 6¤% de la valeur ajoutée des industries au-dessus de la taille désignée", year=2023),
    F(A, T, DG, "rd_intensity", 4, "percent", "Les dépenses de R&D devraient représenter environ 4¤% du PIB", "approx", year=2023),
    F(A, T, DG, "high_tech_enterprises", 9500, "count", "Nous voulons en compter 9¤500 de niveau national d'ici la fin de l'année", year=2023),
    F(A, T, DG, "high_tech_enterprises", 10000, "count", "franchir le cap des 10¤000 le plus tôt possible"),
    F(A, OB, SL, "planned_area", 103, "km2", "l'aire de contrôle planifiée couvre 103 kilomètres carrés", subject_type=P),
    F(A, OB, SL, "green_coverage_ratio", 60, "percent", "un taux de couverture végétale supérieur à 60¤%", "more_than", subject_type=P),
    F(A, OB, SL, "national_high_tech_zone_rank", 23, "rank", "nous étions 23e du pays", year=2017, subject_type=P),
    F(A, OB, SL, "high_tech_zone_rank_in_guangdong", 3, "rank", "troisièmes du Guangdong", year=2017, subject_type=P),
    F(A, OB, SL, "high_tech_zone_rank_among_guangdong_prefecture_cities", 1, "rank", "premiers parmi les villes-préfectures de la province", year=2017, subject_type=P),
    F(A, OB, SL, "national_high_tech_zone_internationalization_rank", 22, "rank", "de la 22e place en 2016", year=2016, subject_type=P),
    F(A, OB, SL, "national_high_tech_zone_internationalization_rank", 15, "rank", "à la 15e en 2017", year=2017, subject_type=P),
    F(A, OB, SL, "high_tech_enterprises", 250, "count", "la zone comptait 250 entreprises de haute technologie", year=2017, subject_type=P),
    F(A, OB, SL, "high_tech_enterprises_rank_in_city", 1, "rank", "ce qui la plaçait au premier rang de la ville", year=2017, subject_type=P),
    F(A, OB, SL, "industrial_output", 540e9, "cny", "la production industrielle a atteint 540¤milliards de yuans", year=2019, subject_type=P),
    F(A, OB, SL, "advanced_and_high_tech_manufacturing_share_of_industrial_output", 90, "percent", "dont plus de 90¤% issus de la fabrication avancée et de haute technologie", "more_than", year=2019, subject_type=P),
    F(A, OB, SL, "tax_revenue", 16.3e9, "cny", "Les recettes fiscales, autour de 16,3¤milliards de yuans", "approx", year=2019, subject_type=P),
    F(A, OB, SL, "tax_revenue_rank_in_city", 1, "rank", "nous ont placés au premier rang de Dongguan", year=2019, subject_type=P),
    F(A, OB, LAB, "total_investment", 5e9, "cny", "L'investissement total dépasse 5¤milliards de yuans", "more_than", subject_type=O),
    F(A, OB, LAB, "planned_area", 0.8, "km2", "Le site planifié couvre 1¤200 mu, soit 80 hectares", subject_type=O),
    # 400 mu = 266,667 m2 = 0.2667 km2 (1 mu = 666.67 m2)
    F(A, OB, LAB, "first_phase_area", 0.2667, "km2", "la première phase en occupe environ 400", "approx", subject_type=O),
    F(A, OB, DG, "gdp", 57.8e9, "cny", "57,8¤milliards de yuans en 2001", year=2001),
    F(A, OB, DG, "gdp", 758.2e9, "cny", "758,2¤milliards en 2017", year=2017),
]
entities += [
    E(A, R, DG, ["la ville"]),
    E(A, P, SL, ["zone de haute technologie du lac Songshan", "lac Songshan", "la zone", "Songshan Lake"]),
    E(A, O, LAB, ["laboratoire des matériaux du lac Songshan", "le laboratoire"]),
    E(A, O, "China Spallation Neutron Source", ["Source chinoise de neutrons de spallation"], required=False),
    E(A, R, "Guangdong", required=False),
]

# ---------------------------------------------------------------- t1_05 (en, newsletter)
A = "t1_05_zhuhai_newsletter.txt"
ZZ = "Zhuhai National Hi-Tech Industrial Development Zone"
TJW = "Tangjiawan"
XZ = "Xiangzhou District"
docs.append(dict(record="document", doc=A, language="en", published="2022-03-07"))
facts += [
    F(A, OB, ZZ, "national_high_tech_zone_rank", 17, "rank", "came 17th in the 2021 evaluation of national hi-tech zones", year=2021, subject_type=P),
    # debatable: a change of rank ("two places better"), not a rank
    F(A, OB, ZZ, "national_high_tech_zone_rank_change", 2, "count", "two places better than a year earlier", year=2021, subject_type=P, required=False),
    # debatable: the number of zones in the evaluation quantifies the evaluation, not a Zhuhai subject
    F(A, OB, "China", "national_high_tech_zones_evaluated", 157, "count", "The center scored the 157 zones it assessed", year=2021, required=False),
    F(A, OB, ZZ, "innovation_capacity_rank_among_national_high_tech_zones", 15, "rank", "Zhuhai placed 15th for innovation capacity and entrepreneurial activity", year=2021, subject_type=P),
    F(A, OB, ZZ, "structural_optimization_rank_among_national_high_tech_zones", 20, "rank", "20th for structural optimization and industrial value chains", year=2021, subject_type=P),
    F(A, OB, ZZ, "green_development_rank_among_national_high_tech_zones", 27, "rank", "27th for green development and opening up", year=2021, subject_type=P),
    F(A, OB, ZZ, "high_tech_industry_output", 345e9, "cny", "Operating revenue for the zone is projected at 345 billion yuan for 2021", "approx", year=2021, subject_type=P),
    F(A, OB, ZZ, "operating_revenue_growth", 8, "percent", "8 percent more than in 2020", "approx", year=2021, subject_type=P),
    F(A, OB, TJW, "gdp_growth", 9.7, "percent", "grew its GDP by 9.7 percent to 30.62 billion yuan", year=2021, subject_type=P),
    F(A, OB, TJW, "gdp", 30.62e9, "cny", "grew its GDP by 9.7 percent to 30.62 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "industrial_value_added_growth", 20.9, "percent", "Added value of industries above designated size jumped 20.9 percent to 12.1 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "industrial_value_added", 12.1e9, "cny", "Added value of industries above designated size jumped 20.9 percent to 12.1 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "fixed_asset_investment_growth", 10.5, "percent", "fixed-asset investment rose 10.5 percent to 27.6 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "fixed_asset_investment", 27.6e9, "cny", "fixed-asset investment rose 10.5 percent to 27.6 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "rd_intensity", 8, "percent", "Local R&D spending is estimated at about 8 percent of the zone's GDP", "approx", year=2021, subject_type=P),
    F(A, OB, ZZ, "granted_patents", 4016, "count", "The zone was granted 4,016 patents last year", year=2021, subject_type=P),
    F(A, OB, ZZ, "granted_patents_growth", 15.5, "percent", "up 15.5 percent", year=2021, subject_type=P),
    F(A, OB, ZZ, "valid_invention_patents_growth", 25.4, "percent", "Valid invention patents held in the zone increased 25.4 percent, to 3,671", year=2021, subject_type=P),
    F(A, OB, ZZ, "valid_invention_patents", 3671, "count", "Valid invention patents held in the zone increased 25.4 percent, to 3,671", year=2021, subject_type=P),
    F(A, OB, XZ, "sci_tech_innovation_capability_national_rank", 5, "rank", "rated Zhuhai's Xiangzhou District fifth in the country for science and technology innovation capability", year=2018),
    F(A, OB, XZ, "government_rd_investment", 4.3e9, "cny", "Government R&D investment in the district came to 4.3 billion yuan in 2017", year=2017),
    F(A, OB, XZ, "share_of_city_invention_patents", 60, "percent", "Xiangzhou accounted for roughly 60 percent of the city's invention patents", "approx"),
    F(A, OB, XZ, "comprehensive_strength_rank", 48, "rank", "placed the district 48th for comprehensive strength", year=2018),
    F(A, OB, XZ, "green_development_rank", 19, "rank", "19th for green development", year=2018),
]
entities += [
    E(A, P, ZZ, ["the zone", "hi-tech zone"]), E(A, R, "Zhuhai"),
    E(A, P, TJW, ["main park in Tangjiawan"]), E(A, R, XZ, ["Xiangzhou"]),
    E(A, O, "Torch High Technology Industry Development Center", required=False),
    E(A, R, "China", required=False), E(A, R, "Hengqin", required=False),
    E(A, O, "Huawei Kunpeng", required=False), E(A, O, "Zhuhai Institute of Advanced Technology", required=False),
    E(A, O, "JaFron Biomedical", required=False),
]

# ---------------------------------------------------------------- t1_06 (fr, plan summary)
A = "t1_06_ningbo_plan_fr.txt"
NB = "Ningbo"
NBZ = "Ningbo National High-tech Zone"
ZJ = "Zhejiang"
docs.append(dict(record="document", doc=A, language="fr", published="2021-08-16"))
facts += [
    F(A, T, NB, "high_tech_enterprises", 8000, "count", "Ningbo entend en accueillir 8‡000 d'ici 2025", year=2025),
    F(A, T, NB, "share_of_enterprises_with_rd", 60, "percent", "60‡% des entreprises de la ville devront mener des activités de R&D", year=2025),
    F(A, OB, NB, "new_innovative_startups_per_year", 2000, "count", "Ningbo a vu naître en moyenne 2‡000 jeunes pousses innovantes par an", "approx"),
    F(A, OB, NB, "new_high_tech_enterprises_per_year", 500, "count", "environ 500 nouvelles entreprises de haute technologie ont été reconnues chaque année", "approx"),
    F(A, OB, NB, "high_tech_enterprises", 3102, "count", "la ville abritait 3‡102 entreprises de haute technologie", year=2020),
    F(A, OB, NB, "provincial_high_tech_smes", 1381, "count", "1‡381 PME de haute technologie reconnues au niveau provincial", year=2020),
    F(A, OB, NB, "provincial_maker_spaces", 66, "count", "66 espaces de création", year=2020),
    F(A, OB, NB, "national_enterprise_technology_centers", 32, "count", "32 centres technologiques d'entreprise de niveau national", year=2020),
    F(A, OB, NB, "national_incubators", 12, "count", "12 incubateurs nationaux", year=2020),
    F(A, T, ZJ, "national_manufacturing_innovation_centers", 2, "count", "La province vise deux à trois centres nationaux", year=2025, value_high=3),
    F(A, T, ZJ, "provincial_manufacturing_innovation_centers", 30, "count", "une trentaine de centres provinciaux d'ici 2025", "approx", year=2025),
    # debatable: a per-centre grant, close to a unit price rather than a budget
    F(A, OB, ZJ, "grant_per_provincial_manufacturing_innovation_center", 10e6, "cny", "recevra une dotation de 10‡millions de yuans", required=False),
    F(A, OB, ZJ, "grant_per_national_manufacturing_innovation_center", 30e6, "cny", "un centre national, 30‡millions", required=False),
    F(A, OB, NBZ, "rd_expenditure_growth", 57, "percent", "ses dépenses de R&D ont bondi de 57‡%", year=2019, subject_type=P),
    F(A, OB, NBZ, "rd_expenditure", 1.5e9, "cny", "pour dépasser 1,5‡milliard de yuans", "more_than", year=2019, subject_type=P),
    F(A, OB, NBZ, "rd_intensity", 7.1, "percent", "soit 7,1‡% du PIB du district", year=2019, subject_type=P),
    F(A, OB, NBZ, "rd_intensity_multiple_of_city_average", 2.5, "ratio", "c'est 2,5 fois la moyenne municipale", year=2019, subject_type=P),
    # debatable: "le meilleur score de la ville" is a superlative read as rank 1
    F(A, OB, NBZ, "rd_intensity_rank_in_city", 1, "rank", "le meilleur score de la ville", year=2019, subject_type=P, required=False),
    F(A, OB, NBZ, "high_tech_value_added_growth", 18.5, "percent", "La valeur ajoutée des secteurs de haute technologie y a progressé de 18,5‡%", year=2019, subject_type=P),
    F(A, OB, NBZ, "high_tech_share_of_industrial_value_added", 90, "percent", "représentait 90‡% de la valeur ajoutée industrielle au-dessus de la taille désignée", year=2019, subject_type=P),
    F(A, OB, NBZ, "invention_patents_per_10k_people", 210, "per_10k_people", "On y comptait plus de 210 brevets d'invention pour 10‡000 habitants", "more_than", year=2019, subject_type=P),
]
entities += [
    E(A, R, NB, ["la ville portuaire de Ningbo", "la ville"]), E(A, R, ZJ, ["le Zhejiang", "la province"]),
    E(A, P, NBZ, ["district national de haute technologie de Ningbo", "district de haute technologie"]),
    E(A, R, "Hangzhou", required=False),
]

# ---------------------------------------------------------------- t1_07 (en, video transcript)
A = "t1_07_xiamen_video.txt"
XT = "Xiamen Torch Development Zone for High Technology Industries"
docs.append(dict(record="document", doc=A, language="en", published="2023-03-21"))
facts += [
    F(A, OB, XT, "national_high_tech_zone_rank", 11, "rank", "it has been ranked 11th out of China's 169 national high-tech zones in the evaluation for 2022", year=2022, subject_type=P),
    F(A, OB, "China", "national_high_tech_zones", 169, "count", "China's 169 national high-tech zones"),
    # debatable: a change of rank, not a rank
    F(A, OB, XT, "national_high_tech_zone_rank_change", 3, "count", "three places higher than the year before", year=2022, subject_type=P, required=False),
    F(A, OB, XT, "comprehensive_quality_rank_among_national_high_tech_zones", 7, "rank", "On comprehensive quality and sustained innovation, it came seventh.", year=2022, subject_type=P),
    F(A, OB, XT, "high_tech_enterprises", 1000, "count", "More than 1,000 national-level high-tech companies are in the zone now", "more_than", subject_type=P),
    F(A, OB, XT, "share_of_city_high_tech_enterprises", 50, "percent", "That is nearly half of all the ones in Xiamen.", "approx", subject_type=P),
    # debatable: the zone's original area, a historical attribute of its founding
    F(A, OB, XT, "planned_area", 1, "km2", "a test field of less than one square kilometre", "less_than", subject_type=P, required=False),
    F(A, OB, XT, "sub_areas", 9, "count", "spread over nine sub-areas across the city", subject_type=P),
    F(A, OB, XT, "registered_companies", 14000, "count", "home to more than 14,000 companies", "more_than", subject_type=P),
    F(A, OB, XT, "enterprises_with_output_above_10bn_yuan", 7, "count", "Seven of our companies each produce more than 10 billion yuan of output a year", subject_type=P),
    F(A, OB, XT, "enterprises_with_output_above_100m_yuan", 300, "count", "more than 300 produce over 100 million", "more_than", subject_type=P),
    F(A, OB, XT, "fortune_global_500_projects", 31, "count", "Fortune Global 500 companies have 31 projects here", subject_type=P),
    F(A, OB, XT, "industrial_output", 146e6, "cny", "from 146 million yuan in its early days", subject_type=P),
    F(A, OB, XT, "industrial_output", 300e9, "cny", "to more than 300 billion yuan", "more_than", subject_type=P),
    F(A, OB, XT, "share_of_city_land", 3, "percent", "It holds less than 3 percent of Xiamen's land", "less_than", subject_type=P),
    F(A, OB, XT, "share_of_city_industrial_output", 43, "percent", "it produces 43 percent of the city's industrial output", subject_type=P),
    F(A, OB, XT, "share_of_city_software_revenue", 70, "percent", "about 70 percent of the revenue of its software and information services industry", "approx", subject_type=P),
    F(A, OB, XT, "fixed_asset_investment", 30.14e9, "cny", "fixed-asset investment reached 30.14 billion yuan", year=2021, subject_type=P),
    F(A, OB, XT, "fixed_asset_investment_growth", 20.4, "percent", "up 20.4 percent", year=2021, subject_type=P),
    F(A, OB, XT, "foreign_capital_used", 3.3e9, "cny", "We used 3.3 billion yuan of foreign capital", year=2021, subject_type=P),
    F(A, OB, XT, "foreign_capital_used_growth", 11.4, "percent", "11.4 percent more than a year earlier", year=2021, subject_type=P),
    F(A, OB, XT, "new_registered_companies", 4116, "count", "4,116 new companies registered", year=2021, subject_type=P),
    F(A, OB, XT, "new_registered_companies_growth", 54.2, "percent", "a 54.2 percent increase", year=2021, subject_type=P),
]
entities += [
    E(A, P, XT, ["Xiamen Torch zone", "Torch zone", "the zone"]), E(A, R, "Xiamen"),
    E(A, R, "China", required=False), E(A, R, "Xiang'an", required=False), E(A, O, "ABB", required=False),
    E(A, O, "Ministry of Science and Technology", required=False),
]

# ---------------------------------------------------------------- t1_08 (fr, news story)
A = "t1_08_hongkong_macao_news_fr.txt"
MO, HK = "Macao", "Hong Kong"
FDCT = "Science and Technology Development Fund"
docs.append(dict(record="document", doc=A, language="fr", published="2026-03-12"))
facts += [
    F(A, OB, MO, "national_key_laboratories", 4, "count", "Macao possède désormais quatre laboratoires clés d'État"),
    F(A, OB, MO, "university_students", 8000, "people", "est passé de 8¤000", year=1999),
    F(A, OB, MO, "university_students", 62000, "people", "à plus de 62¤000", "more_than"),
    F(A, OB, MO, "university_research_staff", 13, "people", "sont passés de 13 personnes", year=1999),
    F(A, OB, MO, "university_research_staff", 1773, "people", "à 1¤773"),
    F(A, OB, MO, "university_research_staff_multiple_since_1999", 136, "ratio", "soit une multiplication par 136"),
    F(A, OB, MO, "science_and_technology_students", 9000, "people", "Plus de 9¤000 étudiants", "more_than"),
    F(A, OB, FDCT, "funding_applications_received", 885, "count", "il avait reçu 885 demandes de subvention", year=2020, subject_type=O),
    F(A, OB, FDCT, "funding_requested", 870e6, "mop", "pour un montant total sollicité de 870¤millions de patacas", year=2020, subject_type=O),
    F(A, OB, FDCT, "projects_approved", 553, "count", "en avait approuvé 553", year=2020, subject_type=O),
    F(A, OB, FDCT, "subsidies_granted", 210e6, "mop", "pour 210¤millions de patacas", year=2020, subject_type=O),
    F(A, OB, HK, "rd_expenditure", 30.14e9, "hkd", "la dépense intérieure brute de R&D a atteint 30,14¤milliards de dollars de Hong Kong en 2022", year=2022),
    F(A, OB, HK, "rd_expenditure_growth", 8, "percent", "en hausse de 8¤% sur un an", year=2022),
    F(A, OB, HK, "rd_intensity", 1.07, "percent", "Elle représentait 1,07¤% du produit intérieur brut", year=2022),
    F(A, OB, HK, "rd_intensity", 0.86, "percent", "Le ratio n'était que de 0,86¤% en 2018", year=2018),
    F(A, OB, HK, "rd_expenditure", 24.5e9, "hkd", "la dépense s'élevait à 24,5¤milliards de dollars de Hong Kong", year=2018),
    F(A, OB, "I&T Industry-Oriented Fund", "fund_size", 10e9, "hkd", "un fonds de 10¤milliards de dollars de Hong Kong orienté vers l'industrie de l'innovation et de la technologie", subject_type=P),
    F(A, OB, "Research Matching Grant Scheme", "budget", 1.5e9, "hkd", "une nouvelle tranche de 1,5¤milliard pour le programme de subventions de contrepartie à la recherche", subject_type=P),
    F(A, OB, "I&T Accelerator Pilot Scheme", "budget", 180e6, "hkd", "180¤millions pour un programme pilote destiné aux accélérateurs de jeunes pousses", subject_type=P),
    F(A, OB, MO, "tech_enterprises_preparing_listing", 3, "count", "Trois jeunes entreprises technologiques de Macao préparent d'ailleurs leur introduction en Bourse"),
]
entities += [
    E(A, R, MO), E(A, R, HK),
    E(A, R, "Guangdong-Hong Kong-Macao Greater Bay Area", ["région de la Grande Baie Guangdong-Hong Kong-Macao", "Grande Baie"]),
    E(A, O, FDCT, ["Fonds pour le développement des sciences et de la technologie", "FDCT"]),
    E(A, O, "Macau University of Science and Technology", ["Université des sciences et technologies de Macao"], required=False),
    E(A, O, "Census and Statistics Department", ["département du recensement et des statistiques"], required=False),
    E(A, P, "I&T Industry-Oriented Fund", ["fonds de 10 milliards de dollars de Hong Kong orienté vers l'industrie de l'innovation et de la technologie"]),
    E(A, P, "Research Matching Grant Scheme", ["programme de subventions de contrepartie à la recherche"]),
    E(A, P, "I&T Accelerator Pilot Scheme", ["programme pilote destiné aux accélérateurs de jeunes pousses"]),
    E(A, R, "Hengqin", required=False), E(A, R, "Shenzhen", required=False), E(A, R, "China", ["la Chine"], required=False),
]

# ---------------------------------------------------------------- t1_09 (en, listicle)
A = "t1_09_zhejiang_cities_listicle.txt"
NIDC = "National innovation-driven cities"
Q3 = "Jiaxing, Wenzhou and Shaoxing came 22nd, 36th and 38th respectively"
docs.append(dict(record="document", doc=A, language="en", published=None))
facts += [
    F(A, OB, "Shenzhen", "innovation_driven_city_rank", 1, "rank", "Shenzhen came first", year=2022),
    F(A, OB, "Nanjing", "innovation_driven_city_rank", 2, "rank", "Nanjing second", year=2022),
    F(A, OB, "Hangzhou", "innovation_driven_city_rank", 3, "rank", "Hangzhou third", year=2022),
    F(A, OB, "Guangzhou", "innovation_driven_city_rank", 4, "rank", "Guangzhou followed in fourth place", year=2022),
    F(A, OB, NIDC, "cities_assessed", 103, "count", "103 national innovation-driven cities for 2022", year=2022, subject_type=P),
    F(A, OB, NIDC, "share_of_national_population", 51, "percent", "hold 51 percent of China's population", year=2022, subject_type=P),
    F(A, OB, NIDC, "share_of_national_gdp", 67, "percent", "generated 67 percent of its GDP in 2022", year=2022, subject_type=P),
    F(A, OB, "Ningbo", "innovation_driven_city_rank", 16, "rank", "Ningbo finished 16th nationally", year=2022),
    # debatable: a change of rank ("one spot lower"), not a rank
    F(A, OB, "Ningbo", "innovation_driven_city_rank_change", 1, "count", "one spot lower than a year earlier", year=2022, required=False),
    F(A, OB, "Ningbo", "innovation_driven_city_rank_in_zhejiang", 2, "rank", "still second within Zhejiang behind the provincial capital", year=2022),
    F(A, OB, "Jiaxing", "innovation_driven_city_rank", 22, "rank", Q3, year=2022),
    F(A, OB, "Wenzhou", "innovation_driven_city_rank", 36, "rank", Q3, year=2022),
    F(A, OB, "Shaoxing", "innovation_driven_city_rank", 38, "rank", Q3, year=2022),
    F(A, OB, "Huzhou", "innovation_driven_city_rank", 40, "rank", "Huzhou took 40th place", year=2022),
    F(A, OB, "Taizhou", "innovation_driven_city_rank", 53, "rank", "Taizhou 53rd", year=2022),
    F(A, OB, "Jinhua", "innovation_driven_city_rank", 59, "rank", "Jinhua 59th", year=2022),
    F(A, OB, "Jiaxing", "provincial_innovation_index", 236.2, "index", "Jiaxing scored 236.2 for 2022", year=2022),
    F(A, OB, "Jiaxing", "provincial_innovation_index_rank", 2, "rank", "second in the province", year=2022),
    F(A, OB, "Jiaxing", "provincial_innovation_index_change", 22.6, "index", "The score rose 22.6 points in a year", year=2022),
    # debatable: superlative ("the biggest gain") read as rank 1
    F(A, OB, "Jiaxing", "provincial_innovation_index_growth_rank", 1, "rank", "the biggest gain of any Zhejiang city", year=2022, required=False),
    F(A, OB, "Jiaxing", "pct_applications_per_1m_people", 50.4, "per_1m_people", "PCT applications per million residents went from 50.4 in 2021", year=2021),
    F(A, OB, "Jiaxing", "pct_applications_per_1m_people", 61.3, "per_1m_people", "to 61.3 in 2022", year=2022),
    F(A, OB, "Jiaxing", "high_tech_enterprises_per_1000_enterprises", 21.5, "per_1000_enterprises", "rose from 21.5 in 2021", year=2021),
    F(A, OB, "Jiaxing", "high_tech_enterprises_per_1000_enterprises", 24.4, "per_1000_enterprises", "to 24.4 in 2022", year=2022),
    F(A, OB, "Jiaxing", "provincial_key_enterprise_research_institutes", 26, "count", "Jiaxing has 26 provincial-level key enterprise research institutes"),
    F(A, OB, "Jiaxing", "provincial_enterprise_research_institutes", 298, "count", "298 provincial-level enterprise research institutes"),
    F(A, OB, "Jiaxing", "provincial_high_tech_enterprise_rd_centers", 822, "count", "822 provincial high-tech enterprise R&D centers"),
    F(A, OB, "Lin'an District", "innovative_counties_national_rank", 17, "rank", "was placed 17th in China in a 2022 ranking of innovative cities and counties", year=2022),
    # debatable: the size of the candidate pool quantifies the ranking, not Lin'an
    F(A, OB, "Top 100 Innovative Cities and Counties ranking", "candidates_screened", 2757, "count", "screened 2,757 candidates", year=2022, subject_type=P, required=False),
    F(A, OB, "Lin'an District", "innovative_counties_rank_in_hangzhou", 3, "rank", "third within Hangzhou", year=2022),
    F(A, OB, "Lin'an District", "rd_intensity", 3.34, "percent", "Its R&D intensity was 3.34 percent in 2021", year=2021),
    F(A, OB, "Lin'an District", "rd_intensity_rank_in_hangzhou", 4, "rank", "fourth among Hangzhou's districts and counties", year=2021),
    F(A, OB, "Hangzhou National High-tech Zone", "national_high_tech_zone_rank", 3, "rank", "the Hangzhou (Binjiang) national high-tech zone ranked third among the country's national high-tech zones", year=2016, subject_type=P),
    F(A, OB, "Ningbo National High-tech Zone", "national_high_tech_zone_rank", 21, "rank", "climbed from 21st", year=2015, subject_type=P),
    F(A, OB, "Ningbo National High-tech Zone", "national_high_tech_zone_rank", 17, "rank", "to 17th", year=2016, subject_type=P),
    F(A, OB, "Zhejiang", "provincial_high_tech_zones", 36, "count", "Zhejiang then had 36 provincial-level high-tech zones"),
    F(A, OB, "Zhejiang", "national_high_tech_zones", 8, "count", "eight of them national-level"),
]
entities += [
    E(A, R, "Zhejiang", ["the province"]), E(A, R, "Hangzhou", ["the provincial capital"]), E(A, R, "Ningbo"),
    E(A, R, "Jiaxing"), E(A, R, "Wenzhou"), E(A, R, "Shaoxing"), E(A, R, "Huzhou"), E(A, R, "Taizhou"), E(A, R, "Jinhua"),
    E(A, R, "Shenzhen"), E(A, R, "Nanjing"), E(A, R, "Guangzhou"),
    E(A, P, NIDC, ["national innovation-driven cities"]),
    E(A, R, "Lin'an District", ["Lin'an"]),
    E(A, P, "Top 100 Innovative Cities and Counties ranking", ["ranking of innovative cities and counties"], required=False),
    E(A, P, "Hangzhou National High-tech Zone", ["Hangzhou (Binjiang) national high-tech zone", "Binjiang"]),
    E(A, P, "Ningbo National High-tech Zone", ["Ningbo national high-tech zone"]),
    E(A, O, "Ministry of Science and Technology", required=False),
    E(A, P, "Zhongguancun", required=False), E(A, P, "Zhangjiang", required=False),
]

# ---------------------------------------------------------------- t1_10 (fr, plan summary)
A = "t1_10_guangdong_plan_fr.txt"
GD = "Guangdong"
docs.append(dict(record="document", doc=A, language="fr", published="2024-10-30"))
facts += [
    F(A, T, GD, "rd_expenditure_average_annual_growth", 10, "percent", "elles devront progresser de 10¤% par an en moyenne sur la période", year=2025),
    F(A, T, GD, "rd_intensity", 3.5, "percent", "à l'horizon 2025, la R&D devrait représenter 3,5¤% du PIB provincial", year=2025),
    F(A, T, GD, "basic_research_share", 10, "percent", "sa part dans l'ensemble des dépenses de R&D atteindra 10¤%", year=2025),
    F(A, T, GD, "innovation_capability_national_rank", 1, "rank", "la province entend rester au premier rang national", year=2025),
    F(A, T, GD, "high_tech_share_of_exports", 35, "percent", "les produits de haute technologie devront dépasser 35¤% des exportations provinciales", "more_than", year=2025),
    F(A, T, GD, "manufacturing_share_of_inbound_fdi", 20, "percent", "la fabrication devra capter plus de 20¤% des investissements étrangers entrants", "more_than", year=2025),
    F(A, T, GD, "manufacturing_share_of_outbound_investment", 10, "percent", "plus de 10¤% des investissements directs sortants de la province devront aller à l'industrie manufacturière", "more_than", year=2025),
    # the 2024 opinion gives "about five years" rather than a year: target year left null
    F(A, T, GD, "rd_intensity", 4, "percent", "porter la dépense de R&D de l'ensemble de la société à environ 4¤% du PIB", "approx"),
    F(A, T, GD, "basic_research_share", 10, "percent", "La recherche fondamentale devra toujours peser 10¤% de cette dépense"),
    F(A, T, GD, "high_tech_manufacturing_share_of_industrial_value_added", 33, "percent", "elle devrait représenter autour de 33¤% de la valeur ajoutée des industries au-dessus de la taille désignée", "approx"),
    F(A, OB, GD, "enterprise_share_of_rd_institutions", 90, "percent", "Environ 90¤% des institutions de R&D", "approx"),
    F(A, OB, GD, "enterprise_share_of_rd_personnel", 90, "percent", "90¤% du personnel de recherche", "approx"),
    F(A, OB, GD, "enterprise_share_of_rd_investment", 90, "percent", "90¤% des investissements de R&D", "approx"),
    F(A, OB, GD, "enterprise_share_of_patents", 90, "percent", "90¤% des demandes et délivrances de brevets", "approx"),
    F(A, OB, GD, "gdp_national_rank", 1, "rank", "Première province chinoise par le PIB"),
]
entities += [
    E(A, R, GD, ["le Guangdong", "la province"]),
    E(A, R, "Guangdong-Hong Kong-Macao Greater Bay Area", ["région de la Grande Baie"]),
    E(A, R, "Shenzhen", required=False), E(A, R, "Guangzhou", ["Canton"], required=False),
]

# ---------------------------------------------------------------- t1_11 (fr, statistical bulletin)
A = "t1_11_fujian_bulletin_fr.txt"
FJ, QZ = "Fujian", "Quanzhou"
Q2 = "Deux villes du Fujian, Fuzhou et Quanzhou, dépassent chacune 1¤000¤milliards de yuans de PIB"
docs.append(dict(record="document", doc=A, language="fr", published="2022-10-21"))
facts += [
    F(A, OB, FJ, "gdp", 4.88e12, "cny", "PIB 2021¤: 4¤880¤milliards de yuans", year=2021),
    F(A, OB, FJ, "gdp_average_annual_growth", 8.1, "percent", "Croissance annuelle moyenne du PIB depuis 2012¤: 8,1¤%"),
    F(A, OB, FJ, "gdp_national_rank", 8, "rank", "la province est remontée à la huitième place parmi les régions de niveau provincial", year=2021),
    F(A, OB, FJ, "general_public_budget_revenue", 574.4e9, "cny", "Recettes budgétaires publiques générales¤: 574,4¤milliards de yuans", year=2021),
    F(A, OB, FJ, "general_public_budget_revenue_average_annual_growth", 7.4, "percent", "en hausse moyenne de 7,4¤% par an"),
    F(A, OB, FJ, "per_capita_disposable_income", 40659, "cny", "Revenu disponible par habitant¤: 40¤659 yuans", year=2021),
    F(A, OB, FJ, "per_capita_disposable_income_national_rank", 7, "rank", "septième rang national", year=2021),
    F(A, OB, FJ, "per_capita_disposable_income_average_annual_growth", 8.5, "percent", "progression moyenne de 8,5¤% par an"),
    F(A, OB, FJ, "urbanization_rate", 69.7, "percent", "Taux d'urbanisation¤: 69,7¤%", year=2021),
    F(A, OB, FJ, "high_tech_enterprises", 8900, "count", "Entreprises de haute technologie¤: plus de 8¤900 en 2021", "more_than", year=2021),
    F(A, OB, FJ, "high_tech_enterprises_multiple_vs_2012", 4.8, "ratio", "soit 4,8 fois plus qu'en 2012", year=2021),
    F(A, OB, FJ, "manufacturing_share_of_gdp", 34.2, "percent", "Part de l'industrie manufacturière dans le PIB¤: 34,2¤%", year=2021),
    F(A, OB, FJ, "digital_economy_value_added", 2.3e12, "cny", "valeur ajoutée supérieure à 2¤300¤milliards de yuans", "more_than", year=2021),
    F(A, OB, FJ, "digital_economy_share_of_gdp", 47.6, "percent", "soit 47,6¤% du PIB", year=2021),
    F(A, OB, FJ, "marine_economy_gross_product", 1.1e12, "cny", "produit brut de plus de 1¤100¤milliards de yuans", "more_than", year=2021),
    F(A, OB, "Fuzhou", "gdp", 1e12, "cny", Q2, "more_than", year=2021),
    F(A, OB, QZ, "gdp", 1e12, "cny", Q2, "more_than", year=2021),
    F(A, OB, QZ, "rd_personnel", 35800, "people", "35¤800 personnes travaillaient dans la R&D", year=2018),
    F(A, OB, QZ, "rd_personnel_multiple_vs_2009", 2.8, "ratio", "2,8 fois plus qu'en 2009", year=2018),
    F(A, OB, QZ, "rd_personnel_average_annual_growth", 11.9, "percent", "soit une hausse moyenne de 11,9¤% par an"),
    F(A, OB, QZ, "public_budget_rd_expenditure", 1.469e9, "cny", "les dépenses budgétaires consacrées à la R&D de nouvelles technologies atteignaient 1,469¤milliard de yuans", year=2018),
    F(A, OB, QZ, "rd_institutes_county_level_and_above", 411, "count", "la ville comptait 411 instituts de R&D de niveau comté ou supérieur", year=2018),
    F(A, OB, QZ, "rd_institutes_county_level_and_above", 13, "count", "contre 13 en 1987", year=1987),
    F(A, OB, QZ, "engineering_research_centers", 85, "count", "on recensait 85 centres de recherche en ingénierie provinciaux et municipaux", year=2018),
    F(A, OB, QZ, "new_type_research_institutes", 201, "count", "201 nouveaux instituts de recherche", year=2018),
    F(A, OB, QZ, "provincial_new_type_research_institutes", 12, "count", "dont 12 de niveau provincial", year=2018),
    F(A, OB, QZ, "business_incubators", 87, "count", "87 incubateurs d'entreprises", year=2018),
]
entities += [
    E(A, R, FJ, ["province du Fujian", "la province"]), E(A, R, "Fuzhou"), E(A, R, QZ),
    E(A, R, "Xiamen", required=False), E(A, R, "Zhangzhou", required=False), E(A, R, "China", ["la Chine"], required=False),
]

# ---------------------------------------------------------------- t1_12 (en, news story)
A = "t1_12_fuzhou_news.txt"
FZ = "Fuzhou"
FSP = "Fuzhou Software Park"
docs.append(dict(record="document", doc=A, language="en", published="2025-08-29"))
facts += [
    F(A, OB, FZ, "gdp", 46.4e9, "cny", "In 1995 Fuzhou's GDP came to 46.4 billion yuan", year=1995),
    F(A, OB, FZ, "gdp", 1.42e12, "cny", "Last year it reached 1.42 trillion yuan", year=2024),
    F(A, OB, FZ, "gdp_rank_among_provincial_capitals", 8, "rank", "placing Fuzhou eighth among China's provincial capitals", year=2024),
    F(A, OB, FZ, "digital_economy_value", 790e9, "cny", "was worth 790 billion yuan in 2024", year=2024),
    F(A, OB, FZ, "digital_economy_value", 390e9, "cny", "in 2019 it generated 390 billion yuan", year=2019),
    F(A, OB, FZ, "digital_economy_share_of_gdp", 40, "percent", "more than 40 percent of the city's GDP", "more_than", year=2019),
    # debatable: "a single building" at opening is a founding attribute
    F(A, OB, FSP, "buildings", 1, "count", "it had a single building", year=1999, subject_type=P, required=False),
    F(A, OB, FSP, "tenant_companies", 100, "count", "around 100 tenant companies", "approx", year=1999, subject_type=P),
    F(A, OB, FSP, "zones", 7, "count", "It now spans seven zones and 173 buildings", subject_type=P),
    F(A, OB, FSP, "buildings", 173, "count", "It now spans seven zones and 173 buildings", subject_type=P),
    F(A, OB, FSP, "high_tech_enterprises", 770, "count", "by 2020 it housed 770 high-tech enterprises", year=2020, subject_type=P),
    F(A, OB, FSP, "high_tech_enterprises_multiple_vs_2000", 6, "ratio", "more than six times the number in 2000", "more_than", year=2020, subject_type=P),
    F(A, OB, "Southeast Big Data Industrial Park", "iot_companies", 185, "count", "has drawn 185 internet of things companies", subject_type=P),
    F(A, OB, "Fujian", "digital_economy_key_projects_signed", 50, "count", "50 key projects worth a combined 31.9 billion yuan were signed", year=2024),
    F(A, OB, "Fujian", "digital_economy_key_projects_investment", 31.9e9, "cny", "50 key projects worth a combined 31.9 billion yuan were signed", year=2024),
    F(A, OB, "Fujian", "digital_industry_share_of_signed_investment", 90, "percent", "Digital industry projects took more than 90 percent of that investment", "more_than", year=2024),
    F(A, OB, "Fujian", "share_of_signed_projects_with_private_capital", 80, "percent", "more than 80 percent of the projects brought in private capital", "more_than", year=2024),
]
entities += [
    E(A, R, FZ, ["the city", "capital of Fujian province"]), E(A, R, "Fujian", ["Fujian province"]),
    E(A, P, FSP, ["the park"]), E(A, P, "Southeast Big Data Industrial Park"),
    E(A, O, "Rockchip Electronics", required=False), E(A, P, "Digital China Summit", required=False),
    E(A, O, "Baidu", required=False), E(A, O, "SenseTime", required=False), E(A, O, "iSoftStone", required=False),
    E(A, R, "Xiamen", required=False),
]

# ---------------------------------------------------------------- t1_13 (fr, web page with furniture)
A = "t1_13_foshan_webpage_fr.txt"
FHZ = "Foshan National High-tech Industrial Development Zone"
Q13 = "elle se classe respectivement 14e, 17e et 14e parmi les zones nationales de haute technologie"
docs.append(dict(record="document", doc=A, language="fr", published="2024-04-08"))
facts += [
    F(A, OB, FHZ, "sub_parks", 5, "count", "qui regroupe cinq parcs répartis de Chancheng à Sanshui", subject_type=P),
    F(A, OB, FHZ, "tech_smes", 2000, "count", "La zone a attiré près de 2¤000 PME technologiques", "approx", subject_type=P),
    F(A, OB, FHZ, "enterprises_with_national_rd_institutions", 21, "count", "Elle compte 21 entreprises dotées d'institutions de R&D de niveau national", subject_type=P),
    F(A, OB, FHZ, "foreign_and_returnee_share_of_workforce", 1.5, "percent", "représentent 1,5¤% de ses effectifs", subject_type=P),
    F(A, OB, FHZ, "tech_smes_rank_among_national_high_tech_zones", 14, "rank", Q13, subject_type=P),
    F(A, OB, FHZ, "national_rd_institution_enterprises_rank_among_national_high_tech_zones", 17, "rank", Q13, subject_type=P),
    F(A, OB, FHZ, "foreign_and_returnee_share_rank_among_national_high_tech_zones", 14, "rank", Q13, subject_type=P),
    F(A, OB, FHZ, "industrial_output", 472.657e9, "cny", "une production industrielle de 472,657¤milliards de yuans", "approx", year=2023, subject_type=P),
    F(A, OB, FHZ, "high_tech_industry_output", 585.941e9, "cny", "un chiffre d'affaires de 585,941¤milliards de yuans", "approx", year=2023, subject_type=P),
    F(A, OB, FHZ, "high_tech_enterprises", 5400, "count", "La zone revendique en outre plus de 5¤400 entreprises de haute technologie", "more_than", subject_type=P),
    F(A, OB, FHZ, "industrial_output", 202.427e9, "cny", "ont produit pour 202,427¤milliards de yuans", year=2023, subject_type=P),
    F(A, OB, FHZ, "industrial_output_growth", 0.24, "percent", "soit une hausse de 0,24¤%", year=2023, subject_type=P),
    F(A, OB, FHZ, "exports_growth", 3.32, "percent", "Les exportations ont progressé de 3,32¤%", year=2023, subject_type=P),
    F(A, OB, FHZ, "operating_revenue_growth", 0.32, "percent", "le chiffre d'affaires de 0,32¤%", year=2023, subject_type=P),
    F(A, OB, FHZ, "innovation_credit_loans_approved", 790e6, "cny", "dépassaient alors 790¤millions de yuans", "more_than", year=2023, subject_type=P),
    # debatable: the size of an honour list is fixed by design (a "top 100")
    F(A, OB, "FHIDZ Enterprise Innovation Scoreboard", "enterprises_listed", 100, "count", "qui distingue 100 entreprises technologiques", year=2023, subject_type=P, required=False),
    F(A, OB, FHZ, "bank_credit_lines_granted", 35e9, "cny", "sept banques ont accordé ensemble 35¤milliards de yuans de lignes de crédit", year=2024, subject_type=P),
    F(A, OB, FHZ, "banks_granting_credit", 7, "count", "sept banques ont accordé ensemble", year=2024, subject_type=P),
]
entities += [
    E(A, P, FHZ, ["zone nationale de développement industriel de haute technologie de Foshan", "la zone"]),
    E(A, R, "Foshan"), E(A, R, "Chancheng", required=False), E(A, R, "Sanshui", required=False),
    E(A, O, "Origin Intelligent", required=False),
    E(A, P, "FHIDZ Enterprise Innovation Scoreboard", ["tableau d'honneur 2023 de l'innovation des entreprises"], required=False),
]

# ---------------------------------------------------------------- t1_14 (fr, video transcript)
A = "t1_14_gba_video_fr.txt"
GBA = "Guangdong-Hong Kong-Macao Greater Bay Area"
SHG = "Shenzhen-Hong Kong-Guangzhou"
docs.append(dict(record="document", doc=A, language="fr", published="2025-09-02"))
# the on-screen caption "14 000 milliards de yuans : le PIB de la Grande Baie en 2023" repeats the body figure: not annotated
facts += [
    # debatable: "prend la tête" is a rank 1 without a numeral
    F(A, OB, SHG, "gii_cluster_rank", 1, "rank", "le pôle Shenzhen-Hong Kong-Canton prend la tête des cent premiers pôles scientifiques et technologiques de la planète", year=2025, required=False),
    F(A, OB, SHG, "gii_cluster_rank", 2, "rank", "le pôle occupait la deuxième place chaque année"),
    # debatable: counts the economies of the ranking itself
    F(A, OB, "Global Innovation Index", "economies_with_top100_clusters", 33, "count", "Les cent premiers pôles se répartissent entre 33 économies", year=2025, subject_type=P, required=False),
    F(A, OB, "China", "gii_top100_clusters", 24, "count", "La Chine en compte 24", year=2025),
    F(A, OB, "United States", "gii_top100_clusters", 22, "count", "contre 22 pour les États-Unis", year=2025),
    F(A, OB, "Germany", "gii_top100_clusters", 7, "count", "7 pour l'Allemagne", year=2025),
    F(A, OB, "China", "gii_top100_clusters", 26, "count", "L'an dernier, la Chine en alignait 26", year=2024),
    F(A, OB, GBA, "gdp", 14e12, "cny", "la production totale de la Grande Baie a dépassé 14¤000¤milliards de yuans", "more_than", year=2023),
    F(A, OB, GBA, "share_of_national_gdp", 11.11, "percent", "environ un neuvième du PIB chinois", "approx", year=2023),
    F(A, OB, GBA, "share_of_national_land_area", 0.6, "percent", "sur moins de 0,6¤% du territoire national", "less_than"),
    F(A, OB, GBA, "gdp", 12e12, "cny", "La région avait franchi 12¤000¤milliards en 2021", "more_than", year=2021),
    F(A, OB, GBA, "gdp", 13e12, "cny", "puis 13¤000¤milliards en 2022", "more_than", year=2022),
    F(A, OB, GBA, "gdp", 10.8e12, "cny", "En 2018, elle pesait 10¤800¤milliards de yuans", year=2018),
    F(A, OB, GBA, "gdp_increase_since_2018", 3.2e12, "cny", "cela fait 3¤200¤milliards de plus en cinq ans", year=2023),
    # debatable: a structural count of member cities, partly naming them
    F(A, OB, GBA, "member_cities", 11, "count", "onze villes, neuf dans le Guangdong plus Hong Kong et Macao", required=False),
]
entities += [
    E(A, R, GBA, ["région de la Grande Baie Guangdong-Hong Kong-Macao", "Grande Baie", "la région"]),
    E(A, R, SHG, ["pôle Shenzhen-Hong Kong-Canton", "Shenzhen-Hong Kong-Canton"]),
    E(A, R, "China", ["la Chine"]), E(A, R, "United States", ["États-Unis"]), E(A, R, "Germany", ["Allemagne"]),
    E(A, O, "World Intellectual Property Organization", ["OMPI", "Organisation mondiale de la propriété intellectuelle"], required=False),
    E(A, P, "Global Innovation Index", ["Indice mondial de l'innovation"], required=False),
    E(A, R, "Tokyo-Yokohama", required=False), E(A, R, "Hong Kong", required=False), E(A, R, "Macao", required=False),
    E(A, O, "Huawei", required=False), E(A, O, "Tencent", required=False), E(A, O, "BYD", required=False),
]

# ---------------------------------------------------------------- t1_15 (en, interview)
A = "t1_15_hongkong_interview.txt"
HKSP = "Hong Kong Science Park"
HKSTP = "Hong Kong Science and Technology Parks Corporation"
STEP = "Science and Technology Entrepreneur Programme"
docs.append(dict(record="document", doc=A, language="en", published="2024-06-27"))
facts += [
    F(A, OB, HKSP, "companies", 1700, "count", "It houses more than 1,700 companies", "more_than", subject_type=P),
    F(A, OB, HKSP, "startups", 800, "count", "over 800 of them are start-ups", "more_than", subject_type=P),
    F(A, OB, HKSP, "companies", 12, "count", "there was just over a dozen firms on site", "more_than", year=2001, subject_type=P),
    F(A, OB, "Hong Kong", "unicorn_enterprises", 18, "count", "Hong Kong has 18 unicorn companies"),
    F(A, OB, HKSP, "unicorn_enterprises", 12, "count", "12 of them are based here in the park", subject_type=P),
    F(A, OB, HKSTP, "technology_companies_supported", 1500, "count", "we support over 1,500 technology companies", "more_than", year=2023, subject_type=O),
    F(A, OB, HKSTP, "countries_and_regions_of_companies", 24, "count", "from 24 countries and regions", year=2023, subject_type=O),
    F(A, OB, HKSTP, "research_professionals", 13000, "people", "more than 13,000 research professionals work in our ecosystem", "more_than", year=2023, subject_type=O),
    F(A, OB, HKSP, "occupancy_rate", 86, "percent", "the park's overall occupancy was about 86 percent", "approx", year=2021, subject_type=P),
    F(A, OB, HKSP, "companies", 900, "count", "around 900 technology companies operated there", "approx", year=2021, subject_type=P),
    F(A, OB, HKSP, "local_share_of_companies", 79, "percent", "79 percent local", year=2021, subject_type=P),
    F(A, OB, HKSP, "non_local_share_of_companies", 21, "percent", "21 percent from the mainland or overseas", year=2021, subject_type=P),
    F(A, OB, HKSP, "smes", 610, "count", "Roughly 610 of them were small and medium-sized enterprises", "approx", year=2021, subject_type=P),
    F(A, OB, HKSP, "government_funding", 10e9, "hkd", "In 2018 the government earmarked HK$10 billion for the park", year=2018, subject_type=P),
    F(A, OB, STEP, "applications", 300, "count", "drew more than 300 applications", "more_than", subject_type=P),
    F(A, OB, STEP, "teams_admitted", 70, "count", "70 teams were admitted", subject_type=P),
]
entities += [
    E(A, P, HKSP, ["the park", "Science Park"]), E(A, O, HKSTP, ["HKSTP"]), E(A, R, "Hong Kong"),
    E(A, P, STEP), E(A, P, "InnoCentre", required=False),
    E(A, R, "Guangdong-Hong Kong-Macao Greater Bay Area", ["Greater Bay Area"], required=False),
    E(A, R, "Shenzhen", required=False), E(A, R, "Dongguan", required=False),
]

# ---------------------------------------------------------------- t1_16 (en, newsletter)
A = "t1_16_hengqin_newsletter.txt"
HQ = "Hengqin"
Q16 = "0.4, 0.5 and 1.6 percentage points above the national, provincial and municipal growth rates respectively"
docs.append(dict(record="document", doc=A, language="en", published="2024-12-19"))
facts += [
    F(A, OB, HQ, "macao_funded_enterprises", 6552, "count", "there were 6,552 Macao-funded enterprises in Hengqin", year=2024),
    F(A, OB, HQ, "macao_funded_enterprises_growth", 11.8, "percent", "11.8 percent more than a year earlier", year=2024),
    F(A, OB, HQ, "macao_funded_share_of_enterprises", 11.6, "percent", "They make up 11.6 percent of the roughly 55,700 businesses", year=2024),
    F(A, OB, HQ, "registered_businesses", 55700, "count", "the roughly 55,700 businesses registered on the island", "approx", year=2024),
    F(A, OB, HQ, "tcm_companies_supported", 75, "count", "has helped 75 TCM companies expand"),
    F(A, OB, HQ, "gdp", 37.349e9, "cny", "Hengqin's GDP for the first three quarters of 2024 reached 37.349 billion yuan", year=2024),
    F(A, OB, HQ, "gdp_growth", 7.1, "percent", "a rise of 7.1 percent year on year", year=2024),
    F(A, OB, HQ, "electrical_machinery_output_growth", 91.4, "percent", "Manufacturing of electrical machinery jumped 91.4 percent", year=2024),
    F(A, OB, HQ, "electronic_equipment_output_growth", 35.1, "percent", "computer and electronic equipment rose 35.1 percent", year=2024),
    F(A, OB, HQ, "services_growth", 6.7, "percent", "Services grew 6.7 percent", year=2024),
    F(A, OB, HQ, "it_services_growth", 46.9, "percent", "information technology services (up 46.9 percent)", year=2024),
    F(A, OB, HQ, "transport_logistics_growth", 44.7, "percent", "transport and logistics (up 44.7 percent)", year=2024),
    F(A, OB, HQ, "macao_residents_living", 20000, "people", "More than 20,000 Macao residents now live in Hengqin", "more_than"),
    F(A, OB, HQ, "gdp_growth", 8.5, "percent", "That year the area's GDP rose 8.5 percent to 45.46 billion yuan", year=2021),
    F(A, OB, HQ, "gdp", 45.46e9, "cny", "That year the area's GDP rose 8.5 percent to 45.46 billion yuan", year=2021),
    F(A, OB, HQ, "gdp_growth_gap_vs_national", 0.4, "percentage_points", Q16, year=2021),
    F(A, OB, HQ, "gdp_growth_gap_vs_provincial", 0.5, "percentage_points", Q16, year=2021),
    F(A, OB, HQ, "gdp_growth_gap_vs_municipal", 1.6, "percentage_points", Q16, year=2021),
    F(A, OB, HQ, "business_entities", 54437, "count", "At the end of December it counted 54,437 business entities", year=2021),
    F(A, OB, HQ, "foreign_funded_companies", 7366, "count", "including 7,366 foreign-funded companies", year=2021),
    F(A, OB, HQ, "macao_funded_enterprises", 4761, "count", "of which 4,761 had Macao investors", year=2021),
    F(A, OB, HQ, "share_of_employees_under_35", 60.4, "percent", "Some 60.4 percent of employees were under 35", year=2021),
    F(A, OB, HQ, "registered_unemployment_rate", 1.71, "percent", "the registered unemployment rate stood at 1.71 percent", year=2021),
    F(A, OB, HQ, "four_new_industries_revenue", 7.999e9, "cny", "revenue of the zone's \"four new\" industries above designated size reached 7.999 billion yuan", year=2023),
    F(A, OB, HQ, "four_new_industries_revenue_growth", 29.9, "percent", "up 29.9 percent", year=2023),
    F(A, OB, HQ, "macao_funded_enterprises", 5763, "count", "the number of Macao-funded enterprises had reached 5,763", year=2023),
]
entities += [
    E(A, R, HQ, ["Guangdong-Macao In-Depth Cooperation Zone", "Guangdong-Macao In-Depth Cooperation Zone in Hengqin", "the cooperation zone", "the zone", "the island"]),
    E(A, R, "Macao"), E(A, P, "Macau New Neighbourhood", required=False), E(A, R, "Zhuhai", required=False),
]

# ---------------------------------------------------------------- t1_17 (fr, news story)
A = "t1_17_hangzhou_news_fr.txt"
HZ = "Hangzhou"
HHZ = "Hangzhou National High-tech Zone"
docs.append(dict(record="document", doc=A, language="fr", published="2022-11-03"))
facts += [
    F(A, OB, HZ, "digital_economy_core_industries_value_added_growth", 11.5, "percent", "a progressé de 11,5¤% pour atteindre 490,5¤milliards de yuans", year=2021),
    F(A, OB, HZ, "digital_economy_core_industries_value_added", 490.5e9, "cny", "a progressé de 11,5¤% pour atteindre 490,5¤milliards de yuans", year=2021),
    F(A, OB, HZ, "digital_economy_share_of_gdp", 27.1, "percent", "soit environ 27,1¤% du PIB municipal", "approx", year=2021),
    F(A, OB, HZ, "digital_economy_core_industries_value_added", 230.6e9, "cny", "230,6¤milliards de yuans", year=2021),
    F(A, OB, HZ, "digital_economy_share_of_gdp", 26.7, "percent", "26,7¤% du PIB", year=2021),
    F(A, OB, HZ, "digital_economy_core_industries_value_added_growth", 16.7, "percent", "une hausse de 16,7¤% sur un an", year=2021),
    F(A, OB, HZ, "digital_economy_two_year_average_growth", 13.6, "percent", "la croissance annuelle moyenne du secteur ressortait à 13,6¤%", year=2021),
    F(A, OB, HZ, "digital_economy_growth_gap_vs_gdp", 6.6, "percentage_points", "soit 6,6 points de plus que celle du PIB", year=2021),
    F(A, OB, HZ, "national_laboratories", 1, "count", "La ville aligne aujourd'hui un laboratoire national"),
    F(A, OB, HZ, "major_sci_tech_infrastructure", 2, "count", "deux grandes installations scientifiques nationales"),
    F(A, OB, HZ, "national_key_laboratories", 15, "count", "15 laboratoires clés d'État"),
    F(A, OB, HZ, "provincial_laboratories", 7, "count", "sept laboratoires provinciaux"),
    F(A, OB, HZ, "industrial_enterprise_rd_expenditure", 27.04e9, "cny", "ont consacré 27,04¤milliards de yuans à la R&D", year=2022),
    F(A, OB, HZ, "high_tech_industry_investment_growth", 39.7, "percent", "L'investissement dans les industries de haute technologie a bondi de 39,7¤% sur un an", year=2022),
    F(A, OB, HZ, "high_tech_industry_value_added", 120.87e9, "cny", "leur valeur ajoutée a atteint 120,87¤milliards de yuans", year=2022),
    F(A, OB, HZ, "tech_contract_turnover", 45.1e9, "cny", "Les transactions de contrats technologiques ont totalisé 45,1¤milliards de yuans", year=2022),
    F(A, OB, HZ, "tech_contract_turnover_rank_in_zhejiang", 1, "rank", "ce qui place Hangzhou au premier rang de la province", year=2022),
    F(A, OB, HZ, "new_provincial_tech_smes", 2405, "count", "2¤405 PME technologiques ont été nouvellement reconnues au niveau provincial", year=2022),
    F(A, OB, HZ, "new_provincial_tech_smes_target_completion", 120, "percent", "soit 120¤% de l'objectif fixé pour l'année", year=2022),
    F(A, OB, HHZ, "share_of_provincial_land_area", 0.1, "percent", "ne couvre qu'environ 0,1¤% du territoire du Zhejiang", "approx", subject_type=P),
    F(A, OB, HHZ, "share_of_provincial_gdp", 2.8, "percent", "Elle a pourtant produit 2,8¤% du PIB provincial au cours de la dernière décennie", subject_type=P),
    F(A, OB, HHZ, "invention_patents", 24148, "count", "La zone détient 24¤148 brevets d'invention", subject_type=P),
    F(A, OB, HHZ, "share_of_city_invention_patents", 25.4, "percent", "soit 25,4¤% du total de Hangzhou", subject_type=P),
    F(A, OB, HHZ, "china_patent_awards", 72, "count", "a remporté 72 prix chinois des brevets", subject_type=P),
    F(A, OB, HHZ, "little_giant_enterprises", 44, "count", "Elle a vu naître 44 nouveaux «¤petits géants¤»", subject_type=P),
    F(A, OB, HHZ, "high_tech_enterprises", 493, "count", "est passé de 493 en 2012", year=2012, subject_type=P),
    F(A, OB, HHZ, "high_tech_enterprises", 1928, "count", "à 1¤928 en 2021", year=2021, subject_type=P),
    F(A, OB, HHZ, "digital_economy_core_industries_value_added", 159.62e9, "cny", "la valeur ajoutée de son industrie numérique cœur a atteint 159,62¤milliards de yuans", year=2021, subject_type=P),
]
entities += [
    E(A, R, HZ, ["la capitale du Zhejiang", "la ville"]), E(A, R, "Zhejiang", ["le Zhejiang", "la province"]),
    E(A, P, HHZ, ["zone nationale de haute technologie de Hangzhou", "Binjiang", "la zone"]),
    E(A, O, "Zhejiang Laboratory", ["laboratoire du Zhejiang"], required=False),
    E(A, O, "Zhejiang University", ["université du Zhejiang"], required=False),
    E(A, O, "Westlake University", ["université du Lac de l'Ouest"], required=False),
    E(A, R, "Ningbo", required=False),
]

# ---------------------------------------------------------------- t1_18 (en, statistical bulletin)
A = "t1_18_zhejiang_bulletin.txt"
ZJ = "Zhejiang"
Q18 = "up 8.6 percent, 1.1 percent and 14.1 percent respectively"
docs.append(dict(record="document", doc=A, language="en", published="2024-12-13"))
# Section D carries one year, "(2023)", for its whole list.
facts += [
    F(A, OB, ZJ, "high_tech_industry_output", 0.57e12, "cny", "Output of high-tech industries: 0.57 trillion yuan in 2006", year=2006),
    F(A, OB, ZJ, "high_tech_industry_output", 6.87e12, "cny", "6.87 trillion yuan in 2023", year=2023),
    F(A, OB, ZJ, "high_tech_industry_value_added", 0.11e12, "cny", "Added value of high-tech industries: 0.11 trillion yuan in 2006", year=2006),
    F(A, OB, ZJ, "high_tech_industry_value_added", 1.50e12, "cny", "1.50 trillion yuan in 2023", year=2023),
    F(A, OB, ZJ, "high_tech_share_of_industrial_value_added", 15.0, "percent", "15.0 percent in 2006", year=2006),
    F(A, OB, ZJ, "high_tech_share_of_industrial_value_added", 67.1, "percent", "67.1 percent in 2023", year=2023),
    F(A, OB, ZJ, "high_tech_industry_value_added", 1.24e12, "cny", "added value of high-tech industries 1.24 trillion yuan", year=2024),
    F(A, OB, ZJ, "high_tech_industry_value_added_growth", 8.1, "percent", "up 8.1 percent", year=2024),
    F(A, OB, ZJ, "high_tech_growth_gap_vs_industry", 0.7, "percentage_points", "0.7 percentage points faster than industry above designated size as a whole", year=2024),
    F(A, OB, ZJ, "high_tech_contribution_to_industrial_growth", 75, "percent", "High-tech industries accounted for 75 percent of industrial growth over the period", year=2024),
    F(A, OB, ZJ, "high_tech_industry_profits_and_taxes", 48.5e9, "cny", "Profits and taxes of high-tech industries: 48.5 billion yuan in 2006", year=2006),
    F(A, OB, ZJ, "high_tech_industry_profits_and_taxes", 660.6e9, "cny", "660.6 billion yuan in 2023", year=2023),
    F(A, OB, ZJ, "high_tech_share_of_industrial_profits_and_taxes", 71.3, "percent", "equal to 71.3 percent of the total for industry above designated size", year=2023),
    F(A, OB, ZJ, "high_tech_share_of_industrial_profits_and_taxes", 6.9, "percent", "(6.9 percent in 2006)", year=2006),
    F(A, OB, ZJ, "new_product_output", 0.64e12, "cny", "Output value of new products: 0.64 trillion yuan in 2013", year=2013),
    F(A, OB, ZJ, "new_product_output", 3.88e12, "cny", "3.88 trillion yuan in 2023", year=2023),
    F(A, OB, ZJ, "high_tech_enterprises", 1807, "count", "High-tech enterprises: 1,807 in 2008", year=2008),
    F(A, OB, ZJ, "high_tech_enterprises", 42000, "count", "about 42,000 in 2023", "approx", year=2023),
    F(A, OB, ZJ, "high_tech_enterprises_rank_among_provinces", 3, "rank", "third among China's provinces", year=2023),
    F(A, OB, ZJ, "enterprise_technological_innovation_capability_national_rank", 3, "rank", "Enterprise technological innovation capability: third in the country for eight years in a row"),
    F(A, OB, ZJ, "enterprise_share_of_rd_input", 80, "percent", "Enterprises account for 80 to 90 percent of the province's R&D input", value_high=90),
    F(A, OB, "China", "rd_expenditure", 3335.71e9, "cny", "China's R&D expenditure: 3,335.71 billion yuan", year=2023),
    F(A, OB, "China", "rd_expenditure_growth", 8.4, "percent", "up 8.4 percent", year=2023),
    F(A, T, "China", "rd_expenditure_annual_growth", 7, "percent", "the 14th Five-Year Plan guideline of more than 7 percent a year", "more_than"),
    F(A, OB, "China", "rd_intensity", 2.65, "percent", "National R&D intensity: 2.65 percent", year=2023),
    F(A, OB, "China", "rd_intensity_change", 0.09, "percentage_points", "up 0.09 percentage points", year=2023),
    F(A, OB, "China", "rd_intensity_world_rank", 12, "rank", "twelfth in the world", year=2023),
    F(A, OB, "OECD", "rd_intensity", 2.73, "percent", "the OECD average of 2.73 percent"),
    F(A, OB, "China", "enterprise_rd_expenditure", 2592.22e9, "cny", "enterprises 2,592.22 billion yuan", year=2023),
    F(A, OB, "China", "government_research_institute_rd_expenditure", 385.63e9, "cny", "government research institutes 385.63 billion yuan", year=2023),
    F(A, OB, "China", "higher_education_rd_expenditure", 275.33e9, "cny", "higher education institutions 275.33 billion yuan", year=2023),
    F(A, OB, "China", "enterprise_rd_expenditure_growth", 8.6, "percent", Q18, year=2023),
    F(A, OB, "China", "government_research_institute_rd_expenditure_growth", 1.1, "percent", Q18, year=2023),
    F(A, OB, "China", "higher_education_rd_expenditure_growth", 14.1, "percent", Q18, year=2023),
    F(A, OB, "China", "enterprise_share_of_rd_expenditure", 77.7, "percent", "Enterprises' share of national R&D expenditure: 77.7 percent", year=2023),
]
entities += [
    E(A, R, ZJ, ["the province"]), E(A, R, "China"), E(A, R, "OECD", required=False),
    E(A, R, "Hangzhou", required=False),
    E(A, O, "Zhejiang Provincial Department of Science and Technology", ["provincial science and technology department"], required=False),
]

# ---------------------------------------------------------------- t1_19 (en, plan summary)
A = "t1_19_shenzhen_hightech_zone_plan.txt"
SZZ = "Shenzhen National High-tech Industrial Development Zone"
docs.append(dict(record="document", doc=A, language="en", published="2022-02-24"))
# "Targets for 2025" is a heading that gives the target year of the whole list
facts += [
    F(A, T, SZZ, "enterprise_rd_expenditure_share_of_gdp", 13.67, "percent", "R&D spending by enterprises in the zone is to equal 13.67 percent of the zone's GDP", year=2025, subject_type=P),
    F(A, T, SZZ, "national_and_provincial_rd_institutions", 900, "count", "The zone should host 900 R&D institutions at national and provincial level", year=2025, subject_type=P),
    F(A, T, SZZ, "invention_patents_granted_per_10k_employees", 260, "per_10k_people", "reach 260 invention patents granted per 10,000 employees", year=2025, subject_type=P),
    F(A, T, SZZ, "high_tech_enterprises", 7000, "count", "The plan expects 7,000 national high-tech enterprises", year=2025, subject_type=P),
    F(A, T, SZZ, "tech_smes", 5000, "count", "5,000 technology-based small and medium-sized enterprises", year=2025, subject_type=P),
    F(A, T, SZZ, "listed_companies", 200, "count", "with 200 listed companies among them", year=2025, subject_type=P),
    F(A, T, SZZ, "tech_contract_turnover", 82e9, "cny", "Turnover of technology contracts is to reach 82 billion yuan", year=2025, subject_type=P),
    F(A, T, SZZ, "high_tech_industry_output", 3.18e12, "cny", "total operating revenue of the zone's firms should climb to 3.18 trillion yuan", year=2025, subject_type=P),
    F(A, OB, "Shenzhen", "high_tech_enterprises", 18650, "count", "In mid-2021 Shenzhen had 18,650 national high-tech enterprises", year=2021),
    F(A, OB, "Shenzhen", "high_tech_enterprises_multiple_vs_five_years_earlier", 4, "ratio", "four times the figure of five years earlier", year=2021),
    F(A, OB, "Shenzhen", "high_tech_enterprises_rank_among_chinese_cities", 2, "rank", "the second-highest total of any Chinese city", year=2021),
    F(A, OB, "Guangming Science City", "planned_area", 99, "km2", "The science city covers 99 square kilometers", subject_type=P),
]
entities += [
    E(A, P, SZZ, ["Shenzhen high-tech zone", "the zone"]), E(A, R, "Shenzhen", ["the city"]),
    E(A, P, "Guangming Science City", ["the science city"]), E(A, O, "Shenzhen Bay Laboratory", required=False),
    E(A, R, "Nanshan", required=False), E(A, R, "Hengqin", required=False), E(A, R, "Qianhai", required=False),
]

# ---------------------------------------------------------------- t1_20 (fr, newsletter)
A = "t1_20_xiamen_lettre_fr.txt"
XM = "Xiamen"
XFTZ = "Xiamen Area of the China (Fujian) Pilot Free Trade Zone"
docs.append(dict(record="document", doc=A, language="fr", published="2025-12-10"))
facts += [
    F(A, OB, XM, "gdp", 638.4e9, "cny", "le PIB de Xiamen est passé de 638,4 à 858,9¤milliards de yuans", year=2020),
    F(A, OB, XM, "gdp", 858.9e9, "cny", "le PIB de Xiamen est passé de 638,4 à 858,9¤milliards de yuans", year=2024),
    F(A, OB, XM, "gdp_per_capita", 124000, "cny", "de 124¤000 à 160¤000 yuans", year=2020),
    F(A, OB, XM, "gdp_per_capita", 160000, "cny", "de 124¤000 à 160¤000 yuans", year=2024),
    F(A, OB, XM, "share_of_provincial_land_area", 1.4, "percent", "avec 1,4¤% du territoire du Fujian"),
    F(A, OB, XM, "share_of_provincial_gdp", 14.9, "percent", "Xiamen produit 14,9¤% du PIB provincial"),
    F(A, OB, XM, "share_of_provincial_fiscal_revenue", 26.8, "percent", "26,8¤% des recettes budgétaires"),
    F(A, OB, XM, "share_of_provincial_foreign_trade", 46.9, "percent", "46,9¤% du commerce extérieur"),
    F(A, OB, XM, "national_pioneering_reforms", 60, "count", "la ville a produit plus de 60 réformes pionnières au niveau national", "more_than"),
    F(A, OB, XM, "reforms_adopted_nationwide", 29, "count", "dont 29 ont été généralisées à tout le pays"),
    # debatable: a cost reduction attributed to a set of guidelines, not to the city as such
    F(A, OB, XM, "shipping_cost_reduction", 70, "percent", "qui ont réduit les coûts d'expédition de 70¤%", required=False),
    F(A, OB, XM, "little_giant_enterprises", 120, "count", "Xiamen comptait 120 entreprises privées labellisées", year=2023),
    F(A, OB, XM, "private_enterprise_rd_subsidies", 410e6, "cny", "près de 410¤millions de yuans de subventions à la R&D", "approx", year=2022),
    F(A, OB, XM, "private_enterprises_receiving_rd_subsidies", 999, "count", "ont été versés à 999 entreprises privées de la ville", year=2022),
    F(A, OB, XM, "high_tech_high_growth_enterprises", 2500, "count", "la municipalité recensait déjà plus de 2¤500 entreprises à forte technologie", "more_than", year=2021),
    F(A, T, XM, "new_high_tech_enterprises", 300, "count", "prévoyait de faire reconnaître 300 nouvelles entreprises nationales de haute technologie dans l'année", year=2021),
    F(A, OB, XFTZ, "innovative_measures", 448, "count", "avait alors mis en œuvre 448 mesures innovantes en six ans", subject_type=P),
]
entities += [
    E(A, R, XM, ["la ville"]), E(A, R, "Fujian", ["le Fujian"], required=False),
    E(A, P, XFTZ, ["zone pilote de libre-échange de Xiamen"]),
]

# ---------------------------------------------------------------- t1_21 (en, video transcript)
A = "t1_21_guangdong_video.txt"
GD = "Guangdong"
docs.append(dict(record="document", doc=A, language="en", published="2025-01-15"))
# The title "Guangdong's 2024 innovation numbers" and "last year" give 2024 for the whole list.
# The on-screen text "R&D: ~510 bn yuan" repeats the voice-over figure: not annotated.
facts += [
    F(A, OB, GD, "rd_expenditure", 510e9, "cny", "Guangdong estimates it spent about 510 billion yuan on research and development last year", "approx", year=2024),
    F(A, OB, GD, "rd_intensity", 3.6, "percent", "That is roughly 3.6 percent of the province's GDP", "approx", year=2024),
    F(A, OB, GD, "high_tech_enterprises", 77000, "count", "The province now has about 77,000 high-tech enterprises", "approx", year=2024),
    F(A, OB, GD, "regional_innovation_capability_national_rank", 1, "rank", "Its regional innovation capability has ranked first in China for eight years running", year=2024),
    F(A, OB, "Shenzhen-Hong Kong-Guangzhou", "gii_cluster_rank", 2, "rank", "the Shenzhen-Hong Kong-Guangzhou cluster held second place", year=2024),
    F(A, OB, GD, "advanced_manufacturing_share_of_industrial_value_added", 56.7, "percent", "Advanced manufacturing made up 56.7 percent of the added value of industry above designated size", year=2024),
    F(A, OB, GD, "high_tech_manufacturing_share_of_industrial_value_added", 31.6, "percent", "high-tech manufacturing 31.6 percent", year=2024),
    F(A, OB, GD, "nev_output_growth", 43, "percent", "New energy vehicle output grew 43 percent", year=2024),
    F(A, OB, GD, "share_of_national_nev_output", 25, "percent", "Guangdong now builds a quarter of all the NEVs made in China", year=2024),
    F(A, OB, GD, "industrial_robot_output_growth", 31.2, "percent", "Industrial robot output rose 31.2 percent", year=2024),
    F(A, OB, GD, "share_of_national_industrial_robot_output", 44, "percent", "That is 44 percent of the national total", year=2024),
    F(A, OB, GD, "smartphone_output_growth", 12.5, "percent", "Smartphone production was up 12.5 percent", year=2024),
    F(A, OB, GD, "share_of_national_smartphone_output", 40, "percent", "more than four in ten of the country's phones", "more_than", year=2024),
    F(A, OB, GD, "integrated_circuit_output_growth", 21, "percent", "integrated circuit output climbed 21 percent", year=2024),
    F(A, OB, GD, "share_of_national_integrated_circuit_output", 18, "percent", "giving Guangdong 18 percent of national production", year=2024),
]
entities += [
    E(A, R, GD, ["the province"]), E(A, R, "Shenzhen-Hong Kong-Guangzhou", ["Shenzhen-Hong Kong-Guangzhou cluster"]),
    E(A, R, "China", ["the country"], required=False), E(A, R, "Guangzhou", required=False),
    E(A, O, "World Intellectual Property Organization", ["WIPO"], required=False),
]

# ---------------------------------------------------------------- t1_22 (fr, interview)
A = "t1_22_guangming_entretien_fr.txt"
GSC = "Guangming Science City"
GMD = "Guangming District"
docs.append(dict(record="document", doc=A, language="fr", published="2025-12-08"))
facts += [
    F(A, OB, GSC, "planned_area", 99, "km2", "La Cité des sciences couvre 99 kilomètres carrés", subject_type=P),
    F(A, OB, GSC, "high_level_research_universities", 2, "count", "deux universités de recherche de haut niveau", subject_type=P),
    F(A, OB, GSC, "high_level_talents", 3000, "people", "Plus de 3¤000 talents de haut niveau", "more_than", subject_type=P),
    F(A, OB, GSC, "top100_science_cities_rank", 24, "rank", "nous sommes passés de la 24e place en 2022", year=2022, subject_type=P),
    F(A, OB, GSC, "top100_science_cities_rank", 7, "rank", "à la 7e en 2024", year=2024, subject_type=P),
    F(A, OB, GMD, "high_end_medical_device_cluster_size", 50e9, "cny", "La grappe des dispositifs médicaux haut de gamme pèse environ 50¤milliards de yuans", "approx"),
    F(A, OB, GMD, "ai_industry_cluster_size", 30e9, "cny", "celle de l'intelligence artificielle 30¤milliards", "approx"),
    F(A, OB, GMD, "biopharmaceutical_cluster_size", 10e9, "cny", "la biopharmacie une dizaine de milliards", "approx"),
    # debatable: "le seul centre national de ce type" is a uniqueness claim, read as a count of one
    F(A, OB, "China", "national_biomanufacturing_innovation_centers", 1, "count", "le seul centre national de ce type en Chine", required=False),
    F(A, OB, "Guangming Sci-Tech Innovation Fund of Funds", "initial_capital_commitment", 1e9, "cny", "avec un engagement initial d'environ 1¤milliard de yuans", "approx", subject_type=P),
    F(A, OB, "Seventh Affiliated Hospital of Sun Yat-sen University", "floor_area", 700000, "m2", "l'ensemble représente 700¤000 mètres carrés de plancher", subject_type=O),
    F(A, OB, GMD, "investment_projects_signed", 40, "count", "40 projets représentant plus de 60¤milliards de yuans ont été signés", year=2022),
    F(A, OB, GMD, "signed_investment", 60e9, "cny", "40 projets représentant plus de 60¤milliards de yuans ont été signés", "more_than", year=2022),
    F(A, T, GMD, "additional_public_housing_units", 40000, "count", "Nous avions alors promis 40¤000 logements publics supplémentaires"),
    F(A, T, GMD, "additional_school_places", 68800, "count", "68¤800 places d'école en plus"),
]
entities += [
    E(A, P, GSC, ["Cité des sciences de Guangming", "la Cité des sciences"]),
    E(A, R, GMD, ["district de Guangming", "le district"]), E(A, R, "Shenzhen"),
    E(A, O, "National Industrial Innovation Center for Biomanufacturing", ["Centre national d'innovation industrielle pour la biofabrication"], required=False),
    E(A, P, "Guangming Sci-Tech Innovation Fund of Funds", ["fonds de fonds pour l'innovation scientifique de Guangming"]),
    E(A, O, "Seventh Affiliated Hospital of Sun Yat-sen University", ["septième hôpital affilié à l'université Sun Yat-sen"]),
    E(A, R, "China", ["la Chine"], required=False),
    E(A, R, "Guangdong-Hong Kong-Macao Greater Bay Area", ["Grande Baie"], required=False),
]

# ---------------------------------------------------------------- t1_23 (en, listicle)
A = "t1_23_gba_gii_listicle.txt"
SHG = "Shenzhen-Hong Kong-Guangzhou"
Q23 = "Tokyo-Yokohama, Shenzhen-Hong Kong-Guangzhou and Beijing came first, second and third respectively"
Q23b = "the top five were Tokyo-Yokohama, Shenzhen-Hong Kong-Guangzhou, Seoul, Beijing and Shanghai-Suzhou"
Q23c = "roughly 90 percent of R&D institutions, R&D staff, R&D investment and patent applications belong to enterprises"
docs.append(dict(record="document", doc=A, language="en", published="2024-10-02"))
facts += [
    F(A, OB, "Tokyo-Yokohama", "gii_cluster_rank", 1, "rank", Q23, year=2024),
    F(A, OB, SHG, "gii_cluster_rank", 2, "rank", Q23, year=2024),
    F(A, OB, "Beijing", "gii_cluster_rank", 3, "rank", Q23, year=2024),
    F(A, OB, "China", "gii_top100_clusters", 26, "count", "26, up from 24 a year earlier", year=2024),
    F(A, OB, "China", "gii_top100_clusters", 24, "count", "up from 24 a year earlier", year=2023),
    F(A, OB, "United States", "gii_top100_clusters", 20, "count", "The United States has 20", year=2024),
    F(A, OB, "Germany", "gii_top100_clusters", 8, "count", "Germany 8", year=2024),
    F(A, OB, "India", "gii_top100_clusters", 4, "count", "India and the Republic of Korea have 4 each", year=2024),
    F(A, OB, "Republic of Korea", "gii_top100_clusters", 4, "count", "India and the Republic of Korea have 4 each", year=2024),
    F(A, OB, "Asia", "gii_top10_clusters", 7, "count", "Seven of the ten leading clusters are in Asia", year=2024),
    F(A, OB, "United States", "gii_top10_clusters", 3, "count", "the other three are in the United States", year=2024),
    F(A, OB, "San Jose-San Francisco", "gii_cluster_rank", 6, "rank", "in sixth position", year=2024),
    F(A, OB, "Wuhan", "gii_cluster_rank", 13, "rank", "Wuhan climbed to 13th in the world", year=2024),
    F(A, OB, "Wuhan", "gii_cluster_rank_in_china", 5, "rank", "fifth among Chinese clusters", year=2024),
    # debatable: ranks implied by the order of a "top five" list
    F(A, OB, "Tokyo-Yokohama", "gii_cluster_rank", 1, "rank", Q23b, year=2023, required=False),
    F(A, OB, SHG, "gii_cluster_rank", 2, "rank", Q23b, year=2023, required=False),
    F(A, OB, "Seoul", "gii_cluster_rank", 3, "rank", Q23b, year=2023, required=False),
    F(A, OB, "Beijing", "gii_cluster_rank", 4, "rank", Q23b, year=2023, required=False),
    F(A, OB, "Shanghai-Suzhou", "gii_cluster_rank", 5, "rank", Q23b, year=2023, required=False),
    F(A, OB, "Guangdong", "enterprise_share_of_rd_institutions", 90, "percent", Q23c, "approx", year=2024),
    F(A, OB, "Guangdong", "enterprise_share_of_rd_personnel", 90, "percent", Q23c, "approx", year=2024),
    F(A, OB, "Guangdong", "enterprise_share_of_rd_investment", 90, "percent", Q23c, "approx", year=2024),
    F(A, OB, "Guangdong", "enterprise_share_of_patents", 90, "percent", Q23c, "approx", year=2024),
]
entities += [
    E(A, R, SHG, ["Bay Area cluster", "the cluster"]), E(A, R, "Tokyo-Yokohama"), E(A, R, "Beijing"),
    E(A, R, "China"), E(A, R, "United States"), E(A, R, "Germany"), E(A, R, "India"), E(A, R, "Republic of Korea"),
    E(A, R, "Asia"), E(A, R, "San Jose-San Francisco"), E(A, R, "Wuhan"), E(A, R, "Seoul", required=False),
    E(A, R, "Shanghai-Suzhou", required=False), E(A, R, "Guangdong", ["Across Guangdong"]),
    E(A, R, "Guangdong-Hong Kong-Macao Greater Bay Area", ["Greater Bay Area", "Bay Area"]),
    E(A, O, "World Intellectual Property Organization", ["WIPO"], required=False),
    E(A, P, "Global Innovation Index", required=False), E(A, R, "Qianhai", required=False),
]

# ---------------------------------------------------------------- t1_24 (fr, interview)
A = "t1_24_fuzhou_entretien_fr.txt"
FZ = "Fuzhou"
Q24 = "Sur ces deux critères, le volume comme la croissance, Fuzhou est première du Fujian"
docs.append(dict(record="document", doc=A, language="fr", published="2024-05-22"))
facts += [
    F(A, OB, FZ, "digital_economy_value", 280e9, "cny", "sa taille est passée de 280¤milliards de yuans", year=2018),
    F(A, OB, FZ, "digital_economy_value", 610e9, "cny", "à plus de 610¤milliards", "more_than", year=2022),
    F(A, OB, FZ, "digital_economy_share_of_gdp", 36, "percent", "sa part dans le PIB de 36¤%", year=2018),
    F(A, OB, FZ, "digital_economy_share_of_gdp", 50, "percent", "à plus de 50¤%", "more_than", year=2022),
    F(A, OB, FZ, "digital_economy_value_rank_in_fujian", 1, "rank", Q24, year=2022),
    F(A, OB, FZ, "digital_economy_growth_rank_in_fujian", 1, "rank", Q24, year=2022),
    F(A, OB, FZ, "digital_economy_value", 710e9, "cny", "L'économie numérique de la ville atteint aujourd'hui 710¤milliards de yuans"),
    F(A, OB, FZ, "digital_economy_five_year_growth", 150, "percent", "soit une hausse de plus de 150¤% en cinq ans", "more_than"),
    F(A, OB, FZ, "digital_industries_above_100bn_yuan", 5, "count", "Nous comptons cinq filières numériques dépassant chacune 100¤milliards de yuans"),
    F(A, OB, FZ, "digital_enterprises_above_10bn_yuan", 16, "count", "seize entreprises du numérique réalisant chacune plus de 10¤milliards de chiffre d'affaires"),
    F(A, OB, FZ, "digital_economy_value", 390e9, "cny", "En 2019, l'économie numérique représentait déjà 390¤milliards de yuans", year=2019),
    F(A, T, FZ, "digital_economy_value", 450e9, "cny", "la municipalité tablait sur plus de 450¤milliards pour 2020", "more_than", year=2020),
    F(A, OB, FZ, "government_data_records", 3e9, "count", "détiennent plus de 3¤milliards d'enregistrements de données", "more_than"),
]
entities += [
    E(A, R, FZ, ["capitale du Fujian", "la ville"]), E(A, R, "Fujian", ["le Fujian"]),
    E(A, P, "Digital China Summit", ["Sommet de la Chine numérique"], required=False),
    E(A, O, "BOE", required=False), E(A, R, "Shanghai", required=False), E(A, R, "Shenzhen", required=False),
]

# ---------------------------------------------------------------- t1_25 (en, statistical bulletin)
A = "t1_25_dongguan_bulletin.txt"
DG = "Dongguan"
Q25 = "grew 19.7 percent, 21.1 percent, 44 percent and 34.4 percent respectively"
docs.append(dict(record="document", doc=A, language="en", published="2023-01-10"))
facts += [
    F(A, OB, DG, "gdp", 1e12, "cny", "GDP, 2021: above 1 trillion yuan", "more_than", year=2021),
    # debatable: order of joining a club ("the fourth Guangdong city"), not a rank on a measure
    F(A, OB, DG, "trillion_gdp_club_order_in_guangdong", 4, "rank", "the fourth Guangdong city in the trillion-yuan club", year=2021, required=False),
    # debatable: same, order of joining, nationally
    F(A, OB, DG, "trillion_gdp_ten_million_population_club_order", 15, "rank", "Dongguan is the 15th Chinese city with both a GDP above 1 trillion yuan and a population above 10 million", year=2021, required=False),
    # debatable: the population is given only as the threshold of the club
    F(A, OB, DG, "population", 10e6, "people", "a population above 10 million", "more_than", year=2021, required=False),
    F(A, OB, DG, "gdp", 1.1e12, "cny", "GDP, 2022 (estimate): more than 1.1 trillion yuan", "more_than", year=2022),
    F(A, OB, DG, "manufacturing_share_of_gdp", 50, "percent", "stable at about 50 percent", "approx"),
    F(A, OB, DG, "industrial_enterprises_above_designated_size", 11000, "count", "Industrial enterprises above designated size, 2021: more than 11,000", "more_than", year=2021),
    F(A, OB, DG, "industrial_enterprises_above_designated_size_rank_among_cities", 2, "rank", "second among Chinese cities", year=2021),
    F(A, OB, DG, "integrated_circuit_output_growth", 19.7, "percent", Q25, year=2021),
    F(A, OB, DG, "smart_equipment_output_growth", 21.1, "percent", Q25, year=2021),
    F(A, OB, DG, "frontier_materials_output_growth", 44, "percent", Q25, year=2021),
    F(A, OB, DG, "biopharmaceutical_output_growth", 34.4, "percent", Q25, year=2021),
    F(A, OB, DG, "advanced_manufacturing_share_of_industrial_value_added", 46, "percent", "advanced manufacturing 46 percent", year=2022),
    F(A, OB, DG, "high_tech_manufacturing_share_of_industrial_value_added", 37.2, "percent", "high-tech manufacturing 37.2 percent", year=2022),
    F(A, OB, DG, "industrial_enterprises", 200000, "count", "200,000 industrial enterprises", year=2022),
    F(A, OB, DG, "industrial_enterprises_above_designated_size", 12000, "count", "of which 12,000 above designated size", year=2022),
    F(A, OB, DG, "little_giant_enterprises", 110, "count", "110 national \"little giant\" firms", year=2022),
    F(A, OB, DG, "enterprises_with_revenue_above_10bn_yuan", 24, "count", "24 firms with revenue above 10 billion yuan", year=2022),
    F(A, OB, DG, "industrial_enterprises_with_revenue_above_100bn_yuan", 3, "count", "3 industrial firms above 100 billion yuan", year=2022),
    F(A, OB, DG, "guangdong_top500_manufacturers", 72, "count", "Firms in the 2022 list of Guangdong's top 500 manufacturers: 72", year=2022),
    F(A, OB, DG, "rd_intensity", 3.54, "percent", "R&D expenditure as a share of GDP, 2021: 3.54 percent", year=2021),
    F(A, OB, DG, "rd_intensity_national_rank", 7, "rank", "seventh in the country", year=2021),
    F(A, OB, DG, "high_tech_enterprises", 7387, "count", "National high-tech enterprises, 2021 (estimate): 7,387", "approx", year=2021),
    F(A, OB, DG, "high_tech_enterprises_rank_among_prefecture_cities", 2, "rank", "second among prefecture-level cities", year=2021),
    F(A, OB, DG, "sci_tech_competitiveness_rank_among_cities", 20, "rank", "among the top 20 Chinese cities", "at_most", year=2021),
    F(A, OB, DG, "sci_tech_competitiveness_rank_among_prefecture_cities", 3, "rank", "third among prefecture-level cities", year=2021),
    F(A, OB, DG, "high_tech_enterprises_rank_among_guangdong_prefecture_cities", 1, "rank", "national high-tech enterprise count first among Guangdong's prefecture-level cities", year=2022),
    F(A, OB, DG, "rd_intensity_rank_in_guangdong", 2, "rank", "R&D intensity second in the province", year=2022),
    F(A, OB, DG, "talent_attractiveness_national_rank", 16, "rank", "Talent attractiveness ranking, 2022: 16th in the country", year=2022),
    F(A, OB, DG, "rd_intensity", 2.35, "percent", "R&D intensity stood at 2.35 percent"),
    F(A, OB, DG, "competitiveness_rank_among_chinese_cities", 10, "rank", "placed Dongguan in its top 10 most competitive cities in 2019", "at_most", year=2019),
    F(A, OB, DG, "new_high_tech_enterprises", 2174, "count", "In 2018 the city added 2,174 high-tech enterprises", year=2018),
    F(A, OB, DG, "high_tech_enterprises", 5790, "count", "taking the total to 5,790", year=2018),
]
entities += [
    E(A, R, DG, ["the city"]), E(A, R, "Guangdong", required=False), E(A, R, "Guangzhou", required=False),
    E(A, R, "Shenzhen", required=False), E(A, R, "Foshan", required=False),
    E(A, O, "Chinese Academy of Social Sciences", required=False),
]

# ---------------------------------------------------------------- t1_26 (fr, plan summary)
A = "t1_26_macao_plan_fr.txt"
MO = "Macao"
docs.append(dict(record="document", doc=A, language="fr", published="2023-11-02"))
facts += [
    F(A, T, MO, "non_gaming_share_of_gdp", 60, "percent", "Le poids du secteur non lié au jeu devra atteindre environ 60¤% du PIB en 2028", "approx", year=2028),
    F(A, T, MO, "non_gaming_share_of_employment", 80, "percent", "La part de l'emploi hors jeu devra se maintenir autour de 80¤%", "approx"),
    F(A, T, MO, "finance_share_of_gdp", 10, "percent", "La finance devra peser plus de 10¤% du PIB tout au long de la période du plan", "more_than"),
    F(A, OB, MO, "tcm_industry_value_added", 320e6, "mop", "dont la valeur ajoutée s'élevait respectivement à 320¤millions et à 37,96¤milliards de patacas en 2022", year=2022),
    F(A, OB, MO, "finance_industry_value_added", 37.96e9, "mop", "dont la valeur ajoutée s'élevait respectivement à 320¤millions et à 37,96¤milliards de patacas en 2022", year=2022),
    F(A, OB, MO, "gaming_share_of_gdp", 50, "percent", "l'industrie du jeu représentait à elle seule un peu plus de 50¤% du PIB de Macao", "more_than", year=2019),
    F(A, T, MO, "gaming_share_of_gdp", 40, "percent", "Ramener ce poids à 40¤% environ", "approx"),
    # debatable: a count of consultation sessions, an attribute of the procedure
    F(A, OB, "Development Plan for Appropriate Economic Diversification of Macao (2024-2028)", "public_consultation_sessions", 3, "count", "trois séances ouvertes au public ont été organisées", year=2023, subject_type=P, required=False),
    F(A, OB, MO, "visitor_arrivals_growth", 312.5, "percent", "le nombre de visiteurs avait progressé de 312,5¤% sur un an", year=2023),
]
entities += [
    E(A, R, MO, ["région administrative spéciale de Macao", "le territoire"]),
    E(A, P, "Development Plan for Appropriate Economic Diversification of Macao (2024-2028)", ["plan de développement pour une «¤diversification économique appropriée¤»", "le plan"]),
    E(A, R, "Hengqin", ["zone de coopération approfondie Guangdong-Macao à Hengqin"], required=False),
]

# ---------------------------------------------------------------- t1_27 (en, plan summary)
A = "t1_27_hongkong_blueprint_plan.txt"
HK = "Hong Kong"
BP = "Hong Kong Innovation and Technology Development Blueprint"
docs.append(dict(record="document", doc=A, language="en", published="2023-03-03"))
facts += [
    # debatable: counts of the plan's own components, not named in the text
    F(A, OB, BP, "major_strategies", 8, "count", "The document groups eight major strategies", subject_type=P, required=False),
    F(A, OB, BP, "development_directions", 4, "count", "under four broad development directions", subject_type=P, required=False),
    F(A, T, HK, "startups", 7000, "count", "Hong Kong aims to have 7,000 start-ups by 2032", year=2032),
    F(A, OB, HK, "startups", 3985, "count", "up from 3,985 in 2022", year=2022),
    F(A, T, HK, "i_and_t_practitioners", 100000, "people", "The city wants at least 100,000 innovation and technology practitioners", "at_least", year=2032),
    F(A, OB, HK, "i_and_t_practitioners", 45310, "people", "more than double the 45,310 counted in 2020", year=2020),
    F(A, T, HK, "manufacturing_contribution_multiple", 4, "ratio", "The blueprint seeks a fourfold increase in manufacturing's contribution to the economy", year=2032),
    F(A, T, HK, "manufacturing_share_of_gdp", 5, "percent", "to 5 percent of GDP within a decade", year=2032),
    F(A, T, HK, "manufacturing_output_over_decade", 400e9, "hkd", "local manufacturers generating 400 billion Hong Kong dollars of output over the period", year=2032),
    F(A, OB, "Co-Investment Fund", "fund_size", 30e9, "hkd", "its 30-billion-Hong-Kong-dollar Co-Investment Fund", subject_type=P),
    F(A, OB, HK, "startups", 4000, "count", "the number of start-ups had already reached about 4,000", "approx"),
    F(A, OB, HK, "unicorn_enterprises", 10, "count", "with more than 10 unicorns among them", "more_than"),
    F(A, OB, HK, "life_and_health_technology_earmark", 10e9, "hkd", "Of the 10 billion Hong Kong dollars earmarked a year earlier for life and health technology", year=2022),
    F(A, T, HK, "thematic_research_centres_funding", 6e9, "hkd", "6 billion will go to universities and research institutes to set up thematic research centres"),
    F(A, OB, HK, "startups_growth", 52, "percent", "Hong Kong's start-up population grew 52 percent between 2018 and 2022", year=2022),
]
entities += [
    E(A, R, HK, ["the city"]), E(A, P, BP, ["the blueprint", "Innovation and Technology Development Blueprint"]),
    E(A, P, "Co-Investment Fund"), E(A, P, "Hong Kong-Shenzhen Innovation and Technology Park", required=False),
    E(A, O, "Innovation, Technology and Industry Bureau", required=False),
    E(A, O, "Vocational Training Council", required=False),
]

# ---------------------------------------------------------------- t1_28 (fr, video transcript)
A = "t1_28_zhuhai_video_fr.txt"
ZZ = "Zhuhai National Hi-Tech Industrial Development Zone"
docs.append(dict(record="document", doc=A, language="fr", published="2022-01-18"))
# the caption "+45,7 % en 2021" repeats the voice-over figure and the "Vous aimerez aussi" links are navigation: not annotated
facts += [
    F(A, OB, ZZ, "ic_industry_economic_scale", 2.62e9, "cny", "est passé de 2,62¤milliards de yuans en 2020", year=2020, subject_type=P),
    F(A, OB, ZZ, "ic_industry_economic_scale", 3.83e9, "cny", "à 3,83¤milliards en 2021", year=2021, subject_type=P),
    F(A, OB, ZZ, "ic_industry_economic_scale_growth", 45.7, "percent", "soit une progression de 45,7¤%", year=2021, subject_type=P),
    F(A, OB, ZZ, "ic_enterprises", 90, "count", "la zone comptait 90 entreprises de circuits intégrés", year=2021, subject_type=P),
    F(A, OB, ZZ, "ic_enterprises_above_designated_size", 17, "count", "dont 17 au-dessus de la taille désignée", year=2021, subject_type=P),
    F(A, OB, ZZ, "new_ic_projects", 12, "count", "Douze nouveaux projets ont été attirés en 2021", year=2021, subject_type=P),
    F(A, OB, ZZ, "new_ic_projects_investment", 5.58e9, "cny", "pour un investissement total attendu de 5,58¤milliards de yuans", "approx", year=2021, subject_type=P),
    F(A, OB, ZZ, "ic_high_tech_enterprises", 41, "count", "Le secteur regroupe déjà 41 entreprises de haute technologie", subject_type=P),
    F(A, OB, ZZ, "ic_enterprise_technology_centers", 11, "count", "11 centres technologiques d'entreprise", subject_type=P),
    F(A, OB, ZZ, "ic_engineering_research_centers", 14, "count", "14 centres de recherche en ingénierie provinciaux et municipaux", subject_type=P),
]
entities += [
    E(A, P, ZZ, ["zone nationale de développement industriel de haute technologie de Zhuhai", "zone de haute technologie", "la zone"]),
    E(A, R, "Zhuhai"), E(A, R, "Tangjiawan", required=False), E(A, R, "Macao", required=False),
    E(A, O, "University of Macau", ["université de Macao"], required=False),
]

# ---------------------------------------------------------------- t1_29 (en, listicle)
A = "t1_29_gba_cities_listicle.txt"
DG = "Dongguan"
Q29 = "Shenzhen, Hong Kong and Guangzhou took first, second and fourth places respectively"
Q29b = "High-end manufacturing and high-tech manufacturing account for 52.3 percent and 38.9 percent of the city's industrial output respectively"
docs.append(dict(record="document", doc=A, language="en", published=None))
facts += [
    F(A, OB, DG, "competitiveness_rank_among_chinese_cities", 10, "rank", "Dongguan made the top 10 for the first time", "at_most"),
    F(A, OB, "Shenzhen", "competitiveness_rank_among_chinese_cities", 1, "rank", Q29),
    F(A, OB, "Hong Kong", "competitiveness_rank_among_chinese_cities", 2, "rank", Q29),
    F(A, OB, "Guangzhou", "competitiveness_rank_among_chinese_cities", 4, "rank", Q29),
    F(A, OB, "Shanghai", "competitiveness_rank_among_chinese_cities", 3, "rank", "with Shanghai third"),
    F(A, OB, "Beijing", "competitiveness_rank_among_chinese_cities", 5, "rank", "Beijing fifth"),
    F(A, OB, DG, "competitiveness_rank_among_chinese_cities", 14, "rank", "Dongguan had been 14th in 2016", year=2016),
    F(A, OB, DG, "competitiveness_rank_among_chinese_cities", 13, "rank", "13th in 2017", year=2017),
    F(A, OB, DG, "high_end_manufacturing_share_of_industrial_output", 52.3, "percent", Q29b),
    F(A, OB, DG, "high_tech_manufacturing_share_of_industrial_output", 38.9, "percent", Q29b),
    F(A, OB, DG, "industrial_output", 96.85e9, "cny", "In the first quarter of 2019, industrial output reached 96.85 billion yuan", year=2019),
    F(A, OB, DG, "industrial_output_growth", 8.5, "percent", "up 8.5 percent year on year", year=2019),
    F(A, OB, DG, "industrial_output_growth_gap_vs_previous_year", 2.3, "percentage_points", "2.3 percentage points faster than in the same quarter of 2018", year=2019),
    # debatable: the subject is three companies taken together
    F(A, OB, "Huawei, OPPO and Vivo", "combined_value_added_output_growth", 32, "percent", "increased their combined value-added output by 32 percent last year", subject_type=O, required=False),
    F(A, OB, DG, "new_tech_enterprises_per_day", 6, "count_per_day", "High-tech firms: six new ones a day", "approx", year=2018),
    F(A, OB, DG, "new_high_tech_enterprises", 2174, "count", "Dongguan added 2,174 high-tech enterprises in 2018", year=2018),
    F(A, OB, DG, "high_tech_enterprises", 5790, "count", "bringing its total to 5,790", year=2018),
    F(A, OB, DG, "rd_intensity", 2.35, "percent", "R&D investment equals 2.35 percent of GDP"),
    F(A, OB, DG, "sustainable_competitiveness_national_rank", 7, "rank", "the academy ranks the city seventh nationwide for \"sustainable competitiveness\""),
    F(A, OB, "Guangzhou", "share_of_provincial_universities", 60, "percent", "60 percent of Guangdong's colleges and universities"),
    F(A, OB, "Guangzhou", "share_of_provincial_rd_institutes", 77, "percent", "77 percent of its R&D institutes"),
    # debatable: "all of" read as a 100 percent share
    F(A, OB, "Guangzhou", "share_of_provincial_top_state_laboratories", 100, "percent", "all of the province's top state-owned laboratories", required=False),
    F(A, T, "Guangzhou", "incubator_space", 8e6, "m2", "expanding incubator space for technology companies to 8 million square meters by 2016", year=2016),
]
entities += [
    E(A, R, DG, ["the city"]), E(A, R, "Shenzhen"), E(A, R, "Hong Kong"), E(A, R, "Guangzhou", ["The provincial capital"]),
    E(A, R, "Shanghai"), E(A, R, "Beijing"), E(A, R, "Guangdong", required=False),
    E(A, R, "Guangdong-Hong Kong-Macao Greater Bay Area", required=False),
    E(A, O, "Chinese Academy of Social Sciences", ["the academy"], required=False),
    E(A, O, "Huawei", required=False), E(A, O, "OPPO", required=False), E(A, O, "Vivo", required=False),
]

# ---------------------------------------------------------------- t1_30 (en, news story)
A = "t1_30_ningbo_news.txt"
NB = "Ningbo"
docs.append(dict(record="document", doc=A, language="en", published="2025-06-20"))
facts += [
    F(A, OB, NB, "single_champion_enterprises", 104, "count", "Ningbo is home to 104 national manufacturing \"single champion\" enterprises", year=2024),
    F(A, OB, NB, "single_champion_enterprises_national_rank", 1, "rank", "it has ranked first in the national tally for seven years in a row", year=2024),
    F(A, OB, NB, "gdp", 0.76e12, "cny", "Ningbo's GDP rose from 0.76 trillion yuan in 2014", year=2014),
    F(A, OB, NB, "gdp", 1.81e12, "cny", "to 1.81 trillion yuan in 2024", year=2024),
    F(A, OB, NB, "gdp_rank_among_trillion_yuan_cities", 11, "rank", "putting it 11th among the Chinese cities whose output exceeds one trillion yuan", year=2024),
    F(A, OB, NB, "little_giant_enterprises", 50, "count", "50 Ningbo enterprises made the cut", year=2020),
    F(A, OB, NB, "little_giant_enterprises_rank_among_cities", 4, "rank", "fourth among all Chinese cities", year=2020),
    F(A, OB, NB, "little_giant_enterprises_rank_among_separately_planned_cities", 1, "rank", "first among the cities with independent planning status", year=2020),
    F(A, OB, "China", "new_little_giant_enterprises", 1744, "count", "Nationwide, 1,744 companies were named that year", year=2020),
    F(A, OB, "Beijing", "new_little_giant_enterprises", 92, "count", "Beijing led with 92", year=2020),
    F(A, OB, "Chongqing", "new_little_giant_enterprises", 67, "count", "followed by Chongqing with 67", year=2020),
    F(A, OB, "Shanghai", "new_little_giant_enterprises", 63, "count", "Shanghai with 63", year=2020),
    F(A, OB, NB, "little_giants_with_central_fiscal_support", 30, "count", "30 of the 727 companies chosen for a central fiscal support program were from Ningbo", year=2021),
    F(A, OB, "China", "little_giants_with_central_fiscal_support", 727, "count", "30 of the 727 companies chosen for a central fiscal support program were from Ningbo", year=2021),
    F(A, OB, NB, "little_giants_with_central_fiscal_support_rank_among_cities", 8, "rank", "the eighth-highest count of any city", year=2021),
    # debatable: the subject is a group of 30 firms
    F(A, OB, NB, "supported_little_giants_rd_to_revenue_ratio", 5.25, "percent", "Those 30 firms spent on average 5.25 percent of their revenue on R&D in 2020", year=2020, required=False),
    F(A, OB, "Fenghua District", "pneumatic_component_makers", 400, "count", "Fenghua district alone has more than 400 makers of pneumatic components", "more_than"),
    F(A, OB, "Fenghua District", "pneumatic_components_output", 6e9, "cny", "with combined annual output above 6 billion yuan", "more_than"),
    F(A, OB, "Fenghua District", "national_market_share", 33.33, "percent", "about one third of the national market", "approx"),
    F(A, OB, "Fenghua District", "share_of_national_exports", 50, "percent", "more than half of China's exports of such parts", "more_than"),
    F(A, OB, NB, "rare_earth_magnetic_material_companies", 70, "count", "Ningbo also hosts nearly 70 companies working on rare-earth magnetic materials", "approx"),
    F(A, OB, NB, "little_giant_enterprises_rank_among_cities", 5, "rank", "pushing it to fifth place", year=2023),
    F(A, OB, "China", "little_giant_enterprises", 12000, "count", "the five batches have now produced more than 12,000 little giants", "more_than", year=2023),
]
entities += [
    E(A, R, NB, ["this port city", "the city"]), E(A, R, "Fenghua District", ["Fenghua"]),
    E(A, R, "China", ["the country"]), E(A, R, "Beijing"), E(A, R, "Chongqing"), E(A, R, "Shanghai"),
    E(A, R, "Suzhou", required=False), E(A, R, "Shenzhen", required=False), E(A, R, "Hangzhou", required=False),
    E(A, R, "Macao", required=False), E(A, O, "Ministry of Industry and Information Technology", ["the ministry"], required=False),
]

# ---------------------------------------------------------------- t1_31 (en, web page with furniture)
A = "t1_31_hangzhou_webpage.txt"
HZ = "Hangzhou"
docs.append(dict(record="document", doc=A, language="en", published="2019-03-14"))
# the headline "Hangzhou counts 30 unicorns" repeats the body figure: only the body sentence is annotated
facts += [
    F(A, OB, HZ, "unicorn_enterprises", 30, "count", "Hangzhou is now home to 30 unicorn companies", year=2019),
    F(A, OB, HZ, "quasi_unicorn_enterprises", 138, "count", "A further 138 start-ups made the list", year=2019),
    F(A, OB, HZ, "digital_share_of_unicorns", 96.7, "percent", "Digital companies make up 96.7 percent of the city's unicorns", year=2019),
    F(A, OB, HZ, "traditional_manufacturing_unicorns", 1, "count", "only one traditional manufacturer is among them", year=2019),
    F(A, OB, HZ, "digital_share_of_quasi_unicorns", 82, "percent", "the digital share is 82 percent", year=2019),
    F(A, OB, HZ, "new_unicorn_enterprises", 12, "count", "12 companies became unicorns in Hangzhou", year=2018),
    F(A, OB, HZ, "new_quasi_unicorn_enterprises", 67, "count", "67 entered the quasi-unicorn tier", year=2018),
    F(A, OB, HZ, "top500_private_enterprises_rank_among_cities", 1, "rank", "Hangzhou has had more companies in the national top 500 private enterprises list than any other Chinese city for 16 years running"),
    F(A, OB, HZ, "private_economy_share_of_gdp", 60, "percent", "the private economy generated 60 percent of its GDP in 2018", year=2018),
    F(A, OB, HZ, "new_high_tech_enterprises", 1075, "count", "1,075 high-tech enterprises in national key development areas set up operations in Hangzhou in 2018", year=2018),
    F(A, OB, HZ, "share_of_provincial_new_high_tech_enterprises", 33.6, "percent", "33.6 percent of the provincial total", year=2018),
    F(A, OB, HZ, "urban_area", 252, "km2", "from 252 square kilometers in 1949", year=1949),
    F(A, OB, HZ, "urban_area", 8289, "km2", "to 8,289 square kilometers in 2018", year=2018),
    F(A, OB, HZ, "urbanization_rate", 77.4, "percent", "the urbanization rate reached 77.4 percent that year", year=2018),
    F(A, OB, HZ, "urbanization_rate", 23.8, "percent", "compared with 23.8 percent in 1949", year=1949),
]
entities += [
    E(A, R, HZ, ["the city"]), E(A, R, "Zhejiang", required=False),
    E(A, O, "Weilian.com", required=False), E(A, O, "PingPong", required=False), E(A, O, "LianLian", required=False),
]

# ---------------------------------------------------------------- t1_32 (fr, news story)
A = "t1_32_guangdong_news_fr.txt"
GD = "Guangdong"
docs.append(dict(record="document", doc=A, language="fr", published="2025-01-16"))
# the headline repeats the body figures (14 000 milliards, 5 %): only the body sentences are annotated
facts += [
    F(A, OB, GD, "gdp", 14e12, "cny", "son produit intérieur brut a atteint 14¤000¤milliards de yuans l'an dernier", year=2024),
    F(A, OB, GD, "gdp_rank_among_provinces", 1, "rank", "la première économie provinciale de Chine"),
    # debatable: "la tête du classement" is a rank 1 without a numeral, and restates the rank given just above
    F(A, OB, GD, "gdp_national_rank", 1, "rank", "La province occupe la tête du classement national depuis 36 ans", year=2024, required=False),
    F(A, T, GD, "gdp_growth", 5, "percent", "Pour 2025, le gouvernement provincial se fixe un objectif de croissance de 5¤%", year=2025),
    F(A, OB, GD, "industrial_investment", 1.5e12, "cny", "L'investissement industriel a dépassé 1¤500¤milliards de yuans en 2024", "more_than", year=2024),
    F(A, OB, GD, "industrial_investment_growth", 6.7, "percent", "en hausse de 6,7¤%", year=2024),
    F(A, OB, GD, "technological_upgrading_investment_growth", 11.5, "percent", "ont, elles, progressé de 11,5¤%", year=2024),
    F(A, OB, GD, "advanced_manufacturing_share_of_industrial_output", 56.7, "percent", "Les entreprises de fabrication avancée ont assuré 56,7¤% de la production industrielle", year=2024),
    F(A, OB, GD, "high_tech_manufacturing_share_of_industrial_output", 31.6, "percent", "celles de la fabrication de haute technologie 31,6¤%", year=2024),
    F(A, OB, GD, "high_tech_enterprises", 77000, "count", "La province compte environ 77¤000 entreprises de haute technologie", "approx", year=2024),
    F(A, OB, GD, "rd_expenditure", 510e9, "cny", "a consacré 510¤milliards de yuans à la recherche et au développement au cours de l'année", year=2024),
    F(A, OB, GD, "integrated_circuit_output_growth", 21, "percent", "La production de circuits intégrés a bondi de 21¤%", year=2024),
    F(A, OB, GD, "nev_output_growth", 43, "percent", "celle des véhicules à énergie nouvelle de 43¤%", year=2024),
    F(A, OB, GD, "industrial_robot_output_growth", 31.2, "percent", "celle des robots industriels de 31,2¤%", year=2024),
    F(A, OB, GD, "smartphone_output_growth", 12.5, "percent", "celle des smartphones de 12,5¤%", year=2024),
    F(A, OB, GD, "foreign_trade_growth", 9.8, "percent", "avaient augmenté de 9,8¤% pour dépasser 9¤000¤milliards de yuans", year=2024),
    F(A, OB, GD, "foreign_trade", 9e12, "cny", "avaient augmenté de 9,8¤% pour dépasser 9¤000¤milliards de yuans", "more_than", year=2024),
    F(A, OB, GD, "exports_growth", 8.4, "percent", "Les exportations ont progressé de 8,4¤%, à 5¤890¤milliards", year=2024),
    F(A, OB, GD, "exports", 5.89e12, "cny", "Les exportations ont progressé de 8,4¤%, à 5¤890¤milliards", year=2024),
    F(A, OB, GD, "imports_growth", 12.5, "percent", "les importations de 12,5¤%, à 3¤220¤milliards", year=2024),
    F(A, OB, GD, "imports", 3.22e12, "cny", "les importations de 12,5¤%, à 3¤220¤milliards", year=2024),
]
entities += [
    E(A, R, GD, ["le Guangdong", "la province"]), E(A, R, "China", ["Chine"], required=False),
    E(A, R, "Guangzhou", ["Canton"], required=False), E(A, R, "Shenzhen", required=False),
]

# ---------------------------------------------------------------- t1_33 (fr, statistical bulletin)
A = "t1_33_shenzhen_bulletin_fr.txt"
SZ = "Shenzhen"
SHIP = "Shenzhen High-Tech Industrial Park"
PEA = "Peacock Plan"
docs.append(dict(record="document", doc=A, language="fr", published="2023-10-12"))
# Section headings give one year for each list: "(ANNÉE 2022)" and "L'ANNÉE 2016".
facts += [
    F(A, OB, SZ, "rd_intensity", 5.49, "percent", "Dépenses de R&D rapportées au PIB¤: 5,49¤%", year=2022),
    F(A, OB, SZ, "high_tech_enterprises", 23000, "count", "Entreprises de haute technologie de niveau national¤: 23¤000", year=2022),
    F(A, OB, SZ, "pct_applications_national_rank", 1, "rank", "Demandes internationales de brevets PCT¤: premier rang national", year=2022),
    F(A, OB, SZ, "fortune_global_500_companies", 10, "count", "Entreprises locales au classement Fortune Global 500¤: 10", year=2022),
    F(A, T, SZ, "basic_research_share_of_municipal_rd_funds", 30, "percent", "ne doit pas être inférieure à 30¤%", "at_least"),
    F(A, OB, SZ, "high_tech_industry_output", 1.93e12, "cny", "plus de 1¤930¤milliards de yuans, en hausse de 11,13¤% sur un an", "more_than", year=2016),
    F(A, OB, SZ, "high_tech_industry_output_growth", 11.13, "percent", "plus de 1¤930¤milliards de yuans, en hausse de 11,13¤% sur un an", year=2016),
    F(A, OB, SZ, "rd_intensity", 4.1, "percent", "Dépenses de R&D¤: 4,1¤% du PIB", year=2016),
    F(A, OB, SZ, "pct_applications", 19647, "count", "Demandes PCT¤: 19¤647", year=2016),
    F(A, OB, SZ, "share_of_national_pct_applications", 46.59, "percent", "soit 46,59¤% du total national", year=2016),
    F(A, OB, SZ, "pct_applications_national_rank", 1, "rank", "premier rang en Chine depuis plusieurs années consécutives", year=2016),
    F(A, OB, SZ, "high_tech_enterprises", 8037, "count", "Entreprises de haute technologie reconnues au niveau national¤: 8¤037", year=2016),
    F(A, OB, SZ, "professional_technicians", 1.44e6, "people", "Techniciens professionnels à la fin de 2016¤: 1,44¤million", year=2016),
    F(A, OB, SZ, "professional_technicians_educated_abroad", 60000, "people", "dont plus de 60¤000 ayant étudié à l'étranger", "more_than", year=2016),
    F(A, OB, SZ, "overseas_talents_attracted", 10509, "people", "Talents venus de l'étranger au cours de l'année¤: 10¤509", year=2016),
    F(A, OB, PEA, "professionals_settled", 632, "people", "632 professionnels installés en 2016", year=2016, subject_type=P),
    F(A, OB, PEA, "professionals_settled_total", 1996, "people", "1¤996 au total depuis le lancement du plan", subject_type=P),
    F(A, OB, PEA, "subsidies_paid", 410e6, "cny", "qui leur a versé 410¤millions de yuans de subventions", subject_type=P),
    F(A, OB, SHIP, "planned_area", 11.5, "km2", "Superficie planifiée¤: 11,5¤kilomètres carrés", subject_type=P),
    F(A, OB, SHIP, "high_tech_enterprises", 1295, "count", "Entreprises de haute technologie implantées en 2016¤: 1¤295", year=2016, subject_type=P),
]
entities += [
    E(A, R, SZ), E(A, P, SHIP, ["Parc industriel de haute technologie", "SHIP"]), E(A, P, PEA, ["Plan «¤Paon¤»"]),
    E(A, O, "Ministry of Science and Technology", ["ministère des Sciences et de la Technologie"], required=False),
    E(A, R, "China", ["Chine"], required=False),
]

# ---------------------------------------------------------------- t1_34 (fr, listicle)
A = "t1_34_fujian_liste_fr.txt"
FJ = "Fujian"
Q34 = "ont affiché en 2024 un PIB de 1¤420¤milliards et de 858,9¤milliards de yuans respectivement"
docs.append(dict(record="document", doc=A, language="fr", published="2025-09-10"))
facts += [
    F(A, OB, FJ, "industrial_categories_covered", 38, "count", "Le Fujian couvre 38 des 41 grandes catégories industrielles"),
    # debatable: the size of the national classification, not a Fujian figure
    F(A, OB, "China", "major_industrial_categories", 41, "count", "38 des 41 grandes catégories industrielles recensées en Chine", required=False),
    F(A, OB, FJ, "gdp", 5.4e12, "cny", "le PIB provincial a plus que doublé pour atteindre 5¤400¤milliards de yuans en 2023", year=2023),
    F(A, OB, FJ, "gdp_multiple_over_decade", 2, "ratio", "le PIB provincial a plus que doublé", "more_than", year=2023),
    F(A, OB, FJ, "gdp_national_rank", 8, "rank", "ce qui classe le Fujian au huitième rang des régions de niveau provincial", year=2023),
    F(A, OB, FJ, "gdp_per_capita", 130000, "cny", "Le PIB par habitant, 130¤000 yuans", year=2023),
    F(A, OB, FJ, "gdp_per_capita_national_rank", 4, "rank", "le place au quatrième rang", year=2023),
    F(A, OB, FJ, "per_capita_disposable_income_multiple_over_decade", 2, "ratio", "Le revenu disponible par habitant a presque doublé en une décennie", "approx", year=2023),
    F(A, OB, FJ, "per_capita_disposable_income", 45000, "cny", "à 45¤000 yuans", year=2023),
    F(A, OB, FJ, "per_capita_disposable_income_national_rank", 7, "rank", "septième niveau du pays", year=2023),
    F(A, OB, FJ, "rural_per_capita_disposable_income", 27000, "cny", "Celui des ruraux s'élevait à 27¤000 yuans en 2023", year=2023),
    F(A, T, FJ, "rd_expenditure_growth", 18, "percent", "la province visait une hausse de plus de 18¤% de ses dépenses de R&D", "more_than", year=2024),
    F(A, T, FJ, "high_tech_enterprises", 13000, "count", "comptait porter le nombre de ses entreprises nationales de haute technologie au-delà de 13¤000", "more_than", year=2024),
    F(A, OB, FJ, "cumulative_rd_expenditure_2014_2023", 630e9, "cny", "le Fujian a consacré au total plus de 630¤milliards de yuans à la R&D", "more_than", year=2023),
    F(A, OB, FJ, "high_tech_enterprises", 12000, "count", "ses entreprises nationales de haute technologie étaient alors plus de 12¤000", "more_than", year=2023),
    F(A, OB, "Fuzhou", "gdp", 1.42e12, "cny", Q34, year=2024),
    F(A, OB, "Xiamen", "gdp", 858.9e9, "cny", Q34, year=2024),
    F(A, OB, FJ, "enterprise_rd_subsidies", 300e6, "cny", "la province avait déjà versé 300¤millions de yuans de subventions à 1¤243 entreprises", year=2019),
    F(A, OB, FJ, "enterprises_receiving_rd_subsidies", 1243, "count", "la province avait déjà versé 300¤millions de yuans de subventions à 1¤243 entreprises", year=2019),
    F(A, OB, FJ, "subsidized_enterprises_cumulative_rd_investment", 16.389e9, "cny", "dont l'investissement cumulé en R&D atteignait 16,389¤milliards de yuans", year=2019),
    F(A, OB, FJ, "high_tech_industry_output_growth", 13.9, "percent", "la production des industries de haute technologie avait progressé de 13,9¤%", year=2019),
    F(A, OB, FJ, "high_tech_growth_gap_vs_industry", 5.3, "percentage_points", "soit 5,3 points de plus que la moyenne industrielle provinciale", year=2019),
    F(A, OB, FJ, "industrial_output_growth", 8.6, "percent", "elle-même en hausse de 8,6¤%", year=2019),
]
entities += [
    E(A, R, FJ, ["le Fujian", "la province", "province côtière"]), E(A, R, "Fuzhou"), E(A, R, "Xiamen"),
    E(A, R, "China", ["Chine", "le pays"], required=False), E(A, R, "Guangdong", required=False),
    E(A, R, "Zhejiang", required=False), E(A, R, "Taiwan", ["Taïwan"], required=False),
]

# ---------------------------------------------------------------- t1_35 (en, newsletter)
A = "t1_35_prd_newsletter.txt"
FS = "Foshan"
ZZ = "Zhuhai National Hi-Tech Industrial Development Zone"
HQ = "Hengqin"
docs.append(dict(record="document", doc=A, language="en", published="2022-11-02"))
# "projects worth 100 million yuan or more" is a definitional threshold: not a fact
facts += [
    F(A, OB, FS, "major_investment_projects_signed", 339, "count", "Foshan signed 339 investment projects", year=2022),
    F(A, OB, FS, "major_investment_projects_value", 265.662e9, "cny", "with a combined investment of 265.662 billion yuan", year=2022),
    F(A, OB, FS, "share_of_annual_investment_target", 80.05, "percent", "That is 80.05 percent of the annual target", year=2022),
    F(A, OB, FS, "agricultural_projects_signed", 6, "count", "six projects in agriculture brought in 1.4 billion yuan", year=2022),
    F(A, OB, FS, "agricultural_projects_investment", 1.4e9, "cny", "six projects in agriculture brought in 1.4 billion yuan", year=2022),
    F(A, OB, FS, "industrial_projects_signed", 276, "count", "276 industrial projects 209.808 billion yuan", year=2022),
    F(A, OB, FS, "industrial_projects_investment", 209.808e9, "cny", "276 industrial projects 209.808 billion yuan", year=2022),
    F(A, OB, FS, "service_projects_signed", 57, "count", "57 service-sector projects 54.454 billion yuan", year=2022),
    F(A, OB, FS, "service_projects_investment", 54.454e9, "cny", "57 service-sector projects 54.454 billion yuan", year=2022),
    F(A, OB, FS, "innovation_leading_manufacturing_parks", 10, "count", "The city has also launched ten \"innovation-leading\" specialised manufacturing parks"),
    F(A, OB, ZZ, "ic_industry_economic_scale_growth", 45.7, "percent", "rose 45.7 percent in 2021, to 3.83 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "ic_industry_economic_scale", 3.83e9, "cny", "rose 45.7 percent in 2021, to 3.83 billion yuan", year=2021, subject_type=P),
    F(A, OB, ZZ, "ic_enterprises", 90, "count", "Chip companies in the zone numbered 90 at the end of that year", year=2021, subject_type=P),
    F(A, OB, HQ, "registered_businesses", 54350, "count", "counted 54,350 companies", year=2022),
    F(A, OB, HQ, "macao_funded_enterprises", 4934, "count", "4,934 of them funded from Macao", year=2022),
    F(A, OB, HQ, "new_enterprises", 2112, "count", "2,112 enterprises were newly established", year=2022),
    F(A, OB, HQ, "new_macao_funded_enterprises", 391, "count", "of which 391 were Macao-funded", year=2022),
    F(A, OB, HQ, "macao_funded_share_of_new_enterprises", 19, "percent", "or 19 percent of the total", year=2022),
    F(A, OB, "Hong Kong Science Park", "government_funding", 10e9, "hkd", "In 2018 the Hong Kong government set aside 10 billion Hong Kong dollars for the Science Park", year=2018, subject_type=P),
    F(A, OB, "Science and Technology Entrepreneur Programme", "teams_admitted", 70, "count", "has since admitted 70 teams", subject_type=P),
    F(A, OB, "Hong Kong Science Park", "companies", 800, "count", "had grown to more than 800 companies", "more_than", year=2019, subject_type=P),
    F(A, OB, "Hong Kong Science Park", "countries_and_regions_of_companies", 22, "count", "from 22 countries and regions", year=2019, subject_type=P),
    F(A, OB, "Hong Kong Science Park", "incubatees_nurtured", 640, "count", "had nurtured more than 640 incubatees", "more_than", year=2019, subject_type=P),
]
entities += [
    E(A, R, FS, ["the city"]), E(A, P, ZZ, ["the zone"]), E(A, R, "Zhuhai"),
    E(A, R, HQ, ["Guangdong-Macao In-Depth Cooperation Zone in Hengqin", "Guangdong-Macao In-Depth Cooperation Zone"]),
    E(A, R, "Macao", required=False), E(A, R, "Hong Kong", required=False),
    E(A, P, "Hong Kong Science Park", ["Science Park", "the park"]), E(A, P, "Science and Technology Entrepreneur Programme"),
    E(A, P, "South China Hydrogen Energy Industry Base", required=False),
]

# ==== END OF DOCS ====
bad = []
for f in facts:
    text = (D / f["doc"]).read_text(encoding="utf-8")
    occ = f.pop("_occ")
    n = text.count(f["quote"])
    if n == 0 or occ >= n:
        bad.append(f)
        print("QUOTE NOT FOUND (count %d, occ %d)" % (n, occ), f["doc"], repr(f["quote"]), file=sys.stderr)
        continue
    if n > 1 and occ == 0 and not f.get("_ok_repeat"):
        print("note: quote occurs %d times, using occurrence %d:" % (n, occ), f["doc"], repr(f["quote"]), file=sys.stderr)
    start = -1
    for _ in range(occ + 1):
        start = text.index(f["quote"], start + 1)
    f["start"], f["end"] = start, start + len(f["quote"])
    assert text[f["start"]:f["end"]] == f["quote"]
known = {d["doc"] for d in docs}
for r in facts + entities:
    if r["doc"] not in known:
        bad.append(r); print("NO DOCUMENT RECORD", r["doc"], file=sys.stderr)
for d in docs:
    assert (D / d["doc"]).exists(), d["doc"]
on_disk = {p.name for p in D.glob("*.txt")} | {p.name for p in D.glob("*.html")}
missing = on_disk - known
if missing:
    print("documents without gold:", sorted(missing), file=sys.stderr)
with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
    for r in docs + facts + entities:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(docs), "documents,", len(facts), "facts,", sum(f["kind"] == "target" for f in facts), "targets,",
      sum(f["required"] for f in facts), "required,", sum(not f["required"] for f in facts), "optional")
for d in docs:
    fs = [f for f in facts if f["doc"] == d["doc"]]
    print("  %-40s %s facts=%d targets=%d optional=%d" % (d["doc"], d["language"], len(fs),
          sum(f["kind"] == "target" for f in fs), sum(not f["required"] for f in fs)))
assert not bad, "%d bad records" % len(bad)
