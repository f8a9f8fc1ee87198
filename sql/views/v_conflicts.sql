-- one row per conflicting fact: facts of the same subject, indicator, kind and year (both without a year
-- counts as the same year) that disagree on the value, its range or its unit, each with its documents
CREATE VIEW analytics.v_conflicts AS
WITH source AS (
    SELECT f.kind, f.fact_id, f.subject, f.subject_type, f.region, f.indicator, f.year, f.unit, f.value,
           f.value_high, f.qualifier
    FROM analytics.v_facts AS f
),
grouped AS (
    -- identical facts are one row in core (one per value), so two rows in a group always disagree
    SELECT s.kind, s.fact_id, s.subject, s.subject_type, s.region, s.indicator, s.year, s.unit, s.value,
           s.value_high, s.qualifier,
           count(*) OVER (PARTITION BY s.kind, s.subject_type, s.subject, s.region, s.indicator, s.year)
               AS facts_in_conflict
    FROM source AS s
),
conflicting AS (
    SELECT g.kind, g.fact_id, g.subject, g.subject_type, g.region, g.indicator, g.year, g.unit, g.value,
           g.value_high, g.qualifier, g.facts_in_conflict
    FROM grouped AS g
    WHERE g.facts_in_conflict > 1
)
SELECT c.subject, c.subject_type, c.region, c.indicator, c.kind, c.year, c.unit, c.value, c.value_high,
       c.qualifier, c.facts_in_conflict::integer AS facts_in_conflict, docs.sources::integer AS sources,
       docs.documents
FROM conflicting AS c
CROSS JOIN LATERAL (
    SELECT count(DISTINCT d.id) AS sources, string_agg(DISTINCT d.name, ', ' ORDER BY d.name) AS documents
    FROM core.evidence AS e
    JOIN core.documents AS d ON d.id = e.document_id
    WHERE (c.kind = 'target' AND e.target_id = c.fact_id)
       OR (c.kind = 'observation' AND e.metric_id = c.fact_id)
) AS docs;
