select
    cast(url as varchar)                    as url,
    cast(source as varchar)                 as source,
    cast(kind as varchar)                   as fetch_kind,
    cast(consecutive_failures as integer)   as consecutive_failures,
    cast(page_failures as integer)          as page_failures,
    cast(first_failed_at as timestamptz)    as first_failed_at,
    cast(last_failed_at as timestamptz)     as last_failed_at,
    cast(last_outcome as varchar)           as last_outcome,
    cast(last_http_status as integer)       as last_http_status,
    cast(last_error as varchar)             as last_error_message,
    cast(retry_after as timestamptz)        as retry_after
from {{ source('raw', 'fetch_failures') }}
