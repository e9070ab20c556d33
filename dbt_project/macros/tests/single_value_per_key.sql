{#- Fails for each key that has more than one distinct non-NULL value of column_name, e.g. one
    metric_key reported in two units. -#}
{% test single_value_per_key(model, column_name, key) %}
select {{ key }} as key_value,
       count(distinct {{ column_name }}) as n_distinct,
       string_agg(distinct cast({{ column_name }} as varchar), ', ') as found
from {{ model }}
where {{ key }} is not null and {{ column_name }} is not null
group by {{ key }}
having count(distinct {{ column_name }}) > 1
{% endtest %}
