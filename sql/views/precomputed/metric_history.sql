-- one row per subject, indicator, unit and year: the time series of observed values. When documents
-- disagree on a year, the best-supported value wins: most sources, then most evidence spans, then the
-- latest publication, then the highest id. Values without a year are not in the history.
CREATE TABLE precomputed.metric_history AS
WITH source AS (
    SELECT f.subject, f.subject_type, f.region, f.indicator, f.unit, f.year, f.value, f.value_high,
           f.qualifier, f.sources, f.evidence_count, f.published, f.documents, f.value_cny, f.cny_rate_year,
           f.fact_id
    FROM analytics.v_facts_as_of AS f
    WHERE f.kind = 'observation' AND f.year IS NOT NULL
),
ranked AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.year, s.value, s.value_high,
           s.qualifier, s.sources, s.documents, s.value_cny, s.cny_rate_year, s.fact_id,
           count(*) OVER w AS values_for_year,
           row_number() OVER (w ORDER BY s.sources DESC, s.evidence_count DESC, s.published DESC NULLS LAST,
                                         s.fact_id DESC) AS support_rank
    FROM source AS s
    WINDOW w AS (PARTITION BY s.subject_type, s.subject, s.region, s.indicator, s.unit, s.year)
),
final AS (
    SELECT r.subject, r.subject_type, r.region, r.indicator, r.unit, r.year, r.value, r.value_high,
           r.qualifier, r.sources, r.documents, r.values_for_year::integer AS values_for_year, r.value_cny,
           r.cny_rate_year, r.fact_id
    FROM ranked AS r
    WHERE r.support_rank = 1
)
SELECT * FROM final;
