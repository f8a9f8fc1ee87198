-- one row: the confidence below which facts stay out of the analytics views, as the latest run set it
CREATE VIEW analytics.v_confidence_threshold AS
WITH source AS (
    SELECT r.id, r.min_confidence
    FROM core.etl_runs AS r
    WHERE r.status <> 'failed' AND r.min_confidence IS NOT NULL
    ORDER BY r.id DESC
    LIMIT 1
),
final AS (
    SELECT coalesce((SELECT l.min_confidence FROM source AS l), 0)::double precision AS min_confidence,
           (SELECT l.id FROM source AS l) AS run
)
SELECT * FROM final;
