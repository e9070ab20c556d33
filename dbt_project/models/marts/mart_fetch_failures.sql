-- Pages and attachments that keep failing: the operator's work list (a moved page, a blocked
-- column, a parser that no longer fits a template), longest streak first.  The retry policy is
-- the view raw.fetch_failures, which ingest itself follows.
with failures as (
    select * from {{ ref('stg_raw__fetch_failures') }}
),

titles as (
    select url, min(listed_title) as listed_title, min(listed_date) as listed_date
    from {{ ref('stg_raw__listing_items') }}
    group by url
)

select
    f.url,
    f.source,
    f.fetch_kind,
    t.listed_title,
    t.listed_date,
    f.consecutive_failures,
    f.page_failures,
    f.first_failed_at,
    f.last_failed_at,
    f.last_outcome,
    f.last_http_status,
    f.last_error_message,
    f.retry_after as next_retry_after
from failures f
left join titles t on t.url = f.url
