-- one row per region and indicator: the region's own latest observed value (v_metrics_latest) side by side
-- with its latest target (v_targets_latest). The wide form (one column per indicator) is a crosstab of
-- this view: see docs/views.md.
CREATE TABLE precomputed.region_scorecard AS
WITH source AS (
    SELECT f.subject AS region, f.indicator
    FROM analytics.v_facts AS f
    WHERE f.subject_type = 'region'
    GROUP BY f.subject, f.indicator
),
latest_metrics AS (
    SELECT ml.subject AS region, ml.indicator, ml.unit, ml.value, ml.value_high, ml.qualifier, ml.year,
           ml.as_of
    FROM analytics.v_metrics_latest AS ml
    WHERE ml.subject_type = 'region'
),
latest_targets AS (
    SELECT tl.subject AS region, tl.indicator, tl.unit, tl.target_value, tl.target_value_high, tl.qualifier,
           tl.target_year
    FROM analytics.v_targets_latest AS tl
    WHERE tl.subject_type = 'region'
),
paired AS (
    SELECT s.region, s.indicator, lm.unit, lm.value, lm.value_high, lm.qualifier, lm.year, lm.as_of,
           lt.unit AS target_unit, lt.target_value, lt.target_value_high, lt.qualifier AS target_qualifier,
           lt.target_year
    FROM source AS s
    LEFT JOIN latest_metrics AS lm ON lm.region = s.region AND lm.indicator = s.indicator
    LEFT JOIN latest_targets AS lt ON lt.region = s.region AND lt.indicator = s.indicator
),
final AS (
    SELECT p.region, p.indicator, i.label_en AS indicator_label_en, i.label_fr AS indicator_label_fr,
           COALESCE(p.unit, p.target_unit) AS unit,
           p.value AS latest_value, p.value_high AS latest_value_high, p.qualifier AS latest_qualifier,
           p.year AS latest_year, p.as_of AS latest_as_of,
           p.target_value, p.target_value_high, p.target_qualifier, p.target_year, p.target_unit,
           CASE WHEN p.unit = p.target_unit THEN p.target_value - p.value END AS gap,
           CASE WHEN p.unit = p.target_unit THEN p.value / NULLIF(p.target_value, 0) END AS progress
    FROM paired AS p
    LEFT JOIN core.indicators AS i ON i.code = p.indicator
)
SELECT * FROM final;
