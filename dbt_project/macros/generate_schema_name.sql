{#- Schemas are named exactly as configured (staging, intermediate, marts, seeds, snapshots),
    not dbt's default <target schema>_<custom schema>: SQL users and Dagster refer to them by name. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
