"""Timing of the analytics views on a synthetic database of about a million facts (not a pytest module).

    python tests/views/bench_views.py postgresql://user@host/db --fill   # once: adds synthetic rows
    python tests/views/bench_views.py postgresql://user@host/db          # p50/p95 of realistic queries

The database must be migrated (`innovdb db upgrade`) and should be a throwaway one: --fill adds 2,000
regions, 20,000 organizations, 8,000 programs, 20,000 documents, 1,000,000 facts with 1.3 evidence rows
each, skewed so that a few regions hold many facts (as national capitals and provinces do).
"""

from __future__ import annotations

import argparse
import statistics
import time

import psycopg

from etl import precomputed

FILL = """
INSERT INTO core.etl_runs (status, extractor_version, counts, finished_at)
SELECT 'succeeded', 'bench', jsonb_build_object('documents_new', g, 'documents_changed', 0), now()
FROM generate_series(1, 50) AS g;

INSERT INTO core.regions (name, kind, parent_id, source)
SELECT 'Bench Region ' || g, 'district', (SELECT min(id) FROM core.regions), 'document'
FROM generate_series(1, 2000) AS g;

INSERT INTO core.indicators (code, unit, source)
SELECT 'bench_indicator_' || g, CASE WHEN g % 3 = 0 THEN 'percent' ELSE 'count' END, 'document'
FROM generate_series(1, 60) AS g;

CREATE TEMP TABLE bench_ids AS
SELECT array_agg(id ORDER BY id) AS regions FROM core.regions;
CREATE TEMP TABLE bench_indicators AS
SELECT array_agg(code ORDER BY code) AS codes, array_agg(unit ORDER BY code) AS units FROM core.indicators;

INSERT INTO core.organizations (name, kind, region_id, source)
SELECT 'Bench Organization ' || g, 'company',
       regions[1 + floor(power(random(), 2) * cardinality(regions))::int], 'document'
FROM generate_series(1, 20000) AS g, bench_ids;

INSERT INTO core.programs (name, kind, region_id, source)
SELECT 'Bench Program ' || g, 'park',
       regions[1 + floor(power(random(), 2) * cardinality(regions))::int], 'document'
FROM generate_series(1, 8000) AS g, bench_ids;

INSERT INTO core.documents (path, name, sha256, language, published, extractor_version, text, run_id)
SELECT '/bench/doc_' || g || '.txt', 'doc_' || g || '.txt', md5(g::text), 'en',
       date '2020-01-01' + (g % 2000), 'bench', repeat('x', 200), (SELECT min(id) FROM core.etl_runs)
FROM generate_series(1, 20000) AS g;
"""

FACTS = """
INSERT INTO core.{table} (region_id, organization_id, program_id, indicator_code, unit, value, year, run_id)
SELECT CASE WHEN s.pick < 0.45 THEN s.region END, CASE WHEN s.pick BETWEEN 0.45 AND 0.8 THEN s.org END,
       CASE WHEN s.pick > 0.8 THEN s.program END, s.code, s.unit, s.value, s.year,
       (SELECT min(id) FROM core.etl_runs)
FROM (
    SELECT random() AS pick,
           b.regions[1 + floor(power(random(), 3) * cardinality(b.regions))::int] AS region,
           (SELECT min(id) FROM core.organizations) + floor(random() * 20000)::int AS org,
           (SELECT min(id) FROM core.programs) + floor(random() * 8000)::int AS program,
           i.codes[k] AS code, i.units[k] AS unit, round((random() * 100000)::numeric, 3)::float8 AS value,
           CASE WHEN random() < 0.2 THEN NULL ELSE {years} END AS year
    FROM generate_series(1, {n}) AS g, bench_ids AS b, bench_indicators AS i,
         LATERAL (SELECT 1 + floor(random() * cardinality(i.codes))::int + g * 0 AS k) AS pick_code
) AS s
ON CONFLICT DO NOTHING;
"""

