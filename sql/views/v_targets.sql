-- one row per target: a value a region, organization or program aims to reach, usually by a year
CREATE VIEW analytics.v_targets AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.qualifier,
           f.year, f.sources
    FROM analytics.v_facts_as_of AS f
    WHERE f.kind = 'target'
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, i.label_en AS indicator_label_en,
           i.label_fr AS indicator_label_fr, s.unit, s.value AS target_value, s.value_high AS target_value_high,
           s.qualifier, s.year AS target_year, s.sources
    FROM source AS s
    LEFT JOIN core.indicators AS i ON i.code = s.indicator
)
SELECT * FROM final;
