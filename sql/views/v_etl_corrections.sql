-- one row per corrections-file entry, as the latest load of its document applied it (or could not)
CREATE VIEW analytics.v_etl_corrections AS
WITH source AS (
    SELECT c.id, c.run_id, c.source, c.line, c.document, c.document_id, c.quote, c.occurrence, c.action,
           c.reason, c.changes, c.status, c.detail, c.original
    FROM core.corrections AS c
),
final AS (
    SELECT s.status, s.detail, s.source AS file, s.line, s.document, d.path, s.action, s.quote, s.occurrence,
           s.reason, s.changes::text AS changes, s.original::text AS original, s.run_id AS run,
           s.id AS correction_id
    FROM source AS s
    LEFT JOIN core.documents AS d ON d.id = s.document_id
)
SELECT * FROM final;
