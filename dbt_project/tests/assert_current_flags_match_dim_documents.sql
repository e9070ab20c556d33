-- The incremental fct_metric_observations must flag exactly the current page version as current:
-- a stale flag (a URL whose new version was not recomputed) shows up here.
-- It reads two models; the meta below makes it an asset check on the one it tests.
{{ config(meta={'dagster': {'ref': {'name': 'fct_metric_observations'}}}) }}
select o.observation_id, o.document_url, o.content_hash, o.is_current_version, d.content_hash as current_hash
from {{ ref('fct_metric_observations') }} as o
join {{ ref('dim_documents') }} as d on d.url = o.document_url
where o.is_current_version <> (o.content_hash = d.content_hash)
