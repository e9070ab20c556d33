"""Policy events read from one verb lexicon in every construction, on sentences written for the test.

English: each verb of the lexicon (issued … updated; approved, named, selected …) is tried in
every construction (active with a time phrase between subject and verb, passive "was <verb> by",
relative clauses "that/which <body> <verb>", participle "<object> <verb> by/on …") with several
bodies and time phrases: a new verb is one table entry and works everywhere. Plural anaphora ("the
two ministries", "both ministries", 两部门) stand for the bodies the story named together before.
Chinese: a list published as a batch or a count of entries (公布首批…试点项目), a committee named
before its verb (…委员会成立), a document named in a relative clause after a leading date, a plan
made public at a press conference. Planned actions, companies and associations stay out.
"""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from scrapers.facts.agencies import agency_mentions, joint_groups, plural_referent
from scrapers.facts.events import _EN_VERBS
from scrapers.facts.model import Event

import event_helpers

FRIDAY = date(2024, 11, 8)
ZH_DAY = date(2025, 9, 19)

BODIES = (
    ("the Ministry of Commerce", "Ministry of Commerce"),
    ("the National Energy Administration", "National Energy Administration"),
    ("the MIIT", "MIIT"),
)
TIMES = (("in January", "2024-01"), ("on Tuesday", "2024-11-05"), ("last month", "2024-10"))


def events(text: str, lang: str = "en", published: date | None = FRIDAY) -> list[Event]:
    return event_helpers.events(text, lang, published)


def only(text: str, lang: str = "en", published: date | None = FRIDAY) -> Event:
    return event_helpers.only(text, lang, published)


def cap(phrase: str) -> str:
    return phrase[0].upper() + phrase[1:]


# --- English: issue verbs x constructions ------------------------------------------------------

DOCUMENT_CONSTRUCTIONS = (
    "{Body} {time} {verb} a catalog of technologies restricted from export.",
    "A catalog of technologies restricted from export was {verb} by {body} {time}.",
    "The new rule follows a catalog of restricted technologies that {body} {verb} {time}.",
    "Exporters must follow the interim measures, which {body} jointly {verb} {time}.",
    "Under a work plan {verb} by {body} {time}, exporters must apply for licences.",
)


@pytest.mark.parametrize(
    "template,verb,body,when",
    list(itertools.product(DOCUMENT_CONSTRUCTIONS, _EN_VERBS["issue"], BODIES, TIMES)),
)
def test_every_issue_verb_in_every_construction_is_a_document(template, verb, body, when):
    text = template.format(Body=cap(body[0]), body=body[0], verb=verb, time=when[0])
    e = only(text)
    assert (e.type, e.date, e.agency) == ("document_issued", when[1], body[1]), text


APPROVAL_CONSTRUCTIONS = (
    "{Body} {time} {verb} 12 biomanufacturing pilot-scale verification platforms.",
    "{time_cap}, {body} {verb} 28 \"typical application scenarios\" for industrial robots.",
    "Twelve pilot platforms for biomanufacturing were {verb} by {body} {time}.",
    "The 12 verification platforms that {body} {verb} {time} have started trials.",
)


@pytest.mark.parametrize(
    "template,verb,body,when",
    list(itertools.product(APPROVAL_CONSTRUCTIONS, _EN_VERBS["approve"], BODIES, TIMES)),
)
def test_every_approval_verb_with_counted_entries_is_an_approval(template, verb, body, when):
    text = template.format(Body=cap(body[0]), body=body[0], verb=verb, time=when[0], time_cap=cap(when[0]))
    e = only(text)
    assert (e.type, e.date, e.agency) == ("approval", when[1], body[1]), text


COMMITTEE_CONSTRUCTIONS = (
    "{Body} {time} {verb} a national technical committee on industrial robots.",
    "A national technical committee on industrial robots was {verb} by {body} {time}.",
    "Standards are drafted by a technical committee on robots that {body} {verb} {time}.",
    "A working group {verb} by {body} {time} will draft the rules.",
)


@pytest.mark.parametrize(
    "template,verb,body,when",
    list(itertools.product(COMMITTEE_CONSTRUCTIONS, _EN_VERBS["establish"], BODIES, TIMES)),
)
def test_every_establishing_verb_in_every_construction_sets_up_a_committee(template, verb, body, when):
    text = template.format(Body=cap(body[0]), body=body[0], verb=verb, time=when[0])
    e = only(text)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "committee_established", when[1], body[1]), text


@pytest.mark.parametrize("verb", ["approved", "released", "issued", "published"])
@pytest.mark.parametrize("body", BODIES)
def test_a_standard_in_the_passive_is_a_standard_release(verb, body):
    text = f"A national standard on labelling bio-based plastic products was {verb} by {body[0]} in September."
    e = only(text)
    assert (e.type, e.date, e.agency) == ("standard_release", "2024-09", body[1])


