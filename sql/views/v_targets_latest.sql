-- one row per subject and indicator: the subject's latest target for that indicator.
-- Latest = in the indicator's own unit first, then the highest target year (targets without a year last),
-- then the latest as_of (when it was published), then the most sources, then the most evidence, then the id.
-- Precomputed: the rows are those of precomputed.targets_latest (sql/views/precomputed/targets_latest.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_targets_latest AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.unit, p.target_value, p.target_value_high,
           p.qualifier, p.target_year, p.as_of, p.as_of_source, p.sources, p.target_value_cny
    FROM precomputed.targets_latest AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.target_value, s.target_value_high,
           s.qualifier, s.target_year, s.as_of, s.as_of_source, s.sources, s.target_value_cny
    FROM source AS s
)
SELECT * FROM final;
