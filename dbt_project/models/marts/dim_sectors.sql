-- Every sector the marts can name: the curated list, plus any sector the metric dictionary uses
-- that the list does not have yet (named after its key until the list catches up).
with dictionary_sectors as (
    select distinct sector from {{ ref('metric_dictionary') }} where sector is not null
)

select sector, name_en, name_zh, true as is_curated
from {{ ref('sectors') }}
union all
select d.sector, d.sector, null, false
from dictionary_sectors as d
where d.sector not in (select sector from {{ ref('sectors') }})
