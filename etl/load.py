"""Load extractions into the core tables: COPY into staging tables, then set-based merges.

A batch of documents is one transaction, so every document's rows and evidence are all there or all absent.
A document is identified by its path: a changed document's rows are replaced; the same fact from several
documents is one target or metric row with one evidence row per document span.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import psycopg

from etl.aliases import alias_key
from etl.corrections import Corrected
from etl.records import Extraction

ENTITY_TABLES = {  # subject type -> (table, alias table, foreign key column)
    "region": ("core.regions", "core.region_aliases", "region_id"),
    "organization": ("core.organizations", "core.organization_aliases", "organization_id"),
    "program": ("core.programs", "core.program_aliases", "program_id"),
}
FACT_TABLES = {"target": "core.targets", "observation": "core.metrics"}
# The same few thousand names come back in every batch; folding them is most of the client's work in a load.
_alias_key = functools.lru_cache(maxsize=1 << 16)(alias_key)

_STAGING = """
CREATE TEMP TABLE IF NOT EXISTS stage_entities (
    path text, type text, name text, name_key text, kind text, region text, region_key text,
    alias text, alias_key text, language text) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_facts (
    path text, kind text, subject_type text, subject text, metric text, unit text, value double precision,
    value_high double precision, qualifier text, year integer, quote text, start_offset integer,
    end_offset integer, confidence double precision, original jsonb, correction_source text,
    correction_line integer) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS stage_corrections (
    path text, source text, line integer, document text, quote text, occurrence integer, action text,
    reason text, changes jsonb, status text, detail text, original jsonb) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS document_ids (path text, id integer) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS entity_ids (type text, name text, id integer) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS touched (target_id bigint, metric_id bigint) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS batch_facts (
    kind text, subject_type text, subject_id integer, region_id integer, organization_id integer,
    program_id integer, metric text, unit text, value double precision, value_high double precision,
    year integer, qualifier text, confidence double precision, id bigint, inserted boolean) ON COMMIT DELETE ROWS;
"""
DOCUMENT_COLUMNS = ("path", "name", "sha256", "title", "language", "published", "source", "url", "encoding",
                    "warning", "extractor_version", "text", "corrections_sha256", "run_id")
# The rest of a fact's key once its subject is resolved (uq_targets_fact, uq_metrics_fact), written so that
# two nulls are equal, as NULLS NOT DISTINCT has it, and the join can hash (IS NOT DISTINCT FROM cannot).
_VALUE_KEY = ("{a}.metric", "{a}.unit", "{a}.value", "coalesce({a}.value_high, 'NaN')", "coalesce({a}.year, -1)")


def _same_value(left: str, right: str) -> str:
    return " AND ".join(f"{c.format(a=left)} = {c.format(a=right)}" for c in _VALUE_KEY)


@dataclass(slots=True)
class BatchCounts:
    """What loading changed: documents, facts and evidence rows."""

    documents_new: int = 0
    documents_changed: int = 0
    documents_pruned: int = 0
    targets_added: int = 0
    targets_removed: int = 0
    metrics_added: int = 0
    metrics_removed: int = 0
    evidence_rows: int = 0


def prepare(conn: psycopg.Connection) -> None:
    """Create the session's staging tables (temporary; emptied at each commit)."""
    conn.execute(_STAGING)


