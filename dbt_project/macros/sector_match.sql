{#- Whether keyword row `kw` (from int_sector_keyword_patterns) occurs in free text.
    `words` is the text as ASCII words: sector_match_words(text). ASCII keywords match whole
    words ("ai" must not match "said"; a plural s is allowed); Chinese has no spaces, so a
    substring of the lower-cased text is the match. Plain `contains` keeps this cheap
    (a regex per row and keyword is not). -#}
{% macro sector_match_words(text) -%}
    ' ' || regexp_replace(lower(coalesce({{ text }}, '')), '[^a-z0-9]+', ' ', 'g') || ' '
{%- endmacro %}

{% macro sector_match(kw, text, words) -%}
    case
        when {{ kw }}.is_ascii
            then contains({{ words }}, ' ' || {{ kw }}.keyword || ' ') or contains({{ words }}, ' ' || {{ kw }}.keyword || 's ')
        else contains(lower(coalesce({{ text }}, '')), {{ kw }}.keyword)
    end
{%- endmacro %}
