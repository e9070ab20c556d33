select
    cast(url as varchar)                as url,
    cast(content_hash as varchar)       as content_hash,
    cast(extractor_version as varchar)  as extractor_version,
    cast(metrics as integer)            as n_metrics,
    cast(events as integer)             as n_events,
    cast(extracted_at as timestamptz)   as extracted_at
from {{ source('raw', 'extractions') }}
