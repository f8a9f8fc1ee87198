-- one row per loaded document the reader had to repair to read (bytes that were not UTF-8...)
CREATE VIEW analytics.v_document_warnings AS
WITH source AS (
    SELECT d.run_id, d.path, d.encoding, d.warning, d.loaded_at
    FROM core.documents AS d
    WHERE d.warning IS NOT NULL
),
final AS (
    SELECT s.run_id AS run, s.path, s.encoding, s.warning, s.loaded_at
    FROM source AS s
)
SELECT * FROM final;
