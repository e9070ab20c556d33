"""English events of heldout20 studied (session 20): each missed construction with the set's own
sentence and wordings of our own, and near-misses that must stay silent (company news, future plans,
foreign bodies, analysts). The constructions: an official's quoted "we" with the speaker named before
the verb ("…," an official at the MIIT said), the State Tobacco Monopoly Administration and "the
Commerce Ministry" as bodies, licences required for exports, approvals suspended and freezes lifted,
"Alongside the revision," taking the act just told, a contact relative clause whose subject is a body
with its acronym and "four other agencies", and uncounted items added to an export-control catalogue."""
from __future__ import annotations

import datetime

import pytest

from scrapers.facts import extract

PUB = datetime.date(2033, 11, 4)  # a Friday


def _events(text: str, published: datetime.date = PUB) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.date, e.agency) for e in extract(text, published=published, lang="en").events]


# --- 1. an official's "we", the speaker named before the verb ----------------------------------

@pytest.mark.parametrize("text, type_, date, agency", [
    ('"We revised the standard conditions last month so that low-end capacity can no longer expand," an '
     "official at the Ministry of Industry and Information Technology said, asking not to be identified.",
     "document_issued", "2033-10", "MIIT"),
    ('"We approved the first batch of export licences under the new system in October – 326 companies '
     'received them," an STMA official told the Post, declining to be named.', "approval", "2033-10",
     "State Tobacco Monopoly Administration"),
    ('"We published the guidelines on Monday," a spokeswoman for the NDRC said.', "document_issued", "2033-10-31",
     "NDRC"),
    ('"Last month we named 40 pilot cities," the director of the MIIT\'s equipment department told reporters.',
     "approval", "2033-10", "MIIT"),
])
def test_quoted_we_with_the_speaker_before_the_verb(text, type_, date, agency):
    assert _events(text) == [(type_, date, agency)]


@pytest.mark.parametrize("text", [
    # an analyst's or a company man's "we"
    '"We issued new guidelines to our dealers last month," an analyst at Huatai Futures said.',
    '"We approved 20 suppliers in October," a BYD executive told the Post.',
    # the speaker met the body: not its official
    '"We published the guidelines on Monday," a banker who met MIIT officials said.',
    # the act still to come
    '"We will publish the guidelines next month," an official at the MIIT said.',
])
def test_quoted_we_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 2. bodies: the tobacco regulator, "the Commerce Ministry" ---------------------------------

@pytest.mark.parametrize("text, date, agency", [
    ("China's tobacco regulator on Wednesday published revised rules for the export of electronic cigarettes.",
     "2033-11-02", "State Tobacco Monopoly Administration"),
    ("The State Tobacco Monopoly Administration on Monday issued a notice on vape exports.", "2033-10-31",
     "State Tobacco Monopoly Administration"),
    ("The STMA last month released rules on e-cigarette licensing.", "2033-10", "State Tobacco Monopoly Administration"),
    ("The Commerce Ministry on Monday issued rules on graphite exports.", "2033-10-31", "Ministry of Commerce"),
])
def test_tobacco_regulator_and_commerce_ministry_are_bodies(text, date, agency):
    assert _events(text) == [("document_issued", date, agency)]


@pytest.mark.parametrize("text", [
    "British American Tobacco on Wednesday published revised rules for its distributors.",
    "Japan's Commerce Ministry on Monday issued rules on chip exports.",
    "The tobacco regulator will publish revised rules next month.",
])
def test_tobacco_and_commerce_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 3. licences required for exports ----------------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("The Commerce Ministry required licenses for some graphite exports in December 2023.", "2023-12"),
    ("The Ministry of Commerce in August required export licences for shipments of drone engines.", "2033-08"),
    ("The Ministry of Commerce required permits for exports of gallium in July.", "2033-07"),
])
def test_licences_required_for_exports(text, date):
    assert _events(text) == [("document_issued", date, "Ministry of Commerce")]


@pytest.mark.parametrize("text", [
    "The company required licenses for its software exports in 2023.",
    "The Commerce Ministry will require licenses for some graphite exports from December.",
    "The Commerce Ministry required licenses to operate export businesses in 2023.",
    "The U.S. Commerce Department required licenses for chip exports in October.",
])
def test_licence_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 4. approvals suspended, freezes lifted ----------------------------------------------------

def test_suspended_and_lifted_in_one_sentence_are_two_acts():
    text = ("The MIIT suspended approvals of new photovoltaic glass capacity in July and lifted a similar freeze "
            "on float glass in September, after float producers had already shut dozens of lines.")
    assert _events(text) == [("document_issued", "2033-07", "MIIT"), ("document_issued", "2033-09", "MIIT")]


