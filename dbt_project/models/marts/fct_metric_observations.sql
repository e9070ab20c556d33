-- Incremental: a run recomputes only the URLs whose raw rows changed since the last run (a new
-- version flips is_current_version on the URL's older versions, a new extractor replaces facts),
-- so history is not rebuilt. The post-hook removes facts a newer extractor version has retired
-- when it produced fewer statements (no row of the batch overwrites them).
-- depends_on: {{ ref('int_url_changes') }}
{{
    config(
        materialized='incremental',
        unique_key='observation_id',
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        post_hook=[
            "delete from {{ this }} as o where not exists (
                select 1 from {{ ref('int_document_extractor_versions') }} as x
                where x.url = o.document_url
                  and x.content_hash = o.content_hash
                  and x.extractor_version = o.extractor_version)"
        ]
    )
}}

select
    observation_id,
    document_url,
    content_hash,
    extractor_version,
    seq,
    is_current_version,
    source,
    published_at,
    reported_at,
    fetched_at,
    subject,
    subject_source,
    metric_key,
    sector,
    value,
    value_high,
    unit,
    display_value,
    display_unit,
    counted,
    qualifier,
    measure,
    status,
    period,
    as_of,
    geography,
    comparison,
    compared_with,
    quote,
    source_updated_at
from {{ ref('int_metric_observations') }}
{% if is_incremental() %}
where document_url in ({{ changed_urls() }})
{% endif %}
