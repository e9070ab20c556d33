-- Ready to chart: one value per metric key and period for China as a whole, in the metric's
-- headline measure (the dictionary's measure_default). When one period has several statuses the
-- best-established wins: actual, then estimate, forecast, target; of several units, the
-- dictionary's unit of the metric (a yuan figure over its dollar conversion). A period string that is not
-- one of the documented forms cannot be placed on the x axis and is left out (it stays in
-- fct_industry_metrics).
with candidates as (
    select
        f.*,
        coalesce(f.period, f.as_of) as period_key,
        case when f.period is not null then 'period' else 'as_of' end as period_kind,
        case f.status when 'actual' then 1 when 'estimate' then 2 when 'forecast' then 3 else 4 end as status_rank,
        f.unit is not distinct from m.unit as is_dictionary_unit
    from {{ ref('fct_industry_metrics') }} as f
    join {{ ref('dim_metrics') }} as m
        on m.metric_key = f.metric_key and m.measure_default = f.measure
    where f.geography = 'China'
      and {{ period_start('coalesce(f.period, f.as_of)') }} is not null
)

select
    metric_key,
    period_key,
    period_kind,
    {{ period_start('period_key') }} as period_start,
    {{ period_end('period_key') }} as period_end,
    {{ period_grain('period_key') }} as period_grain,
    measure,
    status,
    value,
    value_high,
    unit,
    display_value,
    display_unit,
    qualifier,
    n_sources,
    values_disagree,
    is_magnitude_outlier,
    industry_metric_id
from candidates
qualify row_number() over (
    partition by metric_key, period_key
    -- a key stated both as a flow (period) and a stock (as_of) for the same string: prefer the flow
    order by status_rank, is_dictionary_unit desc, period_kind desc, industry_metric_id
) = 1
