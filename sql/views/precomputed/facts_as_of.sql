-- one row per fact (v_facts) with what orders it in time and the documents behind it: the one place for
-- "as of", for sources, and for the yuan value of an amount in another currency.
-- As of: an observation with a year counts as of the last day of that year ('year'); without one, as of
-- the latest publication date of its documents, from the manifest or else detected ('published'); with
-- neither, as of nothing ('unknown'). A target counts as of the day it was published (its year is when
-- it is due, not when it was said).
-- Sources are distinct document contents (sha256): identical copies at other paths are one source.
CREATE TABLE precomputed.facts_as_of AS
WITH source AS (
    SELECT f.kind, f.fact_id, f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high,
           f.qualifier, f.year
    FROM analytics.v_facts AS f
),
documented AS (
    -- each fact's documents looked up by its own key (a refresh of a few subjects reads only their
    -- evidence); a fact without evidence has no source (0), no date and no documents
    SELECT s.kind, s.fact_id, s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value,
           s.value_high, s.qualifier, s.year, b.published, COALESCE(b.sources, 0) AS sources, b.evidence_count,
           b.documents
    FROM source AS s
    LEFT JOIN LATERAL (
        SELECT max(c.published) AS published, count(*) AS sources, sum(c.spans) AS evidence_count,
               string_agg(c.names, ', ' ORDER BY c.names) AS documents
        FROM (
            -- one row per document content: the names of its copies joined by ' = '
            SELECT d.sha256, max(d.published) AS published, count(*) AS spans,
                   string_agg(DISTINCT d.name, ' = ') AS names
            FROM (
                SELECT e.document_id FROM core.evidence AS e WHERE s.kind = 'target' AND e.target_id = s.fact_id
                UNION ALL
                SELECT e.document_id FROM core.evidence AS e
                WHERE s.kind = 'observation' AND e.metric_id = s.fact_id
            ) AS ev
            JOIN core.documents AS d ON d.id = ev.document_id
            GROUP BY d.sha256
        ) AS c
    ) AS b ON true
),
dated AS (
    SELECT dc.kind, dc.fact_id, dc.subject, dc.subject_type, dc.region, dc.indicator, dc.unit, dc.value,
           dc.value_high, dc.qualifier, dc.year, dc.published, dc.sources, dc.evidence_count, dc.documents,
           CASE WHEN dc.kind = 'observation' AND dc.year IS NOT NULL THEN make_date(dc.year, 12, 31)
                ELSE dc.published END AS as_of,
           CASE WHEN dc.kind = 'observation' AND dc.year IS NOT NULL THEN 'year'
                WHEN dc.published IS NOT NULL THEN 'published'
                ELSE 'unknown' END AS as_of_source
    FROM documented AS dc
),
converted AS (
    -- the rate of the year the value is as of; no rate for that year: no converted value (never a guess)
    SELECT dt.kind, dt.fact_id, dt.subject, dt.subject_type, dt.region, dt.indicator, dt.unit, dt.value,
           dt.value_high, dt.qualifier, dt.year, dt.published, dt.as_of, dt.as_of_source, dt.sources,
           dt.evidence_count, dt.documents,
           CASE WHEN dt.unit = 'cny' THEN dt.value ELSE dt.value * x.cny_per_unit END AS value_cny,
           CASE WHEN dt.unit = 'cny' THEN dt.value_high ELSE dt.value_high * x.cny_per_unit END AS value_high_cny,
           x.year AS cny_rate_year
    FROM dated AS dt
    LEFT JOIN core.exchange_rates AS x
        ON x.currency = dt.unit AND x.year = EXTRACT(YEAR FROM dt.as_of)::integer
),
final AS (
    SELECT cv.kind, cv.fact_id, cv.subject, cv.subject_type, cv.region, cv.indicator, cv.unit, cv.value,
           cv.value_high, cv.qualifier, cv.year, cv.as_of, cv.as_of_source, cv.published,
           cv.sources::integer AS sources, cv.evidence_count::integer AS evidence_count, cv.documents,
           cv.value_cny, cv.value_high_cny, cv.cny_rate_year
    FROM converted AS cv
)
SELECT * FROM final;
