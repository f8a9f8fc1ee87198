-- the facts kept out of the analytics views for low confidence, lowest first: what a reviewer reads first
CREATE VIEW analytics.v_review_queue AS
WITH threshold AS (
    SELECT c.min_confidence FROM analytics.v_confidence_threshold AS c
)
SELECT e.confidence, e.document, e.path, e.subject, e.subject_type, e.region, e.indicator, e.kind, e.value,
       e.value_high, e.unit, e.year, e.qualifier, e.quote, e."start", e."end", e.evidence_id
FROM analytics.v_evidence AS e
WHERE e.confidence < (SELECT t.min_confidence FROM threshold AS t)
ORDER BY e.confidence, e.document, e."start";

COMMENT ON VIEW analytics.v_review_queue IS
    'Evidence whose confidence is below v_confidence_threshold: loaded, but kept out of the other analytics '
    'views until a correction confirms (fix) or drops (reject) it. Lowest confidence first.';
COMMENT ON COLUMN analytics.v_review_queue.confidence IS 'How sure the extractor is, in [0, 1].';
COMMENT ON COLUMN analytics.v_review_queue.document IS 'File name of the document.';
COMMENT ON COLUMN analytics.v_review_queue.path IS 'Path of the document as it was loaded.';
COMMENT ON COLUMN analytics.v_review_queue.subject IS 'Canonical English name of the subject.';
COMMENT ON COLUMN analytics.v_review_queue.subject_type IS 'region, organization or program.';
COMMENT ON COLUMN analytics.v_review_queue.region IS 'Region of the subject (NULL when unknown).';
COMMENT ON COLUMN analytics.v_review_queue.indicator IS 'Metric code, e.g. rd_intensity.';
COMMENT ON COLUMN analytics.v_review_queue.kind IS 'target or observation.';
COMMENT ON COLUMN analytics.v_review_queue.value IS 'Value, or the low end of a range.';
COMMENT ON COLUMN analytics.v_review_queue.value_high IS 'High end of a range, else NULL.';
COMMENT ON COLUMN analytics.v_review_queue.unit IS 'Unit of the value.';
COMMENT ON COLUMN analytics.v_review_queue.year IS 'Target year, or the year an observation refers to.';
COMMENT ON COLUMN analytics.v_review_queue.qualifier IS 'exact, approx, more_than, at_least, less_than or at_most.';
COMMENT ON COLUMN analytics.v_review_queue.quote IS 'The exact text of the span.';
COMMENT ON COLUMN analytics.v_review_queue."start" IS 'Start offset of the quote in the document text.';
COMMENT ON COLUMN analytics.v_review_queue."end" IS 'End offset (exclusive): text[start:end] = quote.';
COMMENT ON COLUMN analytics.v_review_queue.evidence_id IS 'Id of the row in core.evidence (v_evidence).';
