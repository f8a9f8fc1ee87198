-- one row per fact (v_facts) with what orders it in time and the documents behind it: the one place for
-- "as of", for sources, and for the yuan value of an amount in another currency.
-- As of: an observation with a year counts as of the last day of that year ('year'); without one, as of
-- the latest publication date of its documents, from the manifest or else detected ('published'); with
-- neither, as of nothing ('unknown'). A target counts as of the day it was published (its year is when
-- it is due, not when it was said).
-- Sources are distinct document contents (sha256): identical copies at other paths are one source.
-- Precomputed: the rows are those of precomputed.facts_as_of (sql/views/precomputed/facts_as_of.sql),
-- refreshed after every write; see docs/views.md.
CREATE VIEW analytics.v_facts_as_of AS
WITH source AS (
    SELECT p.kind, p.fact_id, p.subject, p.subject_type, p.region, p.indicator, p.unit, p.value, p.value_high,
           p.qualifier, p.year, p.as_of, p.as_of_source, p.published, p.sources, p.evidence_count,
           p.documents, p.value_cny, p.value_high_cny, p.cny_rate_year
    FROM precomputed.facts_as_of AS p
),
final AS (
    SELECT s.kind, s.fact_id, s.subject, s.subject_type, s.region, s.indicator, s.unit, s.value, s.value_high,
           s.qualifier, s.year, s.as_of, s.as_of_source, s.published, s.sources, s.evidence_count,
           s.documents, s.value_cny, s.value_high_cny, s.cny_rate_year
    FROM source AS s
)
SELECT * FROM final;
