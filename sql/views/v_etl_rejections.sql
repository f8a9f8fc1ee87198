-- one row per document a run refused, with the reason
CREATE VIEW analytics.v_etl_rejections AS
WITH source AS (
    SELECT j.run_id, j.path, j.reason, j.rejected_at
    FROM core.etl_rejections AS j
)
SELECT s.run_id AS run, s.path, s.reason, s.rejected_at
FROM source AS s;

COMMENT ON VIEW analytics.v_etl_rejections IS 'Documents that `innovdb etl run` refused, with the reason.';
COMMENT ON COLUMN analytics.v_etl_rejections.run IS 'Id of the run that refused it (v_etl_runs.run).';
COMMENT ON COLUMN analytics.v_etl_rejections.path IS 'Path of the refused file.';
COMMENT ON COLUMN analytics.v_etl_rejections.reason IS 'Why it was refused, in one line.';
COMMENT ON COLUMN analytics.v_etl_rejections.rejected_at IS 'When it was refused.';
