{#- First and last day of a period string as written by the extractor:
    YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, or a range 'A/B' of those (start of A, end of B). -#}

{% macro _period_part_start(part) -%}
    case
        when regexp_full_match({{ part }}, '\d{4}') then make_date(cast({{ part }} as integer), 1, 1)
        when regexp_full_match({{ part }}, '\d{4}-Q[1-4]')
            then make_date(cast(left({{ part }}, 4) as integer), (cast(right({{ part }}, 1) as integer) - 1) * 3 + 1, 1)
        when regexp_full_match({{ part }}, '\d{4}-\d{2}')
            then try_cast({{ part }} || '-01' as date)
        when regexp_full_match({{ part }}, '\d{4}-\d{2}-\d{2}') then try_cast({{ part }} as date)
    end
{%- endmacro %}

{% macro _period_part_end(part) -%}
    case
        when regexp_full_match({{ part }}, '\d{4}') then make_date(cast({{ part }} as integer), 12, 31)
        when regexp_full_match({{ part }}, '\d{4}-Q[1-4]')
            then last_day(make_date(cast(left({{ part }}, 4) as integer), cast(right({{ part }}, 1) as integer) * 3, 1))
        when regexp_full_match({{ part }}, '\d{4}-\d{2}')
            then last_day(try_cast({{ part }} || '-01' as date))
        when regexp_full_match({{ part }}, '\d{4}-\d{2}-\d{2}') then try_cast({{ part }} as date)
    end
{%- endmacro %}

{% macro period_start(column) -%}
    {{ _period_part_start("split_part(" ~ column ~ ", '/', 1)") }}
{%- endmacro %}

{% macro period_end(column) -%}
    {{ _period_part_end("coalesce(nullif(split_part(" ~ column ~ ", '/', 2), ''), " ~ column ~ ")") }}
{%- endmacro %}

{#- day | month | quarter | year | range, from the same strings. -#}
{% macro period_grain(column) -%}
    case
        when {{ column }} like '%/%' then 'range'
        when regexp_full_match({{ column }}, '\d{4}') then 'year'
        when regexp_full_match({{ column }}, '\d{4}-Q[1-4]') then 'quarter'
        when regexp_full_match({{ column }}, '\d{4}-\d{2}') then 'month'
        when regexp_full_match({{ column }}, '\d{4}-\d{2}-\d{2}') then 'day'
    end
{%- endmacro %}
