{#
  Whether a figure measured in `fact_unit` can be a value of a dictionary row measured in
  `row_unit`: the same rule as the extractor's (scrapers/facts/metrics.py, _KEY_UNITS). A count
  is never an amount of money and a tonnage never a count; yuan and dollars are both money; a
  percentage (a growth rate, a share) or a ratio can describe any row.
#}
{% macro units_compatible(fact_unit, row_unit) -%}
    ({{ row_unit }} = {{ fact_unit }}
     or ({{ fact_unit }} in ('CNY', 'USD') and {{ row_unit }} in ('CNY', 'USD'))
     or {{ fact_unit }} not in ('count', 'CNY', 'USD', 'tonne', 'EFLOPS', 'EB', 'W', 'Wh', 'robots_per_10000_workers'))
{%- endmacro %}
