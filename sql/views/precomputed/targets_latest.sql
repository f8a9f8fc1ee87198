-- one row per subject and indicator: the subject's latest target for that indicator.
-- Latest = in the indicator's own unit first, then the highest target year (targets without a year last),
-- then the latest as_of (when it was published), then the most sources, then the most evidence, then the id.
CREATE TABLE precomputed.targets_latest AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.qualifier,
           f.year, f.as_of, f.as_of_source, f.sources, f.evidence_count, f.value_cny, f.fact_id
    FROM analytics.v_facts_as_of AS f
    WHERE f.kind = 'target'
),
ranked AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value, s.value_high, s.qualifier,
           s.year, s.as_of, s.as_of_source, s.sources, s.value_cny, s.fact_id,
           row_number() OVER (
               PARTITION BY s.subject_type, s.subject, s.region, s.indicator
               ORDER BY (s.unit = i.unit) DESC NULLS LAST, s.year DESC NULLS LAST, s.as_of DESC NULLS LAST,
                        s.sources DESC, s.evidence_count DESC, s.fact_id DESC
           ) AS recency
    FROM source AS s
    LEFT JOIN core.indicators AS i ON i.code = s.indicator
),
final AS (
    SELECT r.subject, r.subject_type, r.region, r.indicator, r.unit, r.value AS target_value,
           r.value_high AS target_value_high, r.qualifier, r.year AS target_year, r.as_of, r.as_of_source,
           r.sources, r.value_cny AS target_value_cny, r.fact_id
    FROM ranked AS r
    WHERE r.recency = 1
)
SELECT * FROM final;