@pytest.mark.parametrize("when", TIMES)
def test_data_released_by_a_body_named_as_a_modifier(when):
    e = only(f"Customs data released {when[0]} showed that exports rose 7.4 percent to 9,640 tonnes.")
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "data_release", when[1], "General Administration of Customs")


def test_a_batch_of_quotas_is_a_document_and_a_batch_of_cities_an_approval():
    quotas = only("The Ministry of Industry and Information Technology and the Ministry of Natural Resources on "
                  "Thursday issued the first batch of rare earth mining quotas for 2025.")
    assert (quotas.type, quotas.date, quotas.agency) == ("document_issued", "2024-11-07",
                                                         "MIIT; Ministry of Natural Resources")
    cities = only("The Ministry of Finance and the Ministry of Industry and Information Technology on Wednesday "
                  "published a third batch of cities for a pilot program on digital transformation.")
    assert (cities.type, cities.date, cities.agency) == ("approval", "2024-11-06", "Ministry of Finance; MIIT")


# --- plural anaphora ---------------------------------------------------------------------------

@pytest.mark.parametrize("anaphor", ["the two ministries", "both ministries", "the ministries"])
@pytest.mark.parametrize("verb", ["released", "issued", "revised"])
def test_plural_anaphora_are_the_bodies_named_together_before(anaphor, verb):
    text = ("The Ministry of Finance and the Ministry of Natural Resources on Thursday approved 30 pilot projects. "
            f"The projects follow interim measures, which {anaphor} jointly {verb} in August last year.")
    found = {(e.type, e.date): e.agency for e in events(text)}
    assert found[("document_issued", "2023-08")] == "Ministry of Finance; Ministry of Natural Resources"


def test_a_numbered_anaphor_needs_a_group_of_that_size():
    text = "The Ministry of Finance and the Ministry of Natural Resources met. Later the three ministries said"
    groups = joint_groups(text)
    assert plural_referent(groups, len(text), 2) == ["Ministry of Finance", "Ministry of Natural Resources"]
    assert plural_referent(groups, len(text), 3) == []
    assert plural_referent(groups, 5, None) == []  # nothing named together before
    mentions = agency_mentions("两部门此前印发", plural=lambda at, n: plural_referent(
        joint_groups("工业和信息化部、国家能源局"), 100, n))
    assert [name for _, _, name in mentions] == ["MIIT", "National Energy Administration"]


# --- English: what stays out ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # planned or future actions
    "The Ministry of Commerce will revise the catalog of restricted technologies in January.",
    "The MIIT plans to name 12 pilot platforms next month.",
    "A second batch of quotas is expected to be issued by the two ministries later this year.",
    # companies and associations
    "Huawei on Tuesday released an updated catalog of its products.",
    "CATL last week named 12 suppliers as partners.",
    "A group standard was approved by the China Electronics Standardization Association in May.",
    "The China Iron and Steel Association on Tuesday released data showing output fell 3 percent.",
    # no list of entries, no occasion, no action
    "The MIIT selected companies to join the programme.",
    "Customs data show that exports rose 7.4 percent.",
    "The rules, which took effect on October 1, cover 20 products.",
    "The plant is run by a company named Estun in Nanjing.",
])
def test_not_a_government_action(text):
    assert events(text) == []


# --- Chinese -------------------------------------------------------------------------------------

@pytest.mark.parametrize("verb,batch,entry", list(itertools.product(
    ["公布", "发布", "认定", "遴选", "公示", "命名"], ["首批", "第三批", "12个"], ["氢能试点项目", "绿色示范工厂", "中试验证平台"])))
def test_zh_a_batch_or_count_of_entries_is_an_approval(verb, batch, entry):
    e = only(f"今年4月，国家能源局{verb}{batch}能源领域{entry}，共41个项目入选。", "zh", ZH_DAY)
    assert (e.type, e.date, e.agency) == ("approval", "2025-04", "National Energy Administration")


@pytest.mark.parametrize("text", [
    "据了解，国家能源局将于11月公布首批氢能试点项目。",       # future
    "国家能源局发布首批10项能源领域企业标准。",               # standards, not a list of entries
    "某公司公布首批12个合作项目。",                          # no government body
])
def test_zh_not_an_approval(text):
    assert [e.type for e in events(text, "zh", ZH_DAY)] in ([], ["standard_release"])
    assert not any(e.type == "approval" for e in events(text, "zh", ZH_DAY))


@pytest.mark.parametrize("verb", ["成立", "正式成立", "揭牌"])
@pytest.mark.parametrize("body", ["工业软件标准化技术委员会", "人工智能标准化工作组"])
def test_zh_a_committee_named_before_its_verb(verb, body):
    e = only(f"8月中旬，工业和信息化部{body}{verb}，首批委员62名。", "zh", ZH_DAY)
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "committee_established", "2025-08", "MIIT")


def test_zh_since_the_committee_was_set_up_is_no_event():
    assert events("工业和信息化部工业软件标准化技术委员会成立以来，已发布标准12项。", "zh", ZH_DAY) == []


