-- one row per region and indicator: the region's own latest observed value (v_metrics_latest) side by side
-- with its latest target. Latest target = in the indicator's own unit first, then the highest target year
-- (targets without a year last), then the latest publication date, then the most evidence, then the id.
-- The wide form (one column per indicator) is a crosstab of this view: see docs/views.md.
CREATE VIEW analytics.v_region_scorecard AS
WITH region_indicators AS (
    SELECT f.subject AS region, f.indicator
    FROM analytics.v_facts AS f
    WHERE f.subject_type = 'region'
    GROUP BY f.subject, f.indicator
),
latest_metrics AS (
    SELECT ml.subject AS region, ml.indicator, ml.unit, ml.value, ml.value_high, ml.qualifier, ml.year,
           ml.as_of
    FROM analytics.v_metrics_latest AS ml
    WHERE ml.subject_type = 'region'
),
targets_by_year AS (
    SELECT f.subject AS region, f.indicator, f.unit, f.value, f.value_high, f.qualifier, f.year, f.fact_id,
           rank() OVER (
               PARTITION BY f.subject, f.indicator
               ORDER BY (f.unit = i.unit) DESC NULLS LAST, f.year DESC NULLS LAST
           ) AS year_rank
    FROM analytics.v_facts AS f
    LEFT JOIN core.indicators AS i ON i.code = f.indicator
    WHERE f.kind = 'target' AND f.subject_type = 'region'
),
latest_targets AS (
    -- documents are looked up only for the targets of the latest year
    SELECT ty.region, ty.indicator, ty.unit, ty.value, ty.value_high, ty.qualifier, ty.year,
           row_number() OVER (
               PARTITION BY ty.region, ty.indicator
               ORDER BY ev.as_of DESC NULLS LAST, ev.evidence_count DESC, ty.fact_id DESC
           ) AS recency
    FROM targets_by_year AS ty
    CROSS JOIN LATERAL (
        SELECT max(d.published) AS as_of, count(*) AS evidence_count
        FROM core.evidence AS e
        JOIN core.documents AS d ON d.id = e.document_id
        WHERE e.target_id = ty.fact_id
    ) AS ev
    WHERE ty.year_rank = 1
),
scorecard AS (
    SELECT ri.region, ri.indicator, lm.unit AS unit, lm.value, lm.value_high, lm.qualifier, lm.year, lm.as_of,
           lt.unit AS target_unit, lt.value AS target_value, lt.value_high AS target_value_high,
           lt.qualifier AS target_qualifier, lt.year AS target_year
    FROM region_indicators AS ri
    LEFT JOIN latest_metrics AS lm ON lm.region = ri.region AND lm.indicator = ri.indicator
    LEFT JOIN latest_targets AS lt ON lt.region = ri.region AND lt.indicator = ri.indicator AND lt.recency = 1
)
SELECT sc.region, sc.indicator, i.label_en AS indicator_label_en, i.label_fr AS indicator_label_fr,
       COALESCE(sc.unit, sc.target_unit) AS unit,
       sc.value AS latest_value, sc.value_high AS latest_value_high, sc.qualifier AS latest_qualifier,
       sc.year AS latest_year, sc.as_of AS latest_as_of,
       sc.target_value, sc.target_value_high, sc.target_qualifier, sc.target_year, sc.target_unit,
       CASE WHEN sc.unit = sc.target_unit THEN sc.target_value - sc.value END AS gap,
       CASE WHEN sc.unit = sc.target_unit THEN sc.value / NULLIF(sc.target_value, 0) END AS progress
FROM scorecard AS sc
LEFT JOIN core.indicators AS i ON i.code = sc.indicator;
