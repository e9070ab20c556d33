select
    cast(url as varchar)                as url,
    cast(column_key as varchar)         as column_key,
    cast(source as varchar)             as source,
    cast(title as varchar)              as listed_title,
    cast(listed_date as date)           as listed_date,
    cast(first_seen_at as timestamptz)  as first_seen_at
from {{ source('raw', 'listing_items') }}
