"""Synthetic documents of the genre for benchmarks and robustness tests (never scored: no gold)."""

from __future__ import annotations

import random

_EN = [
    "{city} is home to more than {n:,} high-tech enterprises, and its R&D intensity reached {p}% in 2024.",
    "By 2027, {city} aims to have {k} national key laboratories and {m} national incubators.",
    "The {city} Hi-Tech Zone covers a planned area of {a} square kilometers.",
    "Technology contract turnover in {city} reached {b} billion yuan last year, up {g} percent.",
    "The city ranked {o} nationally in the comprehensive sci-tech innovation index.",
    "Officials said the {c} district will build {k} innovation consortia with universities.",
    "Companies such as Alpha Robotics, Beta Semiconductor and Gamma Technologies have set up labs here.",
    "During a visit on March {d}, the delegation toured the campus for three hours.",
]
_FR = [
    "{city} compte plus de {n} entreprises de haute technologie et une intensité de R&D de {p} %.",
    "D'ici 2028, {city} vise à atteindre {k} laboratoires clés nationaux.",
    "Le parc hi-tech de {c} couvre une superficie planifiée de {a} kilomètres carrés.",
    "Le montant des contrats technologiques a atteint {b} milliards de yuans, en hausse de {g} %.",
    "La ville se classe au {o}e rang national de l'indice d'innovation scientifique et technologique.",
    "Des entreprises telles que Delta Robot, Epsilon Technologies ou Zeta Motors y sont implantées.",
    "Depuis plus de dix ans, le district accueille trois grandes actions spéciales.",
]
# Sentences without numbers: most of a real article is context, quotes and policy language.
_EN_PROSE = [
    "Officials said the municipality will deepen the integration of scientific and industrial innovation.",
    "{city} has continued to strengthen its role as a source of original innovation in the region.",
    "The plan calls for closer cooperation between universities, research institutes and leading companies.",
    "Experts noted that the {c} cluster benefits from a dense network of suppliers and talent.",
    "\"We will keep improving the innovation ecosystem,\" said the director of the science and technology bureau.",
    "The new policies cover financing, talent housing and the opening of application scenarios.",
]
_FR_PROSE = [
    "Les autorités ont souligné le rôle moteur de {city} dans l'innovation scientifique et technologique régionale.",
    "Le plan prévoit une coopération plus étroite entre universités, instituts de recherche et entreprises leaders.",
    "Selon les experts, le district de {c} bénéficie d'un réseau dense de fournisseurs et de talents.",
    "« Nous continuerons à améliorer l'écosystème d'innovation », a déclaré le directeur du bureau.",
    "Les nouvelles mesures portent sur le financement, le logement des talents et les scénarios d'application.",
]
_CITIES = ["Shenzhen", "Hefei", "Wuhan", "Hangzhou", "Chengdu", "Xi'an", "Suzhou", "Guangzhou", "Nanjing"]


def sample_text(seed: int, size: int = 5000) -> str:
    """A text of about `size` characters written like the genre, in English (odd seeds) or French."""
    rng = random.Random(seed)
    templates = _EN if seed % 2 else _FR
    prose = _EN_PROSE if seed % 2 else _FR_PROSE
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < size:
        t = rng.choice(templates) if rng.random() < 0.4 else rng.choice(prose)
        parts.append(
            t.format(
                city=rng.choice(_CITIES), c=rng.choice(["Nanshan", "Binjiang", "Gaoxin", "Jiangbei"]),
                n=rng.randint(1000, 30000), p=round(rng.uniform(1, 6), 2), k=rng.randint(2, 90),
                m=rng.randint(2, 40), a=round(rng.uniform(1, 200), 1), b=round(rng.uniform(1, 900), 1),
                g=round(rng.uniform(1, 30), 1), o=rng.randint(1, 30), d=rng.randint(1, 28),
            )
        )
    return "\n".join(parts)[:size]
