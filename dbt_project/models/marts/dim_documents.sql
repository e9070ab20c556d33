-- The current version of every document; earlier versions are in int_document_versions and the
-- change history as seen by each build in the documents_snapshot snapshot.
with extraction_counts as (
    select x.url, x.content_hash, x.extractor_version,
           e.n_metrics, e.n_events
    from {{ ref('int_document_extractor_versions') }} as x
    left join {{ ref('stg_raw__extractions') }} as e
        on e.url = x.url and e.content_hash = x.content_hash and e.extractor_version = x.extractor_version
)

select
    v.url,
    v.content_hash,
    v.source,
    v.column_key,
    v.title,
    v.published_at,
    v.reported_at,
    v.language,
    v.origin,
    d.body_text,
    v.parser_version,
    v.parsed_at,
    v.fetched_at,
    v.n_versions,
    first_version.fetched_at as first_fetched_at,
    x.extractor_version,
    x.n_metrics,
    x.n_events
from {{ ref('int_document_versions') }} as v
join {{ ref('int_document_versions') }} as first_version
    on first_version.url = v.url and first_version.version_number = 1
left join extraction_counts as x
    on x.url = v.url and x.content_hash = v.content_hash
-- the text of the current version, for the search index built on this table (warehouse/search.py)
join {{ ref('stg_raw__documents') }} as d
    on d.url = v.url and d.content_hash = v.content_hash
where v.is_current_version
