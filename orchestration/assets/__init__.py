"""Dagster assets of the pipeline, one module per layer: ingest → stage → extract → (dbt) → exports."""
