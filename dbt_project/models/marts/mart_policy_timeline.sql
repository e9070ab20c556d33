-- Policy events per month by sector and type. Events dated only to a year, or not at all,
-- cannot be placed in a month and are left out (they stay in fct_policy_events).
select
    cast(date_trunc('month', event_start_date) as date) as month_start,
    sector,
    event_type,
    count(*) as n_events,
    sum(n_reporting_pages) as n_reporting_pages,
    count(*) filter (where doc_number is not null) as n_with_doc_number
from {{ ref('fct_policy_events') }}
where date_precision in ('day', 'month') and event_start_date is not null
group by all