EVIDENCE = """
INSERT INTO core.evidence ({fk}, document_id, start_offset, end_offset, quote, run_id)
SELECT f.id, (SELECT min(id) FROM core.documents) + floor(random() * 20000)::int, 0, 10, 'xxxxxxxxxx',
       (SELECT min(id) FROM core.etl_runs)
FROM core.{table} AS f, generate_series(1, CASE WHEN random() < 0.3 THEN 2 ELSE 1 END)
ON CONFLICT DO NOTHING;

INSERT INTO core.mentions (document_id, region_id, organization_id, program_id, run_id)
SELECT DISTINCT e.document_id, f.region_id, f.organization_id, f.program_id, e.run_id
FROM core.evidence AS e JOIN core.{table} AS f ON f.id = e.{fk}
ON CONFLICT DO NOTHING;
"""

QUERIES = {
    "v_facts region": "SELECT * FROM analytics.v_facts WHERE region = %(region)s",
    "v_targets region": "SELECT * FROM analytics.v_targets WHERE region = %(region)s",
    "v_metrics_latest region": "SELECT * FROM analytics.v_metrics_latest WHERE region = %(region)s",
    "v_metrics_latest peer": "SELECT * FROM analytics.v_metrics_latest WHERE region = %(peer)s",
    "v_target_vs_current region": "SELECT * FROM analytics.v_target_vs_current WHERE region = %(region)s",
    "v_target_vs_peers region+peer": "SELECT * FROM analytics.v_target_vs_peers"
                                     " WHERE region = %(region)s AND peer_region = %(peer)s",
    "v_target_vs_peers region+peer+year": "SELECT * FROM analytics.v_target_vs_peers"
                                          " WHERE region = %(region)s AND peer_region = %(peer)s"
                                          " AND target_year = 2027",
    "v_region_scorecard region": "SELECT * FROM analytics.v_region_scorecard WHERE region = %(region)s",
    "v_region_scorecard peer": "SELECT * FROM analytics.v_region_scorecard WHERE region = %(peer)s",
    "v_evidence region": "SELECT * FROM analytics.v_evidence WHERE region = %(region)s",
    "v_conflicts region": "SELECT * FROM analytics.v_conflicts WHERE region = %(region)s",
    "v_programs region": "SELECT * FROM analytics.v_programs WHERE region = %(region)s",
    "v_organizations region": "SELECT * FROM analytics.v_organizations WHERE region = %(region)s",
    "v_metric_history region": "SELECT * FROM analytics.v_metric_history WHERE region = %(region)s",
    "v_target_progress region": "SELECT * FROM analytics.v_target_progress WHERE region = %(region)s",
    "v_peer_lag region+peer": "SELECT * FROM analytics.v_peer_lag"
                              " WHERE region = %(region)s AND peer_region = %(peer)s",
    "v_etl_runs all": "SELECT * FROM analytics.v_etl_runs",
    "v_etl_rejections all": "SELECT * FROM analytics.v_etl_rejections",
}


def fill(conn: psycopg.Connection, facts: int) -> None:
    conn.execute(FILL)
    for table, share, years in (("targets", 0.3, "2025 + floor(random() * 11)::int"),
                                ("metrics", 0.7, "2015 + floor(random() * 11)::int")):
        conn.execute(FACTS.format(table=table, n=int(facts * share), years=years))
    for table, fk in (("targets", "target_id"), ("metrics", "metric_id")):
        conn.execute(EVIDENCE.format(table=table, fk=fk))
    precomputed.refresh(conn, full=True)  # rows written directly, not by a load: rebuilt whole
    conn.commit()
    conn.autocommit = True
    conn.execute("VACUUM ANALYZE")
    conn.autocommit = False


def measure(conn: psycopg.Connection, params: dict[str, str], runs: int) -> None:
    print(f"{'query':40} {'rows':>7} {'p50 ms':>8} {'p95 ms':>8}")
    known = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.views"
                                        " WHERE table_schema = 'analytics'")}
    for name, sql in QUERIES.items():
        if name.split()[0] not in known:  # an older set of views (for a before/after comparison)
            continue
        timings, rows = [], 0
        for _ in range(runs):
            start = time.perf_counter()
            rows = len(conn.execute(sql, params).fetchall())
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
        print(f"{name:40} {rows:7} {statistics.median(timings):8.1f} {p95:8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--fill", action="store_true", help="add the synthetic rows first")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--region", default="Chongqing")
    parser.add_argument("--peer", default="Shanghai")
    args = parser.parse_args()
    with psycopg.connect(args.url) as conn:
        if args.fill:
            fill(conn, args.facts)
        measure(conn, {"region": args.region, "peer": args.peer}, args.runs)


if __name__ == "__main__":
    main()