def test_zh_relative_clause_dated_by_a_leading_time_clause():
    e = only("去年12月，工业和信息化部等四部门联合印发的《船舶制造业绿色发展行动纲要（2024—2030年）》提出，"
             "到2027年绿色动力船舶国际市场份额超过70%。", "zh", ZH_DAY)
    assert (e.type, e.date, e.title) == ("document_issued", "2024-12", "船舶制造业绿色发展行动纲要（2024—2030年）")
    # the leading day of another clause still dates that clause's action, not the document
    text = "12月28日，工业和信息化部举行新闻发布会，介绍四部门联合印发的《船舶制造业绿色发展行动纲要》有关情况。"
    assert [e.type for e in events(text, "zh", date(2024, 12, 29))] == ["press_conference"]


def test_zh_a_plan_released_at_the_press_conference_is_announced():
    text = ("8月28日，工业和信息化部举行新闻发布会。会上，工业和信息化部正式发布《工业软件高质量发展行动计划（2025—2027年）》。"
            "9月1日，工业和信息化部印发《工业软件首版次推广应用实施方案》。")
    found = {(e.type, e.date) for e in events(text, "zh", ZH_DAY)}
    assert found == {("press_conference", "2025-08-28"), ("plan_announced", "2025-08-28"),
                     ("document_issued", "2025-09-01")}


def test_the_relative_clause_names_the_actor_and_a_capitalised_object_is_the_title():
    text = ("The quotas are the first under the Interim Measures for the Total Quantity Control of Rare Earth Mining, "
            "which the National Development and Reform Commission released in August last year, the MIIT said.")
    e = only(text)
    assert (e.type, e.date, e.agency, e.title) == (
        "document_issued", "2023-08", "NDRC", "Interim Measures for the Total Quantity Control of Rare Earth Mining")


def test_the_two_ministries_are_not_other_departments():
    text = ("The Ministry of Finance and the Ministry of Industry and Information Technology on Wednesday named "
            "34 pilot cities. The program was launched in June 2024 through a notice that the two ministries "
            "jointly issued.")
    found = {(e.type, e.date): e.agency for e in events(text)}
    assert found[("document_issued", "2024-06")] == "Ministry of Finance; MIIT"


@pytest.mark.parametrize("text", [
    "The MIIT's data show Huawei released 12 products on Monday.",   # a company between body and verb
    "Exporters must follow the catalog, which the ministry revised.",  # undated, in passing
    "In 2023, the MIIT named the company a national champion.",        # no list of entries
])
def test_more_sentences_that_state_no_government_action(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "近日，《电动自行车安全技术规范》强制性国家标准由市场监管总局（国家标准委）批准发布。",
    "该标准由市场监管总局（国家标准委）于今年5月批准发布。",
])
def test_zh_a_standard_approved_by_a_body_in_the_passive(text):
    e = only(text, "zh", ZH_DAY)
    assert (e.type, e.agency) == ("standard_release", "SAMR; Standardization Administration of China")


@pytest.mark.parametrize("verb", ["released", "issued", "approved", "published"])
def test_an_appositive_participle_after_the_objects_phrase(verb):
    e = only(f"A mandatory national standard for e-bike batteries, {verb} by market regulators in March, "
             "took effect on June 1.")
    assert (e.type, e.date, e.agency) == ("standard_release", "2024-03", "SAMR")


def test_zh_a_list_approved_in_passing_only_when_dated():
    assert events("国家发展改革委批复的12个国家级产业集群已全部开工。", "zh", ZH_DAY) == []
    e = only("去年3月，国家发展改革委批复的12个国家级产业集群已全部开工。", "zh", ZH_DAY)
    assert (e.type, e.date, e.agency) == ("approval", "2024-03", "NDRC")


def test_zh_a_committee_unveiled_at_a_place():
    e = only("6月上旬，工业和信息化部智能制造标准化工作组在京揭牌。", "zh", ZH_DAY)
    assert (e.type, e.subtype, e.date) == ("other", "committee_established", "2025-06")


@pytest.mark.parametrize("verb", ["made public", "released", "published"])
@pytest.mark.parametrize("body", BODIES)
def test_a_contact_clause_without_that_or_which(verb, body):
    e = only(f"Exports rose 12 percent, according to figures {body[0]} {verb} on Tuesday.")
    assert (e.type, e.subtype, e.date, e.agency) == ("other", "data_release", "2024-11-05", body[1])


@pytest.mark.parametrize("text", [
    "Under a plan the ministry released in 2023, China aims to cultivate 1,000 firms.",
    "The rules follow a catalog that the MIIT revised last year.",
    "Exporters must follow a catalogue amended by the MIIT in 2023.",
])
def test_a_mention_in_passing_dated_by_a_year_only_is_left_out(text):
    assert events(f"The MIIT oversees the sector. {text}") == []
