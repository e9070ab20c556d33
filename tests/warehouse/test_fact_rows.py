"""Fact rows sent from the extract workers: the same fields as the facts, in table column order."""
from __future__ import annotations

from scrapers.facts import Event, Metric
from warehouse import fact_rows
from warehouse.fact_rows import FactRows

METRIC = Metric(subject="Software revenue", value=12, unit="percent", qualifier="approx", measure="yoy_growth",
                status="estimate", quote="增长12%左右", subject_source="软件业务收入", counted=None, value_high=13.5,
                period="2023", as_of=None, geography="China:Guangdong", metric_key="software_revenue", start=7)
EVENT = Event(type="document_issued", date="2023-05-04", title="关于推动能源电子产业发展的指导意见", agency="MIIT; NDRC",
              quote="印发《关于推动能源电子产业发展的指导意见》", subtype=None, doc_number="工信部联电子〔2022〕181号", start=3)


def test_rows_carry_every_field_of_the_fact_and_give_it_back():
    [m] = fact_rows.metric_rows("u", "h", [METRIC])
    [e] = fact_rows.event_rows("u", "h", [EVENT])
    assert len(m) == 3 + len(fact_rows.METRIC_COLUMNS) and len(e) == 3 + len(fact_rows.EVENT_COLUMNS)
    assert fact_rows.metric_of(m) == Metric(**{**METRIC.__dict__, "value": 12.0})
    assert fact_rows.event_of(e) == EVENT
    assert m[fact_rows.METRIC_KEY] == "software_revenue"
    assert dict(zip(fact_rows.METRIC_COLUMNS, m[3:])) == {
        "subject": "Software revenue", "subject_source": "软件业务收入", "metric_key": "software_revenue",
        "value": 12.0, "value_high": 13.5, "unit": "percent", "counted": None, "qualifier": "approx",
        "measure": "yoy_growth", "status": "estimate", "period": "2023", "as_of": None,
        "geography": "China:Guangdong", "quote": "增长12%左右", "quote_start": 7,
        "comparison": None, "compared_with": None}
    gap = Metric(subject="Electronics value added", value=4.0, unit="percentage_points", measure="pp_change",
                 quote="比工业高4个百分点", comparison="gap", compared_with="all industry")
    [g] = fact_rows.metric_rows("u", "h", [gap])
    assert fact_rows.metric_of(g) == gap
    assert dict(zip(fact_rows.METRIC_COLUMNS, g[3:]))["compared_with"] == "all industry"
    assert dict(zip(fact_rows.EVENT_COLUMNS, e[3:]))["date_precision"] == "day"
    assert type(m[fact_rows.METRIC_COLUMNS.index("value") + 3]) is float
    assert dict(zip(fact_rows.EVENT_COLUMNS, e[3:]))["is_recent"] is False
    recent = Event(type="document_issued", title="x", agency="MIIT", quote="近日印发《x》", recent=True)
    [r] = fact_rows.event_rows("u", "h", [recent])
    assert fact_rows.event_of(r) == recent and dict(zip(fact_rows.EVENT_COLUMNS, r[3:]))["is_recent"] is True


def test_rows_are_numbered_per_document_and_counted_per_document():
    batch = FactRows()
    batch.add_extraction("a", "h1", [METRIC, METRIC], [EVENT])
    batch.add_extraction("b", "h2", [], [EVENT])
    assert [(r[0], r[2]) for r in batch.metrics] == [("a", 0), ("a", 1)]
    assert [(r[0], r[2]) for r in batch.events] == [("a", 0), ("b", 0)]
    assert batch.documents == [("a", "h1", 2, 1), ("b", "h2", 0, 1)]
    assert len(batch) == 2
    batch.clear()
    assert len(batch) == 0 and batch.metrics == [] and batch.events == []
