{#- A sortable key for dotted version strings: '0.10.2' sorts after '0.9.9' (list comparison in
    DuckDB is element-wise), which plain string ordering gets wrong. Non-numeric parts become NULL. -#}
{% macro version_sort_key(column) -%}
    list_transform(string_split({{ column }}, '.'), part -> try_cast(regexp_extract(part, '^\d+') as integer))
{%- endmacro %}
