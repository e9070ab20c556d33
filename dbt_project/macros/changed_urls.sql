{#-
    The URLs an incremental mart recomputes: those whose raw rows changed since its last build
    (int_url_changes), the watermark being the latest source_updated_at the mart holds.

    Raw rows are stamped when they are fetched, parsed or extracted, which is before their
    transaction commits, so a writer that overlapped the last build could commit rows stamped just
    under the watermark. The pool and run queue keep writers from overlapping a build, but the
    lookback (var incremental_lookback_hours, default 24) takes those rows anyway: the URLs
    stamped within it are recomputed again, which delete+insert makes harmless, at the cost of
    recomputing about a day of changes per run. `>=` also re-takes URLs stamped in the same instant.
-#}
{% macro changed_urls() %}
    select url
    from {{ ref('int_url_changes') }}
    where source_updated_at >= (
        select coalesce(max(source_updated_at), timestamptz '1970-01-01 00:00:00+00') from {{ this }}
    ) - to_hours(cast({{ var('incremental_lookback_hours', 24) }} as bigint))
{% endmacro %}
