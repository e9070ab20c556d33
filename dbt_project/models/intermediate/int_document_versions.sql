-- Every parsed version of every URL, numbered in the order it was first fetched; the latest
-- fetched content hash is the current version. valid_from/valid_to give the version history
-- (SCD2) straight from the append-only raw layer.
-- The document of a multi-page article is keyed by its first page's URL, and its content_hash
-- combines the hashes of all its pages (warehouse.queries.pages_to_parse), so no one page row
-- carries it: its version dates from the latest page (first page or part) fetched before it was
-- parsed, when the article as parsed became complete.
with page_fetches as (
    select coalesce(part_of, url) as document_url, fetched_at
    from {{ ref('stg_raw__pages') }}
    where page_kind in ('article', 'part')
),

versions as (
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
        -- a document row without any page row cannot happen in a healthy load; parsed_at is the
        -- closest stand-in so the version still sorts
        coalesce(
            p.fetched_at,
            (select max(f.fetched_at) from page_fetches as f
             where f.document_url = d.url and f.fetched_at <= d.parsed_at),
            d.parsed_at
        ) as fetched_at
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
