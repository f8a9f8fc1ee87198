-- one row per region target and peer region: the first year the peer's history (v_metric_history) reached
-- the target, i.e. "Chongqing's 2027 R&D target is where Shanghai stood in YEAR", or NULL when it never did.
-- Peers are the other regions with observed figures of their own; values compare in one unit as in
-- v_target_progress (yuan for money, else the stated unit).
CREATE VIEW analytics.v_peer_lag AS
WITH source AS (
    SELECT t.fact_id, t.subject AS region, t.indicator, t.unit, t.value AS target_value,
           t.value_high AS target_value_high, t.qualifier AS target_qualifier, t.year AS target_year,
           CASE WHEN t.value_cny IS NOT NULL THEN 'cny' ELSE t.unit END AS comparison_unit,
           COALESCE(t.value_cny, t.value) AS goal,
           (t.qualifier IN ('less_than', 'at_most') OR t.unit = 'rank') AS lower_is_better
    FROM analytics.v_facts_as_of AS t
    WHERE t.kind = 'target' AND t.subject_type = 'region'
),
peers AS (
    SELECT f.subject AS peer_region
    FROM analytics.v_facts AS f
    WHERE f.kind = 'observation' AND f.subject_type = 'region'
    GROUP BY f.subject
),
peer_history AS (
    SELECT h.subject AS peer_region, h.indicator, h.year, h.qualifier,
           CASE WHEN h.value_cny IS NOT NULL THEN 'cny' ELSE h.unit END AS comparison_unit,
           COALESCE(h.value_cny, h.value) AS value
    FROM analytics.v_metric_history AS h
    WHERE h.subject_type = 'region'
),
reached AS (
    SELECT DISTINCT ON (s.fact_id, ph.peer_region) s.fact_id, ph.peer_region, ph.year, ph.value, ph.qualifier
    FROM source AS s
    JOIN peer_history AS ph
        ON ph.peer_region <> s.region AND ph.indicator = s.indicator AND ph.comparison_unit = s.comparison_unit
    WHERE (s.lower_is_better AND ph.value <= s.goal) OR (NOT s.lower_is_better AND ph.value >= s.goal)
    ORDER BY s.fact_id, ph.peer_region, ph.year
),
peer_latest AS (
    SELECT ml.subject AS peer_region, ml.indicator, ml.qualifier,
           CASE WHEN ml.value_cny IS NOT NULL THEN 'cny' ELSE ml.unit END AS comparison_unit,
           COALESCE(ml.value_cny, ml.value) AS value, EXTRACT(YEAR FROM ml.as_of)::integer AS year
    FROM analytics.v_metrics_latest AS ml
    WHERE ml.subject_type = 'region'
),
final AS (
    SELECT s.region, s.indicator, s.unit, s.target_value, s.target_value_high, s.target_qualifier,
           s.target_year, s.comparison_unit, s.goal AS target_value_compared, p.peer_region,
           r.year AS peer_reached_year, r.value AS peer_reached_value, r.qualifier AS peer_reached_qualifier,
           s.target_year - r.year AS years_behind, pl.value AS peer_latest_value,
           pl.qualifier AS peer_latest_qualifier, pl.year AS peer_latest_year
    FROM source AS s
    JOIN peers AS p ON p.peer_region <> s.region
    LEFT JOIN reached AS r ON r.fact_id = s.fact_id AND r.peer_region = p.peer_region
    LEFT JOIN peer_latest AS pl
        ON pl.peer_region = p.peer_region AND pl.indicator = s.indicator AND pl.comparison_unit = s.comparison_unit
)
SELECT * FROM final;
