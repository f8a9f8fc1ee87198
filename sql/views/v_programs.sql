-- one row per program: v_entities for one entity type
CREATE VIEW analytics.v_programs AS
WITH source AS (
    SELECT e.name, e.kind, e.region, e.documents, e.facts
    FROM analytics.v_entities AS e
    WHERE e.entity_type = 'program'
),
final AS (
    SELECT s.name AS program, s.kind, s.region, s.documents, s.facts
    FROM source AS s
)
SELECT * FROM final;
