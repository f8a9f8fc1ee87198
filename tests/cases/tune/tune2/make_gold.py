"""Gold for the tune2 set (t2_NN documents; real figures, see SOURCES.md).

Writes gold.jsonl next to this script (FACTS.md JSON Lines). Every quote is looked up in its document, read
the way the scorer reads it (Path.read_text(encoding="utf-8")); a quote that occurs more than once must be
given an occurrence index (occ=, 0-based), otherwise the script stops with an error.

In the quotes below, "¤" stands for a no-break space U+00A0 and "¦" for a narrow no-break space U+202F
(the French documents use them in numbers: "26 700", "12,2 %"); Q() turns them into the real characters.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
D = HERE / "docs"


def Q(s):
    return s.replace("¤", "\u00a0").replace("¦", "\u202f")


def F(doc, kind, subject, metric, value, unit, quote, qualifier="exact", year=None, value_high=None,
      required=True, subject_type="region", occ=None):
    return dict(record="fact", doc=doc, kind=kind, subject=subject, subject_type=subject_type, metric=metric,
                value=value, value_high=value_high, unit=unit, qualifier=qualifier, year=year, quote=Q(quote),
                required=required, _occ=occ)


def E(doc, t, name, aliases=(), required=True):
    return dict(record="entity", doc=doc, type=t, name=name, aliases=[Q(a) for a in aliases], required=required)


O, P, R = "organization", "program", "region"
T, OB = "target", "observation"
facts, entities, docs = [], [], []


def DOC(name, language, published, title):
    docs.append(dict(record="document", doc=name, language=language, published=published, title=title))
    return name


# ---------------------------------------------------------------- t2_01 (en, news story)
A = DOC("t2_01_hefei_news.txt", "en", "2023-11-02", "Hefei lifts research spending to a record share of its economy")
HF = "Hefei"
facts += [
    F(A, OB, HF, "rd_expenditure_growth", 19, "percent", "rose 19 percent in 2022", year=2022),
    F(A, OB, HF, "rd_expenditure", 47e9, "cny", "reached 47 billion yuan", year=2022),
    F(A, OB, HF, "rd_intensity", 3.91, "percent", "the outlay was equal to 3.91 percent", year=2022),
    F(A, OB, HF, "experimental_development_expenditure", 33.4e9, "cny", "absorbed 33.4 billion yuan", year=2022),
    F(A, OB, HF, "applied_research_expenditure", 5.7e9, "cny", "Applied research received 5.7 billion yuan", year=2022),
    F(A, OB, HF, "basic_research_expenditure", 7.9e9, "cny", "was allotted 7.9 billion yuan", year=2022),
    F(A, OB, "China", "rd_expenditure", 3.08e12, "cny", "The country as a whole spent 3.08 trillion yuan on R&D in 2022", year=2022),
    F(A, OB, "China", "rd_expenditure_growth", 10.1, "percent", "10.1 percent more than a year earlier", year=2022),
    F(A, OB, "China", "rd_intensity", 2.54, "percent", "research spending was worth 2.54 percent of GDP", year=2022),
    F(A, OB, "Beijing", "rd_intensity", 6.83, "percent", "an intensity of 6.83 percent", year=2022),
    F(A, OB, "Shanghai", "rd_intensity", 4.44, "percent", "Shanghai came next at 4.44 percent", year=2022),
    F(A, OB, "Tianjin", "rd_intensity", 3.49, "percent", "Tianjin at 3.49 percent", year=2022),
    F(A, OB, HF, "innovation_capability_rank_national_innovative_cities", 9, "rank",
      "the city placed ninth for innovation capability", year=2022),
]
entities += [
    E(A, R, HF), E(A, R, "Anhui", ["Anhui province"]), E(A, R, "China", ["The country as a whole"]),
    E(A, R, "Beijing"), E(A, R, "Shanghai"), E(A, R, "Tianjin"),
    E(A, R, "Guangdong", required=False), E(A, R, "Jiangsu", required=False), E(A, R, "Zhejiang", required=False),
    E(A, R, "Changsha", required=False), E(A, R, "Qingdao", required=False),
    E(A, O, "Hefei Municipal Bureau of Science and Technology", ["municipal science and technology bureau", "the bureau"]),
    E(A, O, "National Bureau of Statistics"),
    E(A, O, "Ministry of Science and Technology"),
]

# ---------------------------------------------------------------- t2_02 (en, web page with furniture)
A = DOC("t2_02_zhongguancun_webpage.txt", "en", "2024-07-26", "Zhongguancun sub-parks now home to 92 unicorns")
ZGC = "Zhongguancun National Demonstration Zone"
TCZ = "Three Cities and One Zone"
facts += [
    # the headline "now home to 92 unicorns" repeats the body figure: only the body is annotated
    F(A, OB, ZGC, "unicorn_enterprises", 92, "count", "now host 92 unicorn companies", subject_type=P),
    F(A, OB, ZGC, "high_tech_enterprises", 19600, "count", "over 19,600 national high-tech enterprises", "more_than", subject_type=P),
    F(A, OB, ZGC, "high_tech_industry_output", 8.7e12, "cny", "earned a combined 8.7 trillion yuan in revenue in 2023",
      year=2023, subject_type=P),
    F(A, OB, ZGC, "rd_expenditure", 239.3e9, "cny", "spent 239.3 billion yuan on research and development", year=2021, subject_type=P),
    F(A, OB, ZGC, "rd_expenditure_growth", 20.4, "percent", "a rise of 20.4 percent on 2020", year=2021, subject_type=P),
    F(A, OB, ZGC, "unicorn_enterprises", 50, "count", "The area then counted 50 unicorns", year=2021, subject_type=P),
    F(A, OB, ZGC, "unicorn_enterprises_global_rank", 2, "rank", "a tally topped only by Silicon Valley", year=2021, subject_type=P),
    F(A, OB, ZGC, "high_tech_industry_output", 3.5e12, "cny", "took in more than 3.5 trillion yuan that year", "more_than",
      year=2021, subject_type=P),
    F(A, OB, ZGC, "high_tech_industry_output_growth", 19.3, "percent", "up 19.3 percent", year=2021, subject_type=P),
    F(A, OB, "Beijing", "unicorn_enterprises", 114, "count", "with 114 unicorns"),
    F(A, OB, "Beijing", "unicorn_enterprises_national_rank", 1, "rank", "ranks first among Chinese cities"),
    F(A, OB, "China", "unicorn_enterprises", 369, "count", "the country has 369 in total"),
    F(A, OB, TCZ, "share_of_city_area", 6, "percent", "cover less than 6 percent of Beijing's land", "less_than", subject_type=P),
    F(A, OB, TCZ, "share_of_city_gdp", 33.33, "percent", "generate about one-third of the capital's GDP", "approx", subject_type=P),
]
entities += [
    E(A, P, ZGC, ["Zhongguancun", "the zone", "sub-parks", "the parks", "Zhongguancun Science City"]),
    E(A, R, "Beijing", ["the capital"]), E(A, R, "China", ["the country"]),
    E(A, P, TCZ, ["three cities and one zone", "the four areas"]),
    E(A, P, "Huairou Science City", required=False), E(A, P, "Future Science City", required=False),
    E(A, P, "Yizhuang Economic Development Zone", required=False),
    E(A, O, "Standing Committee of the Beijing Municipal People's Congress", required=False),
    E(A, P, "Zhongguancun Forum", required=False),
    E(A, R, "Haidian", required=False),
]

# ---------------------------------------------------------------- t2_03 (fr, statistical bulletin)
A = DOC("t2_03_henan_bulletin_fr.txt", "fr", "2023-09-18",
        "Communiqué statistique sur les dépenses de R-D de la province du Henan pour l'année 2022")
HN = "Henan"
facts += [
    F(A, OB, HN, "rd_expenditure", 114.326e9, "cny", "ont atteint 114,326 milliards de yuans", year=2022),
    F(A, OB, HN, "rd_expenditure_increase", 12.442e9, "cny", "soit 12,442 milliards de plus qu'en 2021", year=2022),
    F(A, OB, HN, "rd_expenditure_growth", 12.2, "percent", "Leur croissance s'établit à 12,2¤%", year=2022),
    # debatable: a change of a growth rate (percentage points), not a level
    F(A, OB, HN, "rd_expenditure_growth_change", -0.8, "percent", "un rythme inférieur de 0,8 point", year=2022, required=False),
    F(A, OB, HN, "rd_intensity", 1.86, "percent", "une intensité de R-D de 1,86¤%", year=2022),
    # debatable: a change in percentage points
    F(A, OB, HN, "rd_intensity_change", 0.11, "percent", "en progression de 0,11 point", year=2022, required=False),
    F(A, OB, HN, "basic_research_expenditure", 3.749e9, "cny", "La recherche fondamentale a mobilisé 3,749 milliards de yuans", year=2022),
    F(A, OB, HN, "basic_research_expenditure_growth", 52.7, "percent", "un bond de 52,7¤% en un an", year=2022),
    F(A, OB, HN, "applied_research_expenditure", 9.849e9, "cny", "La recherche appliquée a absorbé 9,849 milliards de yuans", year=2022),
    F(A, OB, HN, "applied_research_expenditure_growth", 11.9, "percent", "(+11,9¤%)", year=2022),
    F(A, OB, HN, "experimental_development_expenditure", 100.728e9, "cny", "le développement expérimental 100,728 milliards de yuans", year=2022),
    F(A, OB, HN, "experimental_development_expenditure_growth", 11.1, "percent", "(+11,1¤%)", year=2022),
    F(A, OB, HN, "basic_research_share", 3.3, "percent", "ces trois catégories pèsent respectivement 3,3¤%, 8,6¤% et 88,1¤%", year=2022),
    F(A, OB, HN, "applied_research_share", 8.6, "percent", "ces trois catégories pèsent respectivement 3,3¤%, 8,6¤% et 88,1¤%", year=2022),
    F(A, OB, HN, "experimental_development_share", 88.1, "percent", "ces trois catégories pèsent respectivement 3,3¤%, 8,6¤% et 88,1¤%", year=2022),
    F(A, OB, HN, "enterprise_rd_expenditure", 99.25e9, "cny", "ont dépensé 99,25 milliards de yuans pour la R-D", year=2022),
    F(A, OB, HN, "enterprise_rd_expenditure_growth", 11.2, "percent", "en hausse de 11,2¤%", year=2022),
    F(A, OB, HN, "government_institute_rd_expenditure", 6.67e9, "cny", "y ont consacré 6,67 milliards de yuans", year=2022),
    F(A, OB, HN, "government_institute_rd_expenditure_growth", 19.0, "percent", "(+19,0¤%)", year=2022),
    F(A, OB, HN, "university_rd_expenditure", 7.013e9, "cny", "les établissements d'enseignement supérieur 7,013 milliards de yuans", year=2022),
    F(A, OB, HN, "university_rd_expenditure_growth", 22.5, "percent", "(+22,5¤%)", year=2022),
    F(A, OB, HN, "enterprise_share_of_rd_expenditure", 86.8, "percent", "La part des entreprises dans la dépense totale est de 86,8¤%", year=2022),
    F(A, OB, HN, "government_institute_share_of_rd_expenditure", 5.8, "percent", "celle des instituts publics de 5,8¤%", year=2022),
    F(A, OB, HN, "university_share_of_rd_expenditure", 6.1, "percent", "celle des universités de 6,1¤%", year=2022),
    # "au moins 20 millions de yuans" is a definitional threshold: not a fact
    F(A, OB, HN, "industrial_enterprises_rd_expenditure", 84.554e9, "cny", "ont investi 84,554 milliards de yuans dans la R-D", year=2022),
    F(A, OB, HN, "industrial_enterprises_rd_share_of_revenue", 1.38, "percent", "ce qui représente 1,38¤% de leur chiffre d'affaires", year=2022),
    F(A, OB, HN, "high_tech_manufacturing_rd_expenditure", 15.088e9, "cny", "la dépense atteint 15,088 milliards de yuans", year=2022),
    F(A, OB, HN, "high_tech_manufacturing_rd_share_of_revenue", 1.60, "percent", "soit une intensité de 1,60¤% du chiffre d'affaires", year=2022),
    # "Deux villes dépassent le seuil de 10 milliards" : a list count and a threshold, not facts
    F(A, OB, "Zhengzhou", "rd_expenditure", 34.472e9, "cny", "avec 34,472 milliards de yuans", year=2022),
    F(A, OB, "Luoyang", "rd_expenditure", 16.809e9, "cny", "avec 16,809 milliards de yuans", year=2022),
]
entities += [
    E(A, R, HN, ["province du Henan", "le Henan"]), E(A, R, "Zhengzhou", ["la capitale provinciale"]), E(A, R, "Luoyang"),
    E(A, O, "Henan Provincial Bureau of Statistics", ["Bureau provincial des statistiques du Henan"]),
    E(A, O, "Henan Provincial Department of Science and Technology", ["département provincial des sciences et des technologies"], required=False),
    E(A, O, "Henan Provincial Department of Finance", ["département provincial des finances"], required=False),
]

# ---------------------------------------------------------------- t2_04 (fr, interview)
A = DOC("t2_04_xiongan_entretien_fr.txt", "fr", "2025-03-06",
        "Entretien | Xiong'an, « de la carte à la ville » : où en est la nouvelle zone du Hebei ?")
XA = "Xiong'an New Area"
facts += [
    F(A, OB, XA, "cumulative_investment", 835.4e9, "cny", "les investissements cumulés atteignent 835,4 milliards de yuans"),
    F(A, OB, XA, "developed_area", 202, "km2", "La superficie aménagée couvre 202 km²"),
    F(A, OB, XA, "floor_space_built", 50.14e6, "m2", "la surface de plancher construite s'élève à 50,14 millions de m²"),
    F(A, OB, XA, "buildings_completed", 4792, "count", "On y compte 4¤792 bâtiments achevés"),
    F(A, OB, XA, "new_roads_length", 804, "km", "804 km de routes nouvelles"),
    F(A, OB, XA, "utility_tunnels_length", 160, "km", "160 km de galeries techniques souterraines"),
    F(A, OB, XA, "hydraulic_dams_length", 328, "km", "328 km de digues hydrauliques"),
    # debatable: a distance locating the area, not a measure of its development
    F(A, OB, XA, "distance_from_beijing", 100, "km", "à une centaine de kilomètres au sud-ouest de Pékin", "approx", required=False),
    F(A, OB, XA, "key_projects", 383, "count", "383 projets clés", year=2024),
    F(A, OB, XA, "cumulative_investment", 671e9, "cny", "un investissement réalisé de 671 milliards de yuans", year=2024),
    F(A, OB, XA, "developed_area", 184, "km2", "ne dépassait pas alors 184 km²", "at_most", year=2024),
    F(A, OB, XA, "floor_space_built", 43.7e6, "m2", "avec 43,7 millions de m² de plancher", year=2024),
    F(A, OB, XA, "fixed_asset_investment_growth", 13, "percent", "l'investissement en actifs fixes aurait progressé de 13¤%", year=2024),
    F(A, OB, XA, "central_soe_branches", 200, "count", "Ils ont ouvert plus de 200 filiales et succursales", "more_than"),
    F(A, OB, "Xiong'an Zhongguancun Science Park", "companies_attracted", 130, "count",
      "plus de 130 entreprises s'y sont déjà installées", "more_than", subject_type=P),
    F(A, OB, XA, "innovation_platforms", 10, "count", "La zone dispose de plus de 10 plateformes d'innovation", "more_than"),
    # "cinq parcs thématiques consacrés à ..." and "Deux chaînes d'innovation" are list counts; "Huit ans" a duration
]
entities += [
    E(A, R, XA, ["nouvelle zone de Xiong'an", "Xiong'an", "la zone"]), E(A, R, "Hebei", ["province du Hebei"]),
    E(A, R, "Beijing", ["Pékin", "la capitale"]),
    E(A, P, "Xiong'an Zhongguancun Science Park", ["parc scientifique Zhongguancun de Xiong'an"]),
    E(A, O, "China Satellite Network Group", required=False),
    E(A, P, "Xiong'an High-tech Industrial Development Zone", ["zone de développement industriel de haute technologie de Xiong'an"], required=False),
    E(A, R, "Beijing-Tianjin-Hebei", ["région Pékin-Tianjin-Hebei"], required=False),
    E(A, R, "Shijiazhuang", required=False),
]

# ---------------------------------------------------------------- t2_05 (fr, newsletter)
A = DOC("t2_05_shandong_lettre_fr.txt", "fr", "2024-12-11", "LETTRE CHINE-INNOVATION | Édition Shandong, numéro 42")
SD, JN, QD = "Shandong", "Jinan", "Qingdao"
facts += [
    F(A, OB, SD, "sci_tech_public_funding", 14.52e9, "cny", "14,52 milliards de yuans de fonds publics", year=2023),
    F(A, OB, SD, "share_of_major_projects_led_by_enterprises", 90, "percent", "Plus de neuf grands projets sur dix", "more_than", year=2023),
    F(A, OB, SD, "high_tech_enterprises", 26700, "count", "a franchi la barre des 26¦700", "more_than", year=2023),
    F(A, OB, SD, "tech_smes", 45000, "count", "les PME technologiques sont plus de 45¦000", "more_than", year=2023),
    F(A, OB, SD, "tech_smes_growth", 30, "percent", "en hausse de près de 30¤% sur un an", "approx", year=2023),
    F(A, OB, SD, "class1_new_drug_approvals", 8, "count", "huit nouveaux médicaments de première catégorie ont été autorisés", year=2023),
    F(A, OB, SD, "class1_new_drug_approvals_national_rank", 3, "rank", "au troisième rang national", year=2023),
    F(A, OB, SD, "high_tech_share_of_industrial_output", 51.37, "percent", "a représenté 51,37¤% de la production industrielle totale", year=2023),
    F(A, OB, SD, "sci_tech_credit_granted", 58.4e9, "cny", "d'accorder 58,4 milliards de yuans de crédits", year=2023),
    F(A, OB, SD, "sci_tech_credit_recipient_enterprises", 1067, "count", "à 1¤067 entreprises", year=2023),
    F(A, OB, SD, "gdp", 9.2e12, "cny", "le PIB provincial a atteint 9¤200 milliards de yuans en 2023", year=2023),
    # "1 000 milliards de PIB" is a threshold; the count of cities above it is a fact
    F(A, OB, SD, "cities_with_gdp_over_1_trillion", 3, "count", "trois villes dépassent désormais les 1¤000 milliards de PIB"),
    F(A, OB, SD, "little_giant_enterprises", 1032, "count", "Le Shandong compte 1¤032 « petits géants »"),
    F(A, OB, SD, "national_industrial_internet_platforms", 47, "count", "47 plateformes nationales d'internet industriel"),
    F(A, OB, SD, "invention_patents_granted", 240000, "count", "Les brevets d'invention délivrés ont atteint 240¦000", year=2023),
    F(A, OB, SD, "invention_patents_granted_growth", 26.5, "percent", "soit 26,5¤% de plus qu'en 2022", year=2023),
    F(A, OB, JN, "rd_expenditure", 30.67e9, "cny", "la ville a consacré 30,67 milliards de yuans à la R&D", year=2022),
    F(A, OB, JN, "rd_expenditure_growth", 15.5, "percent", "(+15,5¤%)", year=2022),
    F(A, OB, JN, "rd_intensity", 2.68, "percent", "son intensité de R&D à 2,68¤% du PIB", year=2022),
    # debatable: a gap in percentage points with the provincial average
    F(A, OB, JN, "rd_intensity_gap_vs_province", 0.34, "percent", "supérieur de 0,34 point à la moyenne provinciale", year=2022, required=False),
    F(A, OB, JN, "tech_contract_turnover_growth", 28, "percent", "a bondi de 28¤%", year=2022),
    F(A, OB, JN, "tech_contract_turnover", 61.45e9, "cny", "pour atteindre 61,45 milliards de yuans", year=2022),
    F(A, OB, JN, "national_key_laboratories_approved", 5, "count", "cinq laboratoires clés d'État y ont reçu leur feu vert", year=2022),
    F(A, OB, JN, "research_cities_world_rank", 36, "rank", "Jinan occupe la 36e place", year=2022),
    # debatable: a change of rank
    F(A, OB, JN, "research_cities_world_rank_change", 21, "rank", "soit un gain de 21 rangs", year=2022, required=False),
    F(A, T, JN, "new_high_tech_enterprises", 900, "count", "ajouter 900 nouvelles entreprises de haute technologie", year=2023),
    F(A, OB, QD, "gii_cluster_rank", 20, "rank", "se classe désormais 20e dans l'Indice mondial de l'innovation 2024", year=2024),
    F(A, OB, QD, "gii_cluster_rank", 80, "rank", "contre une 80e place en 2019", year=2019),
    F(A, OB, QD, "national_incubators", 23, "count", "23 incubateurs nationaux"),
    F(A, OB, QD, "innovation_spaces", 70, "count", "70 espaces d'innovation"),
    F(A, OB, QD, "sci_tech_funds", 144, "count", "144 fonds dotés au total de 145,9 milliards de yuans"),
    F(A, OB, QD, "sci_tech_funds_total_size", 145.9e9, "cny", "144 fonds dotés au total de 145,9 milliards de yuans"),
    F(A, T, QD, "rd_intensity", 3.2, "percent", "l'intensité de R&D devra dépasser 3,2¤%", "more_than", year=2026),
    F(A, T, QD, "high_tech_enterprises", 10000, "count", "plus de 10¤000 entreprises nationales de haute technologie", "more_than", year=2026),
    F(A, T, QD, "high_tech_share_of_industrial_output", 65, "percent", "devraient représenter 65¤% de la production", year=2026),
    F(A, T, QD, "talent_pool", 3e6, "people", "franchir les 3 millions de personnes", "more_than", year=2026),
    F(A, OB, QD, "high_tech_enterprises", 538, "count", "538 entreprises de haute technologie en 2012", year=2012),
    F(A, OB, QD, "high_tech_enterprises", 5554, "count", "contre 5¤554 en 2021", year=2021),
    # agenda: "90 minutes", "12 participants", "2 400 euros" are durations, limits and prices; "Numéro 42" an ordinal
]
entities += [
    E(A, R, SD, ["la province", "Le Shandong"]), E(A, R, JN, ["la capitale"]), E(A, R, QD, ["Le pôle de Qingdao"]),
    E(A, O, "Shandong Provincial Department of Science and Technology", ["département provincial des sciences et des technologies"], required=False),
    E(A, O, "World Intellectual Property Organization", ["OMPI"], required=False),
    E(A, P, "Qingdao Five-Year Plan for Building an International and Innovative City",
      ["plan quinquennal pour une ville internationale et innovante"], required=False),
]

# ---------------------------------------------------------------- t2_06 (en, listicle)
A = DOC("t2_06_central_cities_listicle.txt", "en", "2024-03-20", "Four cities powering innovation in central China")
WH, CS, ZZ = "Wuhan", "Changsha", "Zhengzhou"
RESP = "reached 47 billion yuan, 36.71 billion yuan and 34.47 billion yuan respectively in Hefei, Changsha and Zhengzhou"
facts += [
    F(A, OB, HF, "rd_expenditure", 47e9, "cny", RESP, year=2022),
    F(A, OB, CS, "rd_expenditure", 36.71e9, "cny", RESP, year=2022),
    F(A, OB, ZZ, "rd_expenditure", 34.47e9, "cny", RESP, year=2022),
    F(A, OB, WH, "high_tech_enterprises_net_increase", 2000, "count", "grew by more than 2,000 in 2023", "more_than", year=2023),
    F(A, OB, WH, "high_tech_enterprises", 14500, "count", "lifting the total to 14,500", year=2023),
    F(A, OB, WH, "tech_smes", 12500, "count", "reached 12,500"),
    # debatable: a two-year multiple that restates the count
    F(A, OB, WH, "tech_smes_two_year_growth", 2, "ratio", "twice as many as two years earlier", required=False),
    F(A, OB, WH, "national_technology_innovation_demonstration_enterprises", 27, "count",
      "27 national technology innovation demonstration enterprises"),
    F(A, OB, WH, "national_technology_innovation_demonstration_enterprises_sub_provincial_rank", 1, "rank",
      "the most of any sub-provincial city"),
    F(A, OB, WH, "tech_contract_turnover_growth", 20.36, "percent", "rose 20.36 percent", year=2022),
    F(A, OB, WH, "tech_contract_turnover", 135.74e9, "cny", "to 135.74 billion yuan", year=2022),
    F(A, OB, WH, "share_of_provincial_tech_contract_turnover", 44.98, "percent", "or 44.98 percent of Hubei's total", year=2022),
    # debatable: the same Changsha figure as in the "respectively" sentence, stated a second time
    F(A, OB, CS, "rd_expenditure", 36.71e9, "cny", "invested 36.71 billion yuan in R&D in 2022", year=2022, required=False),
    F(A, OB, CS, "rd_expenditure_growth", 17.1, "percent", "up 17.1 percent", year=2022),
    F(A, OB, CS, "enterprise_share_of_rd_expenditure", 76.6, "percent", "companies contributing 76.6 percent of the total", year=2022),
    F(A, OB, CS, "enterprise_share_of_rd_expenditure_central_china_rank", 1, "rank", "the highest share among central Chinese cities", year=2022),
    F(A, OB, CS, "high_tech_enterprises", 6588, "count", "It had 6,588 high-tech enterprises", year=2022),
    F(A, OB, CS, "high_tech_enterprises_central_china_rank", 2, "rank", "second only to Wuhan in the region", year=2022),
    F(A, OB, CS, "high_tech_value_added_share_of_gdp", 29.6, "percent", "added value equal to 29.6 percent of GDP", year=2022),
    F(A, OB, CS, "tech_contract_turnover", 82.36e9, "cny", "Technology contracts were worth 82.36 billion yuan", year=2022),
    F(A, OB, CS, "tech_contract_turnover_growth", 54.3, "percent", "a jump of 54.3 percent on the year", year=2022),
    F(A, OB, CS, "innovation_capability_rank_national_innovative_cities", 8, "rank", "Changsha was eighth for innovation capability"),
    F(A, OB, HF, "rd_intensity", 3.91, "percent", "R&D intensity hit 3.91 percent in 2022", year=2022),
    F(A, OB, HF, "innovation_capability_rank_national_innovative_cities", 9, "rank", "It ranked ninth in the same ministry evaluation"),
    F(A, OB, ZZ, "high_tech_enterprises", 5200, "count", "more than 5,200 high-tech enterprises", "more_than", year=2022),
    F(A, OB, ZZ, "high_tech_enterprises_growth", 25, "percent", "25 percent more than a year earlier", year=2022),
    F(A, OB, ZZ, "new_high_tech_enterprises", 1100, "count", "after adding some 1,100 firms", "approx", year=2022),
    F(A, OB, ZZ, "share_of_provincial_high_tech_enterprises", 48, "percent", "That is 48 percent of all such companies in the province", year=2022),
    # "Four cities" in the title is a list count; "two years", "twelve months" are durations
]
entities += [
    E(A, R, WH, ["The Hubei capital"]), E(A, R, CS, ["Hunan's capital"]), E(A, R, HF), E(A, R, ZZ, ["Henan's capital"]),
    E(A, R, "Hubei"), E(A, R, "Hunan", required=False), E(A, R, "Henan", required=False),
    E(A, O, "University of Science and Technology of China", required=False),
    E(A, O, "Ministry of Science and Technology", ["ministry"], required=False),
]

# ---------------------------------------------------------------- t2_07 (fr, video transcript)
A = DOC("t2_07_china_zones_video_fr.txt", "fr", "2025-02-27", "Les zones de haute technologie, fabriques à licornes de la Chine")
NZ = "National High-tech Industrial Development Zones"
facts += [
    F(A, OB, "China", "national_high_tech_zones", 178, "count", "Le pays en compte aujourd'hui 178"),
    F(A, OB, NZ, "share_of_national_unicorn_enterprises", 67, "percent", "elles abritaient environ 67¤% des licornes chinoises",
      "approx", year=2024, subject_type=P),
    F(A, OB, NZ, "share_of_national_high_tech_enterprises", 33.33, "percent",
      "à peu près un tiers des entreprises de haute technologie du pays", "approx", subject_type=P),
    F(A, OB, NZ, "share_of_national_little_giant_enterprises", 46, "percent", "46¤% des « petits géants »", subject_type=P),
    F(A, OB, NZ, "share_of_listed_ai_companies", 60, "percent", "près de 60¤% des sociétés d'IA cotées en Bourse", "approx", subject_type=P),
    F(A, OB, NZ, "share_of_ai_unicorns", 50, "percent", "environ la moitié des licornes du secteur", "approx", subject_type=P),
    F(A, OB, NZ, "gdp_growth", 7.6, "percent", "a progressé l'an dernier de 7,6¤% en termes nominaux", year=2024, subject_type=P),
    F(A, OB, NZ, "foreign_trade", 9.5e12, "cny", "ont atteint 9¦500 milliards de yuans", year=2024, subject_type=P),
    F(A, OB, NZ, "foreign_trade_growth", 2.5, "percent", "en hausse de 2,5¤%", year=2024, subject_type=P),
    F(A, OB, "China", "unicorn_enterprises", 369, "count", "recensait 369 licornes en Chine", year=2024),
    F(A, OB, "China", "share_of_global_unicorns", 25, "percent", "plus d'un quart du total mondial", "more_than", year=2024),
    # debatable: spread of the unicorns (sectors, cities) and a share held by a group of five cities
    F(A, OB, "China", "unicorn_sectors", 16, "count", "entre 16 secteurs", year=2024, required=False),
    F(A, OB, "China", "unicorn_cities", 47, "count", "entre 47 villes", year=2024, required=False),
    F(A, OB, "China", "share_of_unicorns_in_top_five_cities", 60, "percent", "Plus de 60¤% d'entre elles étaient concentrées",
      "more_than", year=2024, required=False),
    F(A, OB, "Beijing", "unicorn_enterprises", 114, "count", "avec 114 licornes", year=2024),
    F(A, OB, "Beijing", "unicorn_enterprises_national_rank", 1, "rank", "Pékin arrivait en tête", year=2024),
    # "plus d'un milliard de dollars" defines a unicorn (threshold); "épisode 4 sur 10", "3 min 12 s", "10 semaines" are furniture
]
entities += [
    E(A, R, "China", ["Chine", "Le pays"]),
    E(A, P, NZ, ["zones nationales de développement industriel de haute technologie", "zones de haute technologie", "ces zones"]),
    E(A, R, "Beijing", ["Pékin"]),
    E(A, O, "Ministry of Industry and Information Technology", ["ministère de l'Industrie et des Technologies de l'information", "le ministère"]),
    E(A, P, "Zhongguancun Forum", ["Forum de Zhongguancun"], required=False),
    E(A, R, "Shanghai", required=False), E(A, R, "Shenzhen", required=False), E(A, R, "Guangzhou", ["Canton"], required=False),
    E(A, R, "Hangzhou", required=False),
]

# ---------------------------------------------------------------- t2_08 (en, plan summary)
A = DOC("t2_08_tianjin_plan.txt", "en", "2022-02-22", "Tianjin sets out its 2022 goals for industry and innovation: a summary")
TJ = "Tianjin"
BH = "Tianjin Binhai Hi-Tech Industrial Development Area"
facts += [
    F(A, OB, TJ, "high_tech_enterprises", 9198, "count", "The municipality closed 2021 with 9,198 national high-tech enterprises", year=2021),
    F(A, OB, TJ, "high_tech_enterprises_growth", 23.9, "percent", "a rise of 23.9 percent on the year", year=2021),
    F(A, OB, TJ, "tech_smes", 9196, "count", "numbered 9,196", year=2021),
    F(A, OB, TJ, "tech_smes_growth", 12.4, "percent", "up 12.4 percent", year=2021),
    F(A, OB, TJ, "high_tech_share_of_industrial_revenue", 60, "percent", "account for more than 60 percent of the operating income", "more_than"),
    F(A, OB, TJ, "rd_post_investment_subsidies", 375e6, "cny", "paid out 375 million yuan"),
    F(A, OB, TJ, "rd_post_investment_subsidy_recipients", 2740, "count", "to more than 2,740 companies", "more_than"),
    F(A, OB, TJ, "rd_investment_national_rank", 3, "rank", "Tianjin ranks third for R&D investment"),
    F(A, OB, TJ, "innovation_index_national_rank", 4, "rank", "fourth on the comprehensive sci-tech innovation index"),
    F(A, OB, TJ, "tech_market_transactions_share_of_gdp_national_rank", 2, "rank",
      "it is second when technology market transactions are measured as a share of GDP"),
    F(A, T, TJ, "high_tech_enterprises", 10000, "count", "more than 10,000 national high-tech enterprises", "more_than", year=2022),
    F(A, T, TJ, "tech_smes", 10000, "count", "should likewise pass the 10,000 mark", "more_than", year=2022),
    # "more than 400 million yuan a year each" is a definitional threshold
    F(A, T, TJ, "leading_manufacturing_enterprises", 20, "count", "20 leading manufacturing enterprises", year=2022),
    F(A, T, TJ, "high_growth_small_enterprises", 60, "count", "plus 60 small firms with strong growth potential", year=2022),
    F(A, T, TJ, "key_industrial_chains_upgraded", 12, "count", "12 key industrial chains are to be upgraded", year=2022),
    F(A, T, TJ, "smart_factories_and_digital_workshops", 100, "count", "100 new smart factories and digital workshops will be built", year=2022),
    F(A, T, TJ, "high_tech_enterprises", 4800, "count", "would reach 4,800 that year", year=2018),
    F(A, T, TJ, "new_tech_enterprises", 5000, "count", "planned to establish 5,000 new technology enterprises", year=2018),
    # "annual revenue of 100 million yuan or more" is a threshold; the 180 firms are the target
    F(A, T, TJ, "new_tech_enterprises_over_100m_revenue", 180, "count", "180 of them with annual revenue", year=2018),
    F(A, OB, TJ, "tech_enterprises", 97000, "count", "it already counted 97,000 technology-based enterprises"),
    F(A, OB, TJ, "share_of_tech_enterprises_in_three_industries", 75, "percent", "about three-quarters of them", "approx"),
    F(A, OB, BH, "planned_area", 300, "km2", "Its core planning area exceeds 300 square kilometres", "more_than", subject_type=P),
    F(A, OB, BH, "high_tech_enterprises", 825, "count", "the zone reported 825 high-tech enterprises", subject_type=P),
    F(A, OB, BH, "tech_enterprises_valued_over_100m", 392, "count", "392 technology firms worth more than 100 million yuan each", subject_type=P),
    F(A, OB, BH, "gazelle_enterprises", 54, "count", "54 gazelle companies", subject_type=P),
    # founding 1988 / national status 1991 are dates; "four parks: ..." is a list count
]
entities += [
    E(A, R, TJ, ["Tianjin Municipality", "the municipality", "the city"]),
    E(A, P, BH, ["the zone"]),
    E(A, O, "Tianjin Municipal Bureau of Science and Technology", ["municipal science and technology bureau"], required=False),
    E(A, P, "Huayuan Science and Technology Park", required=False),
    E(A, P, "Future Science and Technology City", required=False),
    E(A, P, "Ocean Science and Technology Park", required=False),
]


# ---------------------------------------------------------------- t2_09 (en, statistical bulletin)
A = DOC("t2_09_china_rd_bulletin.txt", "en", "2024-10-03", "China's investment in research and experimental development, 2023")
CN = "China"
RESP9 = "2,592.22 billion yuan, 385.63 billion yuan and 275.33 billion yuan"
GR9 = "up 8.6 percent, 1.1 percent and 14.1 percent"
facts += [
    F(A, OB, CN, "rd_expenditure", 3335.71e9, "cny", "came to 3,335.71 billion yuan in 2023", year=2023),
    F(A, OB, CN, "rd_expenditure_growth", 8.4, "percent", "This was 8.4 percent more than in 2022", year=2023),
    # a standing five-year-plan benchmark with no year in the text
    F(A, T, CN, "rd_expenditure_annual_growth", 7, "percent", "grow by more than 7 percent a year on average", "more_than"),
    F(A, OB, CN, "rd_expenditure_world_rank", 2, "rank", "the second largest in the world", year=2023),
    F(A, OB, CN, "rd_intensity", 2.65, "percent", "was 2.65 percent", year=2023),
    # debatable: a change in percentage points
    F(A, OB, CN, "rd_intensity_change", 0.09, "percent", "an increase of 0.09 percentage points", year=2023, required=False),
    F(A, OB, CN, "rd_intensity_world_rank", 12, "rank", "China ranks 12th in the world", year=2023),
    F(A, OB, "OECD", "rd_intensity", 2.73, "percent", "which stands at 2.73 percent"),
    # the February preliminary estimates are reported values too
    F(A, OB, CN, "rd_expenditure", 3327.8e9, "cny", "had put R&D spending at 3,327.8 billion yuan", year=2023),
    F(A, OB, CN, "rd_expenditure_growth", 8.1, "percent", "up 8.1 percent", year=2023),
    F(A, OB, CN, "rd_intensity", 2.64, "percent", "intensity at 2.64 percent", year=2023),
    F(A, OB, CN, "basic_research_expenditure", 225.91e9, "cny", "Basic research: 225.91 billion yuan", year=2023),
    F(A, OB, CN, "basic_research_expenditure_growth", 11.6, "percent", "up 11.6 percent", year=2023),
    F(A, OB, CN, "applied_research_expenditure", 366.15e9, "cny", "Applied research: 366.15 billion yuan", year=2023),
    F(A, OB, CN, "applied_research_expenditure_growth", 5.1, "percent", "up 5.1 percent", year=2023),
    F(A, OB, CN, "experimental_development_expenditure", 2743.65e9, "cny", "Experimental development: 2,743.65 billion yuan", year=2023),
    F(A, OB, CN, "experimental_development_expenditure_growth", 8.5, "percent", "up 8.5 percent", year=2023),
    F(A, OB, CN, "basic_research_share", 6.77, "percent", "reached 6.77 percent", year=2023),
    F(A, OB, CN, "enterprise_rd_expenditure", 2592.22e9, "cny", RESP9, year=2023),
    F(A, OB, CN, "government_institute_rd_expenditure", 385.63e9, "cny", RESP9, year=2023),
    F(A, OB, CN, "university_rd_expenditure", 275.33e9, "cny", RESP9, year=2023),
    F(A, OB, CN, "enterprise_rd_expenditure_growth", 8.6, "percent", GR9, year=2023),
    F(A, OB, CN, "government_institute_rd_expenditure_growth", 1.1, "percent", GR9, year=2023),
    F(A, OB, CN, "university_rd_expenditure_growth", 14.1, "percent", GR9, year=2023),
    F(A, OB, CN, "enterprise_share_of_rd_expenditure", 77.7, "percent", "Enterprises accounted for 77.7 percent of the national total", year=2023),
    # debatable: a change in percentage points
    F(A, OB, CN, "enterprise_share_of_rd_expenditure_change", 0.1, "percent", "0.1 percentage points more than in 2022", year=2023, required=False),
    F(A, OB, "United States", "enterprise_share_of_rd_expenditure", 79.0, "percent", "79.0 percent in the United States"),
    F(A, OB, "Japan", "enterprise_share_of_rd_expenditure", 79.4, "percent", "79.4 percent in Japan"),
    F(A, OB, "Germany", "enterprise_share_of_rd_expenditure", 67.4, "percent", "67.4 percent in Germany"),
    F(A, OB, "France", "enterprise_share_of_rd_expenditure", 65.8, "percent", "65.8 percent in France"),
    F(A, OB, CN, "invention_patents_granted", 921000, "count", "Invention patents granted: 921,000", year=2023),
    F(A, OB, CN, "invention_patents_granted_growth", 15.3, "percent", "an increase of 15.3 percent", year=2023),
    F(A, OB, CN, "national_incubators", 1606, "count", "National-level technology business incubators: 1,606", year=2023),
    F(A, OB, CN, "national_maker_spaces", 2376, "count", "Maker spaces registered at national level: 2,376", year=2023),
    # milestones (1, 2, 3 trillion yuan passed in 2012, 2019, 2022) are thresholds and dates; "14 sheets" is a page count
]
entities += [
    E(A, R, CN, ["China's"]), E(A, R, "OECD", ["OECD member countries"]),
    E(A, R, "United States"), E(A, R, "Japan"), E(A, R, "Germany"), E(A, R, "France"),
    E(A, O, "National Bureau of Statistics"), E(A, O, "Ministry of Science and Technology", required=False),
    E(A, O, "Ministry of Finance", required=False),
]

# ---------------------------------------------------------------- t2_10 (fr, plan summary)
A = DOC("t2_10_wuhan_plan_2027_fr.txt", "fr", "2025-12-08", "Wuhan veut devenir une « ville-centre internationale de la R&D » d'ici 2027")
PL = "Wuhan International R&D Center City Three-Year Action Plan (2025-2027)"
facts += [
    F(A, T, WH, "research_cities_world_rank", 10, "rank", "doit figurer parmi les 10 premières villes mondiales de la recherche scientifique", "at_most", year=2027),
    F(A, OB, WH, "gii_cluster_rank", 13, "rank", "occupait le 13e rang mondial", year=2024),
    F(A, OB, WH, "gii_cluster_national_rank", 5, "rank", "le 5e rang parmi les pôles chinois", year=2024),
    F(A, T, WH, "rd_intensity", 4.2, "percent", "devront atteindre 4,2¤% du PIB", year=2027),
    F(A, T, WH, "rd_platforms", 1500, "count", "devra dépasser 1¤500", "more_than", year=2027),
    F(A, T, WH, "rd_personnel", 300000, "people", "à 300¤000 personnes", year=2027),
    F(A, T, WH, "research_oriented_enterprises", 300, "count", "plus de 300 entreprises orientées vers la recherche", "more_than", year=2027),
    F(A, T, WH, "high_value_patents_per_10k_people", 50, "per_10k_people", "devra être supérieur à 50", "more_than", year=2027),
    F(A, T, WH, "high_end_rd_industry_zones", 3, "count", "entre 3 et 5 zones de concentration", value_high=5, year=2027),
    F(A, T, WH, "outbound_overseas_rd_platforms", 50, "count", "devront chacune dépasser la cinquantaine", "more_than", year=2027),
    F(A, T, WH, "inbound_foreign_rd_platforms", 50, "count", "devront chacune dépasser la cinquantaine", "more_than", year=2027),
    F(A, T, WH, "overseas_patent_applications_per_year", 2500, "count", "franchir le cap de 2¤500 par an", "more_than", year=2027),
    F(A, T, WH, "international_standards_participated", 220, "count", "dépassera 220", "more_than", year=2027),
    F(A, T, WH, "disruptive_technology_achievements_converted", 100, "count", "au moins 100 résultats de technologies de rupture", "at_least", year=2027),
    # "100 milliards de yuans" each is a threshold; the five clusters are the target
    F(A, T, WH, "future_industry_clusters_100bn", 5, "count", "cinq pôles d'industries du futur", year=2027),
    F(A, OB, WH, "high_tech_enterprises", 14500, "count", "la ville recensait 14¦500 entreprises de haute technologie", year=2023),
    F(A, OB, WH, "high_tech_enterprises_net_increase", 2000, "count", "progression nette de plus de 2¦000 unités", "more_than", year=2023),
    F(A, OB, "Hubei", "rd_intensity_increase_national_rank", 1, "rank",
      "la plus forte hausse de l'intensité de R&D parmi toutes les provinces chinoises"),
    # "cinq grandes actions : ..." is a list count; "le 5 décembre", "(2025-2027)" are dates and the plan period
]
entities += [
    E(A, R, WH, ["la capitale du Hubei", "la ville", "le pôle de Wuhan"]), E(A, R, "Hubei", ["le Hubei"]),
    E(A, P, PL, ["plan d'action triennal pour la construction d'une ville-centre internationale de recherche et développement (2025-2027)", "le plan"]),
    E(A, O, "Wuhan Municipal People's Government", ["gouvernement municipal", "La municipalité de Wuhan"], required=False),
]

# ---------------------------------------------------------------- t2_11 (fr, listicle)
A = DOC("t2_11_gii_clusters_liste_fr.txt", "fr", "2024-10-01", "Classement mondial des pôles d'innovation : six choses à retenir sur la Chine")
R11 = "La Chine, les États-Unis et l'Allemagne en comptent respectivement 26, 20 et 8"
P11 = "Shenzhen-Hong Kong-Canton, Pékin et Shanghai-Suzhou occupent respectivement les 2e, 3e et 5e places"
SHG = "Shenzhen-Hong Kong-Guangzhou"
facts += [
    F(A, OB, CN, "gii_top100_clusters", 26, "count", R11, year=2024),
    F(A, OB, "United States", "gii_top100_clusters", 20, "count", R11, year=2024),
    F(A, OB, "Germany", "gii_top100_clusters", 8, "count", R11, year=2024),
    F(A, OB, "India", "gii_top100_clusters", 4, "count", "en alignent 4 chacune", year=2024),
    F(A, OB, "South Korea", "gii_top100_clusters", 4, "count", "en alignent 4 chacune", year=2024),
    F(A, OB, CN, "gii_top100_clusters", 24, "count", "L'an dernier, la Chine n'en comptait que 24", year=2023),
    F(A, OB, "Tokyo-Yokohama", "gii_cluster_rank", 1, "rank", "conserve la tête du classement", year=2024),
    F(A, OB, SHG, "gii_cluster_rank", 2, "rank", P11, year=2024),
    F(A, OB, "Beijing", "gii_cluster_rank", 3, "rank", P11, year=2024),
    F(A, OB, "Shanghai-Suzhou", "gii_cluster_rank", 5, "rank", P11, year=2024),
    F(A, OB, "San Jose-San Francisco", "gii_cluster_rank", 6, "rank", "arrive en sixième position", year=2024),
    # debatable: "premier pôle américain" / "premier pôle du centre du pays" are ranks within a sub-group
    F(A, OB, "San Jose-San Francisco", "gii_cluster_us_rank", 1, "rank", "Le premier pôle américain", year=2024, required=False),
    F(A, OB, WH, "gii_cluster_central_china_rank", 1, "rank", "Wuhan, premier pôle du centre du pays", year=2024, required=False),
    F(A, OB, "Nanjing", "gii_cluster_rank", 9, "rank", "se hisse au 9e rang", year=2024),
    # debatable: a change of rank
    F(A, OB, "Nanjing", "gii_cluster_rank_change", 2, "rank", "Gagnant deux places", year=2024, required=False),
    F(A, OB, "Nanjing", "gii_cluster_national_rank", 4, "rank", "C'est le quatrième pôle chinois parmi les dix premiers", year=2024),
    F(A, OB, WH, "gii_cluster_rank", 13, "rank", "se classe 13e au niveau mondial", year=2024),
    F(A, OB, WH, "gii_cluster_national_rank", 5, "rank", "Il arrive en cinquième position parmi les pôles chinois", year=2024),
    F(A, OB, QD, "gii_cluster_rank", 20, "rank", "Qingdao occupe désormais le 20e rang", year=2024),
    F(A, OB, QD, "gii_cluster_rank", 80, "rank", "à la 80e place", year=2019),
    F(A, OB, HF, "gii_cluster_growth", 22.7, "percent", "avec une hausse de 22,7¤%", year=2024),
    F(A, OB, ZZ, "gii_cluster_growth", 18.9, "percent", "avec 18,9¤%", year=2024),
    # debatable: ranks only implied by the order "les deux pôles qui progressent le plus vite"
    F(A, OB, HF, "gii_cluster_growth_world_rank", 1, "rank", "Les deux pôles qui progressent le plus vite au monde", year=2024, required=False),
    F(A, OB, ZZ, "gii_cluster_growth_world_rank", 2, "rank", "Les deux pôles qui progressent le plus vite au monde", year=2024, required=False),
    F(A, OB, CN, "gii_economy_rank", 11, "rank", "se classe 11e sur 133", year=2024),
    F(A, OB, CN, "gii_economy_rank", 12, "rank", "contre le 12e rang en 2023", year=2023),
    # "six choses" (title), "les quatre déjà cités" are list counts; "3 jours, 1 290 euros" is an advert
]
entities += [
    E(A, R, CN, ["la Chine"]), E(A, R, "United States", ["les États-Unis"]), E(A, R, "Germany", ["l'Allemagne"]),
    E(A, R, "India", ["l'Inde"]), E(A, R, "South Korea", ["la Corée du Sud"]),
    E(A, R, "Tokyo-Yokohama", ["Le pôle Tokyo-Yokohama"]), E(A, R, SHG, ["Shenzhen-Hong Kong-Canton"]),
    E(A, R, "Beijing", ["Pékin"]), E(A, R, "Shanghai-Suzhou"), E(A, R, "San Jose-San Francisco", ["San José-San Francisco"]),
    E(A, R, "Nanjing", ["Nankin", "le pôle de Nankin"]), E(A, R, WH, ["Le pôle de Wuhan"]), E(A, R, QD),
    E(A, R, HF), E(A, R, ZZ), E(A, R, "Seoul", ["Séoul"], required=False), E(A, R, "San Diego", required=False),
    E(A, O, "World Intellectual Property Organization", ["Organisation mondiale de la propriété intellectuelle", "OMPI"]),
    E(A, R, "Anhui", ["l'Anhui"], required=False), E(A, R, "Henan", required=False), E(A, R, "Shandong", required=False),
]

# ---------------------------------------------------------------- t2_12 (en, news story)
A = DOC("t2_12_hefei_hightech_zone_news.txt", "en", "2024-03-15", "Quantum, drones and satellites: inside Hefei's high-tech zone")
HFZ = "Hefei National High-Tech Industry Development Zone"
RC12 = "Wuhu, Tianjin and Hefei climbed 10, 7 and 7 places respectively"
facts += [
    F(A, OB, HFZ, "share_of_city_area", 1.1, "percent", "occupies just 1.1 percent of the city's land", subject_type=P),
    F(A, OB, HFZ, "share_of_city_gdp", 15, "percent", "it produces 15 percent of Hefei's GDP", subject_type=P),
    # debatable: "one of the ten best" only bounds the rank
    F(A, OB, HFZ, "national_high_tech_zone_rank", 10, "rank", "rated one of the ten best national high-tech zones in China", "at_most",
      subject_type=P, required=False),
    F(A, OB, HFZ, "quantum_enterprises", 50, "count", "More than 50 quantum companies work there", "more_than", subject_type=P),
    F(A, OB, HFZ, "quantum_related_enterprises", 30, "count", "along with 30 firms that supply or use their technology", subject_type=P),
    F(A, OB, HFZ, "low_altitude_economy_enterprises", 20, "count", "over 20 companies in the zone", "more_than", subject_type=P),
    F(A, OB, HFZ, "aerospace_enterprises", 120, "count", "nearly 120 aerospace firms", "approx", subject_type=P),
    F(A, OB, HFZ, "new_high_growth_enterprises", 290, "count", "In 2023, 290 new high-growth enterprises emerged", year=2023, subject_type=P),
    F(A, OB, HFZ, "new_unicorn_enterprises", 5, "count", "among them five unicorns", year=2023, subject_type=P),
    F(A, OB, HFZ, "potential_unicorn_enterprises", 50, "count", "50 candidates for unicorn status", year=2023, subject_type=P),
    F(A, OB, HFZ, "talent_program_projects", 280, "count", "more than 280 projects", "more_than", subject_type=P),
    F(A, OB, HFZ, "share_of_talent_projects_high_growth", 80, "percent", "80 percent of which have turned into high-growth businesses", subject_type=P),
    # "above 500 million yuan", "more than 5 percent", "over 1 billion yuan", "over 10 percent" define the categories
    F(A, T, HFZ, "double_ten_enterprises", 5, "count", "By 2025 the zone wants five Double Ten", year=2025, subject_type=P),
    F(A, T, HFZ, "double_five_enterprises", 30, "count", "30 Double Five companies", year=2025, subject_type=P),
    F(A, T, HFZ, "cutting_edge_technologies_developed", 1000, "count", "more than 1,000 cutting-edge or disruptive technologies", "more_than",
      year=2025, subject_type=P),
    F(A, OB, HFZ, "share_of_research_fund_for_joint_projects", 30, "percent", "30 percent of the zone's research fund is reserved", subject_type=P),
    F(A, OB, HF, "urban_sci_tech_innovation_index_rank", 10, "rank", "in tenth place", year=2023),
    F(A, OB, HF, "innovation_resources_national_rank", 3, "rank", "it ranked third in the country", year=2023),
    # debatable: changes of rank
    F(A, OB, "Wuhu", "urban_sci_tech_innovation_index_rank_change", 10, "rank", RC12, required=False),
    F(A, OB, TJ, "urban_sci_tech_innovation_index_rank_change", 7, "rank", RC12, required=False),
    F(A, OB, HF, "urban_sci_tech_innovation_index_rank_change", 7, "rank", RC12, required=False),
    # "nine years in a row", "Over five years", "Ten years ago" are durations; "January 28" a date
]
entities += [
    E(A, R, HF, ["the Anhui capital", "the whole city"]), E(A, R, "Anhui"),
    E(A, P, HFZ, ["Hefei high-tech zone", "the zone"]),
    E(A, P, "Double Five, Double Ten", ["cultivation plan"], required=False),
    E(A, O, "Capital Institute of Science and Technology Development"),
    E(A, R, "Wuhu", required=False), E(A, R, TJ, required=False), E(A, R, "Beijing", required=False), E(A, R, "Shenzhen", required=False),
]

# ---------------------------------------------------------------- t2_13 (fr, news story)
A = DOC("t2_13_hubei_article_fr.txt", "fr", "2024-01-10", "Hubei : la province du centre de la Chine mise sur ses PME technologiques")
HB = "Hubei"
RK13 = "ce qui la plaçait respectivement aux 4e, 6e et 9e rangs du pays"
facts += [
    F(A, OB, HB, "tech_smes", 35303, "count", "35¦303 PME technologiques ont été évaluées", year=2023),
    F(A, OB, HB, "tech_smes_growth", 47.07, "percent", "l'effectif progresse de 47,07¤%", year=2023),
    F(A, OB, HB, "tech_smes_national_rank", 5, "rank", "la 5e place nationale", year=2023),
    F(A, OB, WH, "tech_smes", 12581, "count", "en rassemble à elle seule 12¦581", year=2023),
    # "la barre des 30 000" and "le seuil de 2 000 entreprises" are thresholds
    F(A, OB, HB, "tech_smes_provincial_rd_institutions", 319, "count", "319 instituts de R&D", year=2023),
    F(A, OB, HB, "tech_smes_intellectual_property_items", 280000, "count", "280¦000 titres de propriété intellectuelle", year=2023),
    F(A, OB, HB, "tech_smes_intellectual_property_items_growth", 39.2, "percent", "soit 39,2¤% de plus qu'un an plus tôt", year=2023),
    F(A, OB, HB, "high_tech_enterprises", 7892, "count", "la province comptait 7¦892 entreprises de haute technologie", year=2019),
    F(A, OB, HB, "high_tech_enterprises", 20000, "count", "elles étaient plus de 20¦000 fin 2022", "more_than", year=2022),
    F(A, OB, HB, "high_tech_enterprises_average_annual_growth", 26.2, "percent", "une croissance annuelle moyenne de 26,2¤%"),
    F(A, OB, HB, "high_tech_enterprises_share_of_legal_entities", 1, "percent", "moins de 1¤% des personnes morales", "less_than"),
    F(A, OB, HB, "high_tech_enterprises_share_of_operating_profit", 20, "percent", "près de 20¤% des bénéfices d'exploitation", "approx"),
    F(A, OB, HB, "high_tech_enterprises_share_of_high_tech_value_added", 60, "percent", "plus de 60¤% de la valeur ajoutée", "more_than"),
    F(A, OB, HB, "high_tech_enterprises_revenue", 2.85e12, "cny", "a atteint 2¦850 milliards de yuans en 2022", year=2022),
    F(A, OB, HB, "high_tech_enterprises_revenue_growth", 22.85, "percent", "en hausse de 22,85¤%", year=2022),
    F(A, OB, HB, "high_tech_enterprises_rd_personnel", 392100, "people", "elles employaient 392¦100 personnes dans la recherche", year=2022),
    F(A, OB, HB, "tech_contracts_registered", 76719, "count", "76¦719 contrats technologiques ont été enregistrés", year=2022),
    F(A, OB, HB, "tech_contracts_registered_growth", 40.74, "percent", "(+40,74¤%)", year=2022),
    F(A, OB, HB, "tech_contract_turnover", 301.786e9, "cny", "pour un montant de 301,786 milliards de yuans", year=2022),
    F(A, OB, HB, "tech_contract_turnover_growth", 42.92, "percent", "en hausse de 42,92¤%", year=2022),
    F(A, OB, WH, "share_of_provincial_tech_contract_turnover", 44.98, "percent", "Wuhan y pèse pour 44,98¤%", year=2022),
    F(A, OB, HB, "national_key_laboratories", 29, "count", "29 laboratoires clés d'État", year=2020),
    F(A, OB, HB, "national_incubators", 63, "count", "63 incubateurs technologiques nationaux", year=2020),
    F(A, OB, HB, "national_maker_spaces", 83, "count", "83 espaces de création nationaux", year=2020),
    F(A, OB, HB, "national_key_laboratories_national_rank", 4, "rank", RK13, year=2020),
    F(A, OB, HB, "national_incubators_national_rank", 6, "rank", RK13, year=2020),
    F(A, OB, HB, "national_maker_spaces_national_rank", 9, "rank", RK13, year=2020),
    F(A, OB, HB, "national_high_tech_zones", 12, "count", "12 zones nationales de haute technologie", year=2020),
    F(A, OB, HB, "national_high_tech_zones_national_rank", 4, "rank", "un total qui la classait au 4e rang national", year=2020),
    F(A, OB, HB, "invention_patents_per_10k_people", 4.3, "per_10k_people", "était passé de 4,3"),
    F(A, OB, HB, "invention_patents_per_10k_people", 12.4, "per_10k_people", "à 12,4 au cours de ce plan", year=2020),
    # "13e plan quinquennal" is a plan ordinal; the phone number is furniture
]
entities += [
    E(A, R, HB, ["le Hubei", "la province"]), E(A, R, WH, ["la capitale provinciale"]),
    E(A, R, "Yichang", required=False), E(A, R, "Xiangyang", required=False),
    E(A, O, "Hubei Provincial Department of Science and Technology", ["département provincial des sciences et des technologies"]),
    E(A, O, "Hubei Academy of Social Sciences", ["l'Académie des sciences sociales du Hubei"], required=False),
]

# ---------------------------------------------------------------- t2_14 (en, news story)
A = DOC("t2_14_hunan_news.txt", "en", "2024-05-06", "Hunan research spending tops 120 billion yuan as high-tech sector grows")
HUN = "Hunan"
SC14 = "scored 94.73, 86.9 and 84.74 points respectively"
facts += [
    # the headline "tops 120 billion yuan" repeats the body figure
    F(A, OB, HUN, "rd_expenditure", 120e9, "cny", "passed the 120-billion-yuan mark for the first time last year", "more_than", year=2023),
    F(A, OB, HUN, "rd_expenditure_growth", 9.2, "percent", "Total R&D investment grew 9.2 percent in 2023", year=2023),
    F(A, OB, HUN, "rd_expenditure_national_rank", 9, "rank", "placed Hunan ninth", year=2023),
    F(A, OB, HUN, "rd_expenditure_growth_national_rank", 9, "rank", "placed Hunan ninth", year=2023),
    F(A, OB, HUN, "rd_intensity", 2.57, "percent", "rose to 2.57 percent", year=2023),
    # debatable: change in percentage points
    F(A, OB, HUN, "rd_intensity_change", 0.10, "percent", "an increase of 0.10 percentage points on 2022", year=2023, required=False),
    F(A, OB, HUN, "high_tech_enterprises", 16495, "count", "reached 16,495 by the end of the year", year=2023),
    F(A, OB, HUN, "high_tech_enterprises_national_rank", 11, "rank", "the 11th-largest total in the country", year=2023),
    F(A, OB, HUN, "high_tech_value_added", 1.14e12, "cny", "generated 1.14 trillion yuan of added value", year=2023),
    F(A, OB, HUN, "high_tech_value_added_growth", 8.9, "percent", "up 8.9 percent", year=2023),
    # debatable: gap in percentage points between two growth rates
    F(A, OB, HUN, "high_tech_value_added_growth_gap_vs_gdp", 4.3, "percent", "4.3 percentage points faster", year=2023, required=False),
    F(A, OB, HUN, "high_tech_value_added_share_of_gdp", 22.8, "percent", "equal to 22.8 percent of GDP", year=2023),
    F(A, OB, HUN, "rd_expenditure", 56.853e9, "cny", "Hunan spent 56.853 billion yuan on research", year=2017),
    F(A, OB, HUN, "enterprise_rd_expenditure", 50.309e9, "cny", "enterprises responsible for 50.309 billion yuan of it", year=2017),
    F(A, OB, HUN, "enterprise_share_of_rd_expenditure", 88.5, "percent", "or 88.5 percent of the total", year=2017),
    F(A, OB, HUN, "rd_intensity", 1.64, "percent", "The intensity ratio was then 1.64 percent", year=2017),
    F(A, OB, HUN, "rd_intensity", 1.98, "percent", "By 2019 it had risen to 1.98 percent", year=2019),
    F(A, OB, HUN, "high_tech_enterprises", 6287, "count", "counted 6,287 high-tech enterprises", year=2019),
    F(A, OB, CS, "regional_innovation_capacity_score", 94.73, "index", SC14),
    F(A, OB, "Zhuzhou", "regional_innovation_capacity_score", 86.9, "index", SC14),
    F(A, OB, "Xiangtan", "regional_innovation_capacity_score", 84.74, "index", SC14),
    F(A, OB, "Hengyang", "regional_innovation_capacity_score", 80, "index", "crossed 80 points for the first time", "more_than"),
    F(A, OB, "Hengyang", "regional_innovation_capacity_provincial_rank", 4, "rank", "ranked fourth"),
    F(A, OB, CS, "rd_expenditure", 36.71e9, "cny", "Changsha itself spent 36.71 billion yuan on research in 2022", year=2022),
    F(A, OB, CS, "enterprise_share_of_rd_expenditure", 75, "percent", "more than three-quarters of that sum", "more_than", year=2022),
    # debatable: a target stated as a change in percentage points
    F(A, T, HUN, "rd_intensity_change", 0.1, "percent", "asked for the R&D-to-GDP ratio to rise by 0.1 percentage points", year=2021, required=False),
    F(A, T, HUN, "high_tech_value_added_growth", 12, "percent", "to grow by 12 percent", year=2021),
    # "13th Five-Year Plan" is a plan ordinal
]
entities += [
    E(A, R, HUN, ["Hunan province", "the province"]), E(A, R, CS, ["the provincial capital"]),
    E(A, R, "Zhuzhou"), E(A, R, "Xiangtan"), E(A, R, "Hengyang"),
    E(A, R, "Changsha-Zhuzhou-Xiangtan", ["The Changsha-Zhuzhou-Xiangtan engine"], required=False),
    E(A, O, "Hunan Institute of Scientific and Technical Information"),
    E(A, P, "Xiangjiang Science City", required=False), E(A, O, "Yuelu Mountain Laboratory", required=False),
]

# ---------------------------------------------------------------- t2_15 (en, interview)
A = DOC("t2_15_hebei_interview.txt", "en", "2025-11-10", "Q&A | \"Hebei is no longer just Beijing's backyard\"")
HEB = "Hebei"
ZG = ZGC  # same canonical name as in t2_02/t2_18
JJJ = "Beijing-Tianjin-Hebei"
facts += [
    F(A, OB, HEB, "rd_expenditure", 96.78e9, "cny", "Hebei's R&D expenditure reached 96.78 billion yuan in 2024", year=2024),
    F(A, OB, HEB, "rd_expenditure_national_rank", 13, "rank", "That puts the province 13th in the national ranking", year=2024),
    F(A, OB, HEB, "rd_expenditure_growth_vs_2020", 52.5, "percent", "it is 52.5 percent more than at the end of the previous five-year plan", year=2024),
    F(A, OB, HEB, "tech_contract_turnover", 197.14e9, "cny", "hit 197.14 billion yuan"),
    F(A, OB, HEB, "tech_contract_turnover_ratio_vs_2020", 3.53, "ratio", "which is 3.53 times the level of 2020"),
    F(A, OB, HEB, "high_tech_enterprises", 15000, "count", "more than 15,000 national high-tech enterprises", "more_than"),
    F(A, OB, HEB, "tech_smes", 127000, "count", "over 127,000 technology-based SMEs", "more_than"),
    F(A, OB, HEB, "unicorn_enterprises", 5, "count", "This year five Hebei firms also made it onto global unicorn lists", year=2025),
    F(A, OB, HEB, "tech_contracts_absorbed_from_beijing", 75.53e9, "cny", "Hebei absorbed technology contracts worth 75.53 billion yuan from Beijing", year=2024),
    F(A, OB, HEB, "tech_contracts_absorbed_from_beijing_national_rank", 1, "rank", "the largest amount of any province", year=2024),
    F(A, OB, "Beijing", "tech_contracts_to_tianjin_hebei", 84.37e9, "cny", "were worth 84.37 billion yuan last year", year=2024),
    F(A, OB, "Beijing", "tech_contracts_to_tianjin_hebei_growth", 12.7, "percent", "up 12.7 percent", year=2024),
    F(A, OB, "Beijing", "tech_contracts_to_tianjin_hebei_cumulative", 370e9, "cny", "the cumulative total has passed 370 billion yuan", "more_than"),
    F(A, OB, ZG, "branches_in_tianjin_hebei", 3500, "count", "had more than 3,500 branches in Tianjin and Hebei in 2013", "more_than",
      year=2013, subject_type=P),
    F(A, OB, ZG, "branches_in_tianjin_hebei", 10000, "count", "by 2024 they had over 10,000", "more_than", year=2024, subject_type=P),
    F(A, OB, "Xiong'an Zhongguancun Science Park", "companies_attracted", 200, "count", "already hosts more than 200 enterprises", "more_than", subject_type=P),
    F(A, OB, JJJ, "rd_intensity", 3.22, "percent", "went from 3.22 percent in 2013", year=2013),
    F(A, OB, JJJ, "rd_intensity", 4.27, "percent", "to 4.27 percent in 2023", year=2023),
    # debatable: gap in percentage points
    F(A, OB, JJJ, "rd_intensity_gap_vs_national", 1.62, "percent", "1.62 percentage points above the national average", year=2023, required=False),
    # "Three things" is a list count; "42-minute", "1,980 yuan" are furniture; "14th Five-Year Plan" an ordinal
]
entities += [
    E(A, R, HEB, ["the province", "Hebei on its own"]), E(A, R, "Beijing"), E(A, R, TJ),
    E(A, R, JJJ, ["Beijing, Tianjin and Hebei combined", "Beijing-Tianjin-Hebei region"]),
    E(A, P, ZG, ["Zhongguancun", "Zhongguancun firms"]), E(A, P, "Xiong'an Zhongguancun Science Park", ["the local Zhongguancun Science Park"]),
    E(A, R, "Xiong'an New Area", ["Xiong'an"], required=False), E(A, R, "Shijiazhuang", required=False),
    E(A, R, "Serbia", required=False), E(A, R, "Brazil", required=False),
]

# ---------------------------------------------------------------- t2_16 (fr, web page with furniture)
A = DOC("t2_16_wuhan_wedz_web_fr.txt", "fr", "2022-12-09",
        "Zone de développement économique et technologique de Wuhan : l'automobile mise sur la R&D")
WZ = "Wuhan Economic and Technological Development Zone"
facts += [
    F(A, OB, WZ, "high_tech_enterprises", 500, "count", "plus de 500 entreprises de haute technologie", "more_than", subject_type=P),
    F(A, OB, WZ, "gazelle_enterprises", 82, "count", "82 entreprises « gazelles »", subject_type=P),
    F(A, OB, WZ, "little_giant_enterprises", 236, "count", "236 « petits géants »", subject_type=P),
    F(A, OB, WZ, "national_little_giant_enterprises", 26, "count", "26 sont reconnus au niveau national", subject_type=P),
    F(A, OB, WZ, "high_tech_enterprises", 242, "count", "est passé de 242 à 556", subject_type=P),
    F(A, OB, WZ, "high_tech_enterprises", 556, "count", "est passé de 242 à 556", subject_type=P),
    F(A, OB, WZ, "new_provincial_rd_institutions", 10, "count", "Dix nouveaux instituts de R&D de niveau provincial ou supérieur", year=2022, subject_type=P),
    F(A, OB, WZ, "provincial_rd_institutions", 81, "count", "Leur nombre total atteint ainsi 81", year=2022, subject_type=P),
    F(A, T, WZ, "provincial_rd_institutions", 100, "count", "plus de 100 d'ici la fin de 2025", "more_than", year=2025, subject_type=P),
    F(A, T, WZ, "high_tech_value_added_share_of_gdp", 28, "percent", "devrait représenter 28¤% du PIB de la zone en 2025", year=2025, subject_type=P),
    F(A, T, WZ, "high_tech_enterprises", 3000, "count", "la zone vise 3¦000 entreprises de haute technologie", year=2025, subject_type=P),
    F(A, T, WZ, "tech_smes", 4000, "count", "4¦000 PME technologiques", year=2025, subject_type=P),
    F(A, T, WZ, "new_type_rd_institutions", 15, "count", "devront être au nombre de 15", year=2025, subject_type=P),
    F(A, T, WZ, "graduates_retained", 100000, "people", "quelque 100¦000 diplômés de l'université", "approx", year=2025, subject_type=P),
    # plan-period budget: no single target year in the text
    F(A, T, WZ, "sci_tech_support_spending", 1e9, "cny", "plus d'un milliard de yuans doit être consacré", "more_than", subject_type=P),
    # furniture: "24 h", "8 étapes", "5 zones", "20 heures pour 350 euros", phone number; "14e plan" is an ordinal
]
entities += [
    E(A, P, WZ, ["zone de développement économique et technologique de Wuhan", "WEDZ", "la zone"]),
    E(A, R, WH, ["la capitale du Hubei"]), E(A, R, HB, required=False),
    E(A, O, "Future Technology Innovation Institute", ["l'institut d'innovation pour les technologies futures"], required=False),
]


# ---------------------------------------------------------------- t2_17 (fr, statistical fact sheet)
A = DOC("t2_17_anhui_tableau_fr.txt", "fr", None,
        "Fiche statistique n° 12 - Province de l'Anhui : innovation, industrie et marchés financiers")
AH = "Anhui"
facts += [
    F(A, OB, AH, "gdp", 1.9e12, "cny", "est passée de 1¦900 milliards de yuans il y a dix ans"),
    F(A, OB, AH, "gdp", 4.7e12, "cny", "à 4¦700 milliards de yuans en 2023", year=2023),
    F(A, OB, AH, "industrial_enterprises_revenue", 5.1e12, "cny", "5¦100 milliards de yuans, contre"),
    F(A, OB, AH, "industrial_enterprises_revenue", 3.3e12, "cny", "contre 3¦300 milliards dix ans plus tôt"),
    F(A, OB, AH, "regional_innovation_capability_rank", 10, "rank", "Édition 2019 : 10e rang national", year=2019),
    F(A, OB, AH, "regional_innovation_capability_rank", 8, "rank", "Édition 2021 : 8e rang", year=2021),
    F(A, OB, AH, "regional_innovation_capability_rank", 7, "rank", "Édition 2022 : 7e rang", year=2022),
    F(A, OB, AH, "knowledge_creation_rank", 7, "rank", "7e pour la création de connaissances", year=2022),
    F(A, OB, AH, "knowledge_acquisition_rank", 18, "rank", "18e pour l'acquisition de connaissances", year=2022),
    F(A, OB, AH, "enterprise_innovation_rank", 5, "rank", "5e pour l'innovation des entreprises", year=2022),
    F(A, OB, AH, "innovation_performance_rank", 7, "rank", "7e pour la performance de l'innovation", year=2022),
    # "base 100 = moyenne provinciale de 2019" defines the index
    F(A, OB, AH, "sci_tech_innovation_index", 122.1, "index", "122,1 en 2020", year=2020),
    F(A, OB, AH, "sci_tech_innovation_index", 148.5, "index", "148,5 en 2021", year=2021),
    F(A, OB, HF, "sci_tech_innovation_index", 379.3, "index", "avec un indice de 379,3"),
    F(A, OB, AH, "high_tech_enterprises", 6636, "count", "2019 : 6¦636 entreprises", year=2019),
    F(A, OB, AH, "high_tech_enterprises_increase", 1233, "count", "soit 1¦233 de plus qu'en 2018", year=2019),
    # the revenue levels are thresholds; the counts of firms above them are facts
    F(A, OB, AH, "high_tech_enterprises_revenue_over_1bn", 196, "count", "196 d'entre elles dépassent le milliard", year=2019),
    F(A, OB, AH, "high_tech_enterprises_revenue_over_10bn", 17, "count", "17 les 10 milliards", year=2019),
    F(A, OB, AH, "high_tech_enterprises", 11000, "count", "2021 : plus de 11¦000 entreprises", "more_than", year=2021),
    F(A, OB, AH, "high_tech_enterprises_growth", 28.5, "percent", "en hausse de 28,5¤% sur un an", year=2021),
    F(A, OB, AH, "vehicle_production", 2.491e6, "count", "2,491 millions de véhicules", year=2023),
    F(A, OB, AH, "vehicle_production_growth", 48.1, "percent", "(+48,1¤%)", year=2023),
    F(A, OB, AH, "share_of_national_vehicle_production", 8.3, "percent", "soit 8,3¤% du total national", year=2023),
    F(A, OB, AH, "vehicle_production_national_rank", 7, "rank", "la province passe du 7e au 2e rang national", year=2022),
    F(A, OB, AH, "vehicle_production_national_rank", 2, "rank", "la province passe du 7e au 2e rang national", year=2023),
    F(A, OB, AH, "nev_production", 868000, "count", "868¦000 unités", year=2023),
    F(A, OB, AH, "nev_production_growth", 60.5, "percent", "(+60,5¤%)", year=2023),
    F(A, OB, AH, "share_of_national_nev_production", 9.1, "percent", "9,1¤% de la production nationale", year=2023),
    F(A, OB, AH, "nev_production_national_rank", 4, "rank", "4e rang national", year=2023),
    F(A, OB, AH, "vehicle_exports", 1.147e6, "count", "1,147 million de véhicules", year=2023),
    F(A, OB, AH, "vehicle_exports_growth", 80.1, "percent", "(+80,1¤%)", year=2023),
    F(A, OB, AH, "share_of_national_vehicle_exports", 23.4, "percent", "soit 23,4¤% des exportations automobiles du pays", year=2023),
    F(A, OB, AH, "automotive_chain_enterprises", 4108, "count", "4¦108 entreprises", year=2023),
    F(A, OB, AH, "automotive_chain_revenue", 1.15e12, "cny", "un chiffre d'affaires cumulé de 1¦150 milliards de yuans", year=2023),
    F(A, OB, AH, "automotive_chain_revenue_growth", 28.5, "percent", "(+28,5¤%)", year=2023),
    F(A, OB, AH, "listed_companies", 175, "count", "Sociétés cotées en actions A (octobre 2023) : 175", year=2023),
    F(A, OB, AH, "listed_companies_central_china_rank", 1, "rank", "premier rang du centre de la Chine", year=2023),
    F(A, OB, AH, "listed_companies_national_rank", 7, "rank", "7e rang national, dont 24 au STAR Market", year=2023),
    F(A, OB, AH, "star_market_listed_companies", 24, "count", "dont 24 au STAR Market", year=2023),
    F(A, OB, AH, "new_listed_companies", 13, "count", "Nouvelles introductions en Bourse de janvier à octobre 2023 : 13", year=2023),
    F(A, OB, AH, "listed_companies_market_value", 1.8e12, "cny", "près de 1¦800 milliards de yuans", "approx", year=2022),
    # "Sur les dix industries émergentes prioritaires" gives the scope of the count
    F(A, OB, AH, "emerging_industries_output_over_100bn", 7, "count", "sept affichent une production supérieure à 100 milliards de yuans"),
    # "n° 12", "n° 13" are ordinals of the fact sheets
]
entities += [
    E(A, R, AH, ["province de l'Anhui", "L'Anhui", "la province"]), E(A, R, HF),
    E(A, R, "Jiangxi", required=False),
    E(A, P, "STAR Market", required=False),
]

# ---------------------------------------------------------------- t2_18 (en, plan summary)
A = DOC("t2_18_beijing_plan.txt", "en", "2023-05-22", "Explainer: what Beijing's new innovation-centre plan promises by 2025")
BJ = "Beijing"
facts += [
    F(A, T, BJ, "rd_intensity", 6, "percent", "keep research and development expenditure at about 6 percent of its regional GDP", "approx", year=2025),
    F(A, T, BJ, "basic_research_share", 17, "percent", "its share of R&D spending should reach about 17 percent", "approx", year=2025),
    # debatable: a change in percentage points
    F(A, T, BJ, "basic_research_share_change", 1, "percent", "roughly one percentage point more than in 2022", "approx", year=2025, required=False),
    F(A, T, BJ, "high_tech_value_added", 1.2e12, "cny", "annual added value is to exceed 1.2 trillion yuan", "more_than", year=2025),
    F(A, T, BJ, "rd_personnel_per_10k_employed", 260, "per_10k_people", "around 260 for every 10,000 people in employment", "approx", year=2025),
    F(A, OB, BJ, "rd_expenditure", 262.93e9, "cny", "In 2021 the city's R&D spending reached 262.93 billion yuan", year=2021),
    F(A, OB, BJ, "rd_intensity", 6, "percent", "already more than 6 percent of GDP", "more_than", year=2021),
    F(A, OB, BJ, "rd_intensity_national_rank", 1, "rank", "the highest ratio in the country", year=2021),
    F(A, OB, ZGC, "rd_expenditure", 267.58e9, "cny", "spent 267.58 billion yuan on R&D", year=2020, subject_type=P),
    F(A, OB, ZGC, "rd_expenditure_ratio_vs_2015", 2.45, "ratio", "2.45 times as much as in the same period of 2015", year=2020, subject_type=P),
    F(A, OB, ZGC, "rd_expenditure_share_of_income", 4.4, "percent", "equal to 4.4 percent of the zone's total income", year=2020, subject_type=P),
    F(A, OB, ZGC, "patent_applications", 97000, "count", "Companies filed 97,000 patent applications", year=2020, subject_type=P),
    F(A, OB, ZGC, "patents_granted", 63000, "count", "were granted 63,000 patents", year=2020, subject_type=P),
    F(A, OB, ZGC, "valid_invention_patents", 140000, "count", "they held more than 140,000 valid invention patents", "more_than", year=2020, subject_type=P),
    F(A, OB, ZGC, "valid_invention_patents_ratio_vs_2015", 3, "ratio", "about three times the level of five years earlier", "approx", year=2020, subject_type=P),
    F(A, OB, ZGC, "high_tech_industry_output", 7.2e12, "cny", "reached 7.2 trillion yuan in 2020", year=2020, subject_type=P),
    F(A, OB, ZGC, "high_tech_industry_output_ratio_vs_2015", 1.78, "ratio", "1.78 times the figure at the end of 2015", year=2020, subject_type=P),
    F(A, OB, ZGC, "technology_revenue", 1.5e12, "cny", "technology revenue stood at 1.5 trillion yuan", year=2020, subject_type=P),
    # "By 2025" / "for 2035" alone are years; no budget figure is given
]
entities += [
    E(A, R, BJ, ["the capital", "the city"]),
    E(A, P, ZGC, ["The Zhongguancun zone", "Zhongguancun", "the zone"]),
    E(A, P, "Beijing International Science and Technology Innovation Center", ["international centre for science and technology innovation", "Beijing's international innovation centre"]),
    E(A, O, "Ministry of Science and Technology"),
]

# ---------------------------------------------------------------- t2_19 (fr, interview)
A = DOC("t2_19_zhengzhou_entretien_fr.txt", "fr", "2026-01-20", "« Zhengzhou n'est plus seulement un carrefour ferroviaire »")
CPS = "Central Plains Science and Technology City"
facts += [
    F(A, OB, ZZ, "tech_contract_turnover", 81.42e9, "cny", "atteignait 81,42 milliards de yuans", year=2025),
    F(A, OB, ZZ, "tech_contract_turnover_growth", 27.85, "percent", "une progression de 27,85¤% sur un an", year=2025),
    F(A, OB, ZZ, "rd_expenditure", 41.44e9, "cny", "sont estimées à 41,44 milliards de yuans", year=2024),
    F(A, OB, ZZ, "rd_expenditure_growth", 12, "percent", "en hausse de 12¤%", year=2024),
    F(A, OB, ZZ, "rd_intensity", 2.85, "percent", "s'établit ainsi à 2,85¤% du PIB", year=2024),
    # debatable: change in percentage points
    F(A, OB, ZZ, "rd_intensity_change", 0.13, "percent", "soit 0,13 point de mieux", year=2024, required=False),
    F(A, OB, ZZ, "rd_expenditure", 34.47e9, "cny", "la ville dépensait 34,47 milliards de yuans", year=2022),
    # "348 villes scientifiques" is the scope of the ranking
    F(A, OB, CPS, "sci_tech_city_national_rank", 31, "rank", "elle est passée du 31e au 15e rang", subject_type=P),
    F(A, OB, CPS, "sci_tech_city_national_rank", 15, "rank", "elle est passée du 31e au 15e rang", subject_type=P),
    F(A, OB, ZZ, "new_rd_platforms", 803, "count", "803 plateformes de R&D de niveau municipal ou supérieur"),
    F(A, OB, ZZ, "university_research_institutes", 16, "count", "Les 16 instituts créés avec des universités de premier rang"),
    F(A, OB, ZZ, "university_research_institutes_personnel", 1861, "people", "emploient au total 1¦861 personnes"),
    # debatable: the subject is an unnamed research team
    F(A, OB, ZZ, "research_team_members", 200, "people", "L'une des équipes phares compte plus de 200 membres", "more_than", required=False),
    F(A, OB, ZZ, "research_team_recognised_talents", 50, "people", "dont près de 50 talents", "approx", required=False),
    F(A, OB, ZZ, "gii_cluster_growth_world_rank", 2, "rank", "la deuxième croissance la plus rapide du monde", year=2024),
    F(A, OB, ZZ, "gii_cluster_growth", 18.9, "percent", "avec une hausse de 18,9¤%", year=2024),
    F(A, OB, ZZ, "share_of_provincial_high_tech_enterprises", 48, "percent", "la ville concentrait 48¤% des entreprises de haute technologie", year=2022),
    F(A, OB, ZZ, "high_tech_enterprises", 5200, "count", "avec plus de 5¦200 sociétés", "more_than", year=2022),
    # "une dizaine d'années", "En cinq ans" are durations
]
entities += [
    E(A, R, ZZ, ["capitale du Henan", "la ville", "le pôle de Zhengzhou"]), E(A, R, "Henan", ["la province"]),
    E(A, P, CPS, ["Cité des sciences et technologies des Plaines centrales"]),
    E(A, O, "Harbin Institute of Technology", ["l'Institut de technologie de Harbin"], required=False),
    E(A, O, "Peking University", ["l'université de Pékin"], required=False),
    E(A, R, HF, required=False),
]

# ---------------------------------------------------------------- t2_20 (en, video transcript)
A = DOC("t2_20_qingdao_video.txt", "en", None, "Qingdao: from beer and beaches to a marine science city")
CY = "Chengyang"
facts += [
    F(A, OB, QD, "high_tech_enterprises", 538, "count", "In 2012, Qingdao had 538 high-tech enterprises", year=2012),
    F(A, OB, QD, "high_tech_enterprises", 5554, "count", "that number had reached 5,554", year=2021),
    F(A, OB, QD, "high_tech_enterprises_growth_multiple", 9.3, "ratio", "an increase of 9.3 times", year=2021),
    F(A, OB, QD, "tech_contract_turnover", 2.54e9, "cny", "went from 2.54 billion yuan"),
    F(A, OB, QD, "tech_contract_turnover", 32.01e9, "cny", "to 32.01 billion yuan over the same period"),
    F(A, OB, QD, "tech_contract_turnover_growth_multiple", 11.6, "ratio", "an 11.6-fold increase"),
    F(A, OB, QD, "high_tech_share_of_industrial_output", 60.5, "percent", "high-tech industries now produce 60.5 percent"),
    F(A, OB, QD, "high_tech_share_of_industrial_output", 39.7, "percent", "up from 39.7 percent"),
    # debatable: change in percentage points
    F(A, OB, QD, "high_tech_share_of_industrial_output_change", 20.8, "percent", "a gain of 20.8 percentage points", required=False),
    F(A, OB, QD, "rd_expenditure", 16.43e9, "cny", "from 16.43 billion yuan at the start of the decade"),
    F(A, OB, QD, "rd_expenditure", 30.09e9, "cny", "to 30.09 billion yuan in 2020", year=2020),
    F(A, OB, CY, "share_of_national_emu_fleet", 65, "percent", "turn out 65 percent of the electric multiple units running in China"),
    F(A, OB, CY, "share_of_national_urban_rail_cars", 25, "percent", "a quarter of the country's urban rail cars"),
    F(A, T, QD, "rd_expenditure_annual_growth", 10, "percent", "grow by more than 10 percent every year on average", "more_than", year=2026),
    F(A, T, QD, "rd_intensity", 3.2, "percent", "rise above 3.2 percent", "more_than", year=2026),
    F(A, T, QD, "high_tech_enterprises", 10000, "count", "more than 10,000 national high-tech enterprises", "more_than", year=2026),
    F(A, T, QD, "high_tech_share_of_industrial_output", 65, "percent", "a 65 percent share of high-tech output", year=2026),
    F(A, T, QD, "talent_pool", 3e6, "people", "a talent pool of more than 3 million people", "more_than", year=2026),
    # "Runtime 5:48", "part 3 of our 6-part series", "(4:12)", "689 euros", "Ten years ago" are furniture or durations
]
entities += [
    E(A, R, QD, ["this port city", "The city"]), E(A, R, CY, ["the northern district of Chengyang"]),
    E(A, R, "Shandong", required=False), E(A, R, "Jiaozhou Bay", required=False),
]

# ---------------------------------------------------------------- t2_21 (fr, web page with furniture)
A = DOC("t2_21_jinan_web_fr.txt", "fr", "2024-11-14", "Jinan, la capitale du Shandong, accélère ses grands projets")
JIZ = "Jinan Innovation Zone"
facts += [
    F(A, T, JN, "major_projects_planned", 2000, "count", "avait programmé 2¦000 grands projets", year=2024),
    F(A, T, JN, "major_projects_total_investment", 2.66e12, "cny", "un investissement total de 2¦660 milliards de yuans", year=2024),
    F(A, OB, JN, "major_projects_completion_rate", 90.5, "percent", "90,5¤% du programme annuel était déjà réalisé", year=2024),
    F(A, OB, "AIKO", "project_investment", 36e9, "cny", "un investissement de 36 milliards de yuans", subject_type=O),
    F(A, OB, JN, "share_of_national_hyaluronic_acid_raw_materials", 70, "percent", "la ville produit 70¤% des matières premières d'acide hyaluronique"),
    F(A, OB, JN, "hyaluronic_acid_production_national_rank", 1, "rank", "la première base de production du pays"),
    F(A, OB, JN, "high_tech_enterprises", 5700, "count", "Jinan comptait plus de 5¦700 entreprises de haute technologie", "more_than", year=2022),
    F(A, OB, JN, "high_tech_enterprises_growth", 30, "percent", "en hausse de plus de 30¤% sur un an", "more_than", year=2022),
    F(A, OB, JN, "high_tech_enterprises_growth_provincial_rank", 1, "rank", "la croissance la plus rapide de la province", year=2022),
    F(A, OB, JN, "high_tech_enterprises", 4000, "count", "la barre des 4¦000 venait seulement d'être franchie", "more_than", year=2021),
    F(A, OB, JN, "share_of_provincial_key_laboratories", 33.33, "percent", "un tiers des laboratoires clés nationaux et provinciaux du Shandong"),
    F(A, OB, JN, "digital_economy_share_of_gdp", 47, "percent", "son économie numérique pesait 47¤% de son PIB en 2022", year=2022),
    F(A, OB, JN, "industrial_enterprises_revenue", 833.6e9, "cny", "un chiffre d'affaires de 833,6 milliards de yuans", year=2021),
    F(A, OB, JN, "industrial_enterprises_revenue_growth", 10, "percent", "en progression de 10¤%", year=2021),
    F(A, OB, JIZ, "high_tech_zone_innovation_rank", 12, "rank", "figurait au 12e rang des 100 premières zones", year=2021, subject_type=P),
    F(A, OB, JIZ, "gdp", 110.68e9, "cny", "son PIB avait atteint 110,68 milliards de yuans", year=2021, subject_type=P),
    F(A, OB, JIZ, "gdp_growth", 12.9, "percent", "(+12,9¤%)", year=2021, subject_type=P),
    F(A, OB, JIZ, "share_of_city_foreign_trade", 50, "percent", "plus de la moitié du commerce extérieur de la ville", "more_than", year=2021, subject_type=P),
    F(A, OB, JN, "young_professionals_attracted", 160000, "people", "160¦000 jeunes professionnels ont choisi de s'y installer en 2023", year=2023),
    # "la barre des 100 milliards" is a threshold; adverts, "7 règles", "1 h 30" and the phone number are furniture
]
entities += [
    E(A, R, JN, ["La capitale provinciale", "la ville"]), E(A, R, "Shandong", ["le Shandong"]),
    E(A, P, JIZ, ["zone d'innovation de Jinan"]), E(A, O, "AIKO", ["groupe shanghaïen AIKO"]),
]

# ---------------------------------------------------------------- t2_22 (en, newsletter)
A = DOC("t2_22_tianjin_jjj_newsletter.txt", "en", "2025-12-22", "THE BOHAI BRIEF, issue 118")
BZP = "Binhai-Zhongguancun Science and Technology Park"
facts += [
    F(A, OB, JJJ, "coordinated_development_index", 154.1, "index", "The index came in at 154.1", year=2024),
    # debatable: a change in index points
    F(A, OB, JJJ, "coordinated_development_index_change", 4.9, "index", "up 4.9 points on 2023", year=2024, required=False),
    F(A, OB, JJJ, "rd_intensity", 4.22, "percent", "spent 4.22 percent of their GDP on research in 2024", year=2024),
    F(A, OB, JJJ, "tech_contract_turnover", 1.3e12, "cny", "reached 1.3 trillion yuan", year=2024),
    F(A, OB, JJJ, "share_of_national_tech_contract_turnover", 20, "percent", "close to a fifth of the national total", "approx", year=2024),
    F(A, OB, BJ, "rd_intensity", 6.58, "percent", "with an intensity of 6.58 percent", year=2024),
    F(A, OB, BJ, "rd_intensity_national_rank", 1, "rank", "Beijing remained the country's most research-intensive provincial-level region", year=2024),
    F(A, OB, TJ, "comprehensive_innovation_index", 80.88, "percent", "comprehensive innovation index reached 80.88 percent", year=2021),
    # debatable: change in percentage points
    F(A, OB, TJ, "comprehensive_innovation_index_change", 1.09, "percent", "1.09 percentage points higher than a year earlier", year=2021, required=False),
    F(A, OB, TJ, "comprehensive_innovation_index_national_rank", 4, "rank", "ranking fourth in China", year=2021),
    F(A, OB, TJ, "innovation_environment_index", 92.91, "percent", "at 92.91 percent", year=2021),
    F(A, OB, TJ, "innovation_environment_index_national_rank", 1, "rank", "has led the country for five years in a row", year=2021),
    F(A, OB, TJ, "innovation_output_index", 94.33, "percent", "rising to 94.33 percent", year=2021),
    F(A, OB, TJ, "high_tech_industrialisation_index", 76.58, "percent", "at 76.58 percent", year=2021),
    F(A, OB, TJ, "high_tech_industrialisation_index_national_rank", 5, "rank", "put the city fifth", year=2021),
    F(A, OB, BJ, "tech_contracts_registered", 106600, "count", "Beijing registered 106,600 technology contracts in 2023", year=2023),
    F(A, OB, BJ, "tech_contract_turnover", 853.69e9, "cny", "worth 853.69 billion yuan", year=2023),
    F(A, OB, BJ, "tech_contract_turnover_growth", 7.4, "percent", "an increase of 7.4 percent", year=2023),
    F(A, OB, BJ, "tech_contracts_to_tianjin_hebei", 74.87e9, "cny", "contracts going to Tianjin and Hebei were worth 74.87 billion yuan", year=2023),
    # "82 leading natural-science journals" is the scope of the count
    F(A, OB, BJ, "top_journal_articles", 9180, "count", "published 9,180 articles", year=2023),
    F(A, OB, "Shanghai", "top_journal_articles", 4817, "count", "the 4,817 of second-placed Shanghai", year=2023),
    F(A, OB, "Shanghai", "top_journal_articles_national_rank", 2, "rank", "second-placed Shanghai", year=2023),
    # debatable: ratio only implied by "almost double"
    F(A, OB, BJ, "top_journal_articles_ratio_vs_shanghai", 2, "ratio", "almost double", "approx", year=2023, required=False),
    F(A, OB, BJ, "rd_intensity", 5.98, "percent", "from 5.98 percent in 2013", year=2013),
    F(A, OB, BJ, "rd_intensity", 6.73, "percent", "to 6.73 percent in 2023", year=2023),
    F(A, OB, BZP, "planned_area", 10.3, "km2", "a 10.3-square-kilometre site", subject_type=P),
    F(A, OB, BZP, "registered_companies", 5800, "count", "now counts more than 5,800 registered companies", "more_than", subject_type=P),
    F(A, OB, BZP, "companies_attracted", 45, "count", "At the start, 45 firms from Beijing's Zhongguancun moved in", subject_type=P),
    # "Issue 118", "December 24 to January 4", "opened in 2016", "five years in a row" are furniture, dates and durations
]
entities += [
    E(A, R, JJJ, ["Beijing-Tianjin-Hebei region", "the three areas", "the region"]),
    E(A, R, BJ, ["the capital", "The capital's"]), E(A, R, TJ, ["the city"]), E(A, R, "Hebei", required=False),
    E(A, R, "Shanghai", ["second-placed Shanghai"]), E(A, R, "Guangdong", required=False),
    E(A, P, BZP, ["park"]), E(A, P, ZG, ["Beijing's Zhongguancun"], required=False),
    E(A, O, "National Bureau of Statistics"), E(A, O, "Peking University", required=False),
]

# ---------------------------------------------------------------- t2_23 (en, listicle)
A = DOC("t2_23_henan_listicle.txt", "en", "2023-10-05", "Henan's innovation push in seven numbers")
# the seven numbered headings ("1. 101.88 billion yuan", "4. 172", "7. 100 + 100", ...) repeat body figures: body only
R23 = "Zhengzhou and Luoyang spent 34.47 billion yuan and 16.81 billion yuan respectively"
facts += [
    F(A, OB, HN, "rd_expenditure", 101.88e9, "cny", "Henan invested 101.88 billion yuan in research and development in 2021", year=2021),
    F(A, OB, HN, "rd_expenditure", 31.08e9, "cny", "against 31.08 billion yuan in 2012", year=2012),
    F(A, OB, HN, "rd_expenditure_growth_multiple", 2.3, "ratio", "spending rose 2.3 times in under a decade", year=2021),
    F(A, OB, HN, "rd_expenditure_annual_increase", 10e9, "cny", "it grew by more than 10 billion yuan", "more_than"),
    F(A, OB, HN, "sci_tech_fiscal_expenditure", 6.96e9, "cny", "climbed from 6.96 billion yuan to 35.12 billion yuan"),
    F(A, OB, HN, "sci_tech_fiscal_expenditure", 35.12e9, "cny", "climbed from 6.96 billion yuan to 35.12 billion yuan"),
    F(A, OB, HN, "sci_tech_share_of_public_budget", 3.37, "percent", "It now absorbs 3.37 percent of the general public budget"),
    F(A, OB, HN, "tech_contract_turnover", 4.02e9, "cny", "was just 4.02 billion yuan a decade ago"),
    F(A, OB, HN, "tech_contract_turnover", 62.078e9, "cny", "It reached 62.078 billion yuan in 2021", year=2021),
    F(A, OB, HN, "tech_contract_turnover_average_annual_growth", 61.3, "percent", "growing by an average of 61.3 percent a year"),
    F(A, OB, HN, "national_innovation_platforms", 172, "count", "the province had built 172 national-level innovation platforms", year=2020),
    F(A, OB, HN, "new_type_rd_institutions", 102, "count", "102 new-type R&D institutions", year=2020),
    F(A, OB, HN, "tech_smes", 10000, "count", "The stock of technology-based SMEs had passed 10,000", "more_than", year=2020),
    F(A, OB, HN, "tech_smes_central_china_rank", 1, "rank", "the largest of any province in central China", year=2020),
    F(A, OB, HN, "high_tech_enterprises_growth_multiple", 4, "ratio", "had more than quadrupled in five years", "more_than", year=2020),
    F(A, OB, HN, "little_giant_enterprises", 370, "count", "By March 2023 the province had recognised 370", year=2023),
    F(A, OB, HN, "provincial_specialized_smes", 2211, "count", "2,211 provincial-level specialized SMEs", year=2023),
    F(A, OB, HN, "innovative_smes", 10040, "count", "10,040 innovative SMEs", year=2023),
    F(A, OB, HN, "new_innovative_smes", 7826, "count", "7,826 firms were added to the innovative SME list for 2022 alone", year=2022),
    F(A, OB, HN, "rd_intensity", 1.86, "percent", "R&D spending was equal to 1.86 percent of Henan's GDP in 2022", year=2022),
    F(A, OB, ZZ, "rd_expenditure", 34.47e9, "cny", R23, year=2022),
    F(A, OB, "Luoyang", "rd_expenditure", 16.81e9, "cny", R23, year=2022),
    F(A, T, HN, "gazelle_enterprises", 100, "count", "nurture 100 \"gazelle\" firms"),
    F(A, T, HN, "leading_innovative_enterprises", 100, "count", "100 leading innovative enterprises"),
    # "seven numbers", "13th/14th Five-Year Plan", "five charts" are list counts, ordinals and furniture
]
entities += [
    E(A, R, HN, ["the province", "China's most populous inland province"]), E(A, R, ZZ), E(A, R, "Luoyang"),
    E(A, O, "Henan Provincial Bureau of Statistics", ["the provincial statistics bureau"], required=False),
    E(A, O, "Foxconn", required=False),
]

# ---------------------------------------------------------------- t2_24 (fr, video transcript)
A = DOC("t2_24_hefei_zone_video_fr.txt", "fr", "2023-02-20",
        "Hefei, le « Zhongguancun de l'Anhui » grimpe au classement des zones de haute technologie")
R24 = "soit respectivement 35¤% et 40¤% des nouvelles reconnaissances"
facts += [
    F(A, OB, HFZ, "national_high_tech_zone_rank", 7, "rank", "la zone se classe septième sur 169 zones nationales", year=2022, subject_type=P),
    # debatable: change of rank
    F(A, OB, HFZ, "national_high_tech_zone_rank_change", 1, "rank", "et gagne une place", year=2022, subject_type=P, required=False),
    F(A, OB, HFZ, "opening_international_competitiveness_rank", 4, "rank", "la zone est quatrième pour l'ouverture", year=2022, subject_type=P),
    F(A, OB, HFZ, "overall_quality_rank", 5, "rank", "Elle arrive cinquième pour la qualité globale", year=2022, subject_type=P),
    F(A, OB, HFZ, "innovation_capability_rank", 7, "rank", "septième pour la capacité d'innovation", year=2022, subject_type=P),
    F(A, OB, HFZ, "industrial_structure_rank", 8, "rank", "huitième pour l'optimisation de sa structure industrielle", year=2022, subject_type=P),
    F(A, OB, HFZ, "gdp", 130e9, "cny", "le PIB de la zone a dépassé 130 milliards de yuans en 2022", "more_than", year=2022, subject_type=P),
    F(A, OB, HFZ, "industrial_output", 200e9, "cny", "sa production industrielle 200 milliards", "more_than", year=2022, subject_type=P),
    F(A, OB, HFZ, "strategic_emerging_industries_output", 150e9, "cny", "ont produit pour plus de 150 milliards de yuans", "more_than",
      year=2022, subject_type=P),
    F(A, OB, HFZ, "strategic_emerging_industries_output_growth", 30, "percent", "une hausse de près de 30¤%", "approx", year=2022, subject_type=P),
    F(A, OB, HFZ, "photovoltaic_industry_growth", 50, "percent", "a bondi de plus de 50¤%", "more_than", year=2022, subject_type=P),
    F(A, OB, HFZ, "share_of_city_tax_revenue", 24.6, "percent", "atteint désormais 24,6¤%", subject_type=P),
    # "de plus de 10 milliards" is a threshold; the four firms are the fact
    F(A, OB, HFZ, "new_industrial_enterprises_over_10bn", 4, "count", "quatre nouvelles entreprises industrielles", subject_type=P),
    F(A, OB, HFZ, "new_listed_companies", 3, "count", "trois nouvelles sociétés entrer en Bourse l'an dernier", year=2022, subject_type=P),
    F(A, OB, HFZ, "new_little_giant_enterprises", 29, "count", "29 nouveaux « petits géants »", subject_type=P),
    F(A, OB, HFZ, "new_high_tech_enterprises", 545, "count", "545 entreprises nationales de haute technologie", subject_type=P),
    F(A, OB, HFZ, "share_of_city_new_little_giant_enterprises", 35, "percent", R24, subject_type=P),
    F(A, OB, HFZ, "share_of_city_new_high_tech_enterprises", 40, "percent", R24, subject_type=P),
    F(A, OB, HFZ, "invention_patents_per_10k_people", 474, "per_10k_people", "474 brevets d'invention en vigueur pour 10¦000 habitants", subject_type=P),
    F(A, OB, HFZ, "foreign_trade", 8e9, "usd", "un record d'environ 8 milliards de dollars", "approx", subject_type=P),
    # "169 zones nationales" is the scope; "neuvième année de suite" a duration; "4 min 05", "épisode 2", "1 200 euros", "Réagir (7)" furniture
]
entities += [
    E(A, P, HFZ, ["zone nationale de développement industriel de haute technologie de Hefei", "la zone", "Zhongguancun de l'Anhui"]),
    E(A, R, HF, ["la ville de Hefei"]), E(A, R, AH, required=False),
    E(A, O, "Torch High Technology Industry Development Center", ["centre Torch du ministère des Sciences et des Technologies"]),
    E(A, O, "University of Science and Technology of China", ["université des sciences et technologies de Chine", "USTC"], required=False),
    E(A, P, ZGC, ["Zhongguancun"], required=False), E(A, P, "Zhangjiang Hi-Tech Park", ["Zhangjiang"], required=False),
    E(A, P, "Suzhou Industrial Park", ["parc industriel de Suzhou"], required=False),
]


# ---------------------------------------------------------------- t2_25 (fr, video transcript)
A = DOC("t2_25_changsha_video_fr.txt", "fr", "2023-12-22", "Changsha, capitale mondiale des engins de chantier")
facts += [
    # "des cinquante premiers" gives the scope of the count
    F(A, OB, CS, "global_top50_engineering_machinery_companies", 5, "count",
      "Cinq des cinquante premiers fabricants mondiaux d'engins de chantier ont leur siège dans la ville"),
    F(A, OB, CS, "engineering_machinery_industry_national_rank", 1, "rank", "se classe au premier rang national pour la taille de cette industrie"),
    F(A, OB, CS, "share_of_national_engineering_machinery_varieties", 70, "percent", "environ 70¤% des variétés d'engins produites en Chine", "approx"),
    # "100 milliards de yuans" each is a threshold; only three of the six clusters are named
    F(A, OB, CS, "manufacturing_clusters_over_100bn", 6, "count", "six pôles manufacturiers dont la production dépasse chacun 100 milliards"),
    F(A, OB, CS, "core_technologies", 323, "count", "Changsha revendique 323 technologies clés"),
    F(A, OB, CS, "globally_leading_technologies", 24, "count", "dont 24 sont considérées comme des références mondiales"),
    F(A, OB, CS, "higher_education_institutions", 58, "count", "58 établissements d'enseignement supérieur"),
    F(A, OB, CS, "independent_research_institutes", 99, "count", "99 instituts de recherche indépendants"),
    F(A, OB, CS, "innovation_platforms", 2300, "count", "plus de 2¦300 plateformes d'innovation", "more_than"),
    F(A, OB, CS, "rd_expenditure", 36.71e9, "cny", "y a investi 36,71 milliards de yuans dans la R&D", year=2022),
    F(A, OB, CS, "rd_expenditure_growth", 17.1, "percent", "soit 17,1¤% de plus qu'en 2021", year=2022),
    F(A, OB, CS, "enterprise_share_of_rd_expenditure", 76.6, "percent", "les entreprises ont assuré 76,6¤% de cette dépense", year=2022),
    F(A, OB, CS, "high_tech_enterprises", 6588, "count", "La ville comptait 6¦588 entreprises de haute technologie"),
    F(A, OB, CS, "tech_contract_turnover", 82.36e9, "cny", "Les contrats technologiques y ont atteint 82,36 milliards de yuans"),
    # "sur 103 villes" is the scope of the rank
    F(A, OB, CS, "innovation_capability_rank_national_innovative_cities", 8, "rank", "Changsha s'est classée huitième sur 103 villes"),
    # "Durée 3:37", "(5 épisodes)", "(4:10)", "29 euros", "plus de dix ans" are furniture and durations
]
entities += [
    E(A, R, CS, ["capitale de la province du Hunan", "la ville"]), E(A, R, HUN, ["province du Hunan"]),
    E(A, O, "Sany Heavy Industry", ["Sany"], required=False), E(A, O, "Zoomlion", required=False),
]

# ---------------------------------------------------------------- t2_26 (en, web page with furniture)
A = DOC("t2_26_hebei_zgc_webpage.txt", "en", "2021-03-20", "How Zhongguancun is spilling over into Hebei and Tianjin")
BDC = "Baoding-Zhongguancun Innovation Center"
BDT = "Beijing-Tianjin Zhongguancun Science and Technology City"
XZO = "Xiong'an Zhongguancun Enterprise Office Area"
facts += [
    F(A, OB, ZG, "affiliates_in_tianjin_hebei", 8816, "count", "Zhongguancun companies had set up 8,816 affiliates in Tianjin and Hebei", year=2020, subject_type=P),
    F(A, OB, ZG, "branches_in_tianjin_hebei", 3969, "count", "3,969 branches", year=2020, subject_type=P),
    F(A, OB, ZG, "subsidiaries_in_tianjin_hebei", 4847, "count", "4,847 subsidiaries", year=2020, subject_type=P),
    F(A, OB, BDC, "companies_attracted", 400, "count", "has drawn in nearly 400 well-known companies and institutions", "approx", subject_type=P),
    F(A, OB, BDC, "cumulative_rd_expenditure", 100e6, "cny", "Cumulative R&D investment by the firms based there exceeds 100 million yuan",
      "more_than", subject_type=P),
    F(A, OB, BZP, "registered_companies", 2000, "count", "has registered more than 2,000 enterprises since it opened", "more_than", subject_type=P),
    F(A, OB, BDT, "investment_agreements", 27, "count", "has signed 27 investment agreements", subject_type=P),
    F(A, OB, BDT, "investment_agreements_value", 16.3e9, "cny", "a combined value of about 16.3 billion yuan", "approx", subject_type=P),
    F(A, OB, XZO, "office_space", 30000, "m2", "offering roughly 30,000 square metres of space", "approx", subject_type=P),
    F(A, OB, XZO, "companies_attracted", 10, "count", "Ten firms were the first to sign leases", subject_type=P),
    F(A, OB, BJ, "companies_opening_branches_in_tianjin_hebei", 687, "count", "687 Beijing companies opened branches in Tianjin and Hebei", year=2016),
    F(A, OB, BJ, "companies_opening_branches_in_tianjin_hebei_per_day", 3.2, "count_per_day", "an average of 3.2 a day", year=2016),
    F(A, T, JJJ, "rd_intensity", 3.5, "percent", "at least 3.5 percent of their combined GDP by the end of 2020", "at_least", year=2020),
    # "Seven years", "Fifth Ring Road", "25 minutes", "two hours", "12 pages", "40 lessons for 3,600 yuan", phone numbers: not facts
]
entities += [
    E(A, P, ZG, ["the capital's best-known technology district", "Zhongguancun companies"]),
    E(A, P, BDC, ["Baoding"]), E(A, P, BZP, ["Tianjin Binhai"]), E(A, P, BDT, ["Baodi"]),
    E(A, P, XZO, ["a Zhongguancun office area for companies"]),
    E(A, R, "Hebei"), E(A, R, TJ), E(A, R, BJ, ["Beijing companies", "the capital"]),
    E(A, R, JJJ, ["the three areas"]), E(A, R, "Xiong'an New Area", ["Xiong'an"], required=False), E(A, R, "Haidian", required=False),
]

# ---------------------------------------------------------------- t2_27 (en, newsletter)
A = DOC("t2_27_xiongan_newsletter.txt", "en", "2023-08-07", "CAPITAL REGION WEEKLY, August 7, 2023")
TZ = "Beijing Municipal Administrative Center"
facts += [
    F(A, OB, XA, "central_soe_branches", 140, "count", "had moved more than 140 subsidiaries and branches", "more_than", year=2023),
    F(A, OB, XA, "schools_built_with_beijing_support", 3, "count", "Three schools built with Beijing's support have been completed"),
    F(A, OB, XA, "registered_enterprises", 3069, "count", "3,069 enterprises had registered", year=2019),
    F(A, OB, XA, "first_high_end_companies", 26, "count", "the first group of 26 high-end companies", year=2019),
    F(A, OB, XA, "share_of_first_companies_from_beijing", 90, "percent", "90 percent of them from Beijing", year=2019),
    # the section heading "100 BILLION A YEAR" repeats the body figure
    F(A, OB, TZ, "annual_investment", 100e9, "cny", "has absorbed 100 billion yuan of investment every year for the past three years"),
    # the section heading "10 TRILLION" repeats the body figure
    F(A, OB, JJJ, "gdp", 10e12, "cny", "passed 10 trillion yuan in 2022", "more_than", year=2022),
    F(A, OB, JJJ, "gdp_ratio_vs_2013", 1.8, "ratio", "1.8 times the level of 2013", year=2022),
    F(A, OB, "Hebei", "gdp_growth", 7.4, "percent", "first-quarter GDP growth of 7.4 percent", year=2019),
    F(A, OB, "Hebei", "fiscal_revenue_growth", 13, "percent", "Fiscal revenue rose 13 percent", year=2019),
    F(A, OB, "Hebei", "industrial_value_added_growth", 8.8, "percent", "value added of industrial firms above designated size 8.8 percent", year=2019),
    F(A, OB, "Hebei", "foreign_investment_growth", 10.6, "percent", "actually used foreign investment 10.6 percent", year=2019),
    F(A, OB, "Hebei", "exports_growth", 12.3, "percent", "exports 12.3 percent", year=2019),
    # diary dates, "45 minutes", address and phone are furniture; "Four years ago" a duration
]
entities += [
    E(A, R, XA, ["Xiong'an", "the new area"]), E(A, R, "Hebei", ["the province"]), E(A, R, BJ),
    E(A, P, TZ, ["Beijing's sub-centre in Tongzhou district", "Tongzhou"]),
    E(A, R, JJJ, ["Beijing, Tianjin and Hebei"]),
    E(A, O, "State Council Information Office", required=False),
]

# ---------------------------------------------------------------- t2_28 (fr, plan summary)
A = DOC("t2_28_shandong_taian_plan_fr.txt", "fr", None, "Shandong : ce que prévoient les plans d'innovation de Tai'an et de Jinan")
TA = "Tai'an"
facts += [
    F(A, T, TA, "rd_expenditure_annual_growth", 9.3, "percent", "devront progresser d'environ 9,3¤% par an", "approx", year=2025),
    F(A, T, TA, "rd_intensity", 2.7, "percent", "l'intensité de R&D atteindra 2,7¤% du PIB", year=2025),
    F(A, T, TA, "basic_research_share", 3, "percent", "la recherche fondamentale devra représenter 3¤% des dépenses de R&D", year=2025),
    F(A, T, TA, "industrial_enterprises_rd_share_of_revenue", 2.7, "percent", "devraient avoisiner 2,7¤% du chiffre d'affaires", "approx", year=2025),
    F(A, T, TA, "rd_personnel_per_10k_employed", 75, "per_10k_people", "la ville devra compter 75 personnels de R&D pour 10¦000 actifs occupés", year=2025),
    F(A, T, TA, "high_level_talents_attracted", 200, "people", "plus de 200 talents de haut niveau seront attirés", "more_than", year=2025),
    F(A, T, JN, "new_high_tech_enterprises", 900, "count", "ajouter 900 nouvelles entreprises de haute technologie", year=2023),
    F(A, T, JN, "core_technology_breakthroughs", 5, "count", "obtenir des percées dans 5 à 10 technologies clés", value_high=10, year=2023),
    F(A, OB, SD, "high_tech_enterprises", 2569, "count", "est passé de 2¦569 en 2012", year=2012),
    F(A, OB, SD, "high_tech_enterprises", 20412, "count", "à 20¦412 en 2021", year=2021),
    F(A, OB, SD, "high_tech_share_of_industrial_output", 29.1, "percent", "a grimpé de 29,1¤%"),
    F(A, OB, SD, "high_tech_share_of_industrial_output", 46.8, "percent", "à 46,8¤%"),
    F(A, OB, SD, "enterprise_technology_centers_national_rank", 1, "rank", "le premier réseau de centres techniques d'entreprise du pays"),
    F(A, OB, SD, "provincial_enterprise_technology_centers", 1881, "count", "1¦881 centres de niveau provincial"),
    F(A, OB, SD, "national_enterprise_technology_centers", 196, "count", "196 de niveau national"),
    F(A, OB, SD, "national_enterprise_technology_centers_rd_expenditure", 86e9, "cny", "ont investi 86 milliards de yuans dans la R&D", year=2021),
    F(A, OB, SD, "national_enterprise_technology_centers_invention_patent_applications", 29000, "count",
      "déposé 29¦000 demandes de brevets d'invention", year=2021),
    F(A, OB, SD, "national_enterprise_technology_centers_new_product_sales", 1e12, "cny", "près de 1¦000 milliards de yuans de ventes", "approx", year=2021),
    F(A, OB, SD, "national_sci_tech_award_projects", 247, "count", "247 projets menés dans la province ont été récompensés"),
    F(A, T, QD, "rd_intensity", 3.2, "percent", "qui vise une intensité de R&D supérieure à 3,2¤%", "more_than"),
    # "ouvert en 2020" is a founding year; "2 pages" a page count; "en dix ans" a duration
]
entities += [
    E(A, R, TA, ["la ville de Tai'an"]), E(A, R, JN, ["La capitale provinciale", "la capitale du Shandong"]),
    E(A, R, SD, ["province du Shandong", "Le Shandong", "La province"]), E(A, R, QD),
    E(A, O, "Chinese Academy of Sciences", ["l'Académie chinoise des sciences"], required=False),
]

# ---------------------------------------------------------------- t2_29 (en, plan summary)
A = DOC("t2_29_china_fyp_targets_plan.txt", "en", "2025-10-30", "From the 13th to the 14th Five-Year Plan: how China's innovation targets have fared")
facts += [
    # a plan-period growth rate: no single target year stated
    F(A, T, CN, "rd_expenditure_annual_growth", 7, "percent", "should grow by more than 7 percent a year on average between 2021 and 2025", "more_than"),
    F(A, OB, CN, "high_value_patents_per_10k_people", 6.3, "per_10k_people", "rise from 6.3 in 2020", year=2020),
    F(A, T, CN, "high_value_patents_per_10k_people", 12, "per_10k_people", "to 12 by 2025", year=2025),
    F(A, T, CN, "digital_economy_share_of_gdp", 10, "percent", "should account for 10 percent of GDP by 2025", year=2025),
    F(A, OB, CN, "digital_economy_share_of_gdp", 7.8, "percent", "up from 7.8 percent in 2020", year=2020),
    F(A, OB, CN, "rd_expenditure", 1.42e12, "cny", "from 1.42 trillion yuan in 2015", year=2015),
    F(A, OB, CN, "rd_expenditure", 2.4e12, "cny", "to about 2.4 trillion yuan in 2020", "approx", year=2020),
    F(A, OB, CN, "rd_expenditure_growth", 7, "percent", "R&D expenditure grew by more than 7 percent in every year from 2021 to 2024", "more_than"),
    F(A, OB, CN, "high_value_patents_per_10k_people", 7.5, "per_10k_people", "went from 7.5 to 14"),
    F(A, OB, CN, "high_value_patents_per_10k_people", 14, "per_10k_people", "went from 7.5 to 14"),
    # debatable: a forecast that restates the 10 percent target
    F(A, T, CN, "digital_economy_share_of_gdp", 10, "percent", "are expected to exceed 10 percent of GDP by the end of 2025", "more_than",
      year=2025, required=False),
    F(A, T, CN, "knowledge_intensive_services_share_of_gdp", 20, "percent", "knowledge-intensive services were to contribute 20 percent of GDP", year=2020),
    F(A, OB, CN, "knowledge_intensive_services_share_of_gdp", 15.6, "percent", "compared with 15.6 percent in 2015", year=2015),
    F(A, T, CN, "tfp_share_of_growth", 60, "percent", "total factor productivity was to account for 60 percent of economic growth", year=2020),
    F(A, OB, CN, "tfp_share_of_growth", 55.3, "percent", "against 55.3 percent in 2015", year=2015),
    F(A, T, CN, "patent_applications_ratio_vs_2015", 2, "ratio", "patent applications were to double from their 2015 level", year=2020),
    F(A, T, CN, "rd_personnel_per_10k_workers", 60, "per_10k_people", "out of every 10,000 workers, 60 were to be engaged in R&D", year=2020),
    F(A, OB, CN, "rd_personnel_per_10k_workers", 48.5, "per_10k_people", "up from 48.5 in 2015", year=2015),
    # plan ordinals and periods, "Three indicators" (list count), "March 2021", "August 2016", "March 2026" are not facts
]
entities += [
    E(A, R, CN, ["the country"]),
    E(A, P, "14th Five-Year Plan", ["The 14th Five-Year Plan (2021-2025)", "the outline"], required=False),
    E(A, O, "National People's Congress", required=False), E(A, O, "State Council", required=False),
]

# ---------------------------------------------------------------- t2_30 (en, interview)
A = DOC("t2_30_hunan_interview.txt", "en", "2020-07-30", "INTERVIEW: \"Hunan has quietly become a technology province\"")
facts += [
    F(A, OB, HUN, "sci_tech_progress_contribution_rate", 58.7, "percent", "reached 58.7 percent in 2019", year=2019),
    F(A, OB, HUN, "rd_intensity", 1.98, "percent", "R&D intensity rose to 1.98 percent of GDP"),
    F(A, OB, HUN, "high_tech_enterprises", 6287, "count", "The province had 6,287 high-tech enterprises at the end of 2019", year=2019),
    F(A, OB, HUN, "high_tech_enterprises", 4660, "count", "in 2018, there were 4,660", year=2018),
    F(A, OB, HUN, "high_tech_enterprises_increase", 1400, "count", "after an increase of 1,400 firms in a single year", year=2018),
    # "100 billion yuan each" is a threshold
    F(A, OB, HUN, "industrial_clusters_over_100bn", 15, "count", "15 industrial clusters whose output exceeds 100 billion yuan each"),
    F(A, OB, HUN, "tech_contract_turnover_growth", 50.15, "percent", "jumped 50.15 percent year on year", year=2020),
    F(A, OB, HUN, "high_tech_value_added_growth", 6, "percent", "the added value of high-tech industry grew 6 percent", year=2020),
    F(A, OB, HUN, "national_key_laboratories", 18, "count", "18 national key laboratories", year=2017),
    F(A, OB, HUN, "national_engineering_research_centers", 14, "count", "14 national engineering and technology research centres", year=2017),
    F(A, OB, HUN, "national_clinical_research_centers", 3, "count", "3 national clinical medical research centres", year=2017),
    F(A, OB, HUN, "provincial_rd_service_platforms", 589, "count", "589 provincial R&D service platforms", year=2017),
    F(A, OB, HUN, "sci_tech_personnel", 1.79e6, "people", "employs 1.79 million scientific and technological personnel"),
    F(A, OB, HUN, "national_high_tech_zones", 8, "count", "8 national high-tech zones"),
    F(A, OB, HUN, "provincial_high_tech_zones", 25, "count", "25 provincial ones"),
    F(A, OB, HUN, "comprehensive_innovation_strength_national_rank", 12, "rank", "it was 12th in 2017", year=2017),
    F(A, OB, HUN, "key_sci_tech_projects", 110, "count", "The department selected 110 projects", year=2018),
    F(A, OB, HUN, "key_sci_tech_projects_investment", 64e9, "cny", "about 64 billion yuan", "approx", year=2018),
    F(A, OB, HUN, "key_sci_tech_projects_investment_first_year", 17.5e9, "cny", "17.5 billion yuan in 2018 alone", year=2018),
    # "Two numbers" is a list count; "July 22" a date; "12 issues a year for 96 euros" furniture
]
entities += [
    E(A, R, HUN, ["the province", "its"]), E(A, R, CS, required=False),
    E(A, O, "Central South University", ["Central South"], required=False), E(A, O, "Hunan University", required=False),
    E(A, O, "National University of Defense Technology", required=False),
]

# ---------------------------------------------------------------- t2_31 (fr, statistical bulletin)
A = DOC("t2_31_chine_licornes_bulletin_fr.txt", "fr", "2024-04-30", "Les licornes chinoises en 2024 : principaux chiffres du rapport annuel")
facts += [
    F(A, OB, CN, "unicorn_enterprises", 369, "count", "Nombre de licornes en Chine (fin mars 2024) : 369", year=2024),
    F(A, OB, CN, "new_unicorn_enterprises", 67, "count", "Nouvelles licornes apparues au cours de l'année écoulée : 67"),
    F(A, OB, CN, "unicorn_total_valuation", 1404.45e9, "usd", "environ 1¦404,45 milliards de dollars", "approx"),
    F(A, OB, CN, "share_of_global_unicorns", 25, "percent", "Part dans le total mondial : plus d'un quart", "more_than"),
    F(A, OB, "ChiNext", "market_value", 10.47e12, "cny", "10¦470 milliards de yuans à la fin du premier trimestre 2024", year=2024, subject_type=P),
    F(A, OB, CN, "unicorn_valuation_ratio_vs_star_market", 1.8, "ratio", "représente 1,8 fois celle du STAR Market"),
    F(A, OB, "STAR Market", "market_value", 5.56e12, "cny", "(5¦560 milliards de yuans)", subject_type=P),
    # debatable (as in t2_07): spread of the unicorns over sectors and cities, share of a group of five cities
    F(A, OB, CN, "unicorn_sectors", 16, "count", "Secteurs représentés : 16", required=False),
    F(A, OB, CN, "hard_tech_unicorns", 231, "count", "231, soit 62,6¤% du total"),
    F(A, OB, CN, "hard_tech_share_of_unicorns", 62.6, "percent", "231, soit 62,6¤% du total"),
    F(A, OB, CN, "ai_unicorns", 52, "count", "Licornes de l'intelligence artificielle : 52"),
    F(A, OB, CN, "new_ai_unicorns", 13, "count", "dont 13 nouvelles"),
    F(A, OB, CN, "unicorn_cities", 47, "count", "Villes d'implantation : 47", required=False),
    F(A, OB, CN, "share_of_unicorns_in_top_five_cities", 60, "percent", "Hangzhou) : plus de 60¤%", "more_than", required=False),
    F(A, OB, BJ, "unicorn_enterprises", 114, "count", "Pékin, avec 114 licornes"),
    F(A, OB, BJ, "unicorn_enterprises_national_rank", 1, "rank", "Première ville : Pékin"),
    # "plus d'un milliard de dollars américains" defines a unicorn; "NS-2024-07", "3 pages", "20 premières" are furniture
]
entities += [
    E(A, R, CN, ["la Chine", "Chine"]), E(A, R, BJ, ["Pékin"]),
    E(A, P, "ChiNext", ["marché ChiNext"]), E(A, P, "STAR Market"),
    E(A, P, "Zhongguancun Forum", ["Forum de Zhongguancun"], required=False),
    E(A, R, "Shanghai", required=False), E(A, R, "Shenzhen", required=False), E(A, R, "Guangzhou", ["Canton"], required=False),
    E(A, R, "Hangzhou", required=False),
]

# ---------------------------------------------------------------- t2_32 (en, listicle)
A = DOC("t2_32_rd_intensity_listicle.txt", "en", None, "Where China spends most on research: six places that stand out")
R32 = "Shanghai, Tianjin and Guangdong reached 4.44 percent, 3.49 percent and 3.42 percent respectively"
facts += [
    F(A, OB, CN, "rd_expenditure", 3.08e12, "cny", "China as a whole spent 3.08 trillion yuan on research and development in 2022", year=2022),
    F(A, OB, CN, "rd_intensity", 2.54, "percent", "which works out at 2.54 percent of GDP", year=2022),
    F(A, OB, BJ, "rd_intensity", 6.83, "percent", "With an intensity of 6.83 percent"),
    F(A, OB, "Shanghai", "rd_intensity", 4.44, "percent", R32),
    F(A, OB, TJ, "rd_intensity", 3.49, "percent", R32),
    F(A, OB, "Guangdong", "rd_intensity", 3.42, "percent", R32),
    # debatable: "among the top three" only bounds the rank
    F(A, OB, TJ, "rd_investment_national_rank", 3, "rank", "ranked among the top three for R&D investment", "at_most", required=False),
    F(A, OB, "Jiangsu", "rd_intensity", 3.12, "percent", "3.12 percent for Jiangsu"),
    F(A, OB, "Zhejiang", "rd_intensity", 3.11, "percent", "3.11 percent for Zhejiang"),
    F(A, OB, HF, "rd_expenditure", 47e9, "cny", "spent 47 billion yuan on research in 2022", year=2022),
    F(A, OB, HF, "rd_intensity", 3.91, "percent", "or 3.91 percent of its GDP", year=2022),
    F(A, OB, JN, "rd_expenditure", 30.67e9, "cny", "put 30.67 billion yuan into R&D in 2022", year=2022),
    F(A, OB, JN, "rd_intensity", 2.68, "percent", "Its intensity of 2.68 percent"),
    # debatable: gap in percentage points
    F(A, OB, JN, "rd_intensity_gap_vs_province", 0.34, "percent", "beat the provincial level by 0.34 percentage points", required=False),
    F(A, OB, HN, "rd_intensity", 1.86, "percent", "reported an intensity of just 1.86 percent"),
    F(A, OB, HN, "rd_expenditure", 114.33e9, "cny", "despite spending 114.33 billion yuan"),
    F(A, OB, ZZ, "share_of_provincial_rd_expenditure", 30, "percent", "accounts for about 30 percent of that spending", "approx"),
    # "six places" is a list count; "two decimals" methodology
]
entities += [
    E(A, R, CN, ["China as a whole"]), E(A, R, BJ, ["the capital"]), E(A, R, "Shanghai"), E(A, R, TJ), E(A, R, "Guangdong"),
    E(A, R, "Jiangsu"), E(A, R, "Zhejiang"), E(A, R, HF, ["capital of Anhui"]), E(A, R, JN, ["The Shandong capital"]),
    E(A, R, HN), E(A, R, ZZ, ["Its capital Zhengzhou"]), E(A, R, "Anhui", required=False), E(A, R, SD, required=False),
    E(A, O, "National Bureau of Statistics", required=False),
]

# ---------------------------------------------------------------- t2_33 (fr, news story)
A = DOC("t2_33_hubei_centfirmes_fr.txt", "fr", "2023-02-16", "Hubei : les « cent meilleures » entreprises de haute technologie creusent l'écart")
T100 = "Hubei Top 100 High-tech Enterprises"
OVCC = "Optics Valley Science and Technology Innovation Corridor"
CICT = "China Information and Communication Technologies Group"
facts += [
    F(A, OB, T100, "average_revenue", 7.07e9, "cny", "un chiffre d'affaires de 7,07 milliards de yuans chacune", year=2022, subject_type=P),
    F(A, OB, T100, "average_revenue_ratio_vs_high_tech_average", 45.5, "ratio", "45,5 fois la moyenne", year=2022, subject_type=P),
    F(A, OB, T100, "average_rd_expenditure", 474e6, "cny", "474 millions de yuans à la recherche", year=2022, subject_type=P),
    F(A, OB, T100, "average_rd_expenditure_ratio_vs_high_tech_average", 49.8, "ratio", "soit 49,8 fois plus que la moyenne", year=2022, subject_type=P),
    F(A, OB, T100, "average_researchers", 352, "people", "Chacune emploie en moyenne 352 chercheurs", subject_type=P),
    F(A, OB, T100, "average_valid_invention_patents", 229.66, "count", "détient 229,66 brevets d'invention en vigueur", subject_type=P),
    # "cinq industries - ...", "Cinq villes - ..." and "trois familles de critères" announce named items
    F(A, OB, HB, "leading_industries_tech_contract_turnover", 149.24e9, "cny", "ont concentré 149,24 milliards de yuans de contrats technologiques en 2022", year=2022),
    F(A, OB, HB, "leading_industries_tech_contract_turnover_growth", 63.72, "percent", "soit une hausse de 63,72¤%", year=2022),
    F(A, OB, HB, "leading_industries_share_of_tech_contract_turnover", 49.45, "percent", "Elles pèsent désormais 49,45¤% du total provincial"),
    F(A, OB, OVCC, "tech_export_contracts", 180.001e9, "cny", "ont exporté pour 180,001 milliards de yuans de technologies", subject_type=P),
    F(A, OB, OVCC, "tech_export_contracts_growth", 30.98, "percent", "en hausse de 30,98¤%", subject_type=P),
    F(A, OB, OVCC, "share_of_provincial_tech_contract_turnover", 59.65, "percent", "soit 59,65¤% du montant provincial", subject_type=P),
    F(A, OB, HB, "high_tech_enterprises", 14560, "count", "Le Hubei avait terminé 2021 avec 14¦560 entreprises de haute technologie", year=2021),
    F(A, OB, HB, "high_tech_enterprises_growth", 40, "percent", "en hausse de 40¤% sur un an", year=2021),
    F(A, OB, HB, "high_tech_enterprises_national_rank", 7, "rank", "La province se classait alors septième en Chine", year=2021),
    F(A, OB, HB, "high_tech_enterprises_central_china_rank", 1, "rank", "première du centre du pays", year=2021),
    F(A, OB, HB, "tech_smes", 14100, "count", "dépassait 14¦100", "more_than", year=2021),
    F(A, OB, HB, "tech_smes_growth", 90, "percent", "en hausse de près de 90¤%", "approx", year=2021),
    F(A, OB, HB, "tech_smes_national_rank", 12, "rank", "du 12e au 8e rang national"),
    F(A, OB, HB, "tech_smes_national_rank", 8, "rank", "du 12e au 8e rang national", year=2021),
    # "le seuil des 1 000 milliards" is a threshold
    F(A, OB, HB, "large_high_tech_enterprises_value_added", 1019.65e9, "cny", "avait atteint 1¦019,65 milliards de yuans", year=2021),
    F(A, OB, WH, "high_tech_enterprises", 9145, "count", "Wuhan comptait 9¦145 entreprises de haute technologie", year=2021),
    F(A, OB, WH, "high_tech_enterprises_growth", 46.2, "percent", "en hausse de 46,2¤%", year=2021),
    F(A, OB, WH, "share_of_provincial_high_tech_enterprises", 63, "percent", "soit 63¤% du total provincial", year=2021),
    F(A, OB, CICT, "high_tech_subsidiaries", 40, "count", "plus de 40 filiales reconnues", "more_than", subject_type=O),
    F(A, OB, CICT, "contracts_signed", 65.3e9, "cny", "il a signé pour 65,3 milliards de yuans de contrats", year=2021, subject_type=O),
    F(A, OB, CICT, "sales_revenue", 62.7e9, "cny", "réalisé 62,7 milliards de yuans de ventes", year=2021, subject_type=O),
    F(A, OB, CICT, "contracts_signed_growth", 6.6, "percent", "en hausse respective de 6,6¤% et 14,6¤%", year=2021, subject_type=O),
    F(A, OB, CICT, "sales_revenue_growth", 14.6, "percent", "en hausse respective de 6,6¤% et 14,6¤%", year=2021, subject_type=O),
]
entities += [
    E(A, R, HB, ["Le Hubei", "la province"]), E(A, R, WH, ["La capitale provinciale"]),
    E(A, P, T100, ["« cent meilleures » entreprises de haute technologie", "ces cent entreprises"]),
    E(A, P, OVCC, ["grand corridor d'innovation de la vallée optique"]),
    E(A, O, CICT, ["China Information and Communication Technologies (CICT)", "CICT"]),
    E(A, O, "Hubei Provincial Department of Science and Technology", ["département des sciences et des technologies du Hubei"]),
    E(A, R, "Ezhou", required=False), E(A, R, "Huangshi", required=False), E(A, R, "Huanggang", required=False), E(A, R, "Xianning", required=False),
]

# ---------------------------------------------------------------- t2_34 (en, news story)
A = DOC("t2_34_optics_valley_news.txt", "en", "2022-10-10", "Optics Valley bets on the digital economy with new industrial base")
OVC = "Optics Valley of China"
facts += [
    F(A, OB, OVC, "digital_economy_share_of_gdp", 50, "percent", "made up more than half of its GDP", "more_than", year=2021, subject_type=P),
    F(A, OB, OVC, "core_digital_economy_value_added", 80e9, "cny", "rise from 80 billion yuan", subject_type=P),
    F(A, T, OVC, "core_digital_economy_value_added", 150e9, "cny", "to 150 billion yuan", year=2025, subject_type=P),
    F(A, T, OVC, "industrial_internet_secondary_nodes", 30, "count", "30 secondary nodes of the industrial internet", year=2025, subject_type=P),
    F(A, T, OVC, "national_demonstration_smart_factories", 5, "count", "five national demonstration smart factories", year=2025, subject_type=P),
    F(A, T, OVC, "national_innovation_platforms", 40, "count", "40 state-level innovation platforms", year=2025, subject_type=P),
    F(A, T, OVC, "application_scenario_demonstration_projects", 100, "count", "100 demonstration projects for application scenarios", year=2025, subject_type=P),
    F(A, OB, OVC, "fibre_optic_cable_output_world_rank", 2, "rank", "its fibre-optic cable output ranks second in the world", subject_type=P),
    F(A, OB, OVC, "national_market_share_optical_fibre_cable", 50, "percent", "hold 50 percent of the domestic market", subject_type=P),
    F(A, OB, OVC, "international_market_share_optical_fibre_cable", 12, "percent", "12 percent of the international market", subject_type=P),
    F(A, OB, OVC, "national_market_share_optoelectronic_devices_lasers", 40, "percent", "their domestic share was put at 40 percent", subject_type=P),
    F(A, OB, OVC, "planned_area", 518, "km2", "covers a planned area of 518 square kilometres", subject_type=P),
    F(A, OB, OVC, "universities", 42, "count", "It is home to 42 universities", subject_type=P),
    F(A, OB, OVC, "research_institutions", 56, "count", "56 national and provincial research institutions", subject_type=P),
    F(A, OB, OVC, "professionals", 300000, "people", "more than 300,000 professionals", "more_than", subject_type=P),
    # "valued at over 1 billion US dollars" defines a unicorn
    F(A, OB, OVC, "unicorn_enterprises", 5, "count", "Its start-ups include five companies", subject_type=P),
    F(A, OB, OVC, "private_enterprises", 40000, "count", "their number has passed 40,000", "more_than", subject_type=P),
    F(A, OB, OVC, "private_share_of_enterprises", 93.2, "percent", "or 93.2 percent of all registered enterprises", subject_type=P),
    F(A, T, OVC, "talents_attracted_per_year", 80000, "people", "between 80,000 and 100,000 talented people every year", value_high=100000, subject_type=P),
    F(A, OB, OVC, "advanced_manufacturing_park_rank", 7, "rank", "Optics Valley ranked seventh", subject_type=P),
    F(A, OB, WZ, "advanced_manufacturing_park_rank", 34, "rank", "came 34th", subject_type=P),
    # "September 30", "founded in 1988", "By 2035" (no figure), "top 100" (scope) are not facts
]
entities += [
    E(A, P, OVC, ["Optics Valley", "East Lake High-tech Development Zone", "the zone"]), E(A, R, WH),
    E(A, P, WZ, ["the Wuhan Economic and Technological Development Zone"]),
    E(A, P, "East Lake Science City", required=False), E(A, O, "Wuhan Dameng", required=False),
    E(A, O, "Douyu", required=False), E(A, O, "CCID Consulting", required=False),
]

# ---------------------------------------------------------------- t2_35 (fr, newsletter)
A = DOC("t2_35_chine_centrale_lettre_fr.txt", "fr", "2023-01-16", "LA LETTRE DE LA CHINE CENTRALE, n° 31")
facts += [
    # "deux pôles industriels de 500 milliards ..., l'un ..., l'autre ..." announces the two named clusters
    # debatable: "doublement" names the programme; the heading "VEUT DOUBLER" restates it
    F(A, T, HF, "manufacturing_output_ratio", 2, "ratio", "une « action de doublement » de son industrie manufacturière", required=False),
    F(A, T, HF, "industrial_clusters_200bn", 4, "count", "quatre pôles de 200 milliards de yuans"),
    F(A, T, HF, "industrial_clusters_100bn", 3, "count", "trois pôles de 100 milliards"),
    F(A, T, HF, "specialized_champion_enterprises", 300, "count", "300 entreprises spécialisées et « championnes »"),
    F(A, T, HF, "national_emerging_industry_clusters", 5, "count", "Plus de 5 pôles industriels émergents de niveau national", "more_than"),
    F(A, T, HF, "new_industries_share_of_industry", 65, "percent", "plus de 65¤% de l'industrie au-dessus de la taille désignée", "more_than"),
    F(A, OB, WZ, "new_high_tech_enterprises", 640, "count", "plus de 640 nouvelles entreprises de haute technologie", "more_than", year=2022, subject_type=P),
    F(A, OB, WZ, "new_high_tech_enterprises_city_rank", 1, "rank", "le meilleur résultat de la ville", year=2022, subject_type=P),
    F(A, OB, WZ, "high_tech_enterprises", 1000, "count", "un total de 1¦000 entreprises labellisées à la fin de l'année", year=2022, subject_type=P),
    F(A, OB, WZ, "national_little_giant_enterprises", 26, "count", "26 « petits géants » de niveau national", subject_type=P),
    F(A, OB, WZ, "provincial_little_giant_enterprises", 118, "count", "118 de niveau provincial", subject_type=P),
    F(A, OB, WZ, "gazelle_enterprises", 82, "count", "82 entreprises « gazelles »", subject_type=P),
    F(A, OB, WZ, "innovation_platforms", 86, "count", "86 plateformes d'innovation de niveau provincial ou supérieur", subject_type=P),
    # the heading "PLUS DE 5 200 ENTREPRISES LABELLISÉES" repeats the body figure
    F(A, OB, ZZ, "new_high_tech_enterprises", 1100, "count", "environ 1¦100 entreprises de haute technologie en 2022", "approx", year=2022),
    F(A, OB, ZZ, "high_tech_enterprises", 5200, "count", "pour un total supérieur à 5¦200", "more_than", year=2022),
    F(A, OB, ZZ, "high_tech_enterprises_growth", 25, "percent", "en hausse de 25¤%", year=2022),
    F(A, OB, ZZ, "share_of_provincial_high_tech_enterprises", 48, "percent", "La ville réunit ainsi 48¤% des entreprises de ce type", year=2022),
    F(A, OB, ZZ, "high_tech_applications", 2764, "count", "2¦764 entreprises ont déposé un dossier", year=2022),
    F(A, OB, ZZ, "high_tech_applications_passed_review", 2196, "count", "2¦196 d'entre elles avaient passé l'examen", year=2022),
    # "Deux sociétés ... : ..." announces two named firms; "N° 31", agenda hours, "6 jours, 15 places" are furniture
]
entities += [
    E(A, R, HF, ["La ville"]), E(A, P, WZ, ["La zone de développement économique et technologique de Wuhan", "La zone"]),
    E(A, R, WH, required=False), E(A, R, ZZ), E(A, R, HN, ["province du Henan"]),
    E(A, O, "Wuhan Huanyu Zhixing Technology", required=False), E(A, O, "Hubei Dinghui Microelectronics Materials", required=False),
]

# ================================================================ checks and output
bad = []
known = {d["doc"] for d in docs}
for f in facts:
    text = (D / f["doc"]).read_text(encoding="utf-8")
    q, occ = f["quote"], f.pop("_occ")
    n = text.count(q)
    if n == 0 or (n > 1 and occ is None) or (occ is not None and occ >= n):
        bad.append(f)
        print("QUOTE FOUND %d TIMES (occ=%s)" % (n, occ), f["doc"], repr(q), file=sys.stderr)
        continue
    start = -1
    for _ in range((occ or 0) + 1):
        start = text.index(q, start + 1)
    f["start"], f["end"] = start, start + len(q)
    assert text[f["start"]:f["end"]] == q
for r in facts + entities:
    if r["doc"] not in known:
        bad.append(r)
        print("NO DOCUMENT RECORD", r["doc"], file=sys.stderr)
for d in docs:
    if not (D / d["doc"]).exists():
        bad.append(d)
        print("MISSING FILE", d["doc"], file=sys.stderr)
if bad:
    sys.exit("gold NOT written: %d problems" % len(bad))
with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
    for r in docs + entities + facts:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(docs), "documents,", len(facts), "facts,", sum(f["kind"] == "target" for f in facts), "targets,",
      sum(f["required"] for f in facts), "required,", sum(not f["required"] for f in facts), "optional")
for d in docs:
    fs = [f for f in facts if f["doc"] == d["doc"]]
    print("  %-40s %s facts=%d targets=%d optional=%d" % (d["doc"], d["language"], len(fs),
          sum(f["kind"] == "target" for f in fs), sum(not f["required"] for f in fs)))
