-- One reported fact, however many pages reported it (an MIIT release, a China Daily reprint, a
-- translation): mapped metrics of current document versions with a period or as_of date.
-- status and unit are part of the grain: a target is not a disagreeing report of the actual, and
-- a bracketed conversion (约合600亿美元) is not a disagreeing report of the yuan figure. So are a
-- percentage-point figure's comparison and, for a gap, the group it is measured against: 4 points
-- above all industry and 0.2 above high-tech manufacturing, or a gap and a change over time, are
-- different facts of one period, not reports that disagree. Likewise a list's removals (additions
-- below zero: 41 green factories struck off) beside the same year's additions (874 named).
-- The chosen value comes from MIIT (or the source ranked next in the sources seed), then from the
-- most recent report.
-- is_magnitude_outlier flags a level more than 10x away from the median of the same series
-- (metric, measure, unit, geography) within three years either side, given at least two such
-- values, and from the median of the whole series: most often a figure of something else that took the series' key (a count of the
-- industry categories robots are used in, a city's target under the national key). A flag to
-- check, not a verdict: the row stays.
with observations as (
    select
        o.*,
        coalesce(s.preference_rank, 99) as source_rank,
        case when o.comparison = 'gap' then o.compared_with end as peer_group,
        o.measure = 'additions' and o.value < 0 as is_removal
    from {{ ref('fct_metric_observations') }} as o
    left join {{ ref('sources') }} as s on s.source = o.source
    where o.is_current_version
      and o.metric_key is not null
      and (o.period is not null or o.as_of is not null)
),

ranked as (
    select
        *,
        row_number() over (
            partition by metric_key, measure, comparison, peer_group, is_removal, status, unit, period, as_of, geography
            order by source_rank, reported_at desc nulls last, fetched_at desc, observation_id
        ) as preference
    from observations
),

grouped as (
    select
        metric_key,
        measure,
        comparison,
        peer_group,
        is_removal,
        status,
        unit,
        period,
        as_of,
        geography,
        count(distinct source) as n_sources,
        count(distinct document_url) as n_documents,
        count(*) as n_observations,
        min(reported_at) as first_reported_at,
        max(reported_at) as latest_reported_at,
        min(value) as min_value,
        max(value) as max_value
    from ranked
    group by all
),

chosen as (
    select
        md5(concat_ws('|', g.metric_key, g.measure, g.status, g.unit, coalesce(g.period, ''), coalesce(g.as_of, ''), g.geography)
            -- (a figure without a comparison keeps the id it had before the column came)
            || coalesce('|' || g.comparison || '|' || coalesce(g.peer_group, ''), '')
            || case when g.is_removal then '|removal' else '' end) as industry_metric_id,
        g.metric_key,
        c.sector,
        g.measure,
        g.comparison,
        g.peer_group,
        g.is_removal,
        g.status,
        g.period,
        g.as_of,
        g.geography,
        c.value,
        c.value_high,
        g.unit,
        c.display_value,
        c.display_unit,
        c.qualifier,
        c.quote,
        c.source as chosen_source,
        c.document_url as chosen_document_url,
        c.observation_id as chosen_observation_id,
        g.n_sources,
        g.n_documents,
        g.n_observations,
        g.first_reported_at,
        g.latest_reported_at,
        g.min_value,
        g.max_value,
        -- reports disagree when they differ by more than 0.5% of the larger magnitude (a reprint
        -- rounding 9.58% to 9.6% stays below that; a wrong unit or a different figure does not)
        coalesce(g.max_value - g.min_value > 0.005 * greatest(abs(g.min_value), abs(g.max_value)), false) as values_disagree
    from grouped as g
    join ranked as c
        on c.preference = 1
        and c.metric_key = g.metric_key
        and c.measure = g.measure
        and c.comparison is not distinct from g.comparison
        and c.peer_group is not distinct from g.peer_group
        and c.is_removal = g.is_removal
        and c.status = g.status
        and c.unit = g.unit
        and c.period is not distinct from g.period
        and c.as_of is not distinct from g.as_of
        and c.geography = g.geography
),

-- levels of the same series near in time: a 10x jump within three years is rare in these series
-- (5G base stations took two years to double), a misread figure's usual size
series_points as (
    select industry_metric_id, metric_key, measure, unit, geography, value,
           {{ period_end('coalesce(period, as_of)') }} as point
    from chosen
    where measure in ('level', 'additions', 'net_increase')
      and unit in ('count', 'CNY', 'USD', 'tonne', 'EFLOPS', 'EB', 'W', 'Wh')
),

neighbours as (
    select
        a.industry_metric_id,
        median(b.value) filter (where abs(date_diff('day', a.point, b.point)) <= 3 * 366) as neighbour_median,
        count(*) filter (where abs(date_diff('day', a.point, b.point)) <= 3 * 366) as n_neighbours,
        median(b.value) as series_median
    from series_points as a
    join series_points as b
        on b.metric_key = a.metric_key
        and b.measure = a.measure
        and b.unit = a.unit
        and b.geography = a.geography
        and b.industry_metric_id <> a.industry_metric_id
    group by a.industry_metric_id
)

select
    c.*,
    n.neighbour_median,
    -- off by more than 10x from the levels near in time and from the series as a whole: a
    -- misread figure among its neighbours pulls their median, but rarely the whole series'
    coalesce(
        n.n_neighbours >= 2 and c.value > 0 and n.neighbour_median > 0 and n.series_median > 0
        and greatest(c.value / n.neighbour_median, n.neighbour_median / c.value) > 10
        and greatest(c.value / n.series_median, n.series_median / c.value) > 10,
        false
    ) as is_magnitude_outlier
from chosen as c
left join neighbours as n using (industry_metric_id)
