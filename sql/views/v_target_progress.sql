-- one row per target: where its subject stood when it was stated (baseline), where it stands now (latest,
-- v_metrics_latest), the yearly change still needed, the yearly change of the history (v_metric_history),
-- and where that history leads by the target year.
-- Values are compared in one unit: yuan for money (usd through core.exchange_rates), else the stated unit.
-- Shares, rates, ranks and index scores change by points a year; everything else by a growth rate (CAGR).
-- Precomputed: the rows are those of precomputed.target_progress (sql/views/precomputed/target_progress.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_target_progress AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.unit, p.target_value, p.target_value_high,
           p.target_qualifier, p.target_year, p.stated_on, p.comparison_unit, p.target_value_compared,
           p.baseline_value, p.baseline_year, p.latest_value, p.latest_year, p.change_basis,
           p.required_annual_change, p.historical_annual_change, p.history_from_year, p.history_to_year,
           p.projected_value, p.status
    FROM precomputed.target_progress AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.target_value, s.target_value_high,
           s.target_qualifier, s.target_year, s.stated_on, s.comparison_unit, s.target_value_compared,
           s.baseline_value, s.baseline_year, s.latest_value, s.latest_year, s.change_basis,
           s.required_annual_change, s.historical_annual_change, s.history_from_year, s.history_to_year,
           s.projected_value, s.status
    FROM source AS s
)
SELECT * FROM final;
