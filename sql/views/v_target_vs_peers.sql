-- one row per region target and peer region: every other region with at least one observed metric of
-- its own, and that peer's latest value of the same indicator (NULL when it has none in the same unit).
-- "Chongqing's 2027 targets against Shanghai's current figures":
--   SELECT * FROM analytics.v_target_vs_peers
--   WHERE region = 'Chongqing' AND peer_region = 'Shanghai' AND target_year = 2027
CREATE VIEW analytics.v_target_vs_peers AS
WITH source AS (
    SELECT f.subject AS region, f.indicator, f.unit, f.value, f.value_high, f.year, f.qualifier
    FROM analytics.v_facts_as_of AS f  -- the rows of v_facts, precomputed and indexed on region
    WHERE f.kind = 'target' AND f.subject_type = 'region'
),
peers AS (
    SELECT p.peer_region
    FROM precomputed.peer_regions AS p
),
peer_latest AS (
    -- only the peer's own figures: a park's or a company's metric is not the region's
    SELECT ml.subject AS peer_region, ml.indicator, ml.unit, ml.value, ml.year, ml.qualifier
    FROM analytics.v_metrics_latest AS ml
    WHERE ml.subject_type = 'region'
),
paired AS (
    -- a plain join (not a lateral probe per row): a filter on peer_region reaches v_metrics_latest
    -- through the join condition, so only that peer's figures are ranked
    SELECT t.region, t.indicator, t.unit, t.value AS target_value, t.value_high AS target_value_high,
           t.year AS target_year, t.qualifier, p.peer_region, pl.value AS peer_value, pl.year AS peer_year,
           pl.qualifier AS peer_qualifier
    FROM source AS t
    JOIN peers AS p ON p.peer_region <> t.region
    LEFT JOIN peer_latest AS pl
        ON pl.peer_region = p.peer_region AND pl.indicator = t.indicator AND pl.unit = t.unit
),
final AS (
    SELECT pr.region, pr.indicator, pr.unit, pr.target_value, pr.target_value_high, pr.target_year, pr.qualifier,
           pr.peer_region, pr.peer_value, pr.peer_year, pr.peer_qualifier,
           pr.target_value - pr.peer_value AS gap,
           pr.target_value / NULLIF(pr.peer_value, 0) AS ratio
    FROM paired AS pr
)
SELECT * FROM final;
