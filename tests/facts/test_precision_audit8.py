"""Precision audit 8: the rules of 1.25.9 (Chinese events from stories: 同日/当日/次日, 会上, 部长主持召开
部务会议, 对…名单进行公示, one event per title), 1.26.0 (English events from stories: weekends, the NFRA,
"told a briefing", "gave the nod to", "the latest batch", policy packages, "At the meeting,") and
1.26.1 (metric distractors: one product's price, a currency's move, a tax rate, a ranked group), on
sentences and short passages written for these tests (none from a labelled set). Each group keeps
near-misses that must keep their reading.

Misfires found and fixed here:
- a company's launch (产品发布会, 新品发布会, 新车发布会) read as a press conference of the body a later
  sentence or clause names;
- "A Xiaomi executive told a briefing … that the MIIT had approved …": the briefing given to the body
  named only in what was told (the teller neither a body nor an official);
- 印发《A》和《附件：…》: the annex taken for a second document;
- "published the latest batch of data" / "a batch of new rules" read as an approval (a batch of
  entries);
- "The programme will cost 50 million yuan": a bare "cost" under 100 million yuan dropped as one
  product's price (now under 10 million yuan / $1.5 million only).

Judged fine, not tested as misfires: 同日 after a day of an unrelated event (the text's last day named
is what 同日 means); 会上 after a company's meeting where a body then acts (the body's act at that
meeting, on its day); a 党组会议 that studies speeches (no event; one adopting 《…》 finds none either,
the devset README names no convention for it).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events
from metric_helpers import metrics

ZH_PUB = date(2027, 6, 18)
EN_PUB = date(2024, 11, 8)  # a Friday: "on Tuesday" is 2024-11-05, "on Wednesday" 2024-11-06
METRIC_DAY = date(2025, 6, 20)


def _zh(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(e.type, e.subtype, e.date, e.agency, e.title) for e in events(text, "zh", ZH_PUB)]


def _en(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.subtype, e.date, e.agency) for e in events(text, "en", EN_PUB)]


def _values(text: str, lang: str = "en") -> list[float]:
    return [m.value for m in metrics(text, lang, METRIC_DAY)]


# --- Chinese: no act of a body --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # (次日 of no body's act, 次日起 a period's start)
    "6月10日，某企业发布新品。次日，该公司股价大涨。",
    "公示期满后次日，工业和信息化部将正式发布名单。",
    "某企业5月20日发布公告称，将投资10亿元建设新工厂。同日，该公司股价上涨5%。",
    # (会上 after a meeting of a company, an association or an institute: their own acts)
    "6月10日，某公司召开年度股东大会。会上，公司发布了《2026年社会责任报告》。",
    "6月10日，中国汽车工业协会召开信息发布会。会上，协会发布了5月汽车产销数据。",
    "6月10日，2027世界动力电池大会在四川宜宾开幕。会上，宁德时代发布了新一代电池产品。",
    "6月10日，中国信息通信研究院召开年中工作会议。会上，信通院发布了《中国数字经济发展报告》。",
    "近年来，各地纷纷举办产业论坛，论坛在多地召开。会上，专家们发布了多项研究成果。",
    # (a company's product launch, whoever attends it)
    "6月10日，某企业在北京召开产品发布会。会上，工业和信息化部有关负责人出席并致辞。",
    "6月10日，某车企召开新车发布会，工业和信息化部有关司局负责人出席。",
    "小米6月10日在北京举行新品发布会，工业和信息化部相关负责人到场。",
    # (a head chairing a meeting of a company, an association, a university; a Party group's study)
    "6月10日，某集团公司董事长主持召开董事会会议，审议通过《公司章程修正案》。",
    "6月10日，某股份有限公司总经理主持召开总经理办公会议，审议通过《年度投资计划》。",
    "6月10日，中国汽车工业协会会长主持召开会长办公会议，审议通过《行业自律公约》。",
    "6月10日，某大学校长主持召开校长办公会议，审议通过《科研经费管理办法》。",
    "6月10日，工业和信息化部党组书记、部长金壮龙主持召开党组会议，传达学习习近平总书记重要讲话精神。",
    "6月10日，工业和信息化部部长主持召开部务会议，审议《电信条例（修订草案）》。",
    "6月10日，工业和信息化部部长主持召开部务会议，研究部署下一步工作。",
    "6月10日，某市市长主持召开市政府常务会议，研究部署防汛工作。",
    # (a list put up for objections by a company, an association, a school; to come; by places)
    "中国电子信息行业联合会对2027年度优秀企业名单进行公示，公示期为5个工作日。",
    "某公司对拟录用人员名单进行公示。",
    "中国汽车工业协会6月10日对年度科技奖获奖名单进行公示。",
    "清华大学对2027年拟录取研究生名单进行公示。",
    "工业和信息化部将对拟入选名单进行公示。",
    "各省级工业和信息化主管部门对申报名单进行公示后报送工业和信息化部。",
    "按要求，地方须对推荐名单进行公示，公示无异议后方可上报。",
    "中国通信标准化协会对拟立项的行业标准名单进行公示。",
    # (an issuing clause of a company's document, or one not done yet)
    "某公司编制了《企业社会责任报告》，并于2月10日正式发布。",
    "工业和信息化部编制了《指南》，预计年内发布。",
    "工业和信息化部组织编制了《指南》，待征求意见后正式发布。",
    # (batches tallied)
    "工业和信息化部已先后发布五批专精特新“小巨人”企业名单。",
])
def test_zh_no_event(text: str) -> None:
    assert _zh(text) == []


@pytest.mark.parametrize("text, expected", [
    # (次日起 / 次日生效 leave the act its own day)
    ("工业和信息化部6月10日发布公告，次日起停止受理相关申请。", [("document_issued", None, "2027-06-10", "MIIT", None)]),
    ("《办法》自发布之日起施行。工业和信息化部6月10日印发《电信业务经营许可管理办法》，次日生效。",
     [("document_issued", None, "2027-06-10", "MIIT", "电信业务经营许可管理办法")]),
    ("6月10日，工业和信息化部印发《A办法》，自次日起施行。", [("document_issued", None, "2027-06-10", "MIIT", "A办法")]),
    ("6月10日，国家发展改革委召开新闻发布会。次日起，工业和信息化部将启动专项检查。",
     [("press_conference", None, "2027-06-10", "NDRC", None)]),
    # (a document repealed, one named as background, one that completes the system: one event)
    ("工业和信息化部6月10日印发《电子信息制造业数字化转型实施方案》，《电子信息制造业发展行动计划（2021—2023年）》同时废止。",
     [("document_issued", None, "2027-06-10", "MIIT", "电子信息制造业数字化转型实施方案")]),
    ("为贯彻落实《中国制造2025》和《新一代人工智能发展规划》，工业和信息化部6月10日印发《促进新一代人工智能产业发展三年行动计划》。",
     [("document_issued", None, "2027-06-10", "MIIT", "促进新一代人工智能产业发展三年行动计划")]),
    ("工业和信息化部6月10日印发《工业领域碳达峰实施方案》，与《钢铁行业碳达峰实施方案》共同构成政策体系。",
     [("document_issued", None, "2027-06-10", "MIIT", "工业领域碳达峰实施方案")]),
    ("工业和信息化部6月10日印发《关于做好2027年工业质量品牌建设工作的通知》和附件《重点任务清单》。",
     [("document_issued", None, "2027-06-10", "MIIT", "关于做好2027年工业质量品牌建设工作的通知")]),
    # (an annex's title listed after the document: no document of its own)
    ("工业和信息化部6月10日印发《新材料首批次应用示范指导目录（2027年版）》和《附件：申报书》。",
     [("document_issued", None, "2027-06-10", "MIIT", "新材料首批次应用示范指导目录（2027年版）")]),
    ("工业和信息化部6月10日印发《数据安全管理办法》及《附表：重要数据目录》。",
     [("document_issued", None, "2027-06-10", "MIIT", "数据安全管理办法")]),
])
def test_zh_one_reading(text: str, expected: list) -> None:
    assert _zh(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (the rules' intended cases keep their reading)
    ("6月10日，某公司发布年报，营业收入增长12%。当日，工业和信息化部印发《关于推进工业互联网发展的通知》。",
     [("document_issued", None, "2027-06-10", "MIIT", "关于推进工业互联网发展的通知")]),
    ("6月10日，工业和信息化部对第七批专精特新“小巨人”企业名单进行公示。",
     [("approval", None, "2027-06-10", "MIIT", None)]),
    ("工业和信息化部6月10日先后印发《甲方案》、《乙方案》和《丙方案》。",
     [("document_issued", None, "2027-06-10", "MIIT", t) for t in ("甲方案", "乙方案", "丙方案")]),
    ("工业和信息化部6月10日印发《关于修改〈电信业务分类目录〉的决定》和《电信业务分类目录（2027年版）》。",
     [("document_issued", None, "2027-06-10", "MIIT", t)
      for t in ("关于修改〈电信业务分类目录〉的决定", "电信业务分类目录（2027年版）")]),
    ("6月10日，华为在深圳召开新品发布会。会上，工业和信息化部发布了《5G应用白皮书》。",
     [("document_issued", None, "2027-06-10", "MIIT", "5G应用白皮书")]),
    ("工业和信息化部6月10日召开发布会，介绍有关情况。", [("press_conference", None, "2027-06-10", "MIIT", None)]),
    ("国务院新闻办公室6月10日举行新闻发布会，介绍有关情况。",
     [("press_conference", None, "2027-06-10", "State Council Information Office", None)]),
])
def test_zh_intended_cases_stay(text: str, expected: list) -> None:
    assert _zh(text) == expected


# --- English: no act of a body --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # (a company's people told a briefing; what they told names a body)
    "A Xiaomi executive told a briefing on Wednesday that the MIIT had approved its new model.",
    "A Xiaomi executive told reporters at a briefing on Wednesday that the MIIT had approved its new model.",
    "Xiaomi told a press conference on Wednesday that the MIIT had approved its new model.",
    "Analysts told a briefing hosted by the NFRA's former officials that risks remained.",
    "A BYD spokesperson told a media briefing on Tuesday that the company would cut prices.",
    # (a board's or shareholders' nod)
    "The board of CATL gave the nod to a share buyback plan on Monday.",
    "Shareholders gave the go-ahead to the merger on Tuesday.",
    "The company's board gave the go-ahead to a 5 billion yuan investment in Hungary.",
    "Investors gave the nod to the NFRA's reform plan, sending bank shares higher.",
    # (a batch or a package of no body)
    "Analysts said the latest batch of data pointed to a slowdown.",
    "The company released the latest batch on Tuesday.",
    "Tesla released its first batch of Cybertrucks on Tuesday.",
    "The packaging industry association held a meeting on Tuesday.",
    "Xpeng unveiled a stimulus package for dealers on Tuesday.",
    "Markets await a stimulus package expected next month.",
    # ("At the meeting," after a company's meeting)
    "Tencent held its annual shareholders meeting on Tuesday. At the meeting, the company released a new AI model.",
    "Geely held its annual dealer conference on Tuesday. At the conference, the company published its 2025 sales target.",
    # (the NFRA in background, to come; weekends ahead)
    "NFRA data showed bank loans rose 8% in October.",
    "Analysts expect the NFRA to issue new rules next month.",
    "The NFRA, which was set up in 2023, replaced the CBIRC.",
    "This weekend, the MIIT will release new rules.",
    "Next weekend, the NDRC plans to publish its plan.",
])
def test_en_no_event(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize("text, expected", [
    # (a batch of data or of rules: no list's entries)
    ("The MIIT published the latest batch of data on Tuesday.", [("other", "data_release", "2024-11-05", "MIIT")]),
    ("The NBS released the latest batch of economic data on Tuesday.",
     [("other", "data_release", "2024-11-05", "National Bureau of Statistics")]),
    ("The MIIT published a batch of new rules on Tuesday.", [("document_issued", None, "2024-11-05", "MIIT")]),
    # (the intended cases)
    ("The MIIT published the third batch of pilot cities on Tuesday.", [("approval", None, "2024-11-05", "MIIT")]),
    ("Officials from the MIIT told a briefing on Wednesday that output rose.",
     [("press_conference", None, "2024-11-06", "MIIT")]),
    ("An MIIT spokesperson told a regular briefing on Wednesday that output rose.",
     [("press_conference", None, "2024-11-06", "MIIT")]),
    ("The MIIT released data on Monday. The ministry told a briefing on Wednesday that output rose.",
     [("other", "data_release", "2024-11-04", "MIIT"), ("press_conference", None, "2024-11-06", "MIIT")]),
])
def test_en_one_reading(text: str, expected: list) -> None:
    assert _en(text) == expected


# --- metrics ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    # (a programme's or a project's bare "cost": a size, no one product's price)
    ("The programme will cost 50 million yuan, the city said.", 50e6),
    ("The upgrade of 300 factories cost 50 million yuan in total.", 50e6),
    ("The scheme will cost $5 million a year.", 5e6),
    ("The project costs about 60 million yuan.", 60e6),
])
def test_a_programmes_cost_stays(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize("text", [
    # (one product's price under the thresholds stays out, "cost" or not)
    "A humanoid robot costs about 5 million yuan.",
    "The new model is priced at 50 million yuan.",
    "The exhibition starts at 8 a.m. and runs until 6 p.m.",
])
def test_one_products_price_stays_out(text: str) -> None:
    assert not any(v >= 1e6 for v in _values(text))


def test_weekend_dates_no_metric_to_a_wrong_month() -> None:
    # (the weekend of 14-15 June: no May, no other month)
    found = metrics("Sales of new energy vehicles over the weekend rose 20% from a year earlier, the association said.",
                    "en", METRIC_DAY)
    assert [(m.value, m.period) for m in found] == [(20.0, None)]
    said = metrics("Passenger car sales in May rose 20% to 1.8 million units, the CPCA said at the weekend.", "en", METRIC_DAY)
    assert {m.period for m in said} == {"2025-05"}


@pytest.mark.parametrize("text, kept, dropped", [
    ("China's exports rose 7.2% in yuan terms in May, while the yuan weakened 0.5% against the dollar.", [7.2], [0.5]),
    ("The US imposed tariffs of up to 145 percent on Chinese goods, while China's tariff revenue rose 12% to "
     "250 billion yuan in the first five months.", [12.0, 250e9], [145.0]),
    ("The 20 largest developers saw sales fall 30% in May.", [-30.0], [20.0]),
    ("Sales at the 100 largest developers fell 22.5% to 300 billion yuan in May.", [-22.5, 300e9], [100.0]),
    ("China now has 20 large semiconductor fabs under construction.", [20.0], []),
    ("China's packaging industry revenue rose 6% to 1.2 trillion yuan last year.", [6.0, 1.2e12], []),
    ("The government unveiled a package of figures showing industrial output rose 6.1% in May.", [6.1], []),
    ("Raw material costs rose 5% in May, squeezing margins.", [5.0], []),
    ("Industrial output rose 6.1% in May, the latest batch of data showed.", [6.1], []),
])
def test_real_figures_beside_distractors(text: str, kept: list[float], dropped: list[float]) -> None:
    values = _values(text)
    assert all(v in values for v in kept), values
    assert not any(v in values for v in dropped), values
