{#- Fails for each combination of the columns that occurs more than once (NULLs compare equal,
    so a NULL part of a grain is still checked). -#}
{% test unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n_rows
from {{ model }}
group by all
having count(*) > 1
{% endtest %}
