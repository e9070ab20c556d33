-- Policy events per month by sector and type, placed by fct_policy_events.timeline_date: the
-- event's own day or month, or the day of its first report when the text only calls it recent
-- (近日印发…). Events dated only to a year, or undated and not recent, cannot be placed in a month
-- and are left out (they stay in fct_policy_events).
select
    cast(date_trunc('month', timeline_date) as date) as month_start,
    sector,
    event_type,
    count(*) as n_events,
    sum(n_reporting_pages) as n_reporting_pages,
    count(*) filter (where doc_number is not null) as n_with_doc_number,
    count(*) filter (where timeline_date_basis = 'first_report') as n_placed_by_report
from {{ ref('fct_policy_events') }}
where timeline_date is not null
group by all
