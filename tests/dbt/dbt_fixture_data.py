"""A small, realistic raw layer for testing the dbt project.

Three pages about the MIIT press conference of 2022-07-26 and mid-2022 telecom statistics:

* ``MIIT_PC`` — the MIIT report of the press conference (zh), fetched twice: version 1, then a
  corrected version 2 (the current one). Version 2 was processed by extractor 0.9.0 (a wrong
  value and a spurious fact) and then by 0.10.0 (right); 0.10.0 must win although it sorts
  first as a string.
* ``CHINADAILY_PC`` — China Daily's English reprint of the same AI-industry facts. Its extractor
  left the AI-scale subject unmapped; the dictionary alias maps it.
* ``MIIT_STATS`` — an MIIT telecom statistics page (5G base stations, an unmapped revenue figure)
  that also mentions the ICT development plan the press-conference page mentions.

Events reported twice: the press conference (MIIT and China Daily, different titles, same day)
and the plan (two MIIT pages, title in different quotation marks).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import duckdb

MIIT_PC = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2022/art_5d6f1c2a9b8e4f3d8a7c6b5e4d3c2b1a.html"
CHINADAILY_PC = "https://www.chinadaily.com.cn/a/202207/27/WS62e0b7d5a310fd2b29e6e4f1.html"
MIIT_STATS = "https://www.miit.gov.cn/gxsj/tjfx/txy/art/2022/art_0a1b2c3d4e5f60718293a4b5c6d7e8f9.html"

PC_V1, PC_V2 = "a1" * 32, "a2" * 32
CD_V1 = "c1" * 32
ST_V1 = "b1" * 32

OLD_EXTRACTOR, NEW_EXTRACTOR = "0.9.0", "0.10.0"


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


PAGES = [
    # url, content_hash, source, fetched_at
    (MIIT_PC, PC_V1, "miit", utc("2022-07-26 09:00:00")),
    (MIIT_PC, PC_V2, "miit", utc("2022-07-27 09:00:00")),
    (CHINADAILY_PC, CD_V1, "chinadaily", utc("2022-07-27 06:00:00")),
    (MIIT_STATS, ST_V1, "miit", utc("2022-07-20 03:00:00")),
]

DOCUMENTS = [
    # url, content_hash, source, column_key, title, published_at (Shanghai local), language
    (MIIT_PC, PC_V1, "miit", "miit:xwfb/gxdt/sjdt", "工业和信息化部举行“推动制造业高质量发展 夯实实体经济根基”新闻发布会",
     datetime(2022, 7, 26, 15, 30), "zh"),
    (MIIT_PC, PC_V2, "miit", "miit:xwfb/gxdt/sjdt", "工业和信息化部举行“推动制造业高质量发展 夯实实体经济根基”新闻发布会",
     datetime(2022, 7, 26, 15, 30), "zh"),
    (CHINADAILY_PC, CD_V1, "chinadaily", None, "AI core industry scale exceeds 400 billion yuan",
     datetime(2022, 7, 27, 10, 12), "en"),
    (MIIT_STATS, ST_V1, "miit", "miit:gxsj/tjfx/txy", "2022年上半年通信业经济运行情况",
     datetime(2022, 7, 19, 16, 0), "zh"),
]

EXTRACTIONS = [
    # url, content_hash, extractor_version, metrics, events, extracted_at
    (MIIT_PC, PC_V1, OLD_EXTRACTOR, 2, 1, utc("2022-07-26 09:05:00")),
    (MIIT_PC, PC_V2, OLD_EXTRACTOR, 3, 1, utc("2022-07-27 09:05:00")),
    (MIIT_PC, PC_V2, NEW_EXTRACTOR, 2, 2, utc("2022-07-28 09:05:00")),
    (CHINADAILY_PC, CD_V1, NEW_EXTRACTOR, 3, 1, utc("2022-07-28 09:06:00")),
    (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 4, 2, utc("2022-07-28 09:07:00")),
]

_AI_SCALE_ZH = "人工智能核心产业规模超过4000亿元"
_AI_FIRMS_ZH = "企业数量超过3000家"
METRIC_FACTS = [
    # url, content_hash, extractor_version, seq, subject, subject_source, metric_key, value,
    # unit, counted, qualifier, measure, status, period, as_of, quote, extracted_at
    (MIIT_PC, PC_V1, OLD_EXTRACTOR, 1, "AI core industry scale", "人工智能核心产业规模", "ai_core_industry_scale",
     4.0e11, "CNY", None, "gt", "level", "estimate", None, "2022-07", _AI_SCALE_ZH, utc("2022-07-26 09:05:00")),
    (MIIT_PC, PC_V1, OLD_EXTRACTOR, 2, "AI enterprises", "企业数量", "ai_enterprises",
     3000.0, "count", "AI enterprises", "gt", "level", "estimate", None, "2022-07", _AI_FIRMS_ZH, utc("2022-07-26 09:05:00")),
    # the old extractor misread 4000亿元 and saw a fact in the date: both must disappear
    (MIIT_PC, PC_V2, OLD_EXTRACTOR, 1, "AI core industry scale", "人工智能核心产业规模", "ai_core_industry_scale",
     4000.0, "CNY", None, "gt", "level", "estimate", None, "2022-07", _AI_SCALE_ZH, utc("2022-07-27 09:05:00")),
    (MIIT_PC, PC_V2, OLD_EXTRACTOR, 2, "AI enterprises", "企业数量", "ai_enterprises",
     3000.0, "count", "AI enterprises", "gt", "level", "estimate", None, "2022-07", _AI_FIRMS_ZH, utc("2022-07-27 09:05:00")),
    (MIIT_PC, PC_V2, OLD_EXTRACTOR, 3, "day", "日", None,
     26.0, "count", "days", "eq", "level", "actual", "2022-07", None, "7月26日", utc("2022-07-27 09:05:00")),
    (MIIT_PC, PC_V2, NEW_EXTRACTOR, 1, "AI core industry scale", "人工智能核心产业规模", "ai_core_industry_scale",
     4.0e11, "CNY", None, "gt", "level", "estimate", None, "2022-07", _AI_SCALE_ZH, utc("2022-07-28 09:05:00")),
    (MIIT_PC, PC_V2, NEW_EXTRACTOR, 2, "AI enterprises", "企业数量", "ai_enterprises",
     3000.0, "count", "AI enterprises", "gt", "level", "estimate", None, "2022-07", _AI_FIRMS_ZH, utc("2022-07-28 09:05:00")),
    # China Daily: the AI-scale subject is left unmapped by the extractor (an alias maps it)
    (CHINADAILY_PC, CD_V1, NEW_EXTRACTOR, 1, "scale of the AI core industry", None, None,
     4.0e11, "CNY", None, "gt", "level", "estimate", None, "2022-07",
     "the scale of my country's artificial intelligence core industry exceeds 400 billion yuan", utc("2022-07-28 09:06:00")),
    (CHINADAILY_PC, CD_V1, NEW_EXTRACTOR, 2, "AI enterprises", None, "ai_enterprises",
     3000.0, "count", "AI enterprises", "gt", "level", "estimate", None, "2022-07",
     "the number of enterprises exceeds 3,000", utc("2022-07-28 09:06:00")),
    (CHINADAILY_PC, CD_V1, NEW_EXTRACTOR, 3, "Class III certificates for AI imaging medical devices", None, None,
     40.0, "count", "Class III certificates", "gt", "level", "actual", None, "2022-07",
     "more than 40 Class III certificates for AI imaging medical devices have been approved", utc("2022-07-28 09:06:00")),
    (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 1, "5G base stations", "5G基站", "5g_base_stations",
     1_854_000.0, "count", "5G base stations", "eq", "level", "actual", None, "2022-06",
     "5G基站总数达185.4万个", utc("2022-07-28 09:07:00")),
    (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 2, "telecom business revenue", "电信业务收入", None,
     8.158e11, "CNY", None, "eq", "level", "actual", "2022-01/2022-06", None,
     "电信业务收入累计完成8158亿元", utc("2022-07-28 09:07:00")),
    # a count whose subject is the name of a row measured in yuan: no value of that row
    (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 3, "AI core industry scale", "人工智能核心产业规模", None,
     20.0, "count", "个城市", "eq", "level", "actual", None, "2022-06",
     "人工智能核心产业已覆盖20个城市", utc("2022-07-28 09:07:00")),
    # a count of something else than its subject (cities, not AI enterprises): no value of the
    # row the subject names, though the units fit
    (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 4, "AI enterprises", "人工智能企业", None,
     30.0, "count", "个城市", "eq", "level", "actual", None, "2022-06",
     "人工智能企业分布在30个城市", utc("2022-07-28 09:07:00")),
]

_PLAN_TITLE = "“十四五”信息通信行业发展规划"
EVENT_FACTS = [
    # url, content_hash, extractor_version, seq, event_type, subtype, event_date, date_precision,
    # title, agency, doc_number, quote, extracted_at
    (MIIT_PC, PC_V1, OLD_EXTRACTOR, 1, "press_conference", None, "2022-07-26", "day",
     "推动制造业高质量发展 夯实实体经济根基", "MIIT", None, "7月26日，工业和信息化部举行新闻发布会", utc("2022-07-26 09:05:00")),
    (MIIT_PC, PC_V2, OLD_EXTRACTOR, 1, "press_conference", None, "2022-07-26", "day",
     "推动制造业高质量发展 夯实实体经济根基", "MIIT", None, "7月26日，工业和信息化部举行新闻发布会", utc("2022-07-27 09:05:00")),
    (MIIT_PC, PC_V2, NEW_EXTRACTOR, 1, "press_conference", None, "2022-07-26", "day",
     "推动制造业高质量发展 夯实实体经济根基", "MIIT", None, "7月26日，工业和信息化部举行新闻发布会", utc("2022-07-28 09:05:00")),
    (MIIT_PC, PC_V2, NEW_EXTRACTOR, 2, "plan_announced", None, "2021-11", "month",
     _PLAN_TITLE, "MIIT", None, "印发《“十四五”信息通信行业发展规划》", utc("2022-07-28 09:05:00")),
    (CHINADAILY_PC, CD_V1, NEW_EXTRACTOR, 1, "press_conference", None, "2022-07-26", "day",
     "Promoting the High-Quality Development of the Manufacturing Industry and Consolidating the Foundation of the Real Economy",
     "MIIT", None, "On July 26, the Ministry of Industry and Information Technology held a press conference",
     utc("2022-07-28 09:06:00")),
    (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 1, "plan_announced", None, "2021-11-16", "day",
     '"十四五"信息通信行业发展规划', "MIIT", None, '2021年11月16日，工业和信息化部印发《"十四五"信息通信行业发展规划》',
     utc("2022-07-28 09:07:00")),
]


# Places acting each on its own, as the extractor gives them (one event per place, one sentence):
# a list the provinces issued under one title on 2022-07-20 (three events, not one under the first
# place's name), and an untitled one on 2022-07-21, the day MIIT issued the one titled standard of
# that day (the places' statements must not join MIIT's event).
_LISTED = "首批零碳园区试点名单"
_STANDARDS = "山东、江苏21日发布地方标准"
PLACE_LIST_EVENTS = [
    # url, content_hash, extractor_version, seq, event_type, subtype, event_date, date_precision,
    # title, agency, doc_number, quote, quote_start, extracted_at
    *[(MIIT_STATS, ST_V1, NEW_EXTRACTOR, seq, "approval", None, "2022-07-20", "day", _LISTED, agency, None,
       f"山东、江苏、天津等地20日公布《{_LISTED}》", 100, utc("2022-07-28 09:07:00"))
      for seq, agency in ((3, "Shandong Provincial Government"), (4, "Jiangsu Provincial Government"),
                          (5, "Tianjin Municipal Government"))],
    *[(MIIT_STATS, ST_V1, NEW_EXTRACTOR, seq, "standard_release", None, "2022-07-21", "day", None, agency, None,
       _STANDARDS, 200, utc("2022-07-28 09:07:00"))
      for seq, agency in ((6, "Shandong Provincial Government"), (7, "Jiangsu Provincial Government"))],
    (CHINADAILY_PC, CD_V1, NEW_EXTRACTOR, 2, "standard_release", None, "2022-07-21", "day",
     "Guidelines for Industrial Internet Standards", "MIIT", None,
     "On July 21, the ministry released the Guidelines for Industrial Internet Standards", 300,
     utc("2022-07-28 09:06:00")),
]


# A listed MIIT page that 404s on four runs in a row (mart_fetch_failures: waits two days after the
# fourth), and the press-conference page, which failed once before it was fetched.
DEAD_PAGE = "https://www.miit.gov.cn/xwfb/gxdt/sjdt/art/2022/art_00000000000000000000000000000404.html"
FETCH_LOG = [
    # attempt_id, url, kind, fetched_at, outcome, http_status, error
    *[(f"dead-{day}", DEAD_PAGE, "article", utc(f"2022-07-{day} 09:00:00"), "http_error", 404, "HTTP 404 Not Found")
      for day in (25, 26, 27, 28)],
    ("pc-timeout", MIIT_PC, "article", utc("2022-07-26 08:59:00"), "network_error", None, "read timed out"),
    ("pc-ok", MIIT_PC, "article", utc("2022-07-26 09:00:00"), "ok", 200, None),
]


# An undated document the text calls recent (近日印发): on the timeline at its first report's day.
RECENT_EVENT = (MIIT_STATS, ST_V1, NEW_EXTRACTOR, 2, "document_issued", None, None, None,
                "工业互联网安全分类分级管理办法", "MIIT", None, "近日，工业和信息化部印发《工业互联网安全分类分级管理办法》",
                utc("2022-07-28 09:07:00"), True)


def load(con: duckdb.DuckDBPyConnection) -> None:
    """Insert the fixture into an empty raw layer (schema.sql already applied), in one transaction."""
    con.execute("begin")
    con.executemany(
        "insert into raw.pages (url, content_hash, source, kind, fetched_at, http_status, content_type,"
        " encoding, bytes, body) values (?, ?, ?, 'article', ?, 200, 'text/html', 'utf-8', 1000, '<html/>')",
        PAGES,
    )
    fetched = {(url, content_hash): at for url, content_hash, _, at in PAGES}
    con.executemany(
        "insert into raw.documents (url, content_hash, source, column_key, title, published_at, language,"
        " body_text, parser_version, parsed_at) values (?, ?, ?, ?, ?, ?, ?, 'text', '1.0.0', ?)",
        # parsed a minute after the fetch
        [(*row, fetched[row[0], row[1]] + timedelta(minutes=1)) for row in DOCUMENTS],
    )
    con.executemany("insert into raw.extractions values (?, ?, ?, ?, ?, ?)", EXTRACTIONS)
    con.executemany(
        "insert into raw.fetch_log (attempt_id, url, source, kind, fetched_at, outcome, http_status, error)"
        " values (?, ?, 'miit', ?, ?, ?, ?, ?)",
        FETCH_LOG,
    )
    con.executemany(
        "insert into raw.metric_facts (url, content_hash, extractor_version, seq, subject, subject_source,"
        " metric_key, value, unit, counted, qualifier, measure, status, period, as_of, quote, extracted_at)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        METRIC_FACTS,
    )
    con.executemany(
        "insert into raw.event_facts (url, content_hash, extractor_version, seq, event_type, subtype,"
        " event_date, date_precision, title, agency, doc_number, quote, extracted_at)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        EVENT_FACTS,
    )
    con.execute(
        "insert into raw.event_facts (url, content_hash, extractor_version, seq, event_type, subtype,"
        " event_date, date_precision, title, agency, doc_number, quote, extracted_at, is_recent)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        RECENT_EVENT,
    )
    con.executemany(
        "insert into raw.event_facts (url, content_hash, extractor_version, seq, event_type, subtype,"
        " event_date, date_precision, title, agency, doc_number, quote, quote_start, extracted_at)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        PLACE_LIST_EVENTS,
    )
    con.execute("commit")
