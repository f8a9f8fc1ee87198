-- one row per `innovdb etl run`, with its counts (kept as JSON in core.etl_runs) as integer columns
CREATE VIEW analytics.v_etl_runs AS
WITH source AS (
    SELECT r.id, r.started_at, r.finished_at, r.status, r.counts, r.extractor_version, r.error
    FROM core.etl_runs AS r
),
counts AS (
    -- a count that is missing or not a number is NULL rather than an error for the whole view;
    -- document counts are read under both their long (documents_changed) and short (changed) keys
    SELECT s.id, s.started_at, s.finished_at, s.status, s.extractor_version, s.error,
           CASE WHEN jsonb_typeof(c.documents_new) = 'number' THEN c.documents_new::numeric END
               AS documents_new,
           CASE WHEN jsonb_typeof(c.changed) = 'number' THEN c.changed::numeric END AS changed,
           CASE WHEN jsonb_typeof(c.unchanged) = 'number' THEN c.unchanged::numeric END AS unchanged,
           CASE WHEN jsonb_typeof(c.rejected) = 'number' THEN c.rejected::numeric END AS rejected,
           CASE WHEN jsonb_typeof(c.targets_added) = 'number' THEN c.targets_added::numeric END
               AS targets_added,
           CASE WHEN jsonb_typeof(c.targets_removed) = 'number' THEN c.targets_removed::numeric END
               AS targets_removed,
           CASE WHEN jsonb_typeof(c.metrics_added) = 'number' THEN c.metrics_added::numeric END
               AS metrics_added,
           CASE WHEN jsonb_typeof(c.metrics_removed) = 'number' THEN c.metrics_removed::numeric END
               AS metrics_removed,
           CASE WHEN jsonb_typeof(c.evidence_rows) = 'number' THEN c.evidence_rows::numeric END
               AS evidence_rows
    FROM source AS s
    CROSS JOIN LATERAL (
        SELECT s.counts -> 'documents_new' AS documents_new,
               COALESCE(s.counts -> 'documents_changed', s.counts -> 'changed') AS changed,
               COALESCE(s.counts -> 'documents_unchanged', s.counts -> 'unchanged') AS unchanged,
               COALESCE(s.counts -> 'documents_rejected', s.counts -> 'rejected') AS rejected,
               s.counts -> 'targets_added' AS targets_added, s.counts -> 'targets_removed' AS targets_removed,
               s.counts -> 'metrics_added' AS metrics_added, s.counts -> 'metrics_removed' AS metrics_removed,
               s.counts -> 'evidence_rows' AS evidence_rows
    ) AS c
),
final AS (
    SELECT c.id AS run, c.started_at, c.finished_at, c.status,
           EXTRACT(EPOCH FROM c.finished_at - c.started_at)::double precision AS seconds,
           c.documents_new::integer AS documents_new, c.changed::integer AS changed,
           c.unchanged::integer AS unchanged, c.rejected::integer AS rejected,
           c.targets_added::integer AS targets_added, c.targets_removed::integer AS targets_removed,
           c.metrics_added::integer AS metrics_added, c.metrics_removed::integer AS metrics_removed,
           c.evidence_rows::integer AS evidence_rows, c.extractor_version, c.error
    FROM counts AS c
)
SELECT * FROM final;
