"""Documents of the genre (regional sci-tech news, English and French) written from templates.

The sentences are our own and name cities other than the seed documents' ones; a seeded random generator
makes every corpus reproducible, so a killed run and a clean run see the same bytes.
"""

from __future__ import annotations

import random
from pathlib import Path

CITIES = (
    "Shenzhen", "Hefei", "Wuhan", "Chengdu", "Xi'an", "Changsha", "Zhengzhou", "Jinan", "Qingdao", "Xiamen",
    "Fuzhou", "Kunming", "Guiyang", "Tianjin", "Shenyang", "Harbin", "Nanchang", "Lanzhou", "Taiyuan", "Dalian",
)

EN_OBSERVATIONS = (
    "{city} now counts more than {count} national high-tech enterprises on its register.",
    "The city's R&D intensity reached {pct} percent of GDP in {year}.",
    "Last year {city} registered nearly {small} technology-based SMEs, the municipal bureau said.",
    "The {city} high-tech zone counts {small} national key laboratories and {tiny} innovation consortia.",
    "Technology contract turnover in {city} rose to {amount} billion yuan in {year}.",
    "Invention patents owned per 10,000 people stood at {pct} at the end of {year}.",
    "{city} ranks {ordinal} in the national sci-tech innovation index.",
    "About {small} startups were founded in the city's incubators over the past twelve months.",
)
EN_TARGETS = (
    "By {target_year}, {city} aims to raise its R&D intensity to {pct} percent of GDP.",
    "The plan sets a goal of {count} high-tech enterprises in {city} by {target_year}.",
    "{city} will build at least {tiny} major sci-tech infrastructure facilities by {target_year}.",
    "The city expects the core digital economy to account for {pct} percent of GDP by {target_year}.",
)
EN_FILLER = (
    "Officials said the measures would help local firms move up the value chain.",
    "Universities and research institutes in the region signed a cooperation agreement.",
    "The new policy package covers talent, finance and land for laboratories.",
    "Analysts expect the momentum to continue as investment in basic research grows.",
)
FR_OBSERVATIONS = (
    "{city} compte désormais plus de {count_fr} entreprises de haute technologie.",
    "L'intensité de R&D de la ville a atteint {pct_fr} % du PIB en {year}.",
    "La ville abrite près de {small} PME technologiques, selon le bureau municipal.",
    "La zone de haute technologie de {city} réunit {small} laboratoires clés nationaux.",
    "Les transactions technologiques ont atteint {amount_fr} milliards de yuans en {year}.",
    "{city} se classe au {ordinal_fr} rang national de l'indice d'innovation scientifique.",
)
FR_TARGETS = (
    "D'ici {target_year}, {city} veut porter son intensité de R&D à {pct_fr} % du PIB.",
    "D'ici {target_year}, l'objectif est d'atteindre {count_fr} entreprises de haute technologie à {city}.",
    "La ville prévoit au moins {tiny} incubateurs nationaux supplémentaires d'ici {target_year}.",
)
FR_FILLER = (
    "Les autorités estiment que ces mesures aideront les entreprises locales à monter en gamme.",
    "Les universités et les instituts de recherche de la région ont signé un accord de coopération.",
    "Le nouveau dispositif couvre les talents, le financement et le foncier des laboratoires.",
)
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre")


def _english_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _numbers(rng: random.Random) -> dict[str, str | int]:
    count = rng.randrange(1_200, 60_000)
    pct = round(rng.uniform(1.5, 9.5), 1)
    amount = round(rng.uniform(20, 900), 1)
    ordinal = rng.randrange(2, 30)
    return {
        "count": f"{count:,}",
        # French digit groups, sometimes with a no-break space as French typesetting does
        "count_fr": f"{count:,}".replace(",", rng.choice((" ", "\u00a0"))),
        "pct": f"{pct}",
        "pct_fr": f"{pct}".replace(".", ","),
        "amount": f"{amount}",
        "amount_fr": f"{amount}".replace(".", ","),
        "small": rng.randrange(12, 900),
        "tiny": rng.randrange(2, 12),
        "year": rng.randrange(2019, 2025),
        "target_year": rng.randrange(2026, 2036),
        "ordinal": f"{ordinal}{_english_suffix(ordinal)}",
        "ordinal_fr": f"{ordinal}e",
    }


def english_document(rng: random.Random, city: str | None = None) -> str:
    """A dated English news item: headline, dateline, three to six paragraphs with numbers."""
    city = city or rng.choice(CITIES)
    day, month, year = rng.randrange(1, 28), rng.choice(MONTHS_EN), rng.randrange(2023, 2026)
    lines = [f"{city} steps up its drive to become a regional innovation hub",
             f"Published: {month} {day}, {year}", ""]
    for _ in range(rng.randrange(3, 7)):
        pool = rng.sample(EN_OBSERVATIONS, 2) + [rng.choice(EN_TARGETS), rng.choice(EN_FILLER)]
        rng.shuffle(pool)
        lines.append(" ".join(s.format(city=city, **_numbers(rng)) for s in pool))
        lines.append("")
    return "\n".join(lines)


def french_document(rng: random.Random, city: str | None = None) -> str:
    """A dated French news item of the same genre."""
    city = city or rng.choice(CITIES)
    day, month, year = rng.randrange(1, 28), rng.choice(MONTHS_FR), rng.randrange(2023, 2026)
    lines = [f"{city} accélère sa transformation en pôle d'innovation régional",
             f"Publié le {day} {month} {year}", ""]
    for _ in range(rng.randrange(3, 6)):
        pool = rng.sample(FR_OBSERVATIONS, 2) + [rng.choice(FR_TARGETS), rng.choice(FR_FILLER)]
        rng.shuffle(pool)
        lines.append(" ".join(s.format(city=city, **_numbers(rng)) for s in pool))
        lines.append("")
    return "\n".join(lines)


def write_corpus(folder: Path, count: int, seed: int = 20240611) -> list[Path]:
    """`count` documents (about one in three French) as UTF-8 files doc_0000.txt... in `folder`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        text = french_document(rng) if rng.random() < 0.35 else english_document(rng)
        path = folder / f"doc_{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
