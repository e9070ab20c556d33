-- The sites the scrapers read, with the preference used when several report the same fact.
select source, name, language, homepage, kind, preference_rank
from {{ ref('sources') }}
