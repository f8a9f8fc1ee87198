"""Fill a benchmark database to a number of facts, for timing the analytics views at realistic scale.

Rows are generated inside PostgreSQL (INSERT ... SELECT over generate_series) and spread over the real
reference subjects with a skewed, seeded distribution: provinces and big municipalities carry many facts,
counties few, as in the news, but no subject more than a few times the average, since one subject has only
so many (indicator, year) pairs to report. A few indicators dominate, as they do in the news. Most
(subject, indicator, year) triples carry one value; a tenth disagree, as sources sometimes do. Each fact
gets one or two evidence rows in generated documents, and each (document, subject) pair a mention, so every
view the facts feed sees realistic joins.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import psycopg

from etl import precomputed

FILL_VERSION = "bench-fill"
FACTS_PER_DOCUMENT = 10
TARGET_SHARE = 0.4
SECOND_EVIDENCE_SHARE = 0.25  # facts stated by two documents
CONFLICT_SHARE = 0.1  # facts whose value disagrees with another source's
SLOTS = 20_000  # resolution of the subject and indicator distributions
CAP = 3.0  # no subject carries more than CAP times the average share
MAX_ROUNDS = 20  # rows that repeat a fact already there are dropped; refill until the count is reached

# Relative weight of a region of each kind; a heavy-tailed factor per subject comes on top.
KIND_WEIGHTS = {"municipality": 40.0, "province": 25.0, "autonomous_region": 8.0, "sar": 5.0, "city": 10.0,
                "district": 4.0, "county": 1.0, "economic_region": 6.0, "innovation_cluster": 2.0, "country": 1.0}
SUBJECT_SHARES = {"region": 0.8, "organization": 0.1, "program": 0.1}
TYPE_CODES = {"region": 0, "organization": 1, "program": 2}


@dataclass(frozen=True, slots=True)
class FillResult:
    facts_before: int
    facts_added: int
    documents_added: int
    evidence_added: int
    mentions_added: int


def weighted_slots(weights: Sequence[tuple[Hashable, float]], slots: int, cap: float | None = None) -> list:
    """`slots` keys, each repeated in proportion to its weight (largest remainders), so that a uniform
    draw among them follows the weights. With `cap`, no weight counts more than cap times the mean."""
    if not weights:
        return []
    values = [w for _, w in weights]
    if cap is not None:
        limit = cap * sum(values) / len(values)
        values = [min(w, limit) for w in values]
    total = sum(values)
    exact = [slots * w / total for w in values]
    counts = [int(x) for x in exact]
    for i in sorted(range(len(exact)), key=lambda i: exact[i] - counts[i], reverse=True)[: slots - sum(counts)]:
        counts[i] += 1
    return [key for (key, _), c in zip(weights, counts, strict=True) for _ in range(c)]


def subject_slots(
    regions: Sequence[tuple[int, str | None]], organizations: Sequence[int], programs: Sequence[int], seed: int,
    slots: int = SLOTS,
) -> tuple[list[int], list[int]]:
    """(type codes, ids) of `slots` draws: drawing a uniform index into them picks a subject with the
    benchmark's skewed distribution. regions: (id, kind)."""
    rng = random.Random(f"{seed}/fill/subjects")
    pools: dict[str, list[tuple[int, float]]] = {
        "region": [(rid, KIND_WEIGHTS.get(kind or "", 1.0) * rng.paretovariate(1.2)) for rid, kind in regions],
        "organization": [(oid, rng.paretovariate(1.2)) for oid in organizations],
        "program": [(pid, rng.paretovariate(1.2)) for pid in programs],
    }
    present = {t: share for t, share in SUBJECT_SHARES.items() if pools[t]}
    if not present:
        raise ValueError("no subjects to spread facts over: load the reference data first")
    weights: list[tuple[tuple[int, int], float]] = []
    for subject_type, share in present.items():
        pool_total = sum(w for _, w in pools[subject_type])
        weights += [((TYPE_CODES[subject_type], sid), share * w / pool_total) for sid, w in pools[subject_type]]
    drawn = weighted_slots(weights, slots, CAP)
    return [t for t, _ in drawn], [sid for _, sid in drawn]


