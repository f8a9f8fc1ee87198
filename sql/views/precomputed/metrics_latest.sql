-- one row per subject and indicator: the subject's latest observed value of that indicator.
-- Latest = latest as_of (v_facts_as_of: the end of its year, else its publication date; a value with
-- neither comes after every dated one), then latest publication date, then the most sources, then the most
-- evidence spans, then the highest id: deterministic.
CREATE TABLE precomputed.metrics_latest AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.value, f.value_high, f.qualifier,
           f.year, f.as_of, f.as_of_source, f.published, f.sources, f.evidence_count, f.value_cny,
           f.cny_rate_year, f.fact_id
    FROM analytics.v_facts_as_of AS f
    WHERE f.kind = 'observation'
),
ranked AS (
    -- region is determined by the subject: partitioning by it too lets a filter on region reach v_facts
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value, s.value_high, s.qualifier,
           s.year, s.as_of, s.as_of_source, s.published, s.sources, s.value_cny, s.cny_rate_year, s.fact_id,
           row_number() OVER (
               PARTITION BY s.subject_type, s.subject, s.region, s.indicator
               ORDER BY s.as_of DESC NULLS LAST, s.published DESC NULLS LAST, s.sources DESC,
                        s.evidence_count DESC, s.fact_id DESC
           ) AS recency
    FROM source AS s
),
final AS (
    SELECT r.subject, r.subject_type, r.region, r.indicator, r.unit, r.value, r.value_high, r.qualifier,
           r.year, r.as_of, r.sources, r.as_of_source, r.published, r.value_cny, r.cny_rate_year, r.fact_id
    FROM ranked AS r
    WHERE r.recency = 1
)
SELECT * FROM final;
