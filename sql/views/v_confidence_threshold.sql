-- one row: the confidence below which facts stay out of the analytics views, as the latest run set it
CREATE VIEW analytics.v_confidence_threshold AS
WITH latest AS (
    SELECT r.id, r.min_confidence
    FROM core.etl_runs AS r
    WHERE r.status <> 'failed' AND r.min_confidence IS NOT NULL
    ORDER BY r.id DESC
    LIMIT 1
)
SELECT coalesce((SELECT l.min_confidence FROM latest AS l), 0)::double precision AS min_confidence,
       (SELECT l.id FROM latest AS l) AS run;

COMMENT ON VIEW analytics.v_confidence_threshold IS
    'The confidence threshold in force: facts whose confidence is below it are loaded but kept out of the '
    'analytics views (v_facts and every view built on it); v_evidence and v_review_queue still show them.';
COMMENT ON COLUMN analytics.v_confidence_threshold.min_confidence IS
    'The --min-confidence of the latest run that did not fail (0 before any run).';
COMMENT ON COLUMN analytics.v_confidence_threshold.run IS 'Id of that run (v_etl_runs.run), NULL before any run.';
