{#- A comparison key for titles and document numbers: lower case, without whitespace, quotes,
    brackets and punctuation, so 《关于…的通知》 and "关于…的通知" (or 〔2023〕 and [2023]) compare equal. -#}
{% macro normalize_text_key(column) -%}
    nullif(regexp_replace(lower({{ column }}), '[\s《》〈〉<>“”"''‘’「」『』【】\[\]〔〕()（）:：,，。.、;；!！?？·\-—–_]', '', 'g'), '')
{%- endmacro %}
