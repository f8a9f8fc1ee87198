-- one row per target: the target beside its own subject's latest observed value of the same indicator
-- (v_metrics_latest, when it is in the same unit), with the gap still to cover and the progress made.
-- Precomputed: the rows are those of precomputed.target_vs_current (sql/views/precomputed/target_vs_current.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_target_vs_current AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.unit, p.target_value, p.target_value_high,
           p.target_qualifier, p.target_year, p.current_value, p.current_value_high, p.current_qualifier,
           p.current_year, p.current_as_of, p.gap, p.progress
    FROM precomputed.target_vs_current AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.target_value, s.target_value_high,
           s.target_qualifier, s.target_year, s.current_value, s.current_value_high, s.current_qualifier,
           s.current_year, s.current_as_of, s.gap, s.progress
    FROM source AS s
)
SELECT * FROM final;
