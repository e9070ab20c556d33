-- The conformed metric dictionary (seed kept by the extractor), aliases as lists.
select
    metric_key,
    name_en,
    name_zh,
    list_filter(list_transform(regexp_split_to_array(aliases_en, '[|;]'), a -> trim(a)), a -> a <> '') as aliases_en,
    list_filter(list_transform(regexp_split_to_array(aliases_zh, '[|;]'), a -> trim(a)), a -> a <> '') as aliases_zh,
    coalesce(sector, 'general') as sector,
    unit,
    coalesce(measure_default, 'level') as measure_default,
    description
from {{ ref('metric_dictionary') }}
