-- one row per conflicting fact: facts of the same subject, indicator, kind and year (both without a year
-- counts as the same year) that disagree on the value, its range or its unit, each with its documents
CREATE TABLE precomputed.conflicts AS
WITH source AS (
    SELECT f.kind, f.fact_id, f.subject, f.subject_type, f.region, f.indicator, f.year, f.unit, f.value,
           f.value_high, f.qualifier, f.sources, f.documents
    FROM analytics.v_facts_as_of AS f
),
grouped AS (
    -- identical facts are one row in core (one per value), so two rows in a group always disagree
    SELECT s.kind, s.fact_id, s.subject, s.subject_type, s.region, s.indicator, s.year, s.unit, s.value,
           s.value_high, s.qualifier, s.sources, s.documents,
           count(*) OVER (PARTITION BY s.kind, s.subject_type, s.subject, s.region, s.indicator, s.year)
               AS facts_in_conflict
    FROM source AS s
),
final AS (
    SELECT g.subject, g.subject_type, g.region, g.indicator, g.kind, g.year, g.unit, g.value, g.value_high,
           g.qualifier, g.facts_in_conflict::integer AS facts_in_conflict, g.sources, g.documents, g.fact_id
    FROM grouped AS g
    WHERE g.facts_in_conflict > 1
)
SELECT * FROM final;
