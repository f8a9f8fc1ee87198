-- one row per corrections-file entry, as the latest load of its document applied it (or could not)
CREATE VIEW analytics.v_etl_corrections AS
WITH source AS (
    SELECT c.id, c.run_id, c.source, c.line, c.document, c.document_id, c.quote, c.occurrence, c.action,
           c.reason, c.changes, c.status, c.detail, c.original
    FROM core.corrections AS c
)
SELECT s.status, s.detail, s.source AS file, s.line, s.document, d.path, s.action, s.quote, s.occurrence,
       s.reason, s.changes::text AS changes, s.original::text AS original, s.run_id AS run, s.id AS correction_id
FROM source AS s
LEFT JOIN core.documents AS d ON d.id = s.document_id;

COMMENT ON VIEW analytics.v_etl_corrections IS
    'Entries of corrections files (corrections.yaml) and what became of each the last time its document was '
    'loaded: applied, unmatched (the document, quote or fact is not there) or invalid (the result would break '
    'a rule), with the reason. An entry is never dropped silently.';
COMMENT ON COLUMN analytics.v_etl_corrections.status IS 'applied, unmatched or invalid.';
COMMENT ON COLUMN analytics.v_etl_corrections.detail IS
    'What it changed (applied) or why it did not apply (unmatched, invalid).';
COMMENT ON COLUMN analytics.v_etl_corrections.file IS 'The corrections file.';
COMMENT ON COLUMN analytics.v_etl_corrections.line IS 'Line of the entry in the file (1-based).';
COMMENT ON COLUMN analytics.v_etl_corrections.document IS 'The document as the entry names it.';
COMMENT ON COLUMN analytics.v_etl_corrections.path IS 'Path of the loaded document it applies to (NULL if none).';
COMMENT ON COLUMN analytics.v_etl_corrections.action IS 'reject, fix or add.';
COMMENT ON COLUMN analytics.v_etl_corrections.quote IS 'The text the entry looks for inside a fact''s span.';
COMMENT ON COLUMN analytics.v_etl_corrections.occurrence IS 'Which occurrence of the quote in the document (1-based).';
COMMENT ON COLUMN analytics.v_etl_corrections.reason IS 'The reason the entry gives.';
COMMENT ON COLUMN analytics.v_etl_corrections.changes IS 'The fields a fix sets, or the fact an add states (JSON).';
COMMENT ON COLUMN analytics.v_etl_corrections.original IS
    'The facts a reject or fix matched, as extracted (JSON list); NULL otherwise.';
COMMENT ON COLUMN analytics.v_etl_corrections.run IS 'Id of the run that applied it (v_etl_runs.run).';
COMMENT ON COLUMN analytics.v_etl_corrections.correction_id IS 'Id of the row in core.corrections.';
