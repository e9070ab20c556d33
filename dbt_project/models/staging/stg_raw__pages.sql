-- The HTML body is left out: documents carry the parsed text, and nothing downstream reads HTML.
select
    cast(url as varchar)              as url,
    cast(content_hash as varchar)     as content_hash,
    cast(source as varchar)           as source,
    cast(kind as varchar)             as page_kind,
    cast(part_of as varchar)          as part_of,
    cast(fetched_at as timestamptz)   as fetched_at,
    cast(http_status as integer)      as http_status,
    cast(content_type as varchar)     as content_type,
    cast(encoding as varchar)         as encoding,
    cast(etag as varchar)             as etag,
    cast(last_modified as varchar)    as last_modified,
    cast(bytes as bigint)             as n_bytes
from {{ source('raw', 'pages') }}
