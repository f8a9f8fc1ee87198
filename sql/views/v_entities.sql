-- one row per organization and per program: the one definition behind v_organizations and v_programs,
-- with the region it belongs to, the documents that name it and its facts
-- Precomputed: the rows are those of precomputed.entities (sql/views/precomputed/entities.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_entities AS
WITH source AS (
    SELECT p.entity_type, p.name, p.kind, p.region, p.documents, p.facts
    FROM precomputed.entities AS p
),
final AS (
    SELECT s.entity_type, s.name, s.kind, s.region, s.documents, s.facts
    FROM source AS s
)
SELECT * FROM final;
