-- The current version of every document; earlier versions are in int_document_versions and the
-- change history as seen by each build in the documents_snapshot snapshot.
-- Incremental (it carries every body text): a run recomputes only the URLs whose raw rows changed
-- since the last run (int_url_changes, the watermark fct_metric_observations uses). Every column
-- depends on the URL's own rows only (its versions and their extractions), and the raw layer is
-- append-only, so recomputing the changed URLs gives what a full refresh gives.
-- depends_on: {{ ref('int_url_changes') }}
{{
    config(
        materialized='incremental',
        unique_key='url',
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns'
    )
}}
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
    -- a multi-page article (China Daily) names its further pages in meta, and the ones that were
    -- missing or unreadable when it was parsed; it is parsed again when they arrive
    1 + coalesce(len(string_split(nullif(d.meta->>'$."miitwatch:parts"', ''), ' ')), 0) as n_pages,
    d.meta->>'$."miitwatch:missing_parts"' is null as is_complete,
    v.parser_version,
    v.parsed_at,
    v.fetched_at,
    v.n_versions,
    first_version.fetched_at as first_fetched_at,
    x.extractor_version,
    x.n_metrics,
    x.n_events,
    u.source_updated_at
from {{ ref('int_document_versions') }} as v
join {{ ref('int_document_versions') }} as first_version
    on first_version.url = v.url and first_version.version_number = 1
left join extraction_counts as x
    on x.url = v.url and x.content_hash = v.content_hash
-- the text of the current version, for the search index built on this table (warehouse/search.py)
join {{ ref('stg_raw__documents') }} as d
    on d.url = v.url and d.content_hash = v.content_hash
join {{ ref('int_url_changes') }} as u
    on u.url = v.url
where v.is_current_version
{#- A table built before this model was incremental (no watermark column) or before a column was
    added (is_complete, n_pages): recompute every URL once, so no row is left without them. #}
{% set built_columns = adapter.get_columns_in_relation(this) | map(attribute='name') | list if is_incremental() else [] %}
{% if is_incremental() and 'source_updated_at' in built_columns and 'is_complete' in built_columns %}
  and v.url in ({{ changed_urls() }})
{% endif %}
