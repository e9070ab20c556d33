-- A calendar wide enough for historical statistics (since 1949) and long-range targets (到2035年, 2060).
select
    cast(d as date) as date_day,
    year(d) as year,
    quarter(d) as quarter,
    month(d) as month,
    cast(date_trunc('month', d) as date) as month_start,
    cast(date_trunc('quarter', d) as date) as quarter_start,
    cast(date_trunc('year', d) as date) as year_start,
    strftime(d, '%Y-%m') as year_month,
    isodow(d) as iso_day_of_week,
    isodow(d) >= 6 as is_weekend
from range(date '1949-01-01', date '2101-01-01', interval 1 day) as t(d)
