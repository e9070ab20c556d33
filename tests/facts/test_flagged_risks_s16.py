"""Rules earlier helpers flagged as likely to misfire on new text, probed on sentences written for
these tests: the probes that misfired (fixed) and near-misses that must keep working.

1. A bare "the central bank" is the PBOC in China news, but not after a story names another
   country's central bank by its own name ("Bank Indonesia cut rates … The central bank also issued rules").
2. A city opening a clause (深圳市发布…) is its government; a kind of city (部分地市, 一些县级市) is none.
3. "<country>'s Ministry of …" and "the <adjective> Ministry of …" are another country's: the
   adjectives come from agencies' one list of other countries (Pakistani, Philippine, Swiss were missed).
4. "It also released …" is the body opening the sentence before only when that body is its subject,
   not a modifier of it ("The MIIT's research arm …", "State Council-approved firm …") nor the subject
   of a clause put first ("As the MIIT approved …, Tesla's shares rose").
5. "within the year" is the year of writing only with a goal cue in its own clause ("As expected, sales
   rose 20% within the year" is none); "requirements" and singular units count nothing.
6. The lists of other countries in agencies are one list (FOREIGN_NAMES, FOREIGN_ADJECTIVES).
"""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import ZH_DAY, events, summary
from metric_helpers import metrics
from scrapers.facts import agencies
from scrapers.facts.agencies import find_agencies

PBOC = "People's Bank of China"
DAY = date(2025, 6, 10)


def _en(text: str) -> list[tuple[str, str | None, str | None]]:
    return summary(events(text, "en", DAY))


def _agencies(text: str, lang: str = "en") -> list[str | None]:
    return [e.agency for e in events(text, lang, DAY if lang == "en" else ZH_DAY)]


# --- 1. the central bank --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bank Indonesia said on Monday it had cut rates. The central bank also issued new rules on payments.",
    "The US Federal Reserve raised rates on Tuesday. The central bank on Wednesday released its policy statement.",
    "The Reserve Bank of India issued a circular on Monday. The central bank also released draft rules on digital "
    "lending for public comment.",
    "The Bank of Korea held rates on Thursday. The central bank also published a report on household debt.",
    "The European Central Bank kept rates on hold. The central bank on Friday issued guidelines on climate risk.",
    "Japan's central bank met on Tuesday. The central bank also released new rules on bond purchases.",
    "The Fed cut rates on Wednesday. The central bank also issued new rules on bank capital.",
])
def test_bare_central_bank_after_a_foreign_one_is_not_the_pboc(text: str) -> None:
    assert PBOC not in _agencies(text)


@pytest.mark.parametrize("text", [
    "The central bank on Monday released new rules on mobile payments.",
    "The central bank in July issued guidelines on supply-chain finance.",   # (a month, no place)
    "The People's Bank of China held a press conference on Monday. The central bank also issued guidelines "
    "on green finance.",
    "China's central bank on Friday issued guidelines on green finance.",
    # (the PBOC named last before the bare name: a foreign one earlier in the story does not count)
    "The Federal Reserve held rates last week. The People's Bank of China cut its loan prime rate on Monday. "
    "The central bank also issued guidelines on green finance.",
    # (its own name in the sentence itself)
    "After the Fed's move, the PBOC on Monday issued guidelines on green finance.",
])
def test_bare_central_bank_in_china_news_stays_the_pboc(text: str) -> None:
    assert PBOC in _agencies(text)


@pytest.mark.parametrize("text", [
    "The European Central Bank on Thursday released new guidelines on climate risk for lenders.",
    "The central bank of Indonesia on Wednesday issued new rules on foreign exchange.",
    "The central bank in Brazil on Wednesday issued rules on instant payments.",
    "Indonesia's central bank on Wednesday issued new regulations on QR payments.",
])
def test_foreign_central_bank_named_in_the_sentence_is_no_body(text: str) -> None:
    assert PBOC not in _agencies(text)


