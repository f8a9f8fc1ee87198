"""Sentence frames and vocabulary of the synthetic benchmark corpus (English and French).

Written for the genre (news and policy pages about regional sci-tech innovation in China), not taken
from any document. Placeholders, filled by etl.bench.corpus:

Subject types of a metric: region, program (parks, zones, hubs: places), organization (research
organizations: universities, institutes, laboratories, facilities), company, cluster (GII clusters).

  {S}     the subject as it stands in the sentence (with its article in French when it needs one)
  {Y}     a year
  {NN}    number and noun together ("more than 3,200 high-tech enterprises", "1,2 million de chercheurs")
  {N}     the number alone, for a noun stated before it
  {P}     a share in percent; {toP} {ofP} (English) and {aP} {deP} (French) also accept a range
  {C}     an amount in yuan; {toC} (English) the same after "to"
  {F}     a share written as a fraction or a percentage ("one-seventh", "12.5 percent", "un tiers")
  {R}     a rank as an ordinal ("sixth", "13th", "7e", "deuxième")
  {A}     an area in square kilometres
"""

from __future__ import annotations

from dataclasses import dataclass


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


@dataclass(frozen=True, slots=True)
class Frames:
    observation: tuple[str, ...] = ()
    observation_year: tuple[str, ...] = ()  # frames stating the year the value refers to
    target: tuple[str, ...] = ()  # frames with a target year
    target_open: tuple[str, ...] = ()  # a commitment without a year


@dataclass(frozen=True, slots=True)
class MetricPhrases:
    code: str
    unit: str
    subjects: tuple[str, ...]  # subject types the metric is stated about
    low: float  # plausible range of values, in the unit
    high: float
    decimals: int
    en: Frames
    fr: Frames
    noun_en: str = ""  # for {NN} and {N}
    noun_fr: str = ""


_REGION = ("region",)
_REGION_PROGRAM = ("region", "program")

# Frames shared by counts of things a region or a park holds.
_COUNT_EN = Frames(
    observation=("{S} is home to {NN}", "{S} now has {NN}", "{S} has gathered {NN}",
                 "{S} has so far fostered {NN}"),
    observation_year=("{S} had {NN} at the end of {Y}", "the number of {noun} in {S} reached {N} in {Y}"),
    target=("by {Y}, {S} aims to have {NN}", "{S} plans to cultivate {NN} by {Y}",
            "{S} aims to bring the number of its {noun} to {N} by {Y}"),
    target_open=("{S} aims to have {NN} in the coming years",),
)
_COUNT_FR = Frames(
    observation=("{S} compte {NN}", "{S} abrite désormais {NN}", "{S} rassemble aujourd'hui {NN}"),
    observation_year=("fin {Y}, {S} comptait {NN}", "en {Y}, {S} recensait {NN}"),
    target=("d'ici {Y}, {S} vise à compter {NN}", "{S} prévoit de disposer de {NN} d'ici {Y}",
            "d'ici {Y}, l'objectif est que {S} rassemble {NN}"),
    target_open=("{S} ambitionne de compter {NN} dans les années à venir",),
)


def _count(code: str, noun_en: str, noun_fr: str, low: float, high: float,
           subjects: tuple[str, ...] = _REGION, unit: str = "count") -> MetricPhrases:
    return MetricPhrases(code, unit, subjects, low, high, 0, _COUNT_EN, _COUNT_FR, noun_en, noun_fr)


