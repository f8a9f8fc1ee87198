-- one row per fact: every target and every observed metric, with its subject and the subject's region
-- (the documents stating a fact are in v_evidence). Facts below the confidence threshold are left out
-- here, so every view built on this one leaves them out too.
-- The subject is resolved in one branch per subject type so that a filter on region or subject reaches
-- the indexes of core.regions / organizations / programs and then the facts' foreign-key indexes.
CREATE VIEW analytics.v_facts AS
WITH facts AS NOT MATERIALIZED (
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
    FROM facts AS f
    JOIN core.regions AS r ON r.id = f.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, 'organization'::text AS subject_type, o.name AS subject, home.name AS region,
           f.indicator_code, f.unit, f.value, f.value_high, f.qualifier, f.year, f.confidence
    FROM facts AS f
    JOIN core.organizations AS o ON o.id = f.organization_id
    LEFT JOIN core.regions AS home ON home.id = o.region_id
    UNION ALL
    SELECT f.kind, f.fact_id, 'program'::text AS subject_type, p.name AS subject, home.name AS region,
           f.indicator_code, f.unit, f.value, f.value_high, f.qualifier, f.year, f.confidence
    FROM facts AS f
    JOIN core.programs AS p ON p.id = f.program_id
    LEFT JOIN core.regions AS home ON home.id = p.region_id
)
SELECT s.kind, s.subject, s.subject_type, s.region, s.indicator_code AS indicator, s.unit,
       s.value, s.value_high, s.qualifier, s.year, s.fact_id, s.confidence
FROM subject_facts AS s;

COMMENT ON VIEW analytics.v_facts IS
    'Every fact, one row each: targets (kind target) and observed metrics (kind observation) of regions, '
    'organizations and programs, with the region they belong to. Facts whose confidence is below '
    'v_confidence_threshold are left out (they are in v_evidence and v_review_queue).';
COMMENT ON COLUMN analytics.v_facts.kind IS
    'target (a value aimed at) or observation (a current or past value).';
COMMENT ON COLUMN analytics.v_facts.subject IS
    'Canonical English name of the region, organization or program.';
COMMENT ON COLUMN analytics.v_facts.subject_type IS 'region, organization or program.';
COMMENT ON COLUMN analytics.v_facts.region IS
    'Canonical English region name: the subject itself for a region, else the region the subject belongs to '
    '(NULL when unknown).';
COMMENT ON COLUMN analytics.v_facts.indicator IS 'Metric code (core.indicators.code), e.g. rd_intensity.';
COMMENT ON COLUMN analytics.v_facts.unit IS 'Unit of value: percent, count, cny, km2, people, rank...';
COMMENT ON COLUMN analytics.v_facts.value IS 'The value, or the low end of a range.';
COMMENT ON COLUMN analytics.v_facts.value_high IS 'High end of a range ("4.5 to 5 percent"), else NULL.';
COMMENT ON COLUMN analytics.v_facts.qualifier IS 'exact, approx, more_than, at_least, less_than or at_most.';
COMMENT ON COLUMN analytics.v_facts.year IS
    'Target year of a target; for an observation the year the value refers to; '
    'NULL when the text gives none.';
COMMENT ON COLUMN analytics.v_facts.fact_id IS
    'Id of the row in core.targets (kind target) or core.metrics (kind observation).';
COMMENT ON COLUMN analytics.v_facts.confidence IS
    'How sure the extraction is of the fact, in [0, 1]: the highest confidence of its evidence rows '
    '(1 for a fact set by a correction).';
