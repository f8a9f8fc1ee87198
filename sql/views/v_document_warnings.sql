-- one row per loaded document the reader had to repair to read (bytes that were not UTF-8...)
CREATE VIEW analytics.v_document_warnings AS
WITH source AS (
    SELECT d.run_id, d.path, d.encoding, d.warning, d.loaded_at
    FROM core.documents AS d
    WHERE d.warning IS NOT NULL
)
SELECT s.run_id AS run, s.path, s.encoding, s.warning, s.loaded_at
FROM source AS s;

COMMENT ON VIEW analytics.v_document_warnings IS
    'Loaded documents the reader had to repair to read, with what it did: check their facts by eye.';
COMMENT ON COLUMN analytics.v_document_warnings.run IS 'Id of the run that loaded it (v_etl_runs.run).';
COMMENT ON COLUMN analytics.v_document_warnings.path IS 'Path of the document.';
COMMENT ON COLUMN analytics.v_document_warnings.encoding IS 'Encoding the document was read in.';
COMMENT ON COLUMN analytics.v_document_warnings.warning IS
    'What was repaired, e.g. "3 bytes were not UTF-8; read as cp1252".';
COMMENT ON COLUMN analytics.v_document_warnings.loaded_at IS 'When the document was loaded.';
