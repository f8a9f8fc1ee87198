-- one row per document a run refused, with the reason
CREATE VIEW analytics.v_etl_rejections AS
WITH source AS (
    SELECT j.run_id, j.path, j.reason, j.rejected_at
    FROM core.etl_rejections AS j
),
final AS (
    SELECT s.run_id AS run, s.path, s.reason, s.rejected_at
    FROM source AS s
)
SELECT * FROM final;
