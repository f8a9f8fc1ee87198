"""The analytics views on a small hand-made database (facts_fixture.py): data contracts, exact outputs,
comments and column types."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import psycopg
import pytest
from facts_fixture import (
    CHENGDU_BRIEF,
    CHENGDU_PARKS,
    DOCS,
    FACTS,
    HEFEI_PLAN,
    HEFEI_UPDATE,
    ORBIT,
    PARK,
    QUANTUM,
    REJECTED_PATH,
    RUN_STARTED,
    WUHAN_BILAN,
)

from etl.config import SQL_VIEWS_DIR
from etl.records import QUALIFIERS

FIXTURE_REGIONS = ("Hefei", "Wuhan", "Chengdu", "Xi'an")
ACCEPTED = {
    "subject_type": "('region', 'organization', 'program')",
    "kind": "('target', 'observation')",
    "qualifier": "(" + ", ".join(f"'{q}'" for q in QUALIFIERS) + ")",
}

# Each query returns the rows that break the contract: an empty result is a pass.
CONTRACTS: dict[str, str] = {
    "v_facts: one row per target and metric": """
        SELECT 'count' AS what FROM analytics.v_facts
        HAVING count(*) <> (SELECT count(*) FROM core.targets) + (SELECT count(*) FROM core.metrics)
        UNION ALL
        SELECT kind FROM analytics.v_facts GROUP BY kind, fact_id HAVING count(*) > 1""",
    "v_facts: accepted values": f"""
        SELECT * FROM analytics.v_facts
        WHERE kind NOT IN {ACCEPTED['kind']} OR subject_type NOT IN {ACCEPTED['subject_type']}
           OR qualifier NOT IN {ACCEPTED['qualifier']}
           OR subject IS NULL OR indicator IS NULL OR value IS NULL""",
    "v_facts: a region subject is its own region": """
        SELECT * FROM analytics.v_facts WHERE subject_type = 'region' AND region IS DISTINCT FROM subject""",
    "v_targets: key unique": """
        SELECT subject_type, subject, indicator, unit, target_year, target_value, target_value_high
        FROM analytics.v_targets
        GROUP BY subject_type, subject, indicator, unit, target_year, target_value, target_value_high
        HAVING count(*) > 1""",
    "v_targets: key and counts not null, accepted values": f"""
        SELECT * FROM analytics.v_targets
        WHERE subject IS NULL OR indicator IS NULL OR unit IS NULL OR target_value IS NULL
           OR subject_type NOT IN {ACCEPTED['subject_type']} OR qualifier NOT IN {ACCEPTED['qualifier']}
           OR sources IS NULL OR sources < 1 OR target_value_high < target_value""",
    "v_targets: one row per core target": """
        SELECT count(*) FROM analytics.v_targets HAVING count(*) <> (SELECT count(*) FROM core.targets)""",
    "v_metrics_latest: key unique and not null": """
        SELECT subject_type, subject, indicator FROM analytics.v_metrics_latest
        GROUP BY subject_type, subject, indicator
        HAVING count(*) > 1 OR bool_or(subject IS NULL OR indicator IS NULL OR value IS NULL)""",
    "v_metrics_latest: one row per subject and indicator observed": """
        SELECT subject_type, subject, indicator FROM analytics.v_facts WHERE kind = 'observation'
        EXCEPT
        SELECT subject_type, subject, indicator FROM analytics.v_metrics_latest""",
    "v_metrics_latest: no observation counts as of a later date": """
        SELECT l.* FROM analytics.v_metrics_latest AS l
        JOIN analytics.v_facts_as_of AS f ON f.kind = 'observation' AND f.subject_type = l.subject_type
         AND f.subject = l.subject AND f.indicator = l.indicator
        WHERE f.as_of > l.as_of OR (l.as_of IS NULL AND f.as_of IS NOT NULL)""",
    "v_target_vs_current: one row per target": """
        SELECT count(*) FROM analytics.v_target_vs_current
        HAVING count(*) <> (SELECT count(*) FROM analytics.v_targets)""",
    "v_target_vs_current: gap and progress arithmetic": """
        SELECT * FROM analytics.v_target_vs_current
        WHERE gap IS DISTINCT FROM target_value - current_value
           OR progress IS DISTINCT FROM current_value / NULLIF(target_value, 0)""",
    "v_target_vs_current: current value is the subject's latest in the same unit": """
        SELECT c.* FROM analytics.v_target_vs_current AS c
        LEFT JOIN analytics.v_metrics_latest AS l ON l.subject_type = c.subject_type AND l.subject = c.subject
         AND l.indicator = c.indicator AND l.unit = c.unit
        WHERE c.current_value IS DISTINCT FROM l.value OR c.current_year IS DISTINCT FROM l.year""",
    "v_target_vs_peers: key unique": """
        SELECT region, indicator, unit, target_year, target_value, target_value_high, peer_region
        FROM analytics.v_target_vs_peers
        GROUP BY region, indicator, unit, target_year, target_value, target_value_high, peer_region
        HAVING count(*) > 1""",
    "v_target_vs_peers: gap and ratio arithmetic": """
        SELECT * FROM analytics.v_target_vs_peers
        WHERE gap IS DISTINCT FROM target_value - peer_value
           OR ratio IS DISTINCT FROM CASE WHEN peer_value <> 0 THEN target_value / peer_value END""",
    "v_target_vs_peers: every region target meets every other peer once": """
        WITH peers AS (SELECT DISTINCT subject AS peer FROM analytics.v_metrics_latest
                       WHERE subject_type = 'region'),
             expected AS (SELECT t.subject AS region, t.indicator, t.target_value, p.peer
                          FROM analytics.v_targets AS t JOIN peers AS p ON p.peer <> t.subject
                          WHERE t.subject_type = 'region')
        (SELECT region, indicator, target_value, peer FROM expected
         EXCEPT ALL SELECT region, indicator, target_value, peer_region FROM analytics.v_target_vs_peers)
        UNION ALL
        (SELECT region, indicator, target_value, peer_region FROM analytics.v_target_vs_peers
         EXCEPT ALL SELECT region, indicator, target_value, peer FROM expected)""",
    "v_target_vs_peers: peer figures are the peer region's own latest": """
        SELECT p.* FROM analytics.v_target_vs_peers AS p
        LEFT JOIN analytics.v_metrics_latest AS l ON l.subject_type = 'region' AND l.subject = p.peer_region
         AND l.indicator = p.indicator AND l.unit = p.unit
        WHERE p.peer_value IS DISTINCT FROM l.value OR p.peer_year IS DISTINCT FROM l.year""",
    "v_region_scorecard: key unique and not null": """
        SELECT region, indicator FROM analytics.v_region_scorecard GROUP BY region, indicator
        HAVING count(*) > 1 OR bool_or(region IS NULL OR indicator IS NULL OR unit IS NULL)""",
    "v_region_scorecard: a value or a target on every row, gap arithmetic": """
        SELECT * FROM analytics.v_region_scorecard
        WHERE (latest_value IS NULL AND target_value IS NULL)
           OR gap IS DISTINCT FROM CASE WHEN unit = target_unit THEN target_value - latest_value END""",
    "v_evidence: one row per evidence, key unique": """
        SELECT evidence_id FROM analytics.v_evidence GROUP BY evidence_id HAVING count(*) > 1
        UNION ALL
        SELECT count(*) FROM analytics.v_evidence HAVING count(*) <> (SELECT count(*) FROM core.evidence)""",
    "v_evidence: every quote is the document text at its offsets": """
        SELECT e.* FROM analytics.v_evidence AS e JOIN core.documents AS d ON d.path = e.path
        WHERE substr(d.text, e."start" + 1, e."end" - e."start") IS DISTINCT FROM e.quote""",
    "v_evidence: accepted values": f"""
        SELECT * FROM analytics.v_evidence
        WHERE kind NOT IN {ACCEPTED['kind']} OR subject_type NOT IN {ACCEPTED['subject_type']}
           OR qualifier NOT IN {ACCEPTED['qualifier']} OR document IS NULL""",
    "v_conflicts: every group holds different facts": """
        SELECT subject_type, subject, indicator, kind, year FROM analytics.v_conflicts
        GROUP BY subject_type, subject, indicator, kind, year
        HAVING count(*) < 2 OR count(DISTINCT (value, value_high, unit)) <> count(*)
            OR min(facts_in_conflict) <> count(*) OR max(facts_in_conflict) <> count(*)""",
    "v_conflicts: documents listed": """
        SELECT * FROM analytics.v_conflicts WHERE sources < 1 OR documents IS NULL OR documents = ''""",
    "v_programs: key unique, counts consistent": """
        SELECT program FROM analytics.v_programs AS p
        GROUP BY program HAVING count(*) > 1
        UNION ALL
        SELECT p.program FROM analytics.v_programs AS p
        WHERE p.documents < 0
           OR p.facts IS DISTINCT FROM (SELECT count(*) FROM analytics.v_facts AS f
                                        WHERE f.subject_type = 'program' AND f.subject = p.program)""",
    "v_organizations: key unique, counts consistent": """
        SELECT organization FROM analytics.v_organizations
        GROUP BY organization HAVING count(*) > 1
        UNION ALL
        SELECT o.organization FROM analytics.v_organizations AS o
        WHERE o.documents < 0 OR o.facts IS DISTINCT FROM (SELECT count(*) FROM analytics.v_facts AS f
                                                           WHERE f.subject_type = 'organization'
                                                             AND f.subject = o.organization)""",
    "v_etl_runs: key unique, accepted values": """
        SELECT run FROM analytics.v_etl_runs GROUP BY run HAVING count(*) > 1
        UNION ALL
        SELECT run FROM analytics.v_etl_runs
        WHERE status NOT IN ('running', 'succeeded', 'partial', 'failed') OR seconds < 0
           OR finished_at < started_at""",
    "v_facts: no fact below the confidence threshold": """
        SELECT f.fact_id FROM analytics.v_facts AS f
        WHERE f.confidence < (SELECT min_confidence FROM analytics.v_confidence_threshold)""",
    "v_review_queue: only evidence below the threshold, every such evidence": """
        SELECT q.evidence_id FROM analytics.v_review_queue AS q
        WHERE q.confidence >= (SELECT min_confidence FROM analytics.v_confidence_threshold)
        UNION ALL
        (SELECT e.evidence_id FROM analytics.v_evidence AS e
         WHERE e.confidence < (SELECT min_confidence FROM analytics.v_confidence_threshold)
         EXCEPT SELECT q.evidence_id FROM analytics.v_review_queue AS q)""",
    "v_etl_corrections: accepted values": """
        SELECT c.correction_id FROM analytics.v_etl_corrections AS c
        WHERE c.status NOT IN ('applied', 'unmatched', 'invalid') OR c.action NOT IN ('reject', 'fix', 'add')
           OR c.line < 1 OR c.occurrence < 1""",
    "v_etl_rejections: every rejection belongs to a run": """
        SELECT j.* FROM analytics.v_etl_rejections AS j
        WHERE NOT EXISTS (SELECT 1 FROM analytics.v_etl_runs AS r WHERE r.run = j.run)""",
}

ALLOWED_TYPES = {"text", "integer", "bigint", "double precision", "date", "timestamp with time zone", "boolean"}


def _rows(conn: psycopg.Connection, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in row)
            for row in conn.execute(query, params).fetchall()]


def _views(conn: psycopg.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT table_name FROM information_schema.views"
                                       " WHERE table_schema = 'analytics' ORDER BY table_name").fetchall()]


@pytest.mark.parametrize("contract", sorted(CONTRACTS))
def test_view_contract_holds(facts_db: psycopg.Connection, contract: str) -> None:
    assert _rows(facts_db, CONTRACTS[contract]) == []


def test_every_view_file_is_applied(facts_db: psycopg.Connection) -> None:
    assert _views(facts_db) == sorted(p.stem for p in SQL_VIEWS_DIR.glob("v_*.sql"))


def test_every_view_and_column_has_a_comment(facts_db: psycopg.Connection) -> None:
    missing = _rows(facts_db, """
        SELECT c.relname, a.attname
        FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
        LEFT JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'analytics' AND c.relkind = 'v'
          AND (coalesce(btrim(obj_description(c.oid, 'pg_class')), '') = ''
               OR coalesce(btrim(col_description(c.oid, a.attnum)), '') = '')""")
    assert missing == []


def test_every_column_has_a_type_bi_tools_read_without_casts(facts_db: psycopg.Connection) -> None:
    odd = _rows(facts_db, "SELECT table_name, column_name, data_type FROM information_schema.columns"
                          " WHERE table_schema = 'analytics' AND data_type <> ALL(%s)",
                (sorted(ALLOWED_TYPES),))
    assert odd == []


def test_v_facts_lists_every_fact_of_the_fixture(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT kind, subject_type, subject, indicator, value, year FROM analytics.v_facts"
                          " ORDER BY 1, 2, 3, 4, 5")
    want = sorted((f.kind, f.subject_type, f.subject, f.indicator, float(f.value), f.year) for f in FACTS)
    assert got == want


def test_v_targets_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, """
        SELECT subject, subject_type, region, indicator, unit, target_value, target_value_high, qualifier,
               target_year, sources
        FROM analytics.v_targets WHERE region = ANY(%s) OR subject = %s ORDER BY 1, 4, 9, 6""",
                (list(FIXTURE_REGIONS), ORBIT))
    assert got == [
        (PARK, "program", "Chengdu", "high_tech_industry_output", "cny", 1.5e11, None, "exact", 2030, 1),
        ("Hefei", "region", "Hefei", "high_tech_enterprises", "count", 15000, None, "at_least", 2027, 1),
        ("Hefei", "region", "Hefei", "high_tech_enterprises", "count", 20000, None, "exact", 2030, 1),
        ("Hefei", "region", "Hefei", "rd_intensity", "percent", 4.5, 5, "exact", 2027, 1),
        ("Hefei", "region", "Hefei", "unicorn_enterprises", "count", 10, None, "exact", 2027, 1),
        (ORBIT, "organization", None, "national_market_share", "percent", 40, None, "exact", 2026, 1),
        ("Wuhan", "region", "Wuhan", "high_tech_industry_output", "cny", 1.2e12, None, "exact", 2027, 1),
        ("Wuhan", "region", "Wuhan", "rd_intensity", "percent", 4, None, "exact", 2025, 1),
        ("Xi'an", "region", "Xi'an", "rd_intensity", "percent", 5.2, None, "exact", 2030, 1),
    ]


def test_v_targets_labels_come_from_the_indicators(facts_db: psycopg.Connection) -> None:
    mismatched = _rows(facts_db, """
        SELECT t.indicator FROM analytics.v_targets AS t JOIN core.indicators AS i ON i.code = t.indicator
        WHERE t.indicator_label_en IS DISTINCT FROM i.label_en
           OR t.indicator_label_fr IS DISTINCT FROM i.label_fr""")
    assert mismatched == []


def test_v_metrics_latest_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT subject, subject_type, region, indicator, unit, value, value_high, qualifier,"
                          " year, as_of, as_of_source, published, sources"
                          " FROM analytics.v_metrics_latest ORDER BY subject, indicator")
    year_end = {y: date(y, 12, 31) for y in (2019, 2023, 2024)}
    assert got == [
        ("Chengdu", "region", "Chengdu", "high_tech_enterprises", "count", 11000, None, "exact", 2023,
         year_end[2023], "year", date(2023, 11, 20), 1),  # same year as 10,500: the later document wins
        ("Chengdu", "region", "Chengdu", "unicorn_enterprises", "count", 0, None, "exact", 2019,
         year_end[2019], "year", date(2023, 11, 20), 1),
        (PARK, "program", "Chengdu", "high_tech_industry_output", "cny", 8e10, None, "exact", 2023,
         year_end[2023], "year", date(2023, 11, 20), 1),
        ("Hefei", "region", "Hefei", "high_tech_enterprises", "count", 8000, None, "more_than", 2023,
         year_end[2023], "year", date(2025, 1, 10), 2),  # same year and date as 8,200: more sources win
        ("Hefei", "region", "Hefei", "national_key_laboratories", "count", 12, None, "exact", None,
         date(2024, 3, 1), "published", date(2024, 3, 1), 1),
        ("Hefei", "region", "Hefei", "rd_intensity", "percent", 3.9, None, "exact", 2023,
         year_end[2023], "year", date(2024, 3, 1), 1),
        (QUANTUM, "organization", "Hefei", "national_market_share", "percent", 31, None, "more_than", None,
         date(2024, 3, 1), "published", date(2024, 3, 1), 1),
        (ORBIT, "organization", None, "national_market_share", "percent", 25, None, "exact", 2024,
         year_end[2024], "year", None, 1),
        # published in June 2024 without a year: it counts as of June 2024, after the figure for 2023
        ("Wuhan", "region", "Wuhan", "high_tech_enterprises", "count", 15000, None, "more_than", None,
         date(2024, 6, 15), "published", date(2024, 6, 15), 1),
        ("Wuhan", "region", "Wuhan", "rd_intensity", "percent", 3.5, None, "exact", 2023,
         year_end[2023], "year", date(2024, 6, 15), 1),
    ]


def test_v_target_vs_current_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, """
        SELECT subject, indicator, target_value, target_year, current_value, current_qualifier, current_year,
               current_as_of, gap, progress
        FROM analytics.v_target_vs_current ORDER BY subject, indicator, target_year""")
    assert got == _rounded([
        (PARK, "high_tech_industry_output", 1.5e11, 2030, 8e10, "exact", 2023, date(2023, 12, 31), 7e10,
         8 / 15),
        ("Hefei", "high_tech_enterprises", 15000, 2027, 8000, "more_than", 2023, date(2023, 12, 31), 7000,
         8 / 15),
        ("Hefei", "high_tech_enterprises", 20000, 2030, 8000, "more_than", 2023, date(2023, 12, 31), 12000,
         0.4),
        ("Hefei", "rd_intensity", 4.5, 2027, 3.9, "exact", 2023, date(2023, 12, 31), 4.5 - 3.9, 3.9 / 4.5),
        ("Hefei", "unicorn_enterprises", 10, 2027, None, None, None, None, None, None),
        # no region, still paired with its own current value
        (ORBIT, "national_market_share", 40, 2026, 25, "exact", 2024, date(2024, 12, 31), 15, 0.625),
        ("Wuhan", "high_tech_industry_output", 1.2e12, 2027, None, None, None, None, None, None),
        ("Wuhan", "rd_intensity", 4, 2025, 3.5, "exact", 2023, date(2023, 12, 31), 0.5, 0.875),
        ("Xi'an", "rd_intensity", 5.2, 2030, None, None, None, None, None, None),
    ])


def test_v_target_vs_peers_output_for_one_region_and_peer(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT * FROM analytics.v_target_vs_peers WHERE region = 'Hefei'"
                          " AND peer_region = 'Wuhan' ORDER BY indicator, target_year")
    assert got == _rounded([
        # Wuhan's latest count is the undated "more than 15,000" published in June 2024
        ("Hefei", "high_tech_enterprises", "count", 15000, None, 2027, "at_least", "Wuhan", 15000, None,
         "more_than", 0, 1),
        ("Hefei", "high_tech_enterprises", "count", 20000, None, 2030, "exact", "Wuhan", 15000, None,
         "more_than", 5000, 20 / 15),
        ("Hefei", "rd_intensity", "percent", 4.5, 5, 2027, "exact", "Wuhan", 3.5, 2023, "exact", 1,
         4.5 / 3.5),
        ("Hefei", "unicorn_enterprises", "count", 10, None, 2027, "exact", "Wuhan", None, None, None, None,
         None),
    ])


def test_v_target_vs_peers_pairs_each_region_target_with_every_other_peer(
    facts_db: psycopg.Connection,
) -> None:
    got = _rows(facts_db, "SELECT region, peer_region, count(*)::int FROM analytics.v_target_vs_peers"
                          " GROUP BY 1, 2 ORDER BY 1, 2")
    # peers are the regions with observed figures of their own (not Xi'an, which only has a target)
    assert got == [("Hefei", "Chengdu", 4), ("Hefei", "Wuhan", 4), ("Wuhan", "Chengdu", 2),
                   ("Wuhan", "Hefei", 2), ("Xi'an", "Chengdu", 1), ("Xi'an", "Hefei", 1),
                   ("Xi'an", "Wuhan", 1)]


def test_v_target_vs_peers_ignores_a_park_figure_and_a_zero_peer(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT indicator, peer_value, gap, ratio FROM analytics.v_target_vs_peers"
                          " WHERE region = %s AND peer_region = 'Chengdu' ORDER BY 1", ("Wuhan",))
    # Chengdu's park reports high-tech output, Chengdu itself does not
    assert got == [("high_tech_industry_output", None, None, None), ("rd_intensity", None, None, None)]
    zero = _rows(facts_db, "SELECT peer_value, gap, ratio FROM analytics.v_target_vs_peers"
                           " WHERE region = 'Hefei' AND peer_region = 'Chengdu'"
                           " AND indicator = 'unicorn_enterprises'")
    assert zero == [(0, 10, None)]


def test_v_region_scorecard_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, """
        SELECT region, indicator, unit, latest_value, latest_year, target_value, target_year, gap, progress
        FROM analytics.v_region_scorecard WHERE region = ANY(%s) ORDER BY 1, 2""", (list(FIXTURE_REGIONS),))
    assert got == _rounded([
        ("Chengdu", "high_tech_enterprises", "count", 11000, 2023, None, None, None, None),
        ("Chengdu", "unicorn_enterprises", "count", 0, 2019, None, None, None, None),
        ("Hefei", "high_tech_enterprises", "count", 8000, 2023, 20000, 2030, 12000, 0.4),  # the later target
        ("Hefei", "national_key_laboratories", "count", 12, None, None, None, None, None),
        ("Hefei", "rd_intensity", "percent", 3.9, 2023, 4.5, 2027, 4.5 - 3.9, 3.9 / 4.5),
        ("Hefei", "unicorn_enterprises", "count", None, None, 10, 2027, None, None),
        ("Wuhan", "high_tech_enterprises", "count", 15000, None, None, None, None, None),
        ("Wuhan", "high_tech_industry_output", "cny", None, None, 1.2e12, 2027, None, None),
        ("Wuhan", "rd_intensity", "percent", 3.5, 2023, 4, 2025, 0.5, 0.875),
        ("Xi'an", "rd_intensity", "percent", None, None, 5.2, 2030, None, None),
    ])


def test_v_evidence_output_for_one_subject(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, """
        SELECT kind, indicator, value, qualifier, document, published, language, quote
        FROM analytics.v_evidence WHERE subject = 'Wuhan' ORDER BY "start" """)
    assert got == [
        ("observation", "rd_intensity", 3.5, "exact", WUHAN_BILAN, date(2024, 6, 15), "fr",
         "L'intensité de R&D a atteint 3,5 % en 2023"),
        ("observation", "rd_intensity", 3.2, "exact", WUHAN_BILAN, date(2024, 6, 15), "fr", "3,2 % en 2022"),
        ("observation", "high_tech_enterprises", 14000, "approx", WUHAN_BILAN, date(2024, 6, 15), "fr",
         "près de 14 000 entreprises de haute technologie en 2023"),
        ("observation", "high_tech_enterprises", 15000, "more_than", WUHAN_BILAN, date(2024, 6, 15), "fr",
         "plus de 15 000 entreprises de haute technologie"),
        ("target", "rd_intensity", 4, "exact", WUHAN_BILAN, date(2024, 6, 15), "fr", "4 % d'ici 2025"),
        ("target", "high_tech_industry_output", 1.2e12, "exact", WUHAN_BILAN, date(2024, 6, 15), "fr",
         "1 200 milliards de yuans d'ici 2027"),
    ]


def test_v_evidence_has_a_row_per_document_stating_a_fact(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT subject, indicator, value, document FROM analytics.v_evidence"
                          " ORDER BY 1, 2, 3, 4")
    want = sorted((f.subject, f.indicator, float(f.value), doc) for f in FACTS for doc, _ in f.quotes)
    assert got == want


def test_v_conflicts_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, """
        SELECT subject, indicator, kind, year, value, qualifier, facts_in_conflict, sources, documents
        FROM analytics.v_conflicts ORDER BY subject, value""")
    assert got == [
        ("Chengdu", "high_tech_enterprises", "observation", 2023, 10500, "exact", 2, 1, CHENGDU_BRIEF),
        ("Chengdu", "high_tech_enterprises", "observation", 2023, 11000, "exact", 2, 1, CHENGDU_PARKS),
        ("Hefei", "high_tech_enterprises", "observation", 2023, 8000, "more_than", 2, 2,
         f"{HEFEI_PLAN}, {HEFEI_UPDATE}"),
        ("Hefei", "high_tech_enterprises", "observation", 2023, 8200, "exact", 2, 1, HEFEI_UPDATE),
    ]


def test_v_programs_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT * FROM analytics.v_programs WHERE program = %s", (PARK,))
    assert got == [(PARK, "park", "Chengdu", 2, 2)]  # named in two documents, a fact in one


def test_v_organizations_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT * FROM analytics.v_organizations WHERE organization IN (%s, %s)"
                          " ORDER BY organization", (QUANTUM, ORBIT))
    assert got == [(QUANTUM, "company", "Hefei", 2, 1), (ORBIT, "company", None, 1, 2)]


def test_v_etl_runs_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT * FROM analytics.v_etl_runs ORDER BY run")
    first, running = got
    assert first[1:] == (RUN_STARTED, RUN_STARTED + timedelta(seconds=2.5), "partial", 2.5, len(DOCS), 0, 0,
                         1, 9, 0, 14, 0, 24, "test-1", None)
    assert running[1:] == (RUN_STARTED + timedelta(hours=1), None, "running", *[None] * 10, "test-1", None)


def test_v_etl_rejections_output(facts_db: psycopg.Connection) -> None:
    got = _rows(facts_db, "SELECT path, reason, rejected_at FROM analytics.v_etl_rejections")
    assert got == [(REJECTED_PATH, "not a text file", RUN_STARTED + timedelta(seconds=1))]


def test_views_filtered_by_region_match_the_unfiltered_rows(facts_db: psycopg.Connection) -> None:
    # the views are written so that a filter on region is pushed down into them: it must not change the rows
    for view in ("v_facts", "v_targets", "v_metrics_latest", "v_target_vs_current", "v_region_scorecard",
                 "v_evidence", "v_conflicts", "v_programs", "v_organizations"):
        # OFFSET 0 keeps the filter out of the view: the rows computed over everything, then filtered
        everything = _rows(facts_db, f"SELECT * FROM (SELECT * FROM analytics.{view} OFFSET 0) AS v"
                                     " WHERE region = 'Hefei'")
        pushed = _rows(facts_db, f"SELECT * FROM analytics.{view} WHERE region = 'Hefei'")
        assert everything and sorted(pushed, key=repr) == sorted(everything, key=repr), view


def _rounded(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [tuple(round(float(v), 9) if isinstance(v, int | float) and not isinstance(v, bool) and
                  not isinstance(v, datetime | date) else v for v in row) for row in rows]


def test_documented_wide_scorecard_query_gives_one_row_per_region(facts_db: psycopg.Connection) -> None:
    doc = (SQL_VIEWS_DIR.parents[1] / "docs" / "views.md").read_text(encoding="utf-8")
    query = doc.split("```sql wide-scorecard\n", 1)[1].split("```", 1)[0]
    got = {r[0]: r[1:5] for r in _rows(facts_db, query) if r[0] in FIXTURE_REGIONS}
    assert got == {"Chengdu": (None, None, 11000, None), "Hefei": (3.9, 4.5, 8000, 20000),
                   "Wuhan": (3.5, 4, 15000, None), "Xi'an": (None, 5.2, None, None)}
