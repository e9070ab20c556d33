"""Everything that reads the web: the HTTP client, per-source listing and page parsers, the bundled
snapshot of the sites, and fact extraction from text.

Plain Python only: nothing in this package imports Dagster or DuckDB, so every part can be tested
and reused on its own (``orchestration`` wires it to the warehouse).
"""
