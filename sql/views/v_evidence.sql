-- one row per evidence: a span of a document that states a target or an observed metric,
-- with the fact it supports and the document it comes from
CREATE VIEW analytics.v_evidence AS
WITH source AS NOT MATERIALIZED (
    SELECT f.kind, f.fact_id, f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value,
           f.value_high, f.year
    FROM analytics.v_facts AS f
),
spans AS (
    -- one branch per kind of fact, each joined on its own indexed foreign key
    SELECT e.id, e.document_id, e.start_offset, e.end_offset, e.quote, e.qualifier, f.kind, f.subject,
           f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.year
    FROM source AS f
    JOIN core.evidence AS e ON e.target_id = f.fact_id
    WHERE f.kind = 'target'
    UNION ALL
    SELECT e.id, e.document_id, e.start_offset, e.end_offset, e.quote, e.qualifier, f.kind, f.subject,
           f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.year
    FROM source AS f
    JOIN core.evidence AS e ON e.metric_id = f.fact_id
    WHERE f.kind = 'observation'
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.kind, s.value, s.value_high, s.unit, s.year,
           s.qualifier, d.name AS document, d.path, d.published, d.language, s.quote,
           s.start_offset AS "start", s.end_offset AS "end", s.id AS evidence_id
    FROM spans AS s
    -- a primary-key probe per span: OFFSET 0 keeps the planner from hashing the whole documents table
    -- (which carries every document's text) when a filter leaves only a region's spans
    CROSS JOIN LATERAL (
        SELECT doc.name, doc.path, doc.published, doc.language
        FROM core.documents AS doc
        WHERE doc.id = s.document_id
        OFFSET 0
    ) AS d
)
SELECT * FROM final;
