-- one row per subject and indicator: the subject's latest observed value of that indicator.
-- Latest = latest as_of (v_facts_as_of: the end of its year, else its publication date; a value with
-- neither comes after every dated one), then latest publication date, then the most sources, then the most
-- evidence spans, then the highest id: deterministic.
-- Precomputed: the rows are those of precomputed.metrics_latest (sql/views/precomputed/metrics_latest.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_metrics_latest AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.unit, p.value, p.value_high, p.qualifier,
           p.year, p.as_of, p.sources, p.as_of_source, p.published, p.value_cny, p.cny_rate_year
    FROM precomputed.metrics_latest AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value, s.value_high, s.qualifier,
           s.year, s.as_of, s.sources, s.as_of_source, s.published, s.value_cny, s.cny_rate_year
    FROM source AS s
)
SELECT * FROM final;