@pytest.mark.parametrize("text, date, agency", [
    ("The NDRC in March halted approvals of new coal-to-chemicals projects.", "2033-03", "NDRC"),
    ("The National Energy Administration last month imposed a moratorium on new coal power plants.", "2033-10",
     "National Energy Administration"),
    ("The MIIT on Monday lifted its freeze on new steel capacity.", "2033-10-31", "MIIT"),
])
def test_halts_put_or_lifted(text, date, agency):
    assert _events(text) == [("document_issued", date, agency)]


@pytest.mark.parametrize("text", [
    "The company suspended production of photovoltaic glass in July.",
    "Tongwei lifted a freeze on hiring in September.",
    "The MIIT will suspend approvals of new photovoltaic glass capacity from July.",
    "The U.S. Commerce Department lifted its ban on exports of chips to China on Monday.",
    "Analysts expect the MIIT to lift the freeze on float glass in September.",
])
def test_halt_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 5. "Alongside the revision," ----------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Alongside the revision,", "Along with the update,",
                                     "Alongside the revised conditions,", "Together with the amendments,"])
def test_alongside_the_act_just_told(opening):
    text = (f"The MIIT issued revised standard conditions for anode materials last month. {opening} the ministry "
            "named 22 producers that meet the conditions.")
    assert _events(text) == [("document_issued", "2033-10", "MIIT"), ("approval", "2033-10", "MIIT")]


@pytest.mark.parametrize("second", [
    "Alongside the revision, analysts named 22 producers that could gain.",
    "Alongside the revision, the ministry will name 22 producers next year.",
])
def test_alongside_near_misses_add_nothing(second):
    text = f"The MIIT issued revised standard conditions for anode materials last month. {second}"
    assert _events(text) == [("document_issued", "2033-10", "MIIT")]


# --- 6. a contact relative clause, a body with its acronym and "other agencies" ----------------------

@pytest.mark.parametrize("text, date, agency", [
    ("Under guidelines the Ministry of Industry and Information Technology (MIIT) and four other agencies "
     "published on Wednesday, synthetic ammonia producers must cut energy use per ton by 10%.", "2033-11-02", "MIIT"),
    ("Under rules the National Development and Reform Commission (NDRC) and three other ministries released on "
     "Monday, coal plants must report emissions.", "2033-10-31", "NDRC"),
])
def test_contact_relative_with_acronym_and_other_agencies(text, date, agency):
    assert _events(text) == [("document_issued", date, agency)]


@pytest.mark.parametrize("text", [
    "Under guidelines the Ministry of Industry and Information Technology (MIIT) and four other agencies will "
    "publish next month, producers must cut energy use.",
    "Under guidelines the Ministry of Industry and Information Technology (MIIT) and four other agencies "
    "published, producers must cut energy use.",
])
def test_contact_relative_near_misses_stay_silent(text):
    assert _events(text) == []


# --- 7. uncounted items added to an export-control catalogue -------------------------------------

@pytest.mark.parametrize("text, date", [
    ("China on Thursday added technology for making high-purity synthetic graphite anodes to its export-control "
     "catalog, the latest step by Beijing to keep its grip on the battery supply chain.", "2033-11-03"),
    ("The Ministry of Commerce on Monday added drone engines and related software to the export control list.",
     "2033-10-31"),
    ("Beijing last month added lithium battery cathode technology to its export control catalogue.", "2033-10"),
])
def test_items_added_to_export_control_catalogue(text, date):
    assert [(t, d) for t, d, _ in _events(text)] == [("document_issued", date)]


@pytest.mark.parametrize("text", [
    "CATL on Thursday added graphite technology to its product catalog.",
    "Japan on Thursday added technology for making graphite anodes to its export-control catalog.",
    "China could add technology for making graphite anodes to its export-control catalog next year.",
])
def test_added_near_misses_stay_silent(text):
    assert _events(text) == []


# --- the set's own documents ---------------------------------------------------------------------

def test_heldout20_H263_two_acts_and_H265_tobacco_regulator():
    h263 = ("The revision is the latest in a series of interventions. The MIIT suspended approvals of new "
            "photovoltaic glass capacity in July and lifted a similar freeze on float glass in September, after "
            "float producers had already shut dozens of lines.")
    assert [(t, d) for t, d, _ in _events(h263)] == [("document_issued", "2033-07"), ("document_issued", "2033-09")]
    h265 = ("China's tobacco regulator on Wednesday published revised rules for the export of electronic "
            "cigarettes. The administration put a draft of the revisions out for public comment in July, drawing "
            "more than 3,000 submissions.")
    assert _events(h265, datetime.date(2033, 12, 16)) == [
        ("document_issued", "2033-12-14", "State Tobacco Monopoly Administration"),
        ("other", "2033-07", "State Tobacco Monopoly Administration")]
