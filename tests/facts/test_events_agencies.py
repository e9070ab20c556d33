"""Agency names -> normalised English (scrapers.facts.agencies)."""
from __future__ import annotations

import pytest

from scrapers.facts.agencies import agencies_in, find_agencies, join_agencies, main_agency, normalise_agency


@pytest.mark.parametrize(
    "written, expected",
    [
        ("工业和信息化部", "MIIT"), ("工信部", "MIIT"), ("the Ministry of Industry and Information Technology", "MIIT"),
        ("MIIT", "MIIT"), ("vice minister of industry and information technology", "MIIT"),
        ("China's industry ministry", "MIIT"),
        ("国务院新闻办公室", "State Council Information Office"), ("国新办", "State Council Information Office"),
        ("State Council Information Office", "State Council Information Office"),
        ("国务院", "State Council"), ("State Council", "State Council"), ("China's cabinet", "State Council"),
        ("国务院办公厅", "General Office of the State Council"),
        ("国家发展改革委", "NDRC"), ("National Development and Reform Commission", "NDRC"),
        ("China's top economic planner", "NDRC"),
        ("市场监管总局", "SAMR"), ("State Administration for Market Regulation", "SAMR"),
        ("the country's market regulator", "SAMR"),
        ("国家标准委", "Standardization Administration of China"),
        ("科技部", "Ministry of Science and Technology"), ("财政部", "Ministry of Finance"),
        ("Ministry of Education", "Ministry of Education"), ("中国人民银行", "People's Bank of China"),
        ("People's Bank of China", "People's Bank of China"), ("国家统计局", "National Bureau of Statistics"),
        ("国家网信办", "Cyberspace Administration of China"), ("国家能源局", "National Energy Administration"),
        ("海关总署", "General Administration of Customs"), ("General Administration of Customs", "General Administration of Customs"),
        ("商务部", "Ministry of Commerce"), ("生态环境部", "Ministry of Ecology and Environment"),
        ("交通运输部", "Ministry of Transport"), ("公安部", "Ministry of Public Security"),
        ("人力资源社会保障部", "Ministry of Human Resources and Social Security"), ("自然资源部", "Ministry of Natural Resources"),
        ("住房和城乡建设部", "Ministry of Housing and Urban-Rural Development"), ("农业农村部", "Ministry of Agriculture and Rural Affairs"),
        ("国家卫生健康委", "National Health Commission"), ("国家知识产权局", "CNIPA"), ("国资委", "SASAC"),
        ("国防科工局", "SASTIND"), ("国家药监局", "NMPA"), ("证监会", "CSRC"),
    ],
)
def test_every_alias_is_found_inside_running_text(written, expected):
    # Inside a sentence, so the fast first-character scan must also find it.
    assert normalise_agency(written) == expected
    assert [name for _, _, name in find_agencies(f"据悉，{written} said on Monday.")] == [expected]


@pytest.mark.parametrize(
    "not_government",
    ["中国汽车工业协会", "China Association of Automobile Manufacturers", "中国信息通信研究院", "Huawei", "国务院政策例行吹风会"],
)
def test_associations_institutes_and_firms_are_not_agencies(not_government):
    assert normalise_agency(not_government) is None


def test_order_of_mention_and_back_reference():
    text = "The plan was issued by the ministry together with the Ministry of Finance and the NDRC."
    assert agencies_in(text, back_reference="MIIT") == ["MIIT", "Ministry of Finance", "NDRC"]
    assert agencies_in(text) == ["Ministry of Finance", "NDRC"]


def test_other_departments_only_when_asked():
    text = "工业和信息化部等十五个部门联合印发规划"
    assert agencies_in(text, with_others=True) == ["MIIT", "other departments"]
    assert agencies_in(text) == ["MIIT"]


def test_main_agency_prefers_the_most_named_and_miit_on_ties():
    assert main_agency("国家发展改革委发布通知。国家发展改革委表示。工信部参与。") == "NDRC"
    assert main_agency("工信部发布。财政部发布。") == "MIIT"
    assert main_agency("No government body here.") is None


def test_join():
    assert join_agencies(["State Council Information Office", "MIIT"]) == "State Council Information Office; MIIT"
    assert join_agencies([]) is None


def test_acting_together_with_the_relevant_departments_is_a_joint_action():
    from scrapers.facts.agencies import agencies_in
    assert agencies_in("工业和信息化部会同有关部门印发《方案》", with_others=True) == ["MIIT", "other departments"]
    assert agencies_in("工业和信息化部联合相关部委出台《意见》", with_others=True) == ["MIIT", "other departments"]
