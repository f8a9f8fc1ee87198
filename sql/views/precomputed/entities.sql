-- one row per organization and per program: the one definition behind v_organizations and v_programs,
-- with the region it belongs to, the documents that name it and its facts
CREATE TABLE precomputed.entities AS
WITH source AS (
    SELECT 'organization'::text AS entity_type, o.id, o.name, o.kind, o.region_id
    FROM core.organizations AS o
    UNION ALL
    SELECT 'program'::text AS entity_type, p.id, p.name, p.kind, p.region_id
    FROM core.programs AS p
),
counted AS (
    -- per-row counts on the foreign-key indexes: a filter on region or name counts only what it keeps
    SELECT s.entity_type, s.name, s.kind, home.name AS region,
           (SELECT count(DISTINCT d.sha256)
            FROM core.mentions AS mn
            JOIN core.documents AS d ON d.id = mn.document_id
            WHERE mn.organization_id = CASE WHEN s.entity_type = 'organization' THEN s.id END
               OR mn.program_id = CASE WHEN s.entity_type = 'program' THEN s.id END) AS documents,
           (SELECT count(*) FROM analytics.v_facts AS f
            WHERE f.subject_type = s.entity_type AND f.subject = s.name) AS facts
    FROM source AS s
    LEFT JOIN core.regions AS home ON home.id = s.region_id
),
final AS (
    SELECT c.entity_type, c.name, c.kind, c.region, c.documents::integer AS documents,
           c.facts::integer AS facts
    FROM counted AS c
)
SELECT * FROM final;