METRICS: tuple[MetricPhrases, ...] = (
    _count("high_tech_enterprises", "national high-tech enterprises", "entreprises de haute technologie",
           300, 60000),
    _count("tech_smes", "technology-based SMEs", "PME technologiques", 500, 40000),
    _count("little_giant_enterprises", 'specialized and sophisticated "little giant" enterprises',
           "entreprises « petits géants » spécialisées", 5, 800),
    _count("unicorn_enterprises", "unicorn companies", "licornes", 2, 45),
    _count("listed_companies", "listed companies", "entreprises cotées en bourse", 10, 600, _REGION_PROGRAM),
    _count("national_innovation_platforms", "national-level sci-tech innovation platforms",
           "plateformes nationales d'innovation scientifique et technologique", 5, 300),
    _count("national_key_laboratories", "national key laboratories", "laboratoires clés nationaux", 2, 130),
    _count("major_sci_tech_infrastructure", "major scientific and technological infrastructure facilities",
           "grandes infrastructures scientifiques et technologiques", 2, 30),
    _count("innovation_consortia", "innovation consortia", "consortiums d'innovation", 3, 80),
    _count("national_incubators", "national technology business incubators",
           "incubateurs technologiques nationaux", 2, 90, _REGION_PROGRAM),
    _count("national_maker_spaces", "national maker spaces", "espaces nationaux d'innovation de masse", 2, 150,
           _REGION_PROGRAM),
    _count("pct_applications", "PCT international patent applications",
           "demandes internationales de brevet PCT", 50, 25000),
    _count("rd_personnel", "R&D personnel", "chercheurs et personnels de R&D", 2000, 900000, unit="people"),
    MetricPhrases(
        "talent_in_leading_industries", "people", _REGION, 20000, 1500000, 0,
        Frames(observation=("the leading industries of {S} employ {NN}", "{S} has attracted {NN} to its leading "
                            "industries"),
               observation_year=("by the end of {Y}, the leading industries of {S} employed {NN}",)),
        Frames(observation=("{S} emploie {NN} dans ses industries phares",),
               observation_year=("fin {Y}, {S} employait {NN} dans ses industries phares",)),
        "people", "personnes",
    ),
    MetricPhrases(
        "research_projects_hosted", "count", ("organization",), 100, 30000, 0,
        Frames(observation=("{S} has hosted {NN}", "{S} has supported {NN} since it opened")),
        Frames(observation=("{S} a accueilli {NN}", "{S} a soutenu {NN} depuis son ouverture")),
        "research projects", "projets de recherche",
    ),
    MetricPhrases(
        "partner_institutions", "count", ("organization",), 10, 400, 0,
        Frames(observation=("{S} has established partnerships with {NN}",)),
        Frames(observation=("{S} a noué des partenariats avec {NN}",)),
        "universities and research institutes", "universités et instituts de recherche",
    ),
    MetricPhrases(
        "joint_innovation_centers", "count", ("organization",), 5, 700, 0,
        Frames(observation=("{S} has set up {NN} with companies",)),
        Frames(observation=("{S} a créé {NN} avec des entreprises",)),
        "joint innovation centers", "centres d'innovation conjoints",
    ),
    MetricPhrases(
        "companies_attracted", "count", ("program",), 20, 5000, 0,
        Frames(observation=("{S} has attracted {NN}", "{S} has drawn in {NN}")),
        Frames(observation=("{S} a attiré {NN}",)),
        "companies and research teams", "entreprises et équipes de recherche",
    ),
    MetricPhrases(
        "rd_intensity", "percent", _REGION, 0.8, 6.5, 2,
        Frames(
            observation=("{S}'s R&D intensity stands at {P}",
                         "{S} spends {P} of its GDP on research and development"),
            observation_year=("in {Y}, the R&D expenditure of {S} was equivalent to {P} of its GDP",),
            target=("by {Y}, {S} aims to raise its R&D intensity {toP}",
                    "{S} targets R&D spending {ofP} of GDP by {Y}"),
            target_open=("{S} pledged to lift its R&D intensity {toP} in the coming years",),
        ),
        Frames(
            observation=("{S} affiche une intensité de R&D {deP}", "{S} consacre {P} de son PIB à la recherche "
                         "et au développement"),
            observation_year=("en {Y}, {S} a consacré {P} de son PIB à la R&D",),
            target=("d'ici {Y}, {S} vise une intensité de R&D {deP}", "{S} entend porter son intensité de R&D {aP} "
                    "d'ici {Y}"),
            target_open=("{S} s'engage à porter son intensité de R&D {aP} dans les années à venir",),
        ),
    ),
    MetricPhrases(
        "digital_economy_share_of_gdp", "percent", _REGION, 5, 55, 1,
        Frames(
            observation=("the core digital economy accounts for {P} of the GDP of {S}",),
            observation_year=("in {Y}, the core digital economy made up {P} of the GDP of {S}",),
            target=("{S} aims to raise the share of its core digital economy in GDP {toP} by {Y}",),
        ),
        Frames(
            observation=("{S} tire {P} de son PIB de l'économie numérique de base",),
            target=("d'ici {Y}, {S} vise à porter la part de l'économie numérique de base dans son PIB {aP}",),
        ),
    ),
    MetricPhrases(
        "basic_research_share", "percent", _REGION, 3, 25, 1,
        Frames(
            observation=("{S} devotes {P} of its R&D expenditure to basic research",),
            target=("{S} aims to raise the share of basic research in its R&D spending {toP} by {Y}",),
        ),
        Frames(
            observation=("{S} consacre {P} de ses dépenses de R&D à la recherche fondamentale",),
            target=("d'ici {Y}, {S} vise à porter la part de la recherche fondamentale dans ses dépenses de R&D {aP}",),
        ),
    ),
    MetricPhrases(
        "rd_expenditure", "cny", _REGION, 1e9, 2e12, 1,
        Frames(
            observation=("{S} invested {C} in research and development",),
            observation_year=("the total R&D expenditure of {S} reached {C} in {Y}",),
            target=("{S} plans to increase its R&D spending {toC} by {Y}",),
        ),
        Frames(
            observation=("{S} a investi {C} dans la recherche et le développement",),
            observation_year=("{S} a consacré {C} à la R&D en {Y}",),
            target=("{S} prévoit de porter ses dépenses de R&D à {C} d'ici {Y}",),
        ),
    ),
    MetricPhrases(
        "gdp", "cny", _REGION, 5e10, 1.4e13, 1,
        Frames(
            observation=("{S} recorded a GDP of {C}",),
            observation_year=("the GDP of {S} reached {C} in {Y}",),
            target=("{S} aims to grow its GDP {toC} by {Y}",),
        ),
        Frames(
            observation=("{S} a enregistré un PIB de {C}",),
            observation_year=("en {Y}, {S} a enregistré un PIB de {C}",),
            target=("{S} vise un PIB de {C} d'ici {Y}",),
        ),
    ),
    MetricPhrases(
        "tech_contract_turnover", "cny", _REGION, 5e8, 8e11, 1,
        Frames(
            observation=("the turnover of technology contracts signed in {S} hit {C}",),
            observation_year=("{S} signed technology contracts worth {C} in {Y}",),
            target=("{S} aims to push its technology contract turnover {toC} by {Y}",),
        ),
        Frames(
            observation=("{S} a signé des contrats technologiques d'une valeur de {C}",),
            observation_year=("en {Y}, {S} a signé des contrats technologiques d'une valeur de {C}",),
            target=("d'ici {Y}, {S} vise un chiffre d'affaires des contrats technologiques de {C}",),
        ),
    ),
    MetricPhrases(
        "high_tech_industry_output", "cny", _REGION_PROGRAM, 1e9, 3e12, 1,
        Frames(
            observation=("the high-tech industries of {S} generated output worth {C}",),
            observation_year=("in {Y}, the output value of high-tech industries in {S} reached {C}",),
            target=("{S} aims to lift the output of its high-tech industries {toC} by {Y}",),
        ),
        Frames(
            observation=("{S} a réalisé une production de {C} dans les industries de haute technologie",),
            target=("d'ici {Y}, {S} vise une production des industries de haute technologie de {C}",),
        ),
    ),
    MetricPhrases(
        "innovation_index_national_rank", "rank", _REGION, 1, 31, 0,
        Frames(
            observation=("{S} ranks {R} nationally in the comprehensive sci-tech innovation index",),
            observation_year=("{S} ranked {R} in the country for regional innovation capacity in {Y}",),
        ),
        Frames(
            observation=("{S} se classe au {R} rang national de l'indice d'innovation scientifique et technologique",),
        ),
    ),
    MetricPhrases(
        "gii_cluster_rank", "rank", ("cluster",), 1, 100, 0,
        Frames(observation_year=("{S} ranked {R} among the top 100 science and technology clusters of the "
                                 "Global Innovation Index {Y}",)),
        Frames(observation_year=("{S} s'est classé au {R} rang des 100 premiers clusters scientifiques et "
                                 "technologiques de l'Indice mondial de l'innovation {Y}",)),
    ),
    MetricPhrases(
        "share_of_national_high_tech_enterprises", "percent", _REGION_PROGRAM, 2, 35, 1,
        Frames(observation=("{S} accounts for {F} of China's high-tech enterprises",)),
        Frames(observation=("{S} concentre {F} des entreprises de haute technologie du pays",)),
    ),
    MetricPhrases(
        "share_of_star_market_companies", "percent", _REGION_PROGRAM, 2, 35, 1,
        Frames(observation=("{S} is home to {F} of the companies listed on the STAR Market",)),
        Frames(observation=("{S} accueille {F} des entreprises cotées sur le STAR Market",)),
    ),
    MetricPhrases(
        "share_of_national_top_journal_papers", "percent", _REGION, 2, 35, 1,
        Frames(observation=("{S} contributed {F} of China's papers in top international journals",)),
        Frames(observation=("{S} a signé {F} des articles chinois parus dans les grandes revues internationales",)),
    ),
    MetricPhrases(
        "national_market_share", "percent", ("company",), 3, 60, 1,
        Frames(observation=("{S} holds {F} of the national market",)),
        Frames(observation=("{S} détient {F} du marché national",)),
    ),
    MetricPhrases(
        "invention_patents_per_10k_people", "per_10k_people", _REGION, 5, 180, 1,
        Frames(
            observation=("{S} owns {N} invention patents per 10,000 people",),
            observation_year=("at the end of {Y}, {S} had {N} invention patents for every 10,000 residents",),
            target=("by {Y}, {S} aims to own {N} invention patents per 10,000 people",),
        ),
        Frames(
            observation=("{S} compte {N} brevets d'invention pour 10 000 habitants",),
            target=("d'ici {Y}, {S} vise {N} brevets d'invention pour 10 000 habitants",),
        ),
    ),
    MetricPhrases(
        "high_value_patents_per_10k_people", "per_10k_people", _REGION, 2, 90, 1,
        Frames(
            observation=("{S} holds {N} high-value invention patents per 10,000 people",),
            target=("{S} aims to reach {N} high-value invention patents per 10,000 people by {Y}",),
        ),
        Frames(
            observation=("{S} détient {N} brevets d'invention à forte valeur pour 10 000 habitants",),
            target=("d'ici {Y}, {S} vise {N} brevets d'invention à forte valeur pour 10 000 habitants",),
        ),
    ),
    MetricPhrases(
        "new_tech_enterprises_per_day", "count_per_day", _REGION, 10, 600, 0,
        Frames(observation=("{S} sees {N} new technology enterprises set up every day",)),
        Frames(observation=("{S} voit naître {N} nouvelles entreprises technologiques chaque jour",)),
    ),
    MetricPhrases(
        "planned_area", "km2", _REGION_PROGRAM, 3, 600, 1,
        Frames(observation=("{S} covers a planned area of {A}",)),
        Frames(observation=("{S} s'étend sur une superficie planifiée de {A}",)),
    ),
)

