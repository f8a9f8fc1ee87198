-- one row per fact: every target and every observed metric, with its subject and the subject's region
-- (the documents stating a fact are in v_evidence). Facts below the confidence threshold are left out
-- here, so every view built on this one leaves them out too.
-- The subject is resolved in one branch per subject type so that a filter on region or subject reaches
-- the indexes of core.regions / organizations / programs and then the facts' foreign-key indexes.
-- Precomputed: the rows are those of precomputed.facts (sql/views/precomputed/facts.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_facts AS
WITH source AS (
    SELECT p.kind, p.subject, p.subject_type, p.region, p.indicator, p.unit, p.value, p.value_high,
           p.qualifier, p.year, p.fact_id, p.confidence
    FROM precomputed.facts AS p
),
final AS (
    SELECT s.kind, s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value, s.value_high,
           s.qualifier, s.year, s.fact_id, s.confidence
    FROM source AS s
)
SELECT * FROM final;
