"""Constructed dated histories for the time-aware views (v_facts_as_of, v_metrics_latest, v_targets_latest,
v_metric_history, v_target_progress, v_peer_lag): invented regions and figures, each chosen so that one
rule decides one row. Loaded with facts_fixture.load into a database of their own."""

from __future__ import annotations

from datetime import date

from facts_fixture import Doc, Fact

REGIONS = ("Northport", "Southbay", "Eastvale")
INDICATORS = (("rd_intensity", "percent"), ("high_tech_enterprises", "count"), ("unicorn_enterprises", "count"),
              ("national_key_laboratories", "count"), ("patents_granted", "count"),
              ("foreign_direct_investment", "usd"), ("city_innovation_rank", "rank"))


def _doc(name: str, published: date | None, *sentences: str, folder: str = "/data/news") -> Doc:
    return Doc(name, "en", published, " ".join(sentences), folder)


def _obs(subject: str, indicator: str, unit: str, value: float, year: int | None, doc: str, quote: str,
         qualifier: str = "exact", *more: tuple[str, str]) -> Fact:
    return Fact("observation", "region", subject, indicator, unit, value, year, ((doc, quote), *more),
                qualifier)


def _target(subject: str, indicator: str, unit: str, value: float, year: int | None, doc: str, quote: str,
            qualifier: str = "exact") -> Fact:
    return Fact("target", "region", subject, indicator, unit, value, year, ((doc, quote),), qualifier)


# --- Eastvale: one rule of "latest" per indicator ---------------------------------------------------------
EV_2012 = "eastvale_2012.txt"
EV_2024_JUNE = "eastvale_2024_june.txt"
EV_2024_JAN = "eastvale_2024_january.txt"
EV_2024_MAY = "eastvale_2024_may.txt"
EV_2025_MARCH = "eastvale_2025_march.txt"
EV_2025_OCT = "eastvale_2025_october.txt"
EV_UNDATED = "eastvale_undated.txt"
EV_LAB_A = "eastvale_labs_a.txt"
EV_LAB_B = "eastvale_labs_b.txt"
EV_COPY = "eastvale_2025_october_copy.txt"
EV_2023_JUNE = "eastvale_2023_june.txt"

OLD_COUNT = "Eastvale had 951 high-tech enterprises in 2011."
NEW_COUNT = "Eastvale now counts 9,123 high-tech enterprises."
UNDATED_RD = "R&D intensity is about 2.3 percent."
DATED_RD = "R&D intensity reached 2.5 percent in 2024."
NO_DATE_PATENTS = "The city grants 100 patents."
DATED_PATENTS = "It granted 80 patents in 2010."
EARLY_UNICORNS = "Eastvale had 5 unicorn companies in 2023."
LATE_UNICORNS = "Eastvale had 6 unicorn companies in 2023."
LABS_ONE = "Eastvale hosts 7 national key laboratories in 2023."
LABS_TWO = "Eastvale hosts 8 national key laboratories in 2023."
FDI_2023 = "Foreign direct investment reached 1 billion US dollars in 2023."
FDI_2021 = "Foreign direct investment was 2 billion US dollars in 2021."
FDI_UNDATED = "Foreign direct investment now stands at 3 billion US dollars."

# --- Northport (targets) and Southbay (its peer) -------------------------------------------------------------
NP_HISTORY = "northport_history.txt"
NP_PLAN = "northport_plan_2023.txt"
SB_HISTORY = "southbay_history.txt"

NP_SENTENCES = {
    "rd": ("R&D intensity was 2.0 percent in 2019.", "It rose to 2.2 percent in 2020.",
           "It was 2.4 percent in 2021.", "It reached 2.6 percent in 2022."),
    "ht": ("The city had 1,000 high-tech enterprises in 2020.", "It had 1,210 high-tech enterprises in 2022."),
    "unicorn": "Northport had 12 unicorn companies in 2022.",
    "labs": "Northport hosts 15 national key laboratories in 2022.",
    "rank": "Northport ranked 9th among innovative cities in 2020.",
    "rank2": "Northport ranked 8th among innovative cities in 2022.",
}
NP_TARGETS = {
    "rd": "R&D intensity of 3.5 percent by 2027",
    "ht": "3,000 high-tech enterprises by 2027",
    "unicorn": "10 unicorn companies by 2025",
    "labs": "20 national key laboratories by 2030",
    "patents": "5,000 patents by 2030",
    "late": "1,500 high-tech enterprises by 2021",
    "rank": "a top-5 rank by 2026",
}
SB_SENTENCES = ("Southbay's R&D intensity was 2.8 percent in 2015.", "It was 3.1 percent in 2016.",
                "It was 3.6 percent in 2017.", "It was 3.9 percent in 2020.",
                "Southbay had 2,500 high-tech enterprises in 2018.",
                "Southbay had more than 3,200 high-tech enterprises in 2021.")