QUALIFIERS_EN: dict[str, tuple[str, ...]] = {
    "approx": ("nearly", "about", "around", "approximately"),
    "more_than": ("more than", "over"),
    "at_least": ("no less than", "at least"),
    "less_than": ("less than",),
    "at_most": ("up to",),
}
QUALIFIERS_FR: dict[str, tuple[str, ...]] = {
    "approx": ("près de", "environ"),
    "more_than": ("plus de",),
    "at_least": ("au moins",),
    "less_than": ("moins de",),
    "at_most": ("jusqu'à",),
}

NUMBER_WORDS_EN = _split(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
)
TENS_EN = _split("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
NUMBER_WORDS_FR = _split(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf"
)
TENS_FR = _split("_ _ vingt trente quarante cinquante soixante")

ORDINALS_EN = _split("_ first second third fourth fifth sixth seventh eighth ninth tenth")
ORDINALS_FR = _split("_ premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième")

# (English, French, percent)
FRACTIONS: tuple[tuple[str, str, float], ...] = (
    ("half", "la moitié", 50.0),
    ("one-third", "un tiers", 33.33),
    ("a quarter", "un quart", 25.0),
    ("one-fifth", "un cinquième", 20.0),
    ("one-sixth", "un sixième", 16.67),
    ("one-seventh", "un septième", 14.29),
    ("one-tenth", "un dixième", 10.0),
    ("two-thirds", "deux tiers", 66.67),
)

LEADS_EN = (
    "According to the local science and technology bureau, ",
    "Official figures show that ",
    "Data released at the press conference show that ",
    "Meanwhile, ",
    "",
)
LEADS_FR = (
    "Selon le bureau local des sciences et technologies, ",
    "Les chiffres officiels montrent que ",
    "D'après les données publiées lors de la conférence de presse, ",
    "Par ailleurs, ",
    "",
)

TITLES_EN = (
    "{S} steps up efforts to build a sci-tech innovation hub",
    "How {S} is turning research into industry",
    "{S} unveils new measures to boost innovation",
    "Innovation drive gathers pace in {S}",
)
TITLES_FR = (
    "{S} accélère la construction d'un pôle d'innovation scientifique et technologique",
    "Comment {S} transforme la recherche en industrie",
    "{S} dévoile de nouvelles mesures pour stimuler l'innovation",
    "{S} : l'innovation prend de l'ampleur",
)

# Prose without numbers: the bulk of a news page.
PROSE_EN = (
    "{S} has made innovation the primary driving force of its development.",
    "Officials said the new policies would cut red tape for young researchers and start-ups.",
    "Universities, research institutes and companies are working together more closely than before.",
    "Local authorities have promised faster approval procedures for technology projects.",
    "The measures focus on integrated circuits, biomedicine, artificial intelligence and new materials.",
    "Venture capital funds have shown growing interest in hard-technology start-ups in {S}.",
    "The government will also improve housing and schooling for talent coming from abroad.",
    "Industry insiders say the combination of research resources and manufacturing capacity is a clear advantage.",
    "A series of pilot zones has been set up to test new ways of transferring research results.",
    "{S} is also strengthening cooperation with neighbouring regions on shared research facilities.",
    "Experts noted that the business environment has improved markedly.",
    "The plan calls for closer links between basic research and the needs of industry.",
    "Several companies have opened research centres near the new science city.",
    "The local government encourages enterprises to take the lead in key technology projects.",
)
PROSE_FR = (
    "{S} a fait de l'innovation le principal moteur de son développement.",
    "Selon les responsables, les nouvelles mesures allégeront les démarches des jeunes chercheurs et des start-up.",
    "Universités, instituts de recherche et entreprises travaillent désormais plus étroitement.",
    "Les autorités locales ont promis des procédures d'approbation plus rapides pour les projets technologiques.",
    "Les mesures portent sur les circuits intégrés, la biomédecine, l'intelligence artificielle et les nouveaux "
    "matériaux.",
    "Les fonds de capital-risque s'intéressent de plus en plus aux jeunes pousses de technologie de pointe.",
    "Le gouvernement améliorera aussi le logement et la scolarisation des talents venus de l'étranger.",
    "Pour les professionnels du secteur, l'alliance des ressources de recherche et de l'industrie est un atout.",
    "Plusieurs zones pilotes ont été créées pour tester de nouvelles formes de transfert des résultats de recherche.",
    "{S} renforce également sa coopération avec les régions voisines autour d'équipements de recherche partagés.",
    "Les experts constatent une nette amélioration de l'environnement des affaires.",
    "Le plan prévoit de rapprocher la recherche fondamentale des besoins de l'industrie.",
    "Plusieurs entreprises ont ouvert des centres de recherche près de la nouvelle cité scientifique.",
    "Les autorités encouragent les entreprises à piloter les grands projets technologiques.",
)

# Sentences whose numbers are not facts: years, dates, durations, ordinals of plans and congresses,
# and list counts that announce the items named next to them. {W} is a small number in words, {L} the
# list of fields it announces, {RL} a list of provinces, {Y} a year, {D} a date, {OP} and {OC} the
# ordinal of a five-year plan and of a party congress.
FILLER_EN = (
    "Over the past {W} years, {S} has steadily increased its support for basic research.",
    "The programme was launched in {Y} and has been extended twice since.",
    "During the {OP} Five-Year Plan period, the region set out to upgrade its manufacturing base.",
    "Since the {OC} National Congress of the Communist Party of China, innovation has been placed at the heart "
    "of the country's modernization.",
    "The forum, held on {D}, brought together officials, scientists and entrepreneurs for {W} days of talks.",
    "{S} has identified {W} key fields: {L}.",
    "The new laboratory building, completed in {Y}, took {W} years to design and build.",
    "For {W} consecutive years, {S} has been listed among the national models of innovation.",
    "{S} is deepening cooperation with the {W} provinces of {RL}.",
)
FILLER_FR = (
    "Au cours des {W} dernières années, {S} a régulièrement renforcé son soutien à la recherche fondamentale.",
    "Le programme a été lancé en {Y} et prolongé à deux reprises depuis.",
    "Pendant la période du {OP} plan quinquennal, la région s'est attachée à moderniser son industrie.",
    "Depuis le {OC} congrès national du Parti communiste chinois, l'innovation est au cœur de la modernisation "
    "du pays.",
    "Le forum, organisé le {D}, a réuni responsables, scientifiques et entrepreneurs pendant {W} jours.",
    "{S} a retenu {W} domaines clés : {L}.",
    "Le nouveau bâtiment du laboratoire, achevé en {Y}, a demandé {W} années d'études et de travaux.",
    "Pendant {W} années consécutives, {S} a figuré parmi les modèles nationaux de l'innovation.",
    "{S} approfondit sa coopération avec {W} provinces : {RL}.",
)
FIELDS_EN = ("integrated circuits", "biomedicine", "artificial intelligence", "new energy vehicles",
             "quantum information", "new materials", "aerospace", "low-altitude economy")
FIELDS_FR = ("les circuits intégrés", "la biomédecine", "l'intelligence artificielle", "les véhicules à énergie "
             "nouvelle", "l'information quantique", "les nouveaux matériaux", "l'aérospatiale",
             "l'économie de basse altitude")
MONTHS_EN = _split("January February March April May June July August September October November December")
MONTHS_FR = _split("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")

# Page furniture: navigation, video blurbs, share buttons, bylines. Numbers in them are not facts.
FURNITURE_TOP_EN = ("Home > News > Science & Technology", "Home > China > Regions", "Video | 02:{mm}",
                    "Font size: A A A", "Views: {views}")
FURNITURE_TOP_FR = ("Accueil > Actualités > Sciences", "Accueil > Chine > Régions", "Vidéo | 03:{mm}",
                    "Taille de police : A A A", "Vues : {views}")
FURNITURE_BOTTOM_EN = ("Share: WeChat | Weibo | LinkedIn", "Editor: Wang Lin", "Related news",
                       "Watch: {W} minutes inside a new research campus", "Buy video",
                       "Copyright © {Y} All rights reserved.", "Advertisement")
FURNITURE_BOTTOM_FR = ("Partager : WeChat | Weibo | LinkedIn", "Rédaction : Li Na", "Articles liés",
                       "Vidéo : {W} minutes dans un nouveau campus de recherche", "Télécharger la vidéo",
                       "Copyright © {Y} Tous droits réservés.", "Publicité")

# Lines that introduce the publication date.
DATE_LINES_EN = ("Released on: {iso} {hh}:{mm} | Source: Xinhua", "Published: {month_en} {day}, {year}")
DATE_LINES_FR = ("Publié le {day} {month_fr} {year}", "Mis en ligne le {iso} à {hh}h{mm}")