def _copy(cur: psycopg.Cursor, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _entity_rows(ex: Extraction, path: str) -> Iterable[tuple]:
    """One staging row per entity alias (the name itself included), plus fact subjects without an entity."""
    seen: set[tuple[str, str]] = set()
    lang = ex.document.language
    for e in ex.entities:
        seen.add((e.type, e.name))
        name_key = _alias_key(e.name)
        region_key = _alias_key(e.region) if e.region else None
        for alias in dict.fromkeys([e.name, *e.aliases]):
            yield (path, e.type, e.name, name_key, e.kind, e.region, region_key, alias, _alias_key(alias),
                   "en" if alias == e.name else lang)
    for f in ex.facts:
        if (f.subject_type, f.subject) not in seen:
            seen.add((f.subject_type, f.subject))
            key = _alias_key(f.subject)
            yield (path, f.subject_type, f.subject, key, None, None, None, f.subject, key, "en")


def _fact_rows(path: str, ex: Extraction, corrected: Corrected | None) -> Iterable[tuple]:
    provenance = corrected.provenance if corrected else [None] * len(ex.facts)
    for f, p in zip(ex.facts, provenance, strict=True):
        yield (path, f.kind, f.subject_type, f.subject, f.metric, f.unit, f.value, f.value_high, f.qualifier,
               f.year, f.quote, f.start, f.end, f.confidence,
               json.dumps(p.original) if p and p.original else None,
               p.correction.source if p else None, p.correction.line if p else None)


def _correction_rows(path: str, corrected: Corrected) -> Iterable[tuple]:
    for o in corrected.outcomes:
        c = o.correction
        yield (path, c.source, c.line, c.document, c.quote, c.occurrence, c.action, c.reason,
               json.dumps(dict(c.changes)), o.status, o.detail, json.dumps(o.original) if o.original else None)


def _document_rows(extractions: Sequence[tuple[str, Extraction]], extractor_version: str,
                   corrected: Mapping[str, Corrected], run_id: int) -> Iterable[tuple]:
    for path, ex in extractions:
        d, c = ex.document, corrected.get(path)
        yield (path, d.doc, d.sha256, d.title, d.language, d.published, d.source, d.url, d.encoding, d.warning,
               extractor_version, d.text, c.sha256 if c else None, run_id)


def stage(conn: psycopg.Connection, extractions: Sequence[tuple[str, Extraction]],
          corrected: Mapping[str, Corrected] | None = None) -> None:
    """COPY the entities, facts and corrections of a batch of (path, extraction) into the staging tables;
    `corrected` (by path) says which facts corrections changed and what became of each correction."""
    corrected = corrected or {}
    with conn.cursor() as cur:
        _copy(cur, "stage_entities",
              ("path", "type", "name", "name_key", "kind", "region", "region_key", "alias", "alias_key", "language"),
              (row for path, ex in extractions for row in _entity_rows(ex, path)))
        _copy(cur, "stage_facts",
              ("path", "kind", "subject_type", "subject", "metric", "unit", "value", "value_high", "qualifier",
               "year", "quote", "start_offset", "end_offset", "confidence", "original", "correction_source",
               "correction_line"),
              (row for path, ex in extractions for row in _fact_rows(path, ex, corrected.get(path))))
        _copy(cur, "stage_corrections",
              ("path", "source", "line", "document", "quote", "occurrence", "action", "reason", "changes",
               "status", "detail", "original"),
              (row for path, _ in extractions if path in corrected for row in _correction_rows(path, corrected[path])))
        # temp tables have no statistics: without them the merges below get nested-loop plans
        cur.execute("ANALYZE stage_entities (path, type, name),"
                    " stage_facts (path, kind, subject_type, subject, metric)")


def _resolve_entities(cur: psycopg.Cursor, run_id: int) -> None:
    """Map every staged entity name to a row id: by canonical name, else by an alias key, else a new row;
    then record which documents mention them."""
    for type_, (table, alias_table, fk) in ENTITY_TABLES.items():
        params = {"type": type_, "run": run_id}
        cur.execute(
            f"""
            INSERT INTO entity_ids (type, name, id)
            SELECT DISTINCT ON (s.name) %(type)s, s.name, coalesce(x.id, a.{fk})
            FROM (SELECT DISTINCT name, name_key FROM stage_entities WHERE type = %(type)s) s
            LEFT JOIN {table} x ON x.name = s.name
            LEFT JOIN {alias_table} a ON a.alias_key = s.name_key
            WHERE x.id IS NOT NULL OR a.{fk} IS NOT NULL
            ORDER BY s.name, x.id NULLS LAST, a.{fk}
            """,
            params,
        )
        cur.execute(
            f"""
            WITH new AS (
                INSERT INTO {table} (name, kind, source)
                SELECT DISTINCT ON (s.name) s.name, s.kind, 'document'
                FROM stage_entities s
                WHERE s.type = %(type)s
                  AND NOT EXISTS (SELECT 1 FROM entity_ids i WHERE i.type = %(type)s AND i.name = s.name)
                ORDER BY s.name, s.kind NULLS LAST
                ON CONFLICT (name) DO NOTHING
                RETURNING id, name)
            INSERT INTO entity_ids (type, name, id) SELECT %(type)s, name, id FROM new
            """,
            params,
        )
        cur.execute(
            f"""
            INSERT INTO {alias_table} ({fk}, alias, alias_key, language)
            SELECT DISTINCT ON (i.id, s.alias) i.id, s.alias, s.alias_key, s.language
            FROM stage_entities s JOIN entity_ids i ON i.type = s.type AND i.name = s.name
            WHERE s.type = %(type)s
            ORDER BY i.id, s.alias, s.language
            ON CONFLICT ({fk}, alias) DO NOTHING
            """,
            params,
        )
        if type_ != "region":  # an organization or program learns where it is, once
            cur.execute(
                f"""
                UPDATE {table} x SET region_id = r.region_id
                FROM (
                    SELECT DISTINCT ON (i.id) i.id, coalesce(rn.id, ra.region_id) AS region_id
                    FROM stage_entities s
                    JOIN entity_ids i ON i.type = s.type AND i.name = s.name
                    LEFT JOIN core.regions rn ON rn.name = s.region
                    LEFT JOIN core.region_aliases ra ON ra.alias_key = s.region_key
                    WHERE s.type = %(type)s AND s.region IS NOT NULL
                    ORDER BY i.id, s.path, rn.id NULLS LAST, ra.region_id
                ) r
                WHERE x.id = r.id AND x.region_id IS NULL AND r.region_id IS NOT NULL
                """,
                params,
            )
    cur.execute("ANALYZE entity_ids")
    # the batch's documents were inserted by this transaction, so none of their mentions exists yet
    cur.execute(
        """
        INSERT INTO core.mentions (document_id, region_id, organization_id, program_id, run_id)
        SELECT DISTINCT d.id, CASE WHEN i.type = 'region' THEN i.id END,
               CASE WHEN i.type = 'organization' THEN i.id END, CASE WHEN i.type = 'program' THEN i.id END, %(run)s
        FROM stage_entities s
        JOIN entity_ids i ON i.type = s.type AND i.name = s.name
        JOIN document_ids d ON d.path = s.path
        """,
        {"run": run_id},
    )


def _merge_facts(cur: psycopg.Cursor, run_id: int, counts: BatchCounts) -> None:
    cur.execute(
        """
        INSERT INTO core.indicators (code, unit, source)
        SELECT DISTINCT ON (metric) metric, unit, 'document' FROM stage_facts ORDER BY metric, unit
        ON CONFLICT (code) DO NOTHING
        """
    )
    # one row per distinct fact, keyed as the core tables key it (by subject id: two names of one entity
    # state one fact); the first document (by path, then offset) gives the qualifier
    cur.execute(
        """
        INSERT INTO batch_facts (kind, subject_type, subject_id, region_id, organization_id, program_id, metric, unit,
                                 value, value_high, year, qualifier, confidence)
        SELECT DISTINCT ON (f.kind, f.subject_type, i.id, f.metric, f.unit, f.value, f.value_high, f.year)
               f.kind, f.subject_type, i.id, CASE WHEN f.subject_type = 'region' THEN i.id END,
               CASE WHEN f.subject_type = 'organization' THEN i.id END,
               CASE WHEN f.subject_type = 'program' THEN i.id END,
               f.metric, f.unit, f.value, f.value_high, f.year, f.qualifier,
               max(f.confidence) OVER (PARTITION BY f.kind, f.subject_type, i.id, f.metric, f.unit, f.value,
                                                    f.value_high, f.year)
        FROM stage_facts f
        JOIN entity_ids i ON i.type = f.subject_type AND i.name = f.subject
        ORDER BY f.kind, f.subject_type, i.id, f.metric, f.unit, f.value, f.value_high, f.year, f.path,
                 f.start_offset
        """
    )
    for kind, table in FACT_TABLES.items():
        # a fact already there keeps its row (the no-op update only makes RETURNING give its id)
        cur.execute(
            f"""
            WITH upserted AS (
                INSERT INTO {table} (region_id, organization_id, program_id, indicator_code, year, value,
                                     value_high, unit, qualifier, confidence, run_id)
                SELECT region_id, organization_id, program_id, metric, year, value, value_high, unit, qualifier,
                       confidence, %(run)s
                FROM batch_facts WHERE kind = %(kind)s
                ON CONFLICT ON CONSTRAINT uq_{table.split('.')[1]}_fact DO UPDATE SET unit = excluded.unit
                RETURNING id, (xmax = 0) AS inserted, region_id, organization_id, program_id,
                          indicator_code AS metric, unit, value, value_high, year
            )
            UPDATE batch_facts b SET id = u.id, inserted = u.inserted
            FROM upserted u
            WHERE b.kind = %(kind)s AND coalesce(b.region_id, 0) = coalesce(u.region_id, 0)
              AND coalesce(b.organization_id, 0) = coalesce(u.organization_id, 0)
              AND coalesce(b.program_id, 0) = coalesce(u.program_id, 0) AND {_same_value("b", "u")}
            """,
            {"kind": kind, "run": run_id},
        )
    # the documents are new, so none of their evidence exists yet; a span stating one fact twice is one row
    cur.execute(
        f"""
        INSERT INTO core.evidence (target_id, metric_id, document_id, start_offset, end_offset, quote, qualifier,
                                   confidence, correction_id, original, run_id)
        SELECT DISTINCT ON (d.id, f.start_offset, f.end_offset, b.kind, b.id)
               CASE WHEN b.kind = 'target' THEN b.id END, CASE WHEN b.kind = 'observation' THEN b.id END,
               d.id, f.start_offset, f.end_offset, f.quote, f.qualifier, f.confidence, c.id, f.original, %(run)s
        FROM stage_facts f
        JOIN document_ids d ON d.path = f.path
        JOIN entity_ids i ON i.type = f.subject_type AND i.name = f.subject
        JOIN batch_facts b ON b.kind = f.kind AND b.subject_type = f.subject_type AND b.subject_id = i.id
         AND {_same_value("b", "f")}
        LEFT JOIN core.corrections c
          ON f.correction_source IS NOT NULL AND c.document_id = d.id AND c.source = f.correction_source
         AND c.line = f.correction_line
        ORDER BY d.id, f.start_offset, f.end_offset, b.kind, b.id, f.confidence DESC
        """,
        {"run": run_id},
    )
    with cur.connection.cursor() as added:
        added.execute("SELECT kind, count(*) FILTER (WHERE inserted) FROM batch_facts GROUP BY kind")
        for kind, n in added.fetchall():  # in a pipeline, fetching waits for every statement sent before
            if kind == "target":
                counts.targets_added += n
            else:
                counts.metrics_added += n
    counts.evidence_rows += cur.rowcount


def remove_orphans(cur: psycopg.Cursor, counts: BatchCounts) -> None:
    """Delete the facts that lost their last evidence (their documents changed or were pruned); a fact that
    lost or gained evidence gets the highest confidence of what remains. A fact this batch created already
    has the highest confidence of its evidence, which all came with this batch."""
    for column, table in (("target_id", "core.targets"), ("metric_id", "core.metrics")):
        kind = "target" if column == "target_id" else "observation"
        cur.execute(
            f"""
            UPDATE {table} t SET confidence = e.confidence
            FROM (
                SELECT {column} AS id, max(confidence) AS confidence FROM core.evidence
                WHERE {column} = ANY(ARRAY(SELECT {column} FROM touched WHERE {column} IS NOT NULL
                                           UNION SELECT id FROM batch_facts WHERE kind = %(kind)s AND NOT inserted))
                GROUP BY {column}
            ) e
            WHERE t.id = e.id AND t.confidence IS DISTINCT FROM e.confidence
            """,
            {"kind": kind},
        )
        cur.execute(
            f"""
            WITH gone AS (
                DELETE FROM {table} t
                WHERE t.id IN (SELECT {column} FROM touched WHERE {column} IS NOT NULL)
                  AND NOT EXISTS (SELECT 1 FROM core.evidence e WHERE e.{column} = t.id)
                RETURNING 1)
            SELECT count(*) FROM gone
            """
        )
        removed = int(cur.fetchone()[0])  # type: ignore[index]
        if column == "target_id":
            counts.targets_removed += removed
        else:
            counts.metrics_removed += removed


# The keys of the precomputed relations (etl/precomputed.py) that the rows of `facts` (columns region_id,
# organization_id, program_id, indicator_code) and `mentions` (region_id, organization_id, program_id)
# change: (subject name, indicator), and (subject name, '') for the documents naming a subject.
_PENDING = """
WITH facts (region_id, organization_id, program_id, indicator_code) AS ({facts}),
mentions (region_id, organization_id, program_id) AS ({mentions}),
ids AS (SELECT region_id, organization_id, program_id, indicator_code FROM facts
        UNION SELECT region_id, organization_id, program_id, '' FROM mentions)
INSERT INTO core.precomputed_pending (subject, indicator)
SELECT coalesce(r.name, o.name, p.name), i.indicator_code FROM ids i
LEFT JOIN core.regions r ON r.id = i.region_id
LEFT JOIN core.organizations o ON o.id = i.organization_id
LEFT JOIN core.programs p ON p.id = i.program_id
WHERE coalesce(r.name, o.name, p.name) IS NOT NULL
ON CONFLICT (subject, indicator) DO NOTHING
"""


def mark_documents_pending(cur: psycopg.Cursor, condition: str, params: dict[str, object]) -> None:
    """Record as pending the keys of what documents matching `condition` (on alias d) state and name: what
    changes when they come or go (facts, evidence, sources, mention counts)."""
    facts = " UNION ALL ".join(f"""
        SELECT f.region_id, f.organization_id, f.program_id, f.indicator_code
        FROM core.evidence e JOIN core.documents d ON d.id = e.document_id JOIN {table} f ON f.id = e.{column}
        WHERE {condition}""" for table, column in (("core.targets", "target_id"), ("core.metrics", "metric_id")))
    mentions = f"""
        SELECT m.region_id, m.organization_id, m.program_id
        FROM core.mentions m JOIN core.documents d ON d.id = m.document_id WHERE {condition}"""
    cur.execute(_PENDING.format(facts=facts, mentions=mentions), params)


def mark_relocated_pending(cur: psycopg.Cursor) -> None:
    """Record as pending every key of the organizations and programs this transaction wrote (one that
    learned its region changes the region of all its facts, whatever document stated them)."""
    written = {"core.organizations": "organization_id", "core.programs": "program_id"}
    facts = " UNION ALL ".join(f"""
        SELECT f.region_id, f.organization_id, f.program_id, f.indicator_code FROM {table} f
        WHERE f.{column} IN (SELECT id FROM {entity} WHERE xmin = pg_current_xact_id()::xid)"""
                               for table in FACT_TABLES.values() for entity, column in written.items())
    mentions = """
        SELECT NULL::integer, id, NULL::integer FROM core.organizations WHERE xmin = pg_current_xact_id()::xid
        UNION ALL SELECT NULL::integer, NULL::integer, id FROM core.programs WHERE xmin = pg_current_xact_id()::xid"""
    cur.execute(_PENDING.format(facts=facts, mentions=mentions))


def delete_documents(cur: psycopg.Cursor, condition: str, params: dict[str, object]) -> int:
    """Delete documents matching `condition` (on alias d), remembering the facts they supported and
    recording their subjects as pending."""
    mark_documents_pending(cur, condition, params)
    cur.execute(
        f"""
        INSERT INTO touched (target_id, metric_id)
        SELECT e.target_id, e.metric_id FROM core.evidence e JOIN core.documents d ON d.id = e.document_id
        WHERE {condition}
        """,
        params,
    )
    cur.execute(f"DELETE FROM core.documents d WHERE {condition}", params)
    deleted = cur.rowcount
    cur.execute("ANALYZE touched")  # so that remove_orphans looks up a few facts by key, not all of them
    return deleted


def load_batch(
    conn: psycopg.Connection, extractions: Sequence[tuple[str, Extraction]], run_id: int, extractor_version: str,
    corrected: Mapping[str, Corrected] | None = None,
) -> BatchCounts:
    """Stage and merge one batch of documents; the caller commits (or rolls back) the transaction.

    `corrected` maps a path to its corrections' outcome: they become core.corrections rows, and the facts
    they changed keep their original values on their evidence."""
    corrected = corrected or {}
    counts = BatchCounts()
    paths = [path for path, _ in extractions]
    with conn.cursor() as cur:
        # A batch's commit need not wait for its WAL flush: a crash loses whole batches at most, never part
        # of one, and the run's last commit (core.etl_runs) flushes everything before the run says it ended.
        cur.execute("SET LOCAL synchronous_commit = off")
        changed = delete_documents(cur, "d.path = ANY(%(paths)s)", {"paths": paths})
        counts.documents_changed, counts.documents_new = changed, len(extractions) - changed
        # straight into core.documents, not through a staging table: the texts are most of a batch's bytes
        _copy(cur, "core.documents", DOCUMENT_COLUMNS, _document_rows(extractions, extractor_version, corrected,
                                                                         run_id))
        cur.execute("INSERT INTO document_ids (path, id) SELECT path, id FROM core.documents WHERE path = ANY(%s)",
                    (paths,))
        stage(conn, extractions, corrected)
        # COPY cannot be pipelined; what follows can: the statements go out without waiting for each other's
        # answers, so the server runs them back to back (a batch's only waits are the counts it reads)
        with conn.pipeline():
            cur.execute(
                """
                INSERT INTO core.corrections (source, line, document, document_id, quote, occurrence, action, reason,
                                              changes, status, detail, original, run_id)
                SELECT s.source, s.line, s.document, d.id, s.quote, s.occurrence, s.action, s.reason, s.changes,
                       s.status, s.detail, s.original, %(run)s
                FROM stage_corrections s JOIN document_ids d ON d.path = s.path
                """,
                {"run": run_id},
            )
            _resolve_entities(cur, run_id)
            _merge_facts(cur, run_id, counts)
            remove_orphans(cur, counts)
            # what the batch states and names is pending for the precomputed relations
            mark_documents_pending(cur, "d.id IN (SELECT id FROM document_ids)", {})
            mark_relocated_pending(cur)
    return counts


def prune(conn: psycopg.Connection, roots: Sequence[str], present: Sequence[str]) -> BatchCounts:
    """Remove documents under `roots` whose path is not in `present`; the caller commits."""
    counts = BatchCounts()
    with conn.cursor() as cur:
        patterns = [root.rstrip("/") + "/%" for root in roots]
        removed = delete_documents(
            cur,
            "(d.path = ANY(%(roots)s) OR d.path LIKE ANY(%(patterns)s)) AND NOT d.path = ANY(%(present)s)",
            {"roots": list(roots), "patterns": patterns, "present": list(present)},
        )
        remove_orphans(cur, counts)
    counts.documents_pruned = removed
    return counts