def test_central_bank_abroad_takes_the_nearest_named_before() -> None:
    story = "Bank Negara cut rates. The PBOC held. The central bank said. Bank of Japan met. The central bank said."
    first, second = (i for i in range(len(story)) if story.startswith("The central bank", i))
    assert not agencies.central_bank_abroad(story, first)
    assert agencies.central_bank_abroad(story, second)
    # (none named before: the first named after decides; none at all: the PBOC)
    assert agencies.central_bank_abroad("The central bank cut rates. Bank Indonesia said so.", 0)
    assert not agencies.central_bank_abroad("The central bank cut rates on Monday.", 0)


# --- 2. a city opening a clause ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "6月5日，深圳市发布《深圳市加快推进人工智能产业发展行动方案》。",
    "6月5日，苏州市印发《苏州市制造业智能化改造实施方案》。",
    "近日，东莞市出台《东莞市支持新型储能产业发展若干措施》。",
    "近日，我市印发《关于推动制造业高质量发展的若干措施》。",
])
def test_zh_city_opening_a_clause_is_its_government(text: str) -> None:
    assert _agencies(text, "zh") == ["local government"]


@pytest.mark.parametrize("text", [
    "近日，部分地市出台《新能源汽车消费补贴细则》。",
    "近日，一些县级市发布《产业招商指南》。",
    "近日，若干地级市印发《数字经济促进条例》。",
    "近日，不少地市陆续出台《以旧换新补贴细则》。",
    # (near-misses already read right: a word ending in 市 or a city's people, firms, market)
    "6月5日，深圳市企业发布《人工智能产业发展白皮书》。",
    "6月5日，深圳市场主体发布《诚信经营倡议书》。",
    "6月5日，苏州市民发布《垃圾分类倡议》。",
    "6月5日，一家上市公司发布《2024年社会责任报告》。",
])
def test_zh_kind_of_city_or_city_word_is_no_government(text: str) -> None:
    assert "local government" not in _agencies(text, "zh")


# --- 3. another country's ministry ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Pakistani Ministry of Commerce on Monday issued new rules on textile exports.",
    "The Philippine Ministry of Finance on Monday issued new rules on mining taxes.",
    "The Swiss Ministry of Finance on Monday issued new rules on bank capital.",
    "The South Korean Ministry of Commerce on Monday issued new export rules.",
    "Japan's Ministry of Finance on Monday issued rules on bond sales.",
    "The Ministry of Commerce of Japan on Monday issued new export control rules.",
])
def test_another_countrys_ministry_is_no_chinese_body(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize("text, body", [
    ("The Ministry of Commerce on Monday issued new export control rules.", "Ministry of Commerce"),
    ("Beijing's Ministry of Commerce on Monday issued a notice on export controls.", "Ministry of Commerce"),
    ("The Ministry of Commerce of the People's Republic of China on Monday issued new export control rules.",
     "Ministry of Commerce"),
    ("Xinhua's report said the Ministry of Finance on Monday issued new rules on bond sales.", "Ministry of Finance"),
])
def test_chinese_ministry_stays(text: str, body: str) -> None:
    assert _agencies(text) == [body]


# --- 4. "it" after the sentence before ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The MIIT's research arm CCID said on Monday that output rose. It also released a white paper on computing power.",
    "State Council-approved firm China Mobile said on Monday that it had built more base stations. It also "
    "released a plan on 6G networks.",
    "As the MIIT approved its new model, Tesla's shares rose on Monday. It also released a recall plan.",
    "After the NDRC approved the project, the company's shares rose on Monday. It also issued a statement on "
    "its new plant.",
    "The MIIT held a meeting. The ministry's think tank said on Monday that output rose. It also released a "
    "white paper on computing power.",
    # (near-misses already read right: a company or a foreign body opening the sentence before)
    "BYD reported record sales in May, the company said on Monday. It also released a plan to build plants.",
    "Japan's Ministry of Economy, Trade and Industry announced subsidies on Monday. It also released guidelines "
    "on chip plants.",
])
def test_it_is_not_a_body_that_is_no_subject(text: str) -> None:
    assert [e for e in events(text, "en", DAY) if e.quote.startswith("It")] == []