DOCS = (
    _doc(EV_2012, date(2012, 3, 1), OLD_COUNT, DATED_PATENTS),
    _doc(EV_2024_JUNE, date(2024, 6, 1), UNDATED_RD),
    _doc(EV_2024_JAN, date(2024, 1, 15), EARLY_UNICORNS),
    _doc(EV_2024_MAY, date(2024, 5, 20), LATE_UNICORNS),
    _doc(EV_2025_MARCH, date(2025, 3, 1), DATED_RD, FDI_2023, FDI_2021),
    _doc(EV_2025_OCT, date(2025, 10, 15), NEW_COUNT),
    _doc(EV_COPY, date(2025, 10, 15), NEW_COUNT, folder="/data/mirror"),  # the same content at another path
    _doc(EV_UNDATED, None, NO_DATE_PATENTS),
    _doc(EV_LAB_A, date(2024, 2, 1), LABS_ONE, LABS_TWO),
    _doc(EV_LAB_B, date(2024, 2, 1), LABS_TWO + " More to come."),
    _doc(EV_2023_JUNE, date(2023, 6, 30), FDI_UNDATED),
    _doc(NP_HISTORY, date(2023, 1, 20), *NP_SENTENCES["rd"], *NP_SENTENCES["ht"], NP_SENTENCES["unicorn"],
         NP_SENTENCES["labs"], NP_SENTENCES["rank"], NP_SENTENCES["rank2"]),
    _doc(NP_PLAN, date(2023, 3, 1), "Northport aims for " + "; ".join(NP_TARGETS.values()) + "."),
    _doc(SB_HISTORY, date(2022, 2, 1), *SB_SENTENCES),
)

FACTS = (
    _obs("Eastvale", "high_tech_enterprises", "count", 951, 2011, EV_2012, OLD_COUNT),
    _obs("Eastvale", "high_tech_enterprises", "count", 9123, None, EV_2025_OCT, NEW_COUNT, "exact",
         (EV_COPY, NEW_COUNT)),
    _obs("Eastvale", "rd_intensity", "percent", 2.3, None, EV_2024_JUNE, UNDATED_RD, "approx"),
    _obs("Eastvale", "rd_intensity", "percent", 2.5, 2024, EV_2025_MARCH, DATED_RD),
    _obs("Eastvale", "patents_granted", "count", 100, None, EV_UNDATED, NO_DATE_PATENTS),
    _obs("Eastvale", "patents_granted", "count", 80, 2010, EV_2012, DATED_PATENTS),
    _obs("Eastvale", "unicorn_enterprises", "count", 5, 2023, EV_2024_JAN, EARLY_UNICORNS),
    _obs("Eastvale", "unicorn_enterprises", "count", 6, 2023, EV_2024_MAY, LATE_UNICORNS),
    _obs("Eastvale", "national_key_laboratories", "count", 7, 2023, EV_LAB_A, LABS_ONE),
    _obs("Eastvale", "national_key_laboratories", "count", 8, 2023, EV_LAB_A, LABS_TWO, "exact",
         (EV_LAB_B, LABS_TWO)),
    _obs("Eastvale", "foreign_direct_investment", "usd", 1e9, 2023, EV_2025_MARCH, FDI_2023),
    _obs("Eastvale", "foreign_direct_investment", "usd", 2e9, 2021, EV_2025_MARCH, FDI_2021),
    _obs("Eastvale", "foreign_direct_investment", "usd", 3e9, None, EV_2023_JUNE, FDI_UNDATED),
    *(_obs("Northport", "rd_intensity", "percent", v, y, NP_HISTORY, q)
      for v, y, q in zip((2.0, 2.2, 2.4, 2.6), (2019, 2020, 2021, 2022), NP_SENTENCES["rd"], strict=True)),
    *(_obs("Northport", "high_tech_enterprises", "count", v, y, NP_HISTORY, q)
      for v, y, q in zip((1000, 1210), (2020, 2022), NP_SENTENCES["ht"], strict=True)),
    _obs("Northport", "unicorn_enterprises", "count", 12, 2022, NP_HISTORY, NP_SENTENCES["unicorn"]),
    _obs("Northport", "national_key_laboratories", "count", 15, 2022, NP_HISTORY, NP_SENTENCES["labs"]),
    _obs("Northport", "city_innovation_rank", "rank", 9, 2020, NP_HISTORY, NP_SENTENCES["rank"]),
    _obs("Northport", "city_innovation_rank", "rank", 8, 2022, NP_HISTORY, NP_SENTENCES["rank2"]),
    _target("Northport", "rd_intensity", "percent", 3.5, 2027, NP_PLAN, NP_TARGETS["rd"]),
    _target("Northport", "high_tech_enterprises", "count", 3000, 2027, NP_PLAN, NP_TARGETS["ht"]),
    _target("Northport", "unicorn_enterprises", "count", 10, 2025, NP_PLAN, NP_TARGETS["unicorn"]),
    _target("Northport", "national_key_laboratories", "count", 20, 2030, NP_PLAN, NP_TARGETS["labs"]),
    _target("Northport", "patents_granted", "count", 5000, 2030, NP_PLAN, NP_TARGETS["patents"]),
    _target("Northport", "high_tech_enterprises", "count", 1500, 2021, NP_PLAN, NP_TARGETS["late"]),
    _target("Northport", "city_innovation_rank", "rank", 5, 2026, NP_PLAN, NP_TARGETS["rank"], "at_most"),
    *(_obs("Southbay", "rd_intensity", "percent", v, y, SB_HISTORY, q)
      for v, y, q in zip((2.8, 3.1, 3.6, 3.9), (2015, 2016, 2017, 2020), SB_SENTENCES[:4], strict=True)),
    _obs("Southbay", "high_tech_enterprises", "count", 2500, 2018, SB_HISTORY, SB_SENTENCES[4]),
    _obs("Southbay", "high_tech_enterprises", "count", 3200, 2021, SB_HISTORY, SB_SENTENCES[5], "more_than"),
)
