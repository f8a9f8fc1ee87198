-- one row per subject, indicator, unit and year: the time series of observed values. When documents
-- disagree on a year, the best-supported value wins: most sources, then most evidence spans, then the
-- latest publication, then the highest id. Values without a year are not in the history.
-- Precomputed: the rows are those of precomputed.metric_history (sql/views/precomputed/metric_history.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_metric_history AS
WITH source AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.unit, p.year, p.value, p.value_high,
           p.qualifier, p.sources, p.documents, p.values_for_year, p.value_cny, p.cny_rate_year
    FROM precomputed.metric_history AS p
),
final AS (
    SELECT s.subject, s.subject_type, s.region, s.indicator, s.unit, s.year, s.value, s.value_high,
           s.qualifier, s.sources, s.documents, s.values_for_year, s.value_cny, s.cny_rate_year
    FROM source AS s
)
SELECT * FROM final;
