select
    cast(document_url as varchar)     as document_url,
    cast(url as varchar)              as attachment_url,
    cast(kind as varchar)             as attachment_kind,
    cast(title as varchar)            as title,
    cast(content_hash as varchar)     as content_hash,
    cast(text as varchar)             as attachment_text,
    cast(fetched_at as timestamptz)   as fetched_at
from {{ source('raw', 'attachments') }}
