select
    cast(attempt_id as varchar)        as attempt_id,
    cast(run_id as varchar)            as run_id,
    cast(url as varchar)               as url,
    cast(source as varchar)            as source,
    cast(kind as varchar)              as fetch_kind,
    cast(fetched_at as timestamptz)    as fetched_at,
    cast(outcome as varchar)           as outcome,
    cast(http_status as integer)       as http_status,
    cast(bytes as bigint)              as n_bytes,
    cast(duration_ms as double)        as duration_ms,
    cast(attempts as integer)          as n_attempts,
    cast(error as varchar)             as error_message
from {{ source('raw', 'fetch_log') }}
