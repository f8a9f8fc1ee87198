-- one row per target: the target beside its own subject's latest observed value of the same indicator
-- (v_metrics_latest, when it is in the same unit), with the gap still to cover and the progress made.
CREATE TABLE precomputed.target_vs_current AS
WITH source AS (
    -- targets and latest values stacked, then paired by a window rather than a join: a filter on region,
    -- subject or indicator reaches both sides, and subjects without a region pair up too
    -- the targets of v_targets, read from v_facts_as_of for their fact id (the key of this relation)
    SELECT t.fact_id, t.subject, t.subject_type, t.region, t.indicator, t.unit, true AS is_target,
           t.value AS target_value, t.value_high AS target_value_high, t.qualifier AS target_qualifier,
           t.year AS target_year,
           NULL::double precision AS current_value, NULL::double precision AS current_value_high,
           NULL::text AS current_qualifier, NULL::integer AS current_year, NULL::date AS current_as_of
    FROM analytics.v_facts_as_of AS t
    WHERE t.kind = 'target'
    UNION ALL
    SELECT NULL::bigint AS fact_id, m.subject, m.subject_type, m.region, m.indicator, m.unit, false AS is_target,
           NULL::double precision AS target_value, NULL::double precision AS target_value_high,
           NULL::text AS target_qualifier, NULL::integer AS target_year, m.value AS current_value,
           m.value_high AS current_value_high, m.qualifier AS current_qualifier, m.year AS current_year,
           m.as_of AS current_as_of
    FROM analytics.v_metrics_latest AS m
),
paired AS (
    -- a partition holds at most one latest value (v_metrics_latest has one per subject and indicator),
    -- so max() over it is that value, copied onto each target
    SELECT s.fact_id, s.subject, s.subject_type, s.region, s.indicator, s.unit, s.is_target, s.target_value,
           s.target_value_high, s.target_qualifier, s.target_year,
           max(s.current_value) OVER w AS current_value,
           max(s.current_value_high) OVER w AS current_value_high,
           max(s.current_qualifier) OVER w AS current_qualifier, max(s.current_year) OVER w AS current_year,
           max(s.current_as_of) OVER w AS current_as_of
    FROM source AS s
    WINDOW w AS (PARTITION BY s.subject_type, s.subject, s.region, s.indicator, s.unit)
),
final AS (
    SELECT p.subject, p.subject_type, p.region, p.indicator, p.unit, p.target_value, p.target_value_high,
           p.target_qualifier, p.target_year, p.current_value, p.current_value_high, p.current_qualifier,
           p.current_year, p.current_as_of,
           p.target_value - p.current_value AS gap,
           p.current_value / NULLIF(p.target_value, 0) AS progress, p.fact_id
    FROM paired AS p
    WHERE p.is_target
)
SELECT * FROM final;