def indicator_slots(count: int, seed: int, slots: int = SLOTS) -> list[int]:
    """1-based indexes of `count` indicators, a few of them frequent, most rare."""
    rng = random.Random(f"{seed}/fill/indicators")
    return weighted_slots([(i + 1, rng.paretovariate(1.5)) for i in range(count)], slots)


def _facts(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT (SELECT count(*) FROM core.targets) + (SELECT count(*) FROM core.metrics)").fetchone()
    return int(row[0])  # type: ignore[index]


def _fact_sql(table: str, years: str, null_year_share: float) -> str:
    # the value of a (subject, indicator, year) is a hash of it, but for the disagreeing tenth
    return f"""
        INSERT INTO {table} (region_id, organization_id, program_id, indicator_code, year, value, value_high, unit,
                             qualifier, run_id)
        SELECT CASE WHEN t = 0 THEN sid END, CASE WHEN t = 1 THEN sid END, CASE WHEN t = 2 THEN sid END,
               code, year,
               CASE WHEN conflict < {CONFLICT_SHARE}
                    THEN round((random() * 10000)::numeric, 2)::float8
                    ELSE (abs(hashtext(t || '/' || sid || '/' || code || '/' || coalesce(year, 0))) %% 1000000) / 100.0
               END,
               NULL, unit,
               CASE WHEN q < 0.7 THEN 'exact' WHEN q < 0.85 THEN 'more_than' WHEN q < 0.95 THEN 'approx'
                    ELSE 'at_least' END,
               %(run)s
        FROM (
            SELECT (%(types)s::int[])[k] AS t, (%(ids)s::int[])[k] AS sid, (%(codes)s::text[])[ki] AS code,
                   (%(units)s::text[])[ki] AS unit,
                   CASE WHEN random() < {null_year_share} THEN NULL ELSE {years} END AS year,
                   random() AS q, random() AS conflict
            FROM (SELECT 1 + floor(random() * %(slots)s)::int AS k,
                         (%(indicator_slots)s::int[])[1 + floor(random() * %(n_indicator_slots)s)::int] AS ki
                  FROM generate_series(1, %(n)s)) draws
        ) picked
        ON CONFLICT DO NOTHING
    """


def _evidence_sql(table: str, column: str, share: float) -> str:
    # run once for every fact (share 1) and once more for a quarter of them, from another document
    return f"""
        INSERT INTO core.evidence ({column}, document_id, start_offset, end_offset, quote, qualifier, run_id)
        SELECT f.id, %(d0)s + floor(random() * %(nd)s)::int, 0, 14, 'synthetic page', f.qualifier, %(run)s
        FROM {table} f
        WHERE f.run_id = %(run)s AND random() < {share}
        ON CONFLICT DO NOTHING
    """


def _mention_sql(table: str, column: str) -> str:
    return f"""
        INSERT INTO core.mentions (document_id, region_id, organization_id, program_id, run_id)
        SELECT DISTINCT e.document_id, f.region_id, f.organization_id, f.program_id, %(run)s
        FROM core.evidence e JOIN {table} f ON f.id = e.{column}
        WHERE e.run_id = %(run)s
        ON CONFLICT DO NOTHING
    """


def _skip_foreign_key_checks(conn: psycopg.Connection) -> None:
    """Generated rows reference existing ids by construction; skipping the per-row foreign-key triggers
    makes the fill several times faster. Needs superuser rights: without them the checks simply run."""
    try:
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")
    except psycopg.errors.InsufficientPrivilege:
        pass


def fill_facts(conn: psycopg.Connection, total_facts: int, seed: int) -> FillResult:
    """Add generated facts until core.targets + core.metrics hold `total_facts` rows (never removes any),
    then ANALYZE. `conn` must be in autocommit mode; the rows are added in one transaction."""
    before = _facts(conn)
    need = total_facts - before
    if need <= 0:
        return FillResult(before, 0, 0, 0, 0)
    regions = conn.execute("SELECT id, kind FROM core.regions ORDER BY id").fetchall()
    organizations = [r[0] for r in conn.execute("SELECT id FROM core.organizations ORDER BY id")]
    programs = [r[0] for r in conn.execute("SELECT id FROM core.programs ORDER BY id")]
    types, ids = subject_slots(regions, organizations, programs, seed)
    indicators = conn.execute("SELECT code, unit FROM core.indicators ORDER BY code").fetchall()
    with conn.transaction():
        conn.execute("SET LOCAL synchronous_commit = off")
        _skip_foreign_key_checks(conn)
        conn.execute("SELECT setseed(%s)", (random.Random(f"{seed}/fill").uniform(-1, 1),))
        run = conn.execute(
            "INSERT INTO core.etl_runs (status, finished_at, extractor_version, arguments)"
            " VALUES ('succeeded', now(), %s, '{\"bench\": \"fill\"}') RETURNING id", (FILL_VERSION,)
        ).fetchone()[0]  # type: ignore[index]
        n_docs = max(1, need // FACTS_PER_DOCUMENT)
        conn.execute(
            """
            INSERT INTO core.documents (path, name, sha256, title, language, published, extractor_version, text,
                                        run_id)
            SELECT 'bench-fill/' || g || '.txt', 'fill_' || g || '.txt', md5(g::text), 'Synthetic page ' || g,
                   CASE WHEN random() < 0.4 THEN 'fr' ELSE 'en' END, date '2019-01-01' + floor(random() * 2500)::int,
                   %(version)s, 'synthetic page ' || g, %(run)s
            FROM generate_series(1, %(n)s) g
            """,
            {"n": n_docs, "run": run, "version": FILL_VERSION},
        )
        d0, d1 = conn.execute("SELECT min(id), max(id) FROM core.documents WHERE run_id = %s", (run,)).fetchone()  # type: ignore[misc]
        indicator_draws = indicator_slots(len(indicators), seed)
        params = {"codes": [c for c, _ in indicators], "units": [u for _, u in indicators],
                  "indicator_slots": indicator_draws, "n_indicator_slots": len(indicator_draws),
                  "types": types, "ids": ids, "slots": len(ids), "run": run, "d0": d0, "nd": d1 - d0 + 1}
        yield_ = 1.0  # share of generated rows that are new facts; measured after each round
        for _ in range(MAX_ROUNDS):
            count = _facts(conn)
            missing = total_facts - count
            if missing <= 0:
                break
            rows = round(missing / max(yield_, 0.05)) + 10
            n_targets = round(rows * TARGET_SHARE)
            conn.execute(_fact_sql("core.targets", "2025 + floor(random() * 11)::int", 0.1),
                         {**params, "n": n_targets})
            conn.execute(_fact_sql("core.metrics", "2000 + floor(random() * 26)::int", 0.35),
                         {**params, "n": rows - n_targets})
            yield_ = (_facts(conn) - count) / rows
        evidence = mentions = 0
        for table, column in (("core.targets", "target_id"), ("core.metrics", "metric_id")):
            for share in (1.0, SECOND_EVIDENCE_SHARE):
                evidence += conn.execute(_evidence_sql(table, column, share), params).rowcount
        for table, column in (("core.targets", "target_id"), ("core.metrics", "metric_id")):
            mentions += conn.execute(_mention_sql(table, column), params).rowcount
        conn.execute("ANALYZE")  # the refresh plans its queries on the filled tables
        precomputed.refresh(conn, full=True)  # rows written here, not by a load: no pending subjects
    conn.execute("ANALYZE")
    return FillResult(before, _facts(conn) - before, n_docs, evidence, mentions)
