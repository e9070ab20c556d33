-- One row per event statement in the current version of a document (latest extractor version),
-- with the key that recognises the same real-world event on other pages:
--   1. a document number identifies a document across pages (工信部科〔2023〕193号), also on a
--      page that names the document by its title alone, when that title goes with one number;
--   2. a press conference or work conference is one per day (a Chinese MIIT page and an English
--      reprint give different titles, but the same day);
--   3. otherwise the normalised title with the event type;
--   4. otherwise type + exact date + agency; an undated, untitled statement stays its own event;
--   5. an untitled statement dated to the day joins the one titled event of its type that day,
--      when there is exactly one (an English reprint says "released data on Monday", the MIIT
--      page names the release); with two or more it cannot tell which, and stays apart.
-- A statement of places acting each on its own (山东、江苏、天津等地16日印发《…》: the extractor gives
-- one event per place, same sentence, type, date and title, each its own body) is that many
-- events: its keys 3 and 5 also hold the body, so the places neither fold into one row under one
-- place's name nor join another body's titled event of that day.
-- Titles are compared after the policy_document_titles seed has mapped a title in another language
-- (or another wording) onto the document's canonical title: an English report of 《工业和信息化领域
-- 数据安全管理办法（试行）》 names it "Measures for the Administration of Data Security …", which no
-- rule on the text can match to the Chinese; the seed's document number, where given, joins too.
with document_titles as (
    select
        {{ normalize_text_key('title') }} as title_key,
        {{ normalize_text_key('canonical_title') }} as canonical_title_key,
        {{ normalize_text_key('doc_number') }} as doc_number_key
    from {{ ref('policy_document_titles') }}
),

reports as (
    select
        e.*,
        v.source,
        v.reported_at,
        coalesce(src.preference_rank, 99) as source_rank,
        coalesce({{ normalize_text_key('e.doc_number') }}, t.doc_number_key) as doc_number_key,
        coalesce(t.canonical_title_key, {{ normalize_text_key('e.title') }}) as title_key,
        {{ normalize_text_key('e.agency') }} as agency_key
    from {{ ref('stg_raw__event_facts') }} as e
    join {{ ref('int_document_extractor_versions') }} as x
        on x.url = e.url
        and x.content_hash = e.content_hash
        and x.extractor_version = e.extractor_version
    join {{ ref('int_document_versions') }} as v
        on v.url = e.url and v.content_hash = e.content_hash
    left join {{ ref('sources') }} as src
        on src.source = v.source
    left join document_titles as t
        on t.title_key = {{ normalize_text_key('e.title') }}
    where v.is_current_version
),

-- titles whose reports all give the same document number: a report of that title without the
-- number is the same document (one page writes 《办法》（工信部网安〔2022〕166号）, another 《办法》)
numbered_titles as (
    select event_type, title_key, min(doc_number_key) as doc_number_key
    from reports
    where title_key is not null and doc_number_key is not null
    group by event_type, title_key
    having count(distinct doc_number_key) = 1
),

keyed as (
    select r.* replace (coalesce(r.doc_number_key, n.doc_number_key) as doc_number_key)
    from reports as r
    left join numbered_titles as n
        on n.event_type = r.event_type and n.title_key = r.title_key
),

separate as (
    select
        *,
        quote_start is not null and count(distinct agency_key) over (
            partition by url, content_hash, quote_start, event_type, coalesce(subtype, ''),
                         coalesce(event_date, ''), coalesce(title_key, '')
        ) > 1 as is_separate_act
    from keyed
),

by_statement as (
    select
        *,
        case
            when doc_number_key is not null
                then 'doc|' || doc_number_key
            when (event_type = 'press_conference' or subtype = 'work_conference') and date_precision = 'day'
                then 'day|' || event_type || '|' || coalesce(subtype, '') || '|' || event_date
            when title_key is not null
                then 'title|' || event_type || '|' || coalesce(subtype, '') || '|' || title_key
                    || case when is_separate_act then '|' || coalesce(agency_key, '') else '' end
            when event_date is not null
                then 'date|' || event_type || '|' || coalesce(subtype, '') || '|' || event_date || '|' || coalesce(agency_key, '')
            else 'page|' || url || '|' || cast(seq as varchar)
        end as statement_key
    from separate
),

-- the titled or numbered events of each type and day, where there is only one
single_titled_days as (
    select event_type, coalesce(subtype, '') as subtype_key, event_date, min(statement_key) as statement_key
    from by_statement
    where date_precision = 'day' and (doc_number_key is not null or title_key is not null)
    group by event_type, coalesce(subtype, ''), event_date
    having count(distinct statement_key) = 1
)

select
    b.url as document_url,
    b.content_hash,
    b.extractor_version,
    b.seq,
    b.source,
    b.source_rank,
    b.reported_at,
    b.event_type,
    b.subtype,
    b.event_date,
    b.date_precision,
    b.title,
    b.agency,
    b.doc_number,
    b.quote,
    b.is_recent,
    case
        when b.doc_number_key is null and b.title_key is null and b.date_precision = 'day' and not b.is_separate_act
            then coalesce(t.statement_key, b.statement_key)
        else b.statement_key
    end as dedup_key
from by_statement as b
left join single_titled_days as t
    on t.event_type = b.event_type
    and t.subtype_key = coalesce(b.subtype, '')
    and t.event_date = b.event_date
