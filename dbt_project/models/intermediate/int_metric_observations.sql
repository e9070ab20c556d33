-- Metric statements of every document version, from the latest extractor version only, with the
-- document's attributes, the conformed metric key (the extractor's when the dictionary knows it,
-- else a dictionary name/alias equal to the subject, when the row is measured in a unit the
-- figure can have), the sector and a display value/unit.
with facts as (
    select f.*
    from {{ ref('stg_raw__metric_facts') }} as f
    join {{ ref('int_document_extractor_versions') }} as x
        on x.url = f.url
        and x.content_hash = f.content_hash
        and x.extractor_version = f.extractor_version
),

keyed as (
    select
        f.*,
        md5(f.url || '|' || f.content_hash || '|' || cast(f.seq as varchar)) as observation_id,
        coalesce(
            known.metric_key,
            -- an alias names the figure's row only when the row is measured in a unit the figure
            -- can have ("原材料工业涵盖…118个小类": 118 categories are no yuan of raw-materials
            -- value added)
            case when {{ units_compatible('f.unit', 'subject_row.unit') }} and counts_the_subject then by_subject.metric_key end,
            case when {{ units_compatible('f.unit', 'source_row.unit') }} and counts_the_subject then by_source.metric_key end
        ) as conformed_metric_key
    from (
        select
            *,
            -- a count of something other than its subject ("Industrial robots are used in 52
            -- major industry categories") is no value of the row its subject names
            unit <> 'count' or counted is null
                or lower(trim(counted)) in (lower(trim(coalesce(subject, ''))), lower(trim(coalesce(subject_source, ''))))
                as counts_the_subject
        from facts
    ) as f
    left join {{ ref('metric_dictionary') }} as known
        on known.metric_key = f.metric_key
    left join {{ ref('int_metric_dictionary_aliases') }} as by_subject
        on by_subject.alias_key = lower(trim(f.subject))
    left join {{ ref('metric_dictionary') }} as subject_row
        on subject_row.metric_key = by_subject.metric_key
    left join {{ ref('int_metric_dictionary_aliases') }} as by_source
        on by_source.alias_key = lower(trim(f.subject_source))
    left join {{ ref('metric_dictionary') }} as source_row
        on source_row.metric_key = by_source.metric_key
),

-- sectors from keywords are looked up once per distinct unmapped subject, not per statement
unmapped_subjects as (
    select distinct
        subject,
        subject_source,
        coalesce(subject, '') || ' ' || coalesce(subject_source, '') as text
    from keyed
    where conformed_metric_key is null
),

keyword_sectors as (
    select u.subject, u.subject_source, kw.sector
    from (select *, {{ sector_match_words('text') }} as words from unmapped_subjects) as u
    join {{ ref('int_sector_keyword_patterns') }} as kw
        on {{ sector_match('kw', 'u.text', 'u.words') }}
    qualify row_number() over (
        partition by u.subject, u.subject_source order by kw.priority, length(kw.keyword) desc, kw.sector
    ) = 1
),

-- each display scale applies from its min_abs_value up to the next scale of the unit
display_bands as (
    select
        unit,
        min_abs_value,
        coalesce(lead(min_abs_value) over (partition by unit order by min_abs_value), 'infinity'::double) as below_abs_value,
        divisor,
        display_unit
    from {{ ref('unit_display_scales') }}
)

select
    k.observation_id,
    k.url as document_url,
    k.content_hash,
    k.extractor_version,
    k.seq,
    v.is_current_version,
    v.source,
    v.published_at,
    v.reported_at,
    v.fetched_at,
    k.subject,
    k.subject_source,
    k.conformed_metric_key as metric_key,
    coalesce(d.sector, ks.sector, 'general') as sector,
    k.value,
    k.value_high,
    k.unit,
    -- base units scaled for reading (4.0e11 CNY -> 400 billion yuan); units without a scale
    -- are shown as stored
    round(k.value / coalesce(ds.divisor, 1), 6) as display_value,
    coalesce(ds.display_unit, k.unit) as display_unit,
    k.counted,
    k.qualifier,
    k.measure,
    k.status,
    k.period,
    k.as_of,
    coalesce(k.geography, 'China') as geography,
    k.comparison,
    k.compared_with,
    k.quote,
    k.extracted_at,
    u.source_updated_at
from keyed as k
join {{ ref('int_document_versions') }} as v
    on v.url = k.url and v.content_hash = k.content_hash
join {{ ref('int_url_changes') }} as u
    on u.url = k.url
left join {{ ref('metric_dictionary') }} as d
    on d.metric_key = k.conformed_metric_key
left join keyword_sectors as ks
    on k.conformed_metric_key is null
    and ks.subject is not distinct from k.subject
    and ks.subject_source is not distinct from k.subject_source
left join display_bands as ds
    on ds.unit = k.unit
    and abs(k.value) >= ds.min_abs_value
    and abs(k.value) < ds.below_abs_value
