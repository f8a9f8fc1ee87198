-- the facts kept out of the analytics views for low confidence, lowest first: what a reviewer reads first
CREATE VIEW analytics.v_review_queue AS
WITH source AS (
    SELECT e.confidence, e.document, e.path, e.subject, e.subject_type, e.region, e.indicator, e.kind, e.value,
           e.value_high, e.unit, e.year, e.qualifier, e.quote, e."start", e."end", e.evidence_id
    FROM analytics.v_evidence AS e
),
below_threshold AS (
    SELECT s.*
    FROM source AS s
    WHERE s.confidence < (SELECT t.min_confidence FROM analytics.v_confidence_threshold AS t)
),
final AS (
    SELECT b.*
    FROM below_threshold AS b
    ORDER BY b.confidence, b.document, b."start"
)
SELECT * FROM final;
