select
    cast(url as varchar)              as url,
    cast(content_hash as varchar)     as content_hash,
    cast(source as varchar)           as source,
    cast(column_key as varchar)       as column_key,
    cast(title as varchar)            as title,
    cast(published_at as timestamp)   as published_at,
    cast(language as varchar)         as language,
    cast(origin as varchar)           as origin,
    cast(body_text as varchar)        as body_text,
    cast(attachments as json)         as attachments,
    cast(meta as json)                as meta,
    cast(parser_version as varchar)   as parser_version,
    cast(parsed_at as timestamptz)    as parsed_at
from {{ source('raw', 'documents') }}
