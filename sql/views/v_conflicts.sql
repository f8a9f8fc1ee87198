-- one row per conflicting fact: facts of the same subject, indicator, kind and year (both without a year
-- counts as the same year) that disagree on the value, its range or its unit, each with its documents
-- Precomputed: the rows are those of precomputed.conflicts (sql/views/precomputed/conflicts.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_conflicts AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.kind, p.year, p.unit, p.value, p.value_high,
           p.qualifier, p.facts_in_conflict, p.sources, p.documents
    FROM precomputed.conflicts AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.kind, s.year, s.unit, s.value, s.value_high,
           s.qualifier, s.facts_in_conflict, s.sources, s.documents
    FROM source AS s
)
SELECT * FROM final;
