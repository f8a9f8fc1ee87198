-- one row per evidence: a span of a document that states a target or an observed metric,
-- with the fact it supports, the document it comes from and the correction that changed it, if any.
-- Unlike v_facts it keeps the facts below the confidence threshold, so it resolves subjects itself.
CREATE VIEW analytics.v_evidence AS
WITH facts AS NOT MATERIALIZED (
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
    FROM facts AS f
    JOIN core.regions AS r ON r.id = f.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, o.name AS subject, 'organization'::text AS subject_type, home.name AS region,
           f.indicator_code AS indicator, f.unit, f.value, f.value_high, f.year
    FROM facts AS f
    JOIN core.organizations AS o ON o.id = f.organization_id
    LEFT JOIN core.regions AS home ON home.id = o.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, p.name AS subject, 'program'::text AS subject_type, home.name AS region,
           f.indicator_code AS indicator, f.unit, f.value, f.value_high, f.year
    FROM facts AS f
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
)
SELECT s.subject, s.subject_type, s.region, s.indicator, s.kind, s.value, s.value_high, s.unit, s.year,
       s.qualifier, d.name AS document, d.path, d.published, d.language, s.quote,
       s.start_offset AS "start", s.end_offset AS "end", s.id AS evidence_id, s.confidence,
       s.correction_id IS NOT NULL AS corrected, c.action AS correction,
       (s.original ->> 'value')::double precision AS original_value, s.original::text AS original, c.reason AS correction_reason
FROM spans AS s
-- a primary-key probe per span: OFFSET 0 keeps the planner from hashing the whole documents table
-- (which carries every document's text) when a filter leaves only a region's spans
CROSS JOIN LATERAL (
    SELECT doc.name, doc.path, doc.published, doc.language
    FROM core.documents AS doc
    WHERE doc.id = s.document_id
    OFFSET 0
) AS d
LEFT JOIN core.corrections AS c ON c.id = s.correction_id;

COMMENT ON VIEW analytics.v_evidence IS
    'Every document span that states a target or an observed metric: the quote, its offsets in the '
    'document text and the fact it supports.';
COMMENT ON COLUMN analytics.v_evidence.subject IS
    'Canonical English name of the region, organization or program.';
COMMENT ON COLUMN analytics.v_evidence.subject_type IS 'region, organization or program.';
COMMENT ON COLUMN analytics.v_evidence.region IS
    'Canonical English region name: the subject itself for a region, else the region the subject belongs to.';
COMMENT ON COLUMN analytics.v_evidence.indicator IS 'Metric code, e.g. rd_intensity.';
COMMENT ON COLUMN analytics.v_evidence.kind IS 'target or observation.';
COMMENT ON COLUMN analytics.v_evidence.value IS 'Value of the fact, or the low end of a range.';
COMMENT ON COLUMN analytics.v_evidence.value_high IS 'High end of a range, else NULL.';
COMMENT ON COLUMN analytics.v_evidence.unit IS 'Unit of the value.';
COMMENT ON COLUMN analytics.v_evidence.year IS
    'Target year, or the year an observation refers to (NULL if none).';
COMMENT ON COLUMN analytics.v_evidence.qualifier IS
    'Qualifier as this document states it: exact, approx, more_than, at_least, less_than or at_most.';
COMMENT ON COLUMN analytics.v_evidence.document IS 'File name of the document.';
COMMENT ON COLUMN analytics.v_evidence.path IS 'Path of the document as it was loaded.';
COMMENT ON COLUMN analytics.v_evidence.published IS 'Publication date of the document (NULL if unknown).';
COMMENT ON COLUMN analytics.v_evidence.language IS 'Language of the document (en, fr...).';
COMMENT ON COLUMN analytics.v_evidence.quote IS 'The exact text of the span.';
COMMENT ON COLUMN analytics.v_evidence."start" IS
    'Start offset of the quote in the document text (Python str index).';
COMMENT ON COLUMN analytics.v_evidence."end" IS 'End offset (exclusive): text[start:end] = quote.';
COMMENT ON COLUMN analytics.v_evidence.evidence_id IS 'Id of the row in core.evidence.';
COMMENT ON COLUMN analytics.v_evidence.confidence IS
    'How sure the extractor is of this span''s fact, in [0, 1]; 1 when a correction set or added it. Facts '
    'below v_confidence_threshold appear here and in v_review_queue only.';
COMMENT ON COLUMN analytics.v_evidence.corrected IS
    'true when an entry of a corrections file fixed or added this fact (v_etl_corrections).';
COMMENT ON COLUMN analytics.v_evidence.correction IS 'fix or add when corrected, else NULL.';
COMMENT ON COLUMN analytics.v_evidence.original_value IS
    'The value as extracted, when a fix changed the fact (NULL when not fixed or when the fact was added).';
COMMENT ON COLUMN analytics.v_evidence.original IS
    'The fact as extracted before a fix (kind, subject, metric, value, value_high, unit, qualifier, year, '
    'confidence), as JSON; NULL when not fixed.';
COMMENT ON COLUMN analytics.v_evidence.correction_reason IS 'The reason the correction gives, if any.';
