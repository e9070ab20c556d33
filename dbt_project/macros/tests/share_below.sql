{#- Fails (one row) when the share of rows matching `condition` exceeds max_share, measured over
    the rows matching `where` (all rows by default). An empty model passes. -#}
{% test share_below(model, condition, max_share) %}
with counts as (
    select count(*) as n_rows,
           count(*) filter (where {{ condition }}) as n_matching
    from {{ model }}
)
select n_matching, n_rows, n_matching / n_rows as share
from counts
where n_rows > 0 and n_matching / n_rows > {{ max_share }}
{% endtest %}
