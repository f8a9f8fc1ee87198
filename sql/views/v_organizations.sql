-- one row per organization: v_entities for one entity type
CREATE VIEW analytics.v_organizations AS
WITH source AS (
    SELECT e.name, e.kind, e.region, e.documents, e.facts
    FROM analytics.v_entities AS e
    WHERE e.entity_type = 'organization'
),
final AS (
    SELECT s.name AS organization, s.kind, s.region, s.documents, s.facts
    FROM source AS s
)
SELECT * FROM final;
