-- The extractor version whose output counts for each document version: the highest version
-- that processed it. raw.extractions records a run even when it found nothing, so a newer
-- extractor that finds no facts still retires the older one's facts. Versions seen only in the
-- fact tables are included in case an extraction row is missing.
with processed as (
    select url, content_hash, extractor_version, extracted_at from {{ ref('stg_raw__extractions') }}
    union all
    select url, content_hash, extractor_version, extracted_at from {{ ref('stg_raw__metric_facts') }}
    union all
    select url, content_hash, extractor_version, extracted_at from {{ ref('stg_raw__event_facts') }}
),

per_version as (
    select url, content_hash, extractor_version, max(extracted_at) as extracted_at
    from processed
    group by all
)

select url, content_hash, extractor_version, extracted_at
from per_version
qualify row_number() over (
    partition by url, content_hash
    order by {{ version_sort_key('extractor_version') }} desc, extracted_at desc, extractor_version desc
) = 1
