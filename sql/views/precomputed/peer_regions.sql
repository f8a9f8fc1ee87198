-- one row per region with at least one observed metric of its own: the peers of v_target_vs_peers and
-- v_peer_lag
CREATE TABLE precomputed.peer_regions AS
WITH source AS (
    SELECT f.subject AS peer_region
    FROM analytics.v_facts AS f
    WHERE f.kind = 'observation' AND f.subject_type = 'region'
),
final AS (
    SELECT s.peer_region
    FROM source AS s
    GROUP BY s.peer_region
)
SELECT * FROM final;
