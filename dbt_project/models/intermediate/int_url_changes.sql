-- When anything about a URL last changed in the raw layer (a new version fetched or parsed, a
-- new extraction): the watermark incremental marts use to pick the URLs to recompute.
with stamps as (
    -- (a further page of an article changes its document: the first page's URL)
    select coalesce(part_of, url) as url, fetched_at as changed_at from {{ ref('stg_raw__pages') }}
    union all
    select url, parsed_at from {{ ref('stg_raw__documents') }}
    union all
    select url, extracted_at from {{ ref('stg_raw__extractions') }}
    union all
    select url, extracted_at from {{ ref('stg_raw__metric_facts') }}
    union all
    select url, extracted_at from {{ ref('stg_raw__event_facts') }}
)

select url, max(changed_at) as source_updated_at
from stamps
group by url
