-- one row per target: where its subject stood when it was stated (baseline), where it stands now (latest,
-- v_metrics_latest), the yearly change still needed, the yearly change of the history (v_metric_history),
-- and where that history leads by the target year.
-- Values are compared in one unit: yuan for money (usd through core.exchange_rates), else the stated unit.
-- Shares, rates, ranks and index scores change by points a year; everything else by a growth rate (CAGR).
CREATE TABLE precomputed.target_progress AS
WITH source AS (
    SELECT t.fact_id, t.subject, t.subject_type, t.region, t.indicator, t.unit, t.value AS target_value,
           t.value_high AS target_value_high, t.qualifier AS target_qualifier, t.year AS target_year,
           t.published AS stated_on,
           CASE WHEN t.value_cny IS NOT NULL THEN 'cny' ELSE t.unit END AS comparison_unit,
           COALESCE(t.value_cny, t.value) AS goal
    FROM analytics.v_facts_as_of AS t
    WHERE t.kind = 'target'
),
rules AS (
    SELECT s.fact_id, s.subject, s.subject_type, s.region, s.indicator, s.unit, s.target_value,
           s.target_value_high, s.target_qualifier, s.target_year, s.stated_on, s.comparison_unit, s.goal,
           CASE WHEN s.comparison_unit IN ('percent', 'rank', 'index') THEN 'points' ELSE 'growth' END AS basis,
           (s.target_qualifier IN ('less_than', 'at_most') OR s.comparison_unit = 'rank') AS lower_is_better
    FROM source AS s
),
matched AS (
    -- each target's history and latest value looked up by its own subject, region, indicator and comparison
    -- unit (a refresh of a few keys reads only theirs): the history in the comparison unit, one value a year
    -- (a value stated in it before a converted one), its years and values in order
    SELECT r.fact_id, r.subject, r.subject_type, r.region, r.indicator, r.unit, r.target_value, r.target_value_high,
           r.target_qualifier, r.target_year, r.stated_on, r.comparison_unit, r.goal, r.basis, r.lower_is_better,
           h.years, h.vals, l.latest_value, l.latest_year
    FROM rules AS r
    LEFT JOIN LATERAL (
        SELECT array_agg(hi.year ORDER BY hi.year) AS years, array_agg(hi.value ORDER BY hi.year) AS vals
        FROM (
            SELECT DISTINCT ON (hc.year) hc.year, hc.value
            FROM (
                SELECT h.year, h.unit, h.sources,
                       CASE WHEN h.value_cny IS NOT NULL THEN 'cny' ELSE h.unit END AS comparison_unit,
                       COALESCE(h.value_cny, h.value) AS value
                FROM analytics.v_metric_history AS h
                WHERE h.subject_type = r.subject_type AND h.subject = r.subject AND h.indicator = r.indicator
                  AND h.region IS NOT DISTINCT FROM r.region
            ) AS hc
            WHERE hc.comparison_unit = r.comparison_unit
            ORDER BY hc.year, (hc.unit = hc.comparison_unit) DESC, hc.sources DESC
        ) AS hi
    ) AS h ON true
    LEFT JOIN LATERAL (
        SELECT COALESCE(ml.value_cny, ml.value) AS latest_value, EXTRACT(YEAR FROM ml.as_of)::integer AS latest_year
        FROM analytics.v_metrics_latest AS ml
        WHERE ml.subject_type = r.subject_type AND ml.subject = r.subject AND ml.indicator = r.indicator
          AND ml.region IS NOT DISTINCT FROM r.region
          AND CASE WHEN ml.value_cny IS NOT NULL THEN 'cny' ELSE ml.unit END = r.comparison_unit
    ) AS l ON true
),
measured AS (
    -- no latest value in the target's unit: the last year of the history instead
    SELECT m.fact_id, m.subject, m.subject_type, m.region, m.indicator, m.unit, m.target_value, m.target_value_high,
           m.target_qualifier, m.target_year, m.stated_on, m.comparison_unit, m.goal, m.basis, m.lower_is_better,
           b.baseline_value, b.baseline_year,
           m.years[1] AS first_year, m.vals[1] AS first_value,
           m.years[cardinality(m.years)] AS last_year, m.vals[cardinality(m.vals)] AS last_value,
           COALESCE(m.latest_value, m.vals[cardinality(m.vals)]) AS latest_value,
           CASE WHEN m.latest_value IS NOT NULL THEN m.latest_year ELSE m.years[cardinality(m.years)] END
               AS latest_year
    FROM matched AS m
    LEFT JOIN LATERAL (
        SELECT u.val AS baseline_value, u.yr AS baseline_year
        FROM unnest(m.years, m.vals) AS u(yr, val)
        WHERE make_date(u.yr, 12, 31) < m.stated_on
        ORDER BY u.yr DESC
        LIMIT 1
    ) AS b ON true
),
changes AS (
    SELECT m.fact_id, m.subject, m.subject_type, m.region, m.indicator, m.unit, m.target_value, m.target_value_high,
           m.target_qualifier, m.target_year, m.stated_on, m.comparison_unit, m.goal, m.basis, m.lower_is_better,
           m.baseline_value, m.baseline_year, m.first_year, m.last_year, m.latest_value, m.latest_year,
           CASE WHEN m.target_year > m.latest_year THEN
               CASE WHEN m.basis = 'points'
                        THEN (m.goal - m.latest_value) / (m.target_year - m.latest_year)
                    WHEN m.goal > 0 AND m.latest_value > 0
                        THEN power(m.goal / m.latest_value, 1.0::double precision / (m.target_year - m.latest_year)) - 1
               END
           END AS required_annual_change,
           CASE WHEN m.last_year > m.first_year THEN
               CASE WHEN m.basis = 'points'
                        THEN (m.last_value - m.first_value) / (m.last_year - m.first_year)
                    WHEN m.first_value > 0 AND m.last_value > 0
                        THEN power(m.last_value / m.first_value, 1.0::double precision / (m.last_year - m.first_year)) - 1
               END
           END AS historical_annual_change
    FROM measured AS m
),
projected AS (
    SELECT c.fact_id, c.subject, c.subject_type, c.region, c.indicator, c.unit, c.target_value, c.target_value_high,
           c.target_qualifier, c.target_year, c.stated_on, c.comparison_unit, c.goal, c.basis, c.lower_is_better,
           c.baseline_value, c.baseline_year, c.first_year, c.last_year, c.latest_value, c.latest_year,
           c.required_annual_change, c.historical_annual_change,
           CASE WHEN c.target_year >= c.latest_year THEN
               CASE WHEN c.basis = 'points'
                        THEN c.latest_value + c.historical_annual_change * (c.target_year - c.latest_year)
                    ELSE c.latest_value * power(1 + c.historical_annual_change, c.target_year - c.latest_year)
               END
           END AS projected_value
    FROM changes AS c
),
final AS (
    SELECT p.fact_id, p.subject, p.subject_type, p.region, p.indicator, p.unit, p.target_value, p.target_value_high,
           p.target_qualifier, p.target_year, p.stated_on, p.comparison_unit, p.goal AS target_value_compared,
           p.baseline_value, p.baseline_year, p.latest_value, p.latest_year, p.basis AS change_basis,
           p.required_annual_change, p.historical_annual_change, p.first_year AS history_from_year,
           p.last_year AS history_to_year, p.projected_value,
           CASE WHEN p.latest_value IS NULL THEN 'unknown'
                WHEN (p.lower_is_better AND p.latest_value <= p.goal)
                  OR (NOT p.lower_is_better AND p.latest_value >= p.goal) THEN 'reached'
                WHEN p.target_year IS NULL OR p.latest_year IS NULL THEN 'unknown'
                WHEN p.target_year <= p.latest_year THEN 'behind'
                WHEN p.projected_value IS NULL THEN 'unknown'
                WHEN (p.lower_is_better AND p.projected_value <= p.goal)
                  OR (NOT p.lower_is_better AND p.projected_value >= p.goal) THEN 'on_track'
                ELSE 'behind'
           END AS status
    FROM projected AS p
)
SELECT * FROM final;
