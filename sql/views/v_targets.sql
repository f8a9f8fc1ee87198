-- one row per target: a value a region, organization or program aims to reach, usually by a year
CREATE VIEW analytics.v_targets AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.qualifier,
           f.year, f.fact_id
    FROM analytics.v_facts AS f
    WHERE f.kind = 'target'
),
shaped AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, i.label_en, i.label_fr, s.unit,
           s.value AS target_value, s.value_high AS target_value_high, s.qualifier, s.year AS target_year,
           (SELECT count(DISTINCT e.document_id) FROM core.evidence AS e WHERE e.target_id = s.fact_id)
               AS sources
    FROM source AS s
    LEFT JOIN core.indicators AS i ON i.code = s.indicator
)
SELECT sh.subject, sh.subject_type, sh.region, sh.indicator, sh.label_en AS indicator_label_en,
       sh.label_fr AS indicator_label_fr, sh.unit, sh.target_value, sh.target_value_high, sh.qualifier,
       sh.target_year, sh.sources::integer AS sources
FROM shaped AS sh;
