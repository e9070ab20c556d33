-- Every name and alias of the metric dictionary, normalised for matching extractor subjects.
-- Aliases are separated by '|' or ';'. An alias claimed by two metric keys is ambiguous and left
-- out, so a subject is never mapped by a coin toss. The extractor's patterns are no names and are
-- left out too: a generic alias ('*利润总额', '*value added': only with the sector known from
-- context) would otherwise tie such a word to one sector, and a gapped one ('produced * chips')
-- equals no subject.
with names as (
    select metric_key, name_en as alias from {{ ref('metric_dictionary') }}
    union all
    select metric_key, name_zh from {{ ref('metric_dictionary') }}
    union all
    select metric_key, unnest(regexp_split_to_array(aliases_en, '[|;]')) from {{ ref('metric_dictionary') }}
    union all
    select metric_key, unnest(regexp_split_to_array(aliases_zh, '[|;]')) from {{ ref('metric_dictionary') }}
),

normalised as (
    select distinct metric_key, lower(trim(alias)) as alias_key
    from names
    where nullif(trim(alias), '') is not null
      and not starts_with(trim(alias), '*')
      and trim(alias) not like '% * %'
)

select alias_key, min(metric_key) as metric_key
from normalised
group by alias_key
having count(distinct metric_key) = 1
