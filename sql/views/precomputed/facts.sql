-- one row per fact: every target and every observed metric, with its subject and the subject's region
-- (the documents stating a fact are in v_evidence). Facts below the confidence threshold are left out
-- here, so every view built on this one leaves them out too.
-- The subject is resolved in one branch per subject type so that a filter on region or subject reaches
-- the indexes of core.regions / organizations / programs and then the facts' foreign-key indexes.
CREATE TABLE precomputed.facts AS
WITH source AS NOT MATERIALIZED (
    -- single-table branches: the planner turns them into one append it can probe by foreign key
    SELECT 'target'::text AS kind, t.id AS fact_id, t.region_id, t.organization_id, t.program_id,
           t.indicator_code, t.unit, t.value, t.value_high, t.qualifier, t.year, t.confidence
    FROM core.targets AS t
    WHERE t.confidence >= (SELECT c.min_confidence FROM analytics.v_confidence_threshold AS c)
    UNION ALL
    SELECT 'observation'::text AS kind, m.id AS fact_id, m.region_id, m.organization_id, m.program_id,
           m.indicator_code, m.unit, m.value, m.value_high, m.qualifier, m.year, m.confidence
    FROM core.metrics AS m
    WHERE m.confidence >= (SELECT c.min_confidence FROM analytics.v_confidence_threshold AS c)
),
subject_facts AS (
    SELECT f.kind, f.fact_id, 'region'::text AS subject_type, r.name AS subject, r.name AS region,
           f.indicator_code, f.unit, f.value, f.value_high, f.qualifier, f.year, f.confidence
    FROM source AS f
    JOIN core.regions AS r ON r.id = f.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, 'organization'::text AS subject_type, o.name AS subject, home.name AS region,
           f.indicator_code, f.unit, f.value, f.value_high, f.qualifier, f.year, f.confidence
    FROM source AS f
    JOIN core.organizations AS o ON o.id = f.organization_id
    LEFT JOIN core.regions AS home ON home.id = o.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, 'program'::text AS subject_type, p.name AS subject, home.name AS region,
           f.indicator_code, f.unit, f.value, f.value_high, f.qualifier, f.year, f.confidence
    FROM source AS f
    JOIN core.programs AS p ON p.id = f.program_id
    LEFT JOIN core.regions AS home ON home.id = p.region_id
),
final AS (
    SELECT s.kind, s.subject, s.subject_type, s.region, s.indicator_code AS indicator, s.unit,
           s.value, s.value_high, s.qualifier, s.year, s.fact_id, s.confidence
    FROM subject_facts AS s
)
SELECT * FROM final;
