select
    cast(url as varchar)                as url,
    cast(content_hash as varchar)       as content_hash,
    cast(extractor_version as varchar)  as extractor_version,
    cast(seq as integer)                as seq,
    cast(event_type as varchar)         as event_type,
    cast(subtype as varchar)            as subtype,
    cast(event_date as varchar)         as event_date,
    cast(date_precision as varchar)     as date_precision,
    cast(title as varchar)              as title,
    cast(agency as varchar)             as agency,
    cast(doc_number as varchar)         as doc_number,
    cast(quote as varchar)              as quote,
    cast(quote_start as integer)        as quote_start,
    coalesce(cast(is_recent as boolean), false) as is_recent,
    cast(extracted_at as timestamptz)   as extracted_at
from {{ source('raw', 'event_facts') }}
