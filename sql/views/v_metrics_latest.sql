-- one row per subject and indicator: the subject's latest observed value of that indicator
-- Latest = highest year (values without a year come after dated ones), then the latest publication date
-- of the documents stating it, then the most evidence spans, then the highest id: deterministic.
CREATE VIEW analytics.v_metrics_latest AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.qualifier,
           f.year, f.fact_id
    FROM analytics.v_facts AS f
    WHERE f.kind = 'observation'
),
by_year AS (
    -- region is determined by the subject: partitioning by it too lets a filter on region reach v_facts
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value, s.value_high, s.qualifier,
           s.year, s.fact_id,
           rank() OVER (
               PARTITION BY s.subject_type, s.subject, s.region, s.indicator
               ORDER BY s.year DESC NULLS LAST
           ) AS year_rank
    FROM source AS s
),
ranked AS (
    -- documents are looked up only for the values of the latest year, not for every value
    SELECT b.subject, b.subject_type, b.region, b.indicator, b.unit, b.value, b.value_high, b.qualifier,
           b.year, ev.as_of, ev.sources,
           row_number() OVER (
               PARTITION BY b.subject_type, b.subject, b.region, b.indicator
               ORDER BY ev.as_of DESC NULLS LAST, ev.evidence_count DESC, b.fact_id DESC
           ) AS recency
    FROM by_year AS b
    CROSS JOIN LATERAL (
        SELECT max(d.published) AS as_of, count(DISTINCT e.document_id) AS sources, count(*) AS evidence_count
        FROM core.evidence AS e
        JOIN core.documents AS d ON d.id = e.document_id
        WHERE e.metric_id = b.fact_id
    ) AS ev
    WHERE b.year_rank = 1
)
SELECT r.subject, r.subject_type, r.region, r.indicator, r.unit, r.value, r.value_high, r.qualifier,
       r.year, r.as_of, r.sources::integer AS sources
FROM ranked AS r
WHERE r.recency = 1;
