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
peer_histories AS (
    -- each peer series with its years, values and qualifiers in order, in the comparison unit
    SELECT ph.peer_region, ph.indicator, ph.comparison_unit, array_agg(ph.year ORDER BY ph.year) AS years,
           array_agg(ph.value ORDER BY ph.year) AS vals, array_agg(ph.qualifier ORDER BY ph.year) AS qualifiers
    FROM (
        SELECT DISTINCT ON (h.subject, h.indicator, cu.comparison_unit, h.year) h.subject AS peer_region,
               h.indicator, h.year, h.qualifier, cu.comparison_unit, COALESCE(h.value_cny, h.value) AS value
        FROM analytics.v_metric_history AS h
        CROSS JOIN LATERAL (
            SELECT CASE WHEN h.value_cny IS NOT NULL THEN 'cny' ELSE h.unit END AS comparison_unit
        ) AS cu
        WHERE h.subject_type = 'region'
        ORDER BY h.subject, h.indicator, cu.comparison_unit, h.year, (h.unit = cu.comparison_unit) DESC,
                 h.sources DESC
    ) AS ph
    GROUP BY ph.peer_region, ph.indicator, ph.comparison_unit
),
peer_latest AS (
    SELECT ml.subject AS peer_region, ml.indicator, ml.qualifier,
           CASE WHEN ml.value_cny IS NOT NULL THEN 'cny' ELSE ml.unit END AS comparison_unit,
           COALESCE(ml.value_cny, ml.value) AS value, EXTRACT(YEAR FROM ml.as_of)::integer AS year
    FROM analytics.v_metrics_latest AS ml
    WHERE ml.subject_type = 'region'
),
paired AS (
    -- plain joins on the peer's name: a filter on region or peer_region reaches every side
    SELECT s.region, s.indicator, s.unit, s.target_value, s.target_value_high, s.target_qualifier,
           s.target_year, s.comparison_unit, s.goal, s.lower_is_better, p.peer_region, ph.years, ph.vals,
           ph.qualifiers, pl.value AS peer_latest_value, pl.qualifier AS peer_latest_qualifier,
           pl.year AS peer_latest_year
    FROM source AS s
    JOIN peers AS p ON p.peer_region <> s.region
    LEFT JOIN peer_histories AS ph
        ON ph.peer_region = p.peer_region AND ph.indicator = s.indicator AND ph.comparison_unit = s.comparison_unit
    LEFT JOIN peer_latest AS pl
        ON pl.peer_region = p.peer_region AND pl.indicator = s.indicator AND pl.comparison_unit = s.comparison_unit
),
final AS (
    SELECT pr.region, pr.indicator, pr.unit, pr.target_value, pr.target_value_high, pr.target_qualifier,
           pr.target_year, pr.comparison_unit, pr.goal AS target_value_compared, pr.peer_region,
           r.yr AS peer_reached_year, r.val AS peer_reached_value, r.qualifier AS peer_reached_qualifier,
           pr.target_year - r.yr AS years_behind, pr.peer_latest_value, pr.peer_latest_qualifier,
           pr.peer_latest_year
    FROM paired AS pr
    LEFT JOIN LATERAL (
        SELECT u.yr, u.val, u.qualifier
        FROM unnest(pr.years, pr.vals, pr.qualifiers) AS u(yr, val, qualifier)
        WHERE (pr.lower_is_better AND u.val <= pr.goal) OR (NOT pr.lower_is_better AND u.val >= pr.goal)
        ORDER BY u.yr
        LIMIT 1
    ) AS r ON true
)
SELECT * FROM final;
