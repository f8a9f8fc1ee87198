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
    SELECT p.peer_region
    FROM precomputed.peer_regions AS p
),
paired AS (
    -- plain joins on the peer's name: a filter on region or peer_region reaches every side; the peer's
    -- series (history and latest value) are precomputed, one row per peer, indicator and comparison unit
    SELECT s.region, s.indicator, s.unit, s.target_value, s.target_value_high, s.target_qualifier,
           s.target_year, s.comparison_unit, s.goal, s.lower_is_better, p.peer_region, ps.years, ps.vals,
           ps.qualifiers, ps.latest_value AS peer_latest_value, ps.latest_qualifier AS peer_latest_qualifier,
           ps.latest_year AS peer_latest_year
    FROM source AS s
    JOIN peers AS p ON p.peer_region <> s.region
    LEFT JOIN precomputed.peer_series AS ps
        ON ps.peer_region = p.peer_region AND ps.indicator = s.indicator AND ps.comparison_unit = s.comparison_unit
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
