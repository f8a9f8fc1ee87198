-- one row per region and indicator: the region's own latest observed value (v_metrics_latest) side by side
-- with its latest target (v_targets_latest). The wide form (one column per indicator) is a crosstab of
-- this view: see docs/views.md.
-- Precomputed: the rows are those of precomputed.region_scorecard (sql/views/precomputed/region_scorecard.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_region_scorecard AS
WITH source AS (
    SELECT p.region, p.indicator, p.indicator_label_en, p.indicator_label_fr, p.unit, p.latest_value,
           p.latest_value_high, p.latest_qualifier, p.latest_year, p.latest_as_of, p.target_value,
           p.target_value_high, p.target_qualifier, p.target_year, p.target_unit, p.gap, p.progress
    FROM precomputed.region_scorecard AS p
),
final AS (
    SELECT s.region, s.indicator, s.indicator_label_en, s.indicator_label_fr, s.unit, s.latest_value,
           s.latest_value_high, s.latest_qualifier, s.latest_year, s.latest_as_of, s.target_value,
           s.target_value_high, s.target_qualifier, s.target_year, s.target_unit, s.gap, s.progress
    FROM source AS s
)
SELECT * FROM final;