@pytest.mark.parametrize("text, body", [
    ("The MIIT on Monday held a meeting with carmakers. It also issued a notice on price competition.", "MIIT"),
    ("The National Energy Administration held a press conference on Monday. It also issued a notice on grid "
     "storage.", "National Energy Administration"),
    ("China's industry regulator met with carmakers on Monday. It also issued guidelines on price wars.", "MIIT"),
    ("The MIIT held a meeting with carmakers. The ministry met them again on Monday. It also issued a notice on "
     "price competition.", "MIIT"),
])
def test_it_after_a_body_subject_is_that_body(text: str, body: str) -> None:
    assert [e.agency for e in events(text, "en", DAY) if e.quote.startswith("It")] == [body]


# --- 5. "within the year", stop nouns -----------------------------------------------------------------
def _periods(text: str) -> list[str | None]:
    return [m.period for m in metrics(text, "en", DAY)]


@pytest.mark.parametrize("text", [
    "As expected, sales of new energy vehicles rose 20 percent within the year.",
    "The plan, which was expected to help exporters, saw output of robots rise 30 percent within the year.",
    "As planned, output of industrial robots rose 30 percent within the year.",
])
def test_within_the_year_without_a_goal_in_its_clause_is_no_year(text: str) -> None:
    assert "2025" not in _periods(text)


@pytest.mark.parametrize("text", [
    "The ministry aims to cut the cost of 5G modules by 20 percent within the year.",
    "The country will build 1 million 5G base stations within the year.",
    "Under the plan, the two agencies aim to resolve at least 90 percent of complaints within the year.",
])
def test_within_the_year_after_a_goal_is_the_year_of_writing(text: str) -> None:
    assert _periods(text) == ["2025"]


@pytest.mark.parametrize("text", [
    "The standard sets 22 requirements for charging piles.",
    "The new rules list 15 requirements on data security.",
    "The line runs 1 kilometer under the river.",
    "The plant added a 1 megawatt solar array.",
])
def test_requirements_and_singular_units_count_nothing(text: str) -> None:
    assert metrics(text, "en", DAY) == []


# --- 6. one list of other countries -------------------------------------------------------------------
def test_every_foreign_check_reads_the_one_list() -> None:
    # (each check names a body of a country only the shared list holds: Pakistan's)
    assert agencies.names_foreign_body("Pakistani officials on Monday met the delegation.")
    assert agencies.names_foreign_body("Pakistan's regulators on Monday fined the firm.")
    story = "The SAMR fined the firm. Pakistani regulators did too. The regulator said."
    assert agencies.regulator_references(story) == {}
    assert find_agencies("Pakistan's exports rose 5%, according to the customs agency.") == []
    assert find_agencies("The Pakistani Ministry of Finance said.") == []
    # (the needles of the prefilter hold every word of the list)
    for word in agencies.FOREIGN_NAMES + agencies.FOREIGN_ADJECTIVES:
        assert any(n in word + " " for n in agencies.FOREIGN_NEEDLES), word


@pytest.mark.parametrize("text", [
    "Exports to the US rose 5% last month, according to the customs agency.",
    "USB chargers must meet the standard, the MIIT said.",
])
def test_a_foreign_place_alone_names_no_foreign_body(text: str) -> None:
    assert not agencies.names_foreign_body(text)


def test_china_trade_with_a_country_keeps_the_customs_agency() -> None:
    # (another country's possessive or adjective only: China's exports *to* a country are China's)
    found = find_agencies("Exports to the US and Pakistan rose 5% last month, according to the customs agency.")
    assert [name for _, _, name in found] == ["General Administration of Customs"]
    assert find_agencies("Pakistani exports rose 5% last month, according to the customs agency.") == []
