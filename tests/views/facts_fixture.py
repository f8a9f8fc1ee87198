"""A small, hand-made database content for the analytics views: facts about Hefei, Wuhan, Chengdu and Xi'an.

Written straight into the core tables (not through the loader) so that the views are tested on their own.
The sentences are invented for the tests; every quote is found in its document's text, so the evidence
offsets are grounded like the loader's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import psycopg

from etl import precomputed
from etl.aliases import alias_key


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    language: str
    published: date | None
    text: str
    folder: str = "/data/news"  # the same content at two paths is two documents with one sha256


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # target | observation
    subject_type: str
    subject: str
    indicator: str
    unit: str
    value: float
    year: int | None
    quotes: tuple[tuple[str, str], ...]  # (document name, quote)
    qualifier: str = "exact"
    value_high: float | None = None


HEFEI_PLAN = "hefei_plan_2024_en.txt"
HEFEI_UPDATE = "hefei_update_2025_en.txt"
WUHAN_BILAN = "wuhan_bilan_2024_fr.txt"
CHENGDU_PARKS = "chengdu_parks_2023_en.txt"
CHENGDU_BRIEF = "chengdu_brief_2023_en.txt"
XIAN_PLAN = "xian_plan_en.txt"

DOCS = (
    Doc(HEFEI_PLAN, "en", date(2024, 3, 1),
        "Hefei sets out its innovation plan. By 2027 the city aims for R&D spending of 4.5 to 5 percent "
        "of GDP and at least 15,000 high-tech enterprises, as well as 10 unicorn companies by 2027. Its "
        "R&D intensity stood at 3.9 percent in 2023, and the city counted more than 8,000 high-tech "
        "enterprises in 2023. Hefei hosts 12 national key laboratories. Hefei Quantum Instruments Co. "
        "holds more than 31 percent of the national market."),
    Doc(HEFEI_UPDATE, "en", date(2025, 1, 10),
        "Hefei reported more than 8,000 high-tech enterprises at the end of 2023; a later count put the "
        "figure at 8,200 high-tech enterprises in 2023. The new goal is 20,000 high-tech enterprises by "
        "2030. Hefei Quantum Instruments Co. opened a second plant."),
    Doc(WUHAN_BILAN, "fr", date(2024, 6, 15),
        "Wuhan dresse son bilan. L'intensité de R&D a atteint 3,5 % en 2023, contre 3,2 % en 2022. La "
        "ville compte près de 14 000 entreprises de haute technologie en 2023 ; selon la chambre de "
        "commerce, elle en aurait aujourd'hui plus de 15 000 entreprises de haute technologie. Elle vise "
        "une intensité de R&D de 4 % d'ici 2025 et une production high-tech de 1 200 milliards de yuans "
        "d'ici 2027."),
    Doc(CHENGDU_PARKS, "en", date(2023, 11, 20),
        "Chengdu had 11,000 high-tech enterprises in 2023 but no unicorn company in 2019. The Chengdu "
        "Tianfu Photonics Park reported output of 80 billion yuan in 2023 and targets 150 billion yuan by "
        "2030."),
    Doc(CHENGDU_BRIEF, "en", date(2023, 5, 2),
        "An early estimate gave Chengdu 10,500 high-tech enterprises in 2023. The Chengdu Tianfu "
        "Photonics Park is expanding."),
    Doc(XIAN_PLAN, "en", None,
        "Xi'an wants R&D intensity of 5.2 percent by 2030. Orbit Photonics Ltd. aims for a 40 percent "
        "national market share by 2026, up from 25 percent in 2024."),
)

REGIONS = ("Hefei", "Wuhan", "Chengdu", "Xi'an")
REGION_ALIASES = (("Hefei", "合肥", "zh"), ("Hefei", "Héféi", "pinyin"), ("Wuhan", "武汉", "zh"),
                  ("Chengdu", "成都", "zh"), ("Xi'an", "西安", "zh"))
# (table, name, kind, region)
ENTITIES = (
    ("organizations", "Hefei Quantum Instruments Co.", "company", "Hefei"),
    ("organizations", "Orbit Photonics Ltd.", "company", None),
    ("programs", "Chengdu Tianfu Photonics Park", "park", "Chengdu"),
)
INDICATORS = (("rd_intensity", "percent"), ("high_tech_enterprises", "count"),
              ("unicorn_enterprises", "count"), ("national_key_laboratories", "count"),
              ("national_market_share", "percent"), ("high_tech_industry_output", "cny"))
PARK = "Chengdu Tianfu Photonics Park"
QUANTUM = "Hefei Quantum Instruments Co."
ORBIT = "Orbit Photonics Ltd."

FACTS = (
    Fact("target", "region", "Hefei", "rd_intensity", "percent", 4.5, 2027,
         ((HEFEI_PLAN, "R&D spending of 4.5 to 5 percent of GDP"),), value_high=5),
    Fact("target", "region", "Hefei", "high_tech_enterprises", "count", 15000, 2027,
         ((HEFEI_PLAN, "at least 15,000 high-tech enterprises"),), qualifier="at_least"),
    Fact("target", "region", "Hefei", "high_tech_enterprises", "count", 20000, 2030,
         ((HEFEI_UPDATE, "20,000 high-tech enterprises by 2030"),)),
    Fact("target", "region", "Hefei", "unicorn_enterprises", "count", 10, 2027,
         ((HEFEI_PLAN, "10 unicorn companies by 2027"),)),
    Fact("observation", "region", "Hefei", "rd_intensity", "percent", 3.9, 2023,
         ((HEFEI_PLAN, "R&D intensity stood at 3.9 percent in 2023"),)),
    Fact("observation", "region", "Hefei", "high_tech_enterprises", "count", 8000, 2023,
         ((HEFEI_PLAN, "more than 8,000 high-tech enterprises in 2023"),
          (HEFEI_UPDATE, "more than 8,000 high-tech enterprises at the end of 2023")), qualifier="more_than"),
    Fact("observation", "region", "Hefei", "high_tech_enterprises", "count", 8200, 2023,
         ((HEFEI_UPDATE, "8,200 high-tech enterprises in 2023"),)),
    Fact("observation", "region", "Hefei", "national_key_laboratories", "count", 12, None,
         ((HEFEI_PLAN, "12 national key laboratories"),)),
    Fact("observation", "organization", QUANTUM, "national_market_share", "percent", 31, None,
         ((HEFEI_PLAN, "more than 31 percent of the national market"),), qualifier="more_than"),
    Fact("observation", "region", "Wuhan", "rd_intensity", "percent", 3.5, 2023,
         ((WUHAN_BILAN, "L'intensité de R&D a atteint 3,5 % en 2023"),)),
    Fact("observation", "region", "Wuhan", "rd_intensity", "percent", 3.2, 2022,
         ((WUHAN_BILAN, "3,2 % en 2022"),)),
    Fact("observation", "region", "Wuhan", "high_tech_enterprises", "count", 14000, 2023,
         ((WUHAN_BILAN, "près de 14 000 entreprises de haute technologie en 2023"),), qualifier="approx"),
    Fact("observation", "region", "Wuhan", "high_tech_enterprises", "count", 15000, None,
         ((WUHAN_BILAN, "plus de 15 000 entreprises de haute technologie"),), qualifier="more_than"),
    Fact("target", "region", "Wuhan", "rd_intensity", "percent", 4, 2025,
         ((WUHAN_BILAN, "4 % d'ici 2025"),)),
    Fact("target", "region", "Wuhan", "high_tech_industry_output", "cny", 1.2e12, 2027,
         ((WUHAN_BILAN, "1 200 milliards de yuans d'ici 2027"),)),
    Fact("observation", "region", "Chengdu", "high_tech_enterprises", "count", 11000, 2023,
         ((CHENGDU_PARKS, "11,000 high-tech enterprises in 2023"),)),
    Fact("observation", "region", "Chengdu", "high_tech_enterprises", "count", 10500, 2023,
         ((CHENGDU_BRIEF, "10,500 high-tech enterprises in 2023"),)),
    Fact("observation", "region", "Chengdu", "unicorn_enterprises", "count", 0, 2019,
         ((CHENGDU_PARKS, "no unicorn company in 2019"),)),
    Fact("observation", "program", PARK, "high_tech_industry_output", "cny", 8e10, 2023,
         ((CHENGDU_PARKS, "output of 80 billion yuan in 2023"),)),
    Fact("target", "program", PARK, "high_tech_industry_output", "cny", 1.5e11, 2030,
         ((CHENGDU_PARKS, "150 billion yuan by 2030"),)),
    Fact("target", "region", "Xi'an", "rd_intensity", "percent", 5.2, 2030,
         ((XIAN_PLAN, "R&D intensity of 5.2 percent by 2030"),)),
    Fact("target", "organization", ORBIT, "national_market_share", "percent", 40, 2026,
         ((XIAN_PLAN, "40 percent national market share by 2026"),)),
    Fact("observation", "organization", ORBIT, "national_market_share", "percent", 25, 2024,
         ((XIAN_PLAN, "25 percent in 2024"),)),
)
# entities named in a document without a fact there
EXTRA_MENTIONS = ((HEFEI_UPDATE, "organization", QUANTUM), (CHENGDU_BRIEF, "program", PARK))

RUN_STARTED = datetime(2025, 2, 1, 8, 0, tzinfo=UTC)
REJECTED_PATH = "/data/news/scanned_brochure.pdf"

_SUBJECT_TABLE = {"region": "regions", "organization": "organizations", "program": "programs"}
_SUBJECT_FK = {"region": "region_id", "organization": "organization_id", "program": "program_id"}


def _entity_ids(cur: psycopg.Cursor, regions: tuple[str, ...] = REGIONS,
                entities: tuple[tuple[str, str, str, str | None], ...] = ENTITIES) -> dict[tuple[str, str], int]:
    for name in regions:
        cur.execute("INSERT INTO core.regions (name, kind, source) VALUES (%s, 'city', 'document')"
                    " ON CONFLICT (name) DO NOTHING", (name,))
    region_ids = dict(cur.execute("SELECT name, id FROM core.regions WHERE name = ANY(%s)",
                                  (list(regions),)).fetchall())
    for region, alias, language in (*((r, r, "en") for r in regions),
                                    *(a for a in REGION_ALIASES if a[0] in region_ids)):
        cur.execute("INSERT INTO core.region_aliases (region_id, alias, alias_key, language)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (region_id, alias) DO NOTHING",
                    (region_ids[region], alias, alias_key(alias), language))
    ids = {("region", name): id_ for name, id_ in region_ids.items()}
    for table, name, kind, region in entities:
        row = cur.execute(
            f"INSERT INTO core.{table} (name, kind, region_id, source) VALUES (%s, %s, %s, 'document')"
            " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, region_id = excluded.region_id"
            " RETURNING id",
            (name, kind, region_ids.get(region) if region else None),
        ).fetchone()
        assert row is not None
        ids[(table[:-1], name)] = row[0]
    return ids


def load(conn: psycopg.Connection, docs: tuple[Doc, ...] = DOCS, facts: tuple[Fact, ...] = FACTS,
         regions: tuple[str, ...] = REGIONS, entities: tuple[tuple[str, str, str, str | None], ...] = ENTITIES,
         indicators: tuple[tuple[str, str], ...] = INDICATORS,
         extra_mentions: tuple[tuple[str, str, str], ...] = EXTRA_MENTIONS) -> None:
    """Write the fixture (or other constructed facts) into the core tables of a migrated database, in the
    caller's transaction."""
    with conn.cursor() as cur:
        for code, unit in indicators:
            cur.execute("INSERT INTO core.indicators (code, unit, source) VALUES (%s, %s, 'document')"
                        " ON CONFLICT (code) DO NOTHING", (code, unit))
        ids = _entity_ids(cur, regions, entities)
        run = cur.execute(
            "INSERT INTO core.etl_runs (started_at, finished_at, status, counts, extractor_version)"
            " VALUES (%s, %s, 'partial', %s, 'test-1') RETURNING id",
            (RUN_STARTED, RUN_STARTED + timedelta(seconds=2.5),
             psycopg.types.json.Jsonb({"documents_new": len(docs), "documents_changed": 0,
                                       "documents_unchanged": 0, "documents_rejected": 1, "targets_added": 9,
                                       "targets_removed": 0, "metrics_added": 14, "metrics_removed": 0,
                                       "evidence_rows": 24, "seconds": 2.5})),
        ).fetchone()[0]
        cur.execute("INSERT INTO core.etl_rejections (run_id, path, reason, rejected_at)"
                    " VALUES (%s, %s, %s, %s)",
                    (run, REJECTED_PATH, "not a text file", RUN_STARTED + timedelta(seconds=1)))
        doc_ids = {}
        for d in docs:
            doc_ids[d.name] = cur.execute(
                "INSERT INTO core.documents (path, name, sha256, language, published, extractor_version,"
                " text, run_id) VALUES (%s, %s, md5(%s), %s, %s, 'test-1', %s, %s) RETURNING id",
                (f"{d.folder}/{d.name}", d.name, d.text, d.language, d.published, d.text, run),
            ).fetchone()[0]
        texts = {d.name: d.text for d in docs}
        mentions = {(doc, f.subject_type, f.subject) for f in facts for doc, _ in f.quotes}
        mentions |= set(extra_mentions)
        for doc, subject_type, subject in sorted(mentions):
            cur.execute(f"INSERT INTO core.mentions (document_id, {_SUBJECT_FK[subject_type]}, run_id)"
                        " VALUES (%s, %s, %s)", (doc_ids[doc], ids[(subject_type, subject)], run))
        for f in facts:
            table = "targets" if f.kind == "target" else "metrics"
            fact_id = cur.execute(
                f"INSERT INTO core.{table} ({_SUBJECT_FK[f.subject_type]}, indicator_code, unit, value,"
                " value_high, qualifier, year, run_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (ids[(f.subject_type, f.subject)], f.indicator, f.unit, f.value, f.value_high, f.qualifier,
                 f.year, run),
            ).fetchone()[0]
            for doc, quote in f.quotes:
                start = texts[doc].index(quote)
                assert texts[doc].count(quote) == 1, f"{quote!r} is not unique in {doc}"
                cur.execute(
                    f"INSERT INTO core.evidence ({table[:-1]}_id, document_id, start_offset, end_offset,"
                    " quote, qualifier, run_id) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                    (fact_id, doc_ids[doc], start, start + len(quote), quote, f.qualifier, run),
                )
        cur.execute("INSERT INTO core.etl_runs (started_at, status, extractor_version) VALUES (%s, 'running',"
                    " 'test-1')", (RUN_STARTED + timedelta(hours=1),))
    precomputed.refresh(conn, full=True)  # written directly, not by a load (no pending keys): rebuilt whole
