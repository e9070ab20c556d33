-- One real-world policy event, however many pages reported it (see int_policy_event_reports for
-- the matching rules). Attributes come from the preferred report (MIIT first, then the earliest
-- report); a missing attribute is filled from the next report that has it, and the date is the
-- most precise one any report gives.
with reports as (
    select
        *,
        row_number() over (
            partition by dedup_key
            order by source_rank, reported_at nulls last, document_url, seq
        ) as preference,
        case date_precision when 'day' then 1 when 'month' then 2 when 'year' then 3 else 4 end as precision_rank
    from {{ ref('int_policy_event_reports') }}
),

events as (
    select
        dedup_key,
        first(event_type order by preference) as event_type,
        first(subtype order by preference) filter (where subtype is not null) as subtype,
        first(event_date order by precision_rank, preference) filter (where event_date is not null) as event_date,
        first(date_precision order by precision_rank, preference) filter (where event_date is not null) as date_precision,
        first(title order by preference) filter (where title is not null) as title,
        -- (a title with no Chinese character: an English report's)
        first(title order by preference) filter (where title is not null and not regexp_matches(title, '[\x{3400}-\x{9fff}]')) as report_title_en,
        first(agency order by preference) filter (where agency is not null) as agency,
        first(doc_number order by preference) filter (where doc_number is not null) as doc_number,
        first(quote order by preference) as quote,
        first(document_url order by preference) as document_url,
        first(source order by preference) as source,
        count(distinct document_url) as n_reporting_pages,
        count(distinct source) as n_sources,
        min(reported_at) as first_reported_at,
        -- every report that gives no date says it was recent (近日, "recently")
        bool_and(is_recent) filter (where event_date is null) as is_recent
    from reports
    group by dedup_key
),

-- the English name the policy_document_titles seed gives a canonical (Chinese) title, for an
-- event no English page reported (the shortest, when it lists several wordings)
seed_titles_en as (
    select
        {{ normalize_text_key('canonical_title') }} as title_key,
        first(title order by length(title), title) as title_en
    from {{ ref('policy_document_titles') }}
    where not regexp_matches(title, '[\x{3400}-\x{9fff}]')
    group by 1
),

keyword_sectors as (
    select e.dedup_key, kw.sector
    from (
        select dedup_key,
               coalesce(title, '') || ' ' || quote as text,
               {{ sector_match_words("coalesce(title, '') || ' ' || quote") }} as words
        from events
    ) as e
    join {{ ref('int_sector_keyword_patterns') }} as kw
        on {{ sector_match('kw', 'e.text', 'e.words') }}
    qualify row_number() over (
        partition by e.dedup_key order by kw.priority, length(kw.keyword) desc, kw.sector
    ) = 1
)

select
    md5(e.dedup_key) as event_id,
    e.dedup_key,
    e.event_type,
    e.subtype,
    e.event_date,
    e.date_precision,
    {{ period_start('e.event_date') }} as event_start_date,
    e.title,
    coalesce(e.report_title_en, st.title_en) as title_en,
    e.agency,
    e.doc_number,
    coalesce(ks.sector, 'general') as sector,
    e.quote,
    e.document_url,
    e.source,
    e.n_reporting_pages,
    e.n_sources,
    e.first_reported_at,
    e.is_recent,
    -- where the event goes on a timeline: its own date when known to the day or month, else, for
    -- an action the text calls recent (近日印发, "recently approved": MIIT's usual wording for a
    -- document it has just issued), the day of its first report
    case
        when e.date_precision in ('day', 'month') then {{ period_start('e.event_date') }}
        when e.event_date is null and e.is_recent then cast(e.first_reported_at as date)
    end as timeline_date,
    case
        when e.date_precision in ('day', 'month') then 'event_date'
        when e.event_date is null and e.is_recent then 'first_report'
    end as timeline_date_basis
from events as e
left join keyword_sectors as ks on ks.dedup_key = e.dedup_key
left join seed_titles_en as st on st.title_key = {{ normalize_text_key('e.title') }}
