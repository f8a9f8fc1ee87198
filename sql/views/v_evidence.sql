-- one row per evidence: a span of a document that states a target or an observed metric,
-- with the fact it supports and the document it comes from
CREATE VIEW analytics.v_evidence AS
WITH facts AS NOT MATERIALIZED (
    SELECT f.kind, f.fact_id, f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value,
           f.value_high, f.year
    FROM analytics.v_facts AS f
),
spans AS (
    -- one branch per kind of fact, each joined on its own indexed foreign key
    SELECT e.id, e.document_id, e.start_offset, e.end_offset, e.quote, e.qualifier, f.kind, f.subject,
           f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.year
    FROM facts AS f
    JOIN core.evidence AS e ON e.target_id = f.fact_id
    WHERE f.kind = 'target'
    UNION ALL
    SELECT e.id, e.document_id, e.start_offset, e.end_offset, e.quote, e.qualifier, f.kind, f.subject,
           f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.year
    FROM facts AS f
    JOIN core.evidence AS e ON e.metric_id = f.fact_id
    WHERE f.kind = 'observation'
)
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
) AS d;

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
