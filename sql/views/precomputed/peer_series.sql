-- one row per region, indicator and comparison unit (yuan for money, else the stated unit, as in
-- v_target_progress): the region's history (v_metric_history) as arrays of years, values and qualifiers
-- in year order, and its latest value (v_metrics_latest). What v_peer_lag compares a target with.
CREATE TABLE precomputed.peer_series AS
WITH source AS (
    SELECT h.subject AS peer_region, h.indicator, h.year, h.qualifier, h.unit, h.sources,
           CASE WHEN h.value_cny IS NOT NULL THEN 'cny' ELSE h.unit END AS comparison_unit,
           COALESCE(h.value_cny, h.value) AS value
    FROM analytics.v_metric_history AS h
    WHERE h.subject_type = 'region'
),
yearly AS (
    -- one value a year: a value stated in the comparison unit before a converted one
    SELECT DISTINCT ON (s.peer_region, s.indicator, s.comparison_unit, s.year) s.peer_region, s.indicator,
           s.year, s.qualifier, s.comparison_unit, s.value
    FROM source AS s
    ORDER BY s.peer_region, s.indicator, s.comparison_unit, s.year, (s.unit = s.comparison_unit) DESC,
             s.sources DESC
),
histories AS (
    SELECT y.peer_region, y.indicator, y.comparison_unit, array_agg(y.year ORDER BY y.year) AS years,
           array_agg(y.value ORDER BY y.year) AS vals, array_agg(y.qualifier ORDER BY y.year) AS qualifiers
    FROM yearly AS y
    GROUP BY y.peer_region, y.indicator, y.comparison_unit
),
latest AS (
    SELECT ml.subject AS peer_region, ml.indicator, ml.qualifier,
           CASE WHEN ml.value_cny IS NOT NULL THEN 'cny' ELSE ml.unit END AS comparison_unit,
           COALESCE(ml.value_cny, ml.value) AS value, EXTRACT(YEAR FROM ml.as_of)::integer AS year
    FROM analytics.v_metrics_latest AS ml
    WHERE ml.subject_type = 'region'
),
final AS (
    SELECT COALESCE(h.peer_region, l.peer_region) AS peer_region, COALESCE(h.indicator, l.indicator) AS indicator,
           COALESCE(h.comparison_unit, l.comparison_unit) AS comparison_unit, h.years, h.vals, h.qualifiers,
           l.value AS latest_value, l.qualifier AS latest_qualifier, l.year AS latest_year
    FROM histories AS h
    FULL JOIN latest AS l
        ON l.peer_region = h.peer_region AND l.indicator = h.indicator AND l.comparison_unit = h.comparison_unit
)
SELECT * FROM final;
