-- Every parsed version of every URL, numbered in the order it was first fetched; the latest
-- fetched content hash is the current version. valid_from/valid_to give the version history
-- (SCD2) straight from the append-only raw layer.
with versions as (
    select
        d.url,
        d.content_hash,
        d.source,
        d.column_key,
        d.title,
        d.published_at,
        d.language,
        d.origin,
        d.parser_version,
        d.parsed_at,
        -- a document row without its page row cannot happen in a healthy load; parsed_at is the
        -- closest stand-in so the version still sorts
        coalesce(p.fetched_at, d.parsed_at) as fetched_at
    from {{ ref('stg_raw__documents') }} as d
    left join {{ ref('stg_raw__pages') }} as p
        on p.url = d.url and p.content_hash = d.content_hash
),

numbered as (
    select
        *,
        row_number() over (partition by url order by fetched_at, parsed_at, content_hash) as version_number,
        count(*) over (partition by url) as n_versions,
        lead(fetched_at) over (partition by url order by fetched_at, parsed_at, content_hash) as valid_to
    from versions
)

select
    url,
    content_hash,
    source,
    column_key,
    title,
    published_at,
    language,
    origin,
    parser_version,
    parsed_at,
    fetched_at,
    version_number,
    n_versions,
    version_number = n_versions as is_current_version,
    fetched_at as valid_from,
    valid_to,
    -- when the page said it was published (Asia/Shanghai local time, as printed), else when it
    -- was first fetched, in the same local time
    coalesce(published_at, timezone('Asia/Shanghai', fetched_at)) as reported_at
from numbered
