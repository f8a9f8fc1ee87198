-- one row per organization, with the region it belongs to, the documents that name it and its facts
CREATE VIEW analytics.v_organizations AS
WITH source AS (
    SELECT x.id, x.name, x.kind, home.name AS region
    FROM core.organizations AS x
    LEFT JOIN core.regions AS home ON home.id = x.region_id
),
counted AS (
    -- per-row counts on the foreign-key indexes: a filter on region or name counts only what it keeps
    SELECT s.name, s.kind, s.region,
           (SELECT count(DISTINCT mn.document_id) FROM core.mentions AS mn WHERE mn.organization_id = s.id)
               AS documents,
           (SELECT count(*) FROM core.targets AS t WHERE t.organization_id = s.id)
           + (SELECT count(*) FROM core.metrics AS m WHERE m.organization_id = s.id) AS facts
    FROM source AS s
)
SELECT c.name AS organization, c.kind, c.region, c.documents::integer AS documents, c.facts::integer AS facts
FROM counted AS c;
