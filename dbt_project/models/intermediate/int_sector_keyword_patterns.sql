-- Keywords that assign a sector to free text (event titles, metric subjects): the curated
-- sector_keywords seed, then every dictionary name/alias pointing to its metric's sector.
-- Lower priority wins; broad words ("manufacturing") lose to specific ones.
with keywords as (
    select lower(trim(keyword)) as keyword, sector, priority
    from {{ ref('sector_keywords') }}
    union all
    select a.alias_key, d.sector, 3
    from {{ ref('int_metric_dictionary_aliases') }} as a
    join {{ ref('metric_dictionary') }} as d using (metric_key)
    where d.sector is not null
),

classified as (
    select
        keyword,
        sector,
        priority,
        regexp_full_match(keyword, '[ -~]+') as is_ascii
    from keywords
    where keyword <> ''
)

select
    -- ASCII keywords are matched as whole words (see sector_match macro), so they are reduced to
    -- the same word form as the text; Chinese is matched as a substring
    case when is_ascii then trim(regexp_replace(keyword, '[^a-z0-9]+', ' ', 'g')) else keyword end as keyword,
    sector,
    priority,
    is_ascii
from classified
