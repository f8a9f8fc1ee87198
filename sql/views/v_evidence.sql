-- one row per evidence: a span of a document that states a target or an observed metric,
-- with the fact it supports, the document it comes from and the correction that changed it, if any.
-- Unlike v_facts it keeps the facts below the confidence threshold, so it resolves subjects itself.
-- Precomputed: the rows are those of precomputed.evidence (sql/views/precomputed/evidence.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_evidence AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.kind, p.value, p.value_high, p.unit, p.year,
           p.qualifier, p.document, p.path, p.published, p.language, p.quote, p."start", p."end",
           p.evidence_id, p.confidence, p.corrected, p.correction, p.original_value, p.original,
           p.correction_reason
    FROM precomputed.evidence AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.kind, s.value, s.value_high, s.unit, s.year,
           s.qualifier, s.document, s.path, s.published, s.language, s.quote, s."start", s."end",
           s.evidence_id, s.confidence, s.corrected, s.correction, s.original_value, s.original,
           s.correction_reason
    FROM source AS s
)
SELECT * FROM final;
