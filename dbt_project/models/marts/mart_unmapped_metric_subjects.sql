-- Metric subjects no dictionary entry covers (current document versions): the work list for
-- growing the metric dictionary, most frequent first.
select
    lower(trim(subject)) as subject_key,
    min(subject) as example_subject,
    min(subject_source) as example_subject_source,
    count(*) as n_observations,
    count(distinct document_url) as n_documents,
    list(distinct unit order by unit) as units,
    min(reported_at) as first_reported_at,
    max(reported_at) as latest_reported_at
from {{ ref('fct_metric_observations') }}
where is_current_version and metric_key is null and subject is not null
group by lower(trim(subject))
