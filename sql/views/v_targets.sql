-- one row per target: a value a region, organization or program aims to reach, usually by a year
CREATE VIEW analytics.v_targets AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.qualifier,
           f.year, f.fact_id
    FROM analytics.v_facts AS f
    WHERE f.kind = 'target'
),
shaped AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, i.label_en, i.label_fr, s.unit,
           s.value AS target_value, s.value_high AS target_value_high, s.qualifier, s.year AS target_year,
           (SELECT count(DISTINCT e.document_id) FROM core.evidence AS e WHERE e.target_id = s.fact_id)
               AS sources
    FROM source AS s
    LEFT JOIN core.indicators AS i ON i.code = s.indicator
)
SELECT sh.subject, sh.subject_type, sh.region, sh.indicator, sh.label_en AS indicator_label_en,
       sh.label_fr AS indicator_label_fr, sh.unit, sh.target_value, sh.target_value_high, sh.qualifier,
       sh.target_year, sh.sources::integer AS sources
FROM shaped AS sh;

COMMENT ON VIEW analytics.v_targets IS
    'Targets: values that regions, organizations and programs aim to reach, usually by a target year.';
COMMENT ON COLUMN analytics.v_targets.subject IS
    'Canonical English name of the region, organization or program.';
COMMENT ON COLUMN analytics.v_targets.subject_type IS 'region, organization or program.';
COMMENT ON COLUMN analytics.v_targets.region IS
    'Canonical English region name: the subject itself for a region, else the region the subject belongs to.';
COMMENT ON COLUMN analytics.v_targets.indicator IS 'Metric code, e.g. rd_intensity.';
COMMENT ON COLUMN analytics.v_targets.indicator_label_en IS
    'English label of the indicator (NULL if it has none).';
COMMENT ON COLUMN analytics.v_targets.indicator_label_fr IS
    'French label of the indicator (NULL if it has none).';
COMMENT ON COLUMN analytics.v_targets.unit IS 'Unit of the target value: percent, count, cny, km2...';
COMMENT ON COLUMN analytics.v_targets.target_value IS 'The value aimed at, or the low end of a range.';
COMMENT ON COLUMN analytics.v_targets.target_value_high IS 'High end of a target range, else NULL.';
COMMENT ON COLUMN analytics.v_targets.qualifier IS
    'exact, approx, more_than, at_least, less_than or at_most.';
COMMENT ON COLUMN analytics.v_targets.target_year IS
    'Year by which the value is to be reached (NULL: no year given).';
COMMENT ON COLUMN analytics.v_targets.sources IS 'Number of documents that state this target.';
