-- one row per evidence: a span of a document that states a target or an observed metric,
-- with the fact it supports, the document it comes from and the correction that changed it, if any.
-- Unlike v_facts it keeps the facts below the confidence threshold, so it resolves subjects itself.
CREATE TABLE precomputed.evidence AS
WITH source AS NOT MATERIALIZED (
    SELECT 'target'::text AS kind, t.id AS fact_id, t.region_id, t.organization_id, t.program_id,
           t.indicator_code, t.unit, t.value, t.value_high, t.year
    FROM core.targets AS t
    UNION ALL
    SELECT 'observation'::text AS kind, m.id AS fact_id, m.region_id, m.organization_id, m.program_id,
           m.indicator_code, m.unit, m.value, m.value_high, m.year
    FROM core.metrics AS m
),
subject_facts AS NOT MATERIALIZED (
    SELECT f.kind, f.fact_id, r.name AS subject, 'region'::text AS subject_type, r.name AS region,
           f.indicator_code AS indicator, f.unit, f.value, f.value_high, f.year
    FROM source AS f
    JOIN core.regions AS r ON r.id = f.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, o.name AS subject, 'organization'::text AS subject_type, home.name AS region,
           f.indicator_code AS indicator, f.unit, f.value, f.value_high, f.year
    FROM source AS f
    JOIN core.organizations AS o ON o.id = f.organization_id
    LEFT JOIN core.regions AS home ON home.id = o.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, p.name AS subject, 'program'::text AS subject_type, home.name AS region,
           f.indicator_code AS indicator, f.unit, f.value, f.value_high, f.year
    FROM source AS f
    JOIN core.programs AS p ON p.id = f.program_id
    LEFT JOIN core.regions AS home ON home.id = p.region_id
),
spans AS (
    -- one branch per kind of fact, each joined on its own indexed foreign key
    SELECT e.id, e.document_id, e.start_offset, e.end_offset, e.quote, e.qualifier, e.confidence,
           e.correction_id, e.original, f.kind, f.subject, f.subject_type, f.region, f.indicator, f.unit,
           f.value, f.value_high, f.year
    FROM subject_facts AS f
    JOIN core.evidence AS e ON e.target_id = f.fact_id
    WHERE f.kind = 'target'
    UNION ALL
    SELECT e.id, e.document_id, e.start_offset, e.end_offset, e.quote, e.qualifier, e.confidence,
           e.correction_id, e.original, f.kind, f.subject, f.subject_type, f.region, f.indicator, f.unit,
           f.value, f.value_high, f.year
    FROM subject_facts AS f
    JOIN core.evidence AS e ON e.metric_id = f.fact_id
    WHERE f.kind = 'observation'
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.kind, s.value, s.value_high, s.unit, s.year,
           s.qualifier, d.name AS document, d.path, d.published, d.language, s.quote,
           s.start_offset AS "start", s.end_offset AS "end", s.id AS evidence_id, s.confidence,
           s.correction_id IS NOT NULL AS corrected, c.action AS correction,
           (s.original ->> 'value')::double precision AS original_value, s.original::text AS original,
           c.reason AS correction_reason
    FROM spans AS s
    JOIN core.documents AS d ON d.id = s.document_id
    LEFT JOIN core.corrections AS c ON c.id = s.correction_id
)
SELECT * FROM final;
