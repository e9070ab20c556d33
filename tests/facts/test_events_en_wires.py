"""English policy events as the wires write them (Xinhua, China Daily, Reuters, Bloomberg, Caixin,
SCMP, Global Times): sentences written for the test, one government action each, across many bodies
(MIIT, NDRC, SAMR, MOFCOM, CAC, the State Council, SASAC, joint issuers, provinces), verbs
(issued, released, unveiled, rolled out, green-lit, put out for comment, kicked off a campaign),
constructions (active, passive, relative and contact clauses, participles, "according to a
circular released …", the body's reported speech, datelined ledes) and times ("on Tuesday",
"last week", "earlier this month", "late last month", "on Oct. 28", "last Friday", "in
mid-October"). Then near-misses that state no past action of a government body: effective dates,
comment deadlines, future or planned acts, conditionals, expectations, companies and associations,
documents recalled in passing without a date (the conventions make those optional)."""
from __future__ import annotations

from datetime import date

import pytest

from event_helpers import events, only

# A Thursday: "on Tuesday" is the 12th, "on Monday" the 11th, "last Friday" the 8th; "last week"
# (Nov. 4-10) and "earlier this week" lie in November, "last month" is October.
PUB = date(2024, 11, 14)
SAMR = "SAMR"
CAC = "Cyberspace Administration of China"
MOFCOM = "Ministry of Commerce"
DOC, STD, APPR, PRESS, PLAN = "document_issued", "standard_release", "approval", "press_conference", "plan_announced"
DRAFT, COMMITTEE, DATA = "public_consultation", "committee_established", "data_release"

# (sentence, (type or subtype, date, agency[, title]))
POSITIVES = [
    # --- passives ---
    ("Guidelines on developing the low-altitude economy were released by the National Development and Reform "
     "Commission on Tuesday.", (DOC, "2024-11-12", "NDRC")),
    ("New rules on cross-border data flows were issued on Monday by the Cyberspace Administration of China.",
     (DOC, "2024-11-11", CAC)),
    ("A notice on the safety of e-bike batteries was jointly issued by the MIIT and the State Administration for "
     "Market Regulation last week.", (DOC, "2024-11", f"MIIT; {SAMR}")),
    ("Measures to stabilise foreign trade were unveiled by the Ministry of Commerce on Oct. 28.",
     (DOC, "2024-10-28", MOFCOM)),
    ("The regulation was promulgated by the State Council in September and covers all online platforms.",
     (DOC, "2024-09", "State Council")),
    ("An action plan for the humanoid robot industry has been published by the Ministry of Industry and "
     "Information Technology, the ministry said on Wednesday.", (DOC, "2024-11-13", "MIIT")),
    ("A mandatory national standard for electric bicycles was released by the State Administration for Market "
     "Regulation on Monday.", (STD, "2024-11-11", SAMR)),
    ("Twelve national standards for smart home appliances were approved last week by the Standardization "
     "Administration of China.", (STD, "2024-11", "Standardization Administration of China")),
    # --- relative and contact clauses, participles ---
    ("Under rules that the MIIT issued on Monday, telecom operators must verify the identity of every user.",
     (DOC, "2024-11-11", "MIIT")),
    ("The measures, which the Ministry of Commerce released late last month, cover export credit insurance.",
     (DOC, "2024-10", MOFCOM)),
    ("A guideline the NDRC published earlier this month calls for more private investment in infrastructure.",
     (DOC, "2024-11", "NDRC")),
    ("The plan, jointly issued by the MIIT, the NDRC and the Ministry of Finance on Wednesday, seeks to double "
     "the output of the biomanufacturing industry.", (DOC, "2024-11-13", "MIIT; NDRC; Ministry of Finance")),
    ("A three-year action plan rolled out by the Ministry of Commerce on Monday seeks to boost service "
     "consumption.", (DOC, "2024-11-11", MOFCOM)),
    ("Rules on the recycling of power batteries, unveiled by the MIIT on Tuesday, require carmakers to set up "
     "collection points.", (DOC, "2024-11-12", "MIIT")),
    ("A catalogue of encouraged industries that the NDRC revised in October adds 200 entries.",
     (DOC, "2024-10", "NDRC")),
    # --- "according to …" ---
    ("Provinces must set up special funds for the sector, according to a circular released by the Ministry of "
     "Finance on Monday.", (DOC, "2024-11-11", "Ministry of Finance")),
    ("According to a notice published by the State Council on Tuesday, local governments must clear their "
     "arrears to private firms.", (DOC, "2024-11-12", "State Council")),
    ("Online platforms must verify sellers' licences, according to a guideline posted on the website of the "
     "State Administration for Market Regulation on Friday.", (DOC, "2024-11-08", SAMR)),
    ("Exports of drones will need a licence, according to rules the Ministry of Commerce published on "
     "Wednesday.", (DOC, "2024-11-13", MOFCOM)),
    ("Car sales rose 11 percent in October, according to data released by the Ministry of Commerce on "
     "Tuesday.", (DATA, "2024-11-12", MOFCOM)),
    # --- reported speech ---
    ("The Ministry of Industry and Information Technology said in a statement on its website on Friday that it "
     "had issued guidelines on the safe use of industrial robots.", (DOC, "2024-11-08", "MIIT")),
    ("The NDRC said on Monday that it had approved 12 fixed-asset investment projects.",
     (APPR, "2024-11-11", "NDRC")),
    ("The State Administration for Market Regulation said on Wednesday it had released 15 national standards "
     "for smart home appliances.", (STD, "2024-11-13", SAMR)),
    ("The Ministry of Commerce said on Tuesday it has issued export control rules for gallium and germanium.",
     (DOC, "2024-11-12", MOFCOM)),
    # --- active, many bodies and times ---
    ("The Ministry of Commerce on Tuesday unveiled 20 measures to stabilise foreign trade.",
     (DOC, "2024-11-12", MOFCOM)),
    ("China's top economic planner rolled out a set of policies on Monday to spur private investment.",
     (DOC, "2024-11-11", "NDRC")),
    ("Late last month, the State Council issued a guideline on developing the silver economy.",
     (DOC, "2024-10", "State Council")),
    ("Earlier this month, the MIIT and the Ministry of Finance jointly released a notice on subsidies for "
     "industrial equipment upgrades.", (DOC, "2024-11", "MIIT; Ministry of Finance")),
    ("On Oct. 28, the NDRC published a catalogue of industries encouraged for foreign investment.",
     (DOC, "2024-10-28", "NDRC")),
    ("Last Friday, the State-owned Assets Supervision and Administration Commission issued guidelines on the "
     "governance of central state-owned enterprises.", (DOC, "2024-11-08", "SASAC")),
    ("In mid-October, the Ministry of Ecology and Environment released rules on carbon footprint accounting.",
     (DOC, "2024-10", "Ministry of Ecology and Environment")),
    ("The MIIT, the NDRC and four other departments on Monday jointly issued an implementation plan for the "
     "digital transformation of the chemical industry.", (DOC, "2024-11-11", "MIIT; NDRC; other departments")),
    ("China's cyberspace regulator on Thursday issued rules on the security of facial recognition technology.",
     (DOC, "2024-11-14", CAC)),
    ("The State Council, China's cabinet, on Friday published a regulation on the management of network data.",
     (DOC, "2024-11-08", "State Council")),
    ("SASAC on Wednesday released a notice on strengthening the compliance management of central SOEs.",
     (DOC, "2024-11-13", "SASAC")),
    ("The Cyberspace Administration of China last week issued a set of measures on labelling AI-generated "
     "content.", (DOC, "2024-11", CAC)),
    ("The State Council has issued a guideline on promoting the high-quality development of the service "
     "industry, according to a statement released on Tuesday.", (DOC, "2024-11-12", "State Council")),
    # --- provinces ---
    ("Shanghai on Tuesday unveiled an action plan to develop embodied intelligence.",
     (DOC, "2024-11-12", "Shanghai Municipal Government")),
    ("Guangdong province rolled out a package of measures last week to support its chip industry.",
     (DOC, "2024-11", "Guangdong Provincial Government")),
    ("The Jiangsu provincial government on Monday unveiled 18 measures to attract foreign investment.",
     (DOC, "2024-11-11", "Jiangsu Provincial Government")),
    # --- drafts for public comment ---
    ("The MIIT on Monday released a draft guideline on the management of data centres for public comment.",
     (DRAFT, "2024-11-11", "MIIT")),
    ("The Cyberspace Administration of China released draft rules on Tuesday on the protection of minors "
     "online, soliciting public opinion.", (DRAFT, "2024-11-12", CAC)),
    ("China's market regulator published a draft revision of its rules on online advertising for public feedback "
     "on Friday.", (DRAFT, "2024-11-08", SAMR)),
    ("The State Council on Wednesday sought public comment on a draft regulation on the safety of "
     "autonomous vehicles.", (DRAFT, "2024-11-13", "State Council")),
    ("A draft of the measures was released for public comment by the NDRC in August.",
     (DRAFT, "2024-08", "NDRC")),
    ("The Ministry of Commerce on Monday put out a draft list of technologies restricted from export for "
     "public comment.", (DRAFT, "2024-11-11", MOFCOM)),
    ("The Cyberspace Administration of China has begun soliciting public opinion on draft rules for "
     "generative AI services, it said on Tuesday.", (DRAFT, "2024-11-12", CAC)),
    # --- press conferences ---
    ("Officials from the Ministry of Commerce told reporters at a briefing on Thursday that exports rose "
     "12.7 percent.", (PRESS, "2024-11-14", MOFCOM)),
    ("The State Council Information Office held a press conference on Tuesday on the performance of the "
     "industrial economy.", (PRESS, "2024-11-12", "State Council Information Office")),
    ("Speaking at a news conference in Beijing on Monday, NDRC spokesperson Li Chao said investment would "
     "pick up.", (PRESS, "2024-11-11", "NDRC")),
    ("Industrial output will keep growing, Vice Minister of Industry and Information Technology Xin Guobin "
     "told a press conference on Wednesday.", (PRESS, "2024-11-13", "MIIT")),
    ("At a regular press briefing on Thursday, Ministry of Commerce spokesperson He Yadong said talks would "
     "continue.", (PRESS, "2024-11-14", MOFCOM)),
    ("SASAC officials told a press conference last week that central SOEs had raised research spending.",
     (PRESS, "2024-11", "SASAC")),
    ("The NDRC held a news briefing on Friday to explain the new bond programme.", (PRESS, "2024-11-08", "NDRC")),
    # --- approvals ---
    ("The State Council on Tuesday approved the establishment of a national innovation demonstration zone in "
     "Wuhan.", (APPR, "2024-11-12", "State Council")),
    ("The NDRC green-lit five new high-speed railway lines on Monday.", (APPR, "2024-11-11", "NDRC")),
    ("The Ministry of Industry and Information Technology approved the establishment of three national "
     "manufacturing innovation centres on Wednesday.", (APPR, "2024-11-13", "MIIT")),
    ("The MIIT has given the green light to Hefei and Wuhu to build national pilot zones for intelligent "
     "connected vehicles, the ministry said on Monday.", (APPR, "2024-11-11", "MIIT")),
    ("The Civil Aviation Administration of China approved 10 cities as pilots for low-altitude logistics in "
     "October.", (APPR, "2024-10", "CAAC")),
    ("The Ministry of Commerce on Monday approved 14 cities as pilot zones for cross-border e-commerce.",
     (APPR, "2024-11-11", MOFCOM)),
    ("The MIIT on Tuesday published a list of 421 national smart manufacturing demonstration factories.",
     (APPR, "2024-11-12", "MIIT")),
    # --- campaigns, plans announced ---
    ("The Cyberspace Administration of China on Tuesday announced a two-month campaign to clean up online "
     "misinformation.", (PLAN, "2024-11-12", CAC)),
    ("The Ministry of Public Security launched a nationwide crackdown on telecom fraud last week.",
     (PLAN, "2024-11", "Ministry of Public Security")),
    ("The MIIT kicked off a special campaign on Wednesday to rectify apps that harvest user data.",
     (PLAN, "2024-11-13", "MIIT")),
    ("The State Administration for Market Regulation on Monday launched a campaign against counterfeit auto "
     "parts.", (PLAN, "2024-11-11", SAMR)),
    # --- committees ---
    ("The MIIT on Wednesday set up a standardization technical committee for the metaverse.",
     (COMMITTEE, "2024-11-13", "MIIT")),
    ("A working group on AI safety standards was established by the Cyberspace Administration of China last "
     "week.", (COMMITTEE, "2024-11", CAC)),
    # --- datelined ledes ---
    ("BEIJING, Nov. 13 (Xinhua) -- The Ministry of Industry and Information Technology on Wednesday issued a "
     "guideline on developing the industrial internet.", (DOC, "2024-11-13", "MIIT")),
    ("SHANGHAI, Nov. 11 (Xinhua) -- Shanghai on Monday released measures to support its biomedicine industry.",
     (DOC, "2024-11-11", "Shanghai Municipal Government")),
    ("BEIJING, Nov 12 (Reuters) - China's commerce ministry on Tuesday issued rules tightening export controls "
     "on dual-use items.", (DOC, "2024-11-12", MOFCOM)),
    ("HONG KONG -- China's State Council on Monday unveiled guidelines to boost the capital market.",
     (DOC, "2024-11-11", "State Council")),
    # --- the wires' own habits: a weekday without "on", "(link in Chinese)", "issued jointly by",
    # a notice posted on a website, "Beijing" for the government, the body named in a sentence before ---
    ("The Cyberspace Administration of China issued the rules Tuesday, saying they would curb online fraud.",
     (DOC, "2024-11-12", CAC)),
    ("China's industry ministry released draft rules on its website Monday for public comment.",
     (DRAFT, "2024-11-11", "MIIT")),
    ("The NDRC and the National Energy Administration released a plan (link in Chinese) on Tuesday to upgrade "
     "the power grid.", (DOC, "2024-11-12", "NDRC; National Energy Administration")),
    ("The guidelines, issued jointly by the MIIT and the NDRC on Monday, call for faster adoption of "
     "industrial robots.", (DOC, "2024-11-11", "MIIT; NDRC")),
    ("The MIIT posted a notice on its website on Monday ordering carmakers to stop over-the-air updates "
     "without approval.", (DOC, "2024-11-11", "MIIT")),
    ("The notice was made public by the Ministry of Finance on Wednesday.", (DOC, "2024-11-13", "Ministry of Finance")),
    ("The National Data Administration released an action plan on Tuesday for building trusted data spaces.",
     (DOC, "2024-11-12", "National Data Administration")),
    ("The State Council executive meeting on Friday passed a regulation on the management of rare earths.",
     (DOC, "2024-11-08", "State Council")),
    ("The State Council on Monday approved 11 new nuclear reactors.", (APPR, "2024-11-11", "State Council")),
    ("The Ministry of Commerce, together with the General Administration of Customs, on Friday issued a notice "
     "on export controls for drone parts.", (DOC, "2024-11-08", f"{MOFCOM}; General Administration of Customs")),
    ("The NDRC, China's top economic planner, said on Tuesday it had drawn up a plan to expand domestic "
     "demand.", (DOC, "2024-11-12", "NDRC")),
    ("Earlier this week, the State Council Information Office held a press conference on rural revitalisation.",
     (PRESS, "2024-11", "State Council Information Office")),
    ("The Ministry of Commerce announced a campaign last week to boost consumption of services.",
     (PLAN, "2024-11", MOFCOM)),
    # --- the document named in the body's reported speech, or an attribution dating the act ---
    ("Telecom operators must block fraud calls, the MIIT said in a notice posted on its website on Monday.",
     (DOC, "2024-11-11", "MIIT")),
    ("The State Council said in a guideline released on Tuesday that it would cut red tape for foreign firms.",
     (DOC, "2024-11-12", "State Council")),
    ("The Ministry of Commerce said in a circular on Wednesday that exporters of drones must apply for "
     "licences.", (DOC, "2024-11-13", MOFCOM)),
    ("China's Ministry of Industry and Information Technology has released guidelines to promote humanoid "
     "robots, according to a statement on its website on Tuesday.", (DOC, "2024-11-12", "MIIT")),
    ("Online platforms must verify sellers' licences, according to a guideline posted on the NDRC's website "
     "on Friday.", (DOC, "2024-11-08", "NDRC")),
    # --- the government itself as the subject ---
    ("The Chinese government on Monday issued guidelines on developing the silver economy.",
     (DOC, "2024-11-11", "State Council")),
    ("The central government on Tuesday released a plan to revitalise the northeast.",
     (DOC, "2024-11-12", "State Council")),
    # --- a decision (决定) issued; a regulator named by its role ---
    ("The State Council on Tuesday issued a decision to cancel 30 administrative licensing items.",
     (DOC, "2024-11-12", "State Council")),
    ("China's securities regulator issued draft rules on Friday to tighten oversight of quantitative trading, "
     "seeking public feedback.", (DRAFT, "2024-11-08", "CSRC")),
    ("The country's securities regulator on Friday released new rules on share buybacks.",
     (DOC, "2024-11-08", "CSRC")),
]

NEGATIVES = [
    # effective dates and deadlines
    "The new rules will take effect on Jan. 1, 2025, the Ministry of Industry and Information Technology said.",
    "The MIIT guideline, which takes effect on Dec. 1, requires operators to store data locally.",
    "Comments on the draft are due by Nov. 30, the Cyberspace Administration of China said.",
    "The public can submit feedback on the draft rules until Dec. 15, according to the NDRC.",
    "The regulation takes effect on March 1, the State Council said in a statement.",
    # future, planned, expected
    "The MIIT will issue a guideline on humanoid robots next month.",
    "The NDRC plans to release new measures to boost consumption by the end of the year.",
    "The State Council is expected to unveil a stimulus package at its meeting next week.",
    "The ministry is set to roll out a three-year action plan for the robotics industry.",
    "The Ministry of Commerce said it would announce a list of pilot zones soon.",
    "The NDRC will hold a press conference on Friday to explain the measures.",
    "A press conference is scheduled for next Tuesday, the MIIT said.",
    "The Ministry of Commerce plans to approve more pilot zones for cross-border e-commerce next year.",
    "The measures are expected to be released by the NDRC later this month.",
    "The commerce ministry will launch a campaign next month to boost car sales.",
    "The State Administration for Market Regulation said the standard would be published soon.",
    "Beijing's municipal government is going to unveil a plan next week to support robotics.",
    # conditionals, expectations of others
    "If the draft is approved, the rules would apply to all platforms.",
    "Should the State Council approve the plan, construction would start in 2025.",
    "Analysts expect the State Council to approve the plan before the end of the year.",
    # companies and associations
    "Huawei on Tuesday released a white paper on 5G-Advanced networks.",
    "The China Association of Automobile Manufacturers on Monday released data showing NEV sales rose 30 percent.",
    "BYD unveiled a new battery standard for its vehicles on Monday.",
    "The China Iron and Steel Association issued a notice on Monday urging mills to cut output.",
    "Xiaomi held a press conference on Tuesday to unveil its new electric car.",
    "Tesla announced a plan on Monday to build a new energy storage factory in Shanghai.",
    "The China Electricity Council released a report on Tuesday on power demand.",
    # a document recalled in passing, undated (optional in the conventions), or no act at all
    "Under a guideline issued by the MIIT, companies must report data breaches within 24 hours.",
    "The MIIT is drafting rules on autonomous driving, officials said on Tuesday.",
    "The MIIT has long encouraged firms to adopt industrial robots.",
    "The measures, published in 2021, remain in force, the ministry said.",
    "Officials said the MIIT would release the standards once the consultation ends.",
    "A guideline that the MIIT is drafting will cover humanoid robots.",
    "The NDRC has yet to publish the list of approved projects.",
    "The rules were first issued in 2018 and revised in 2021.",
    # the same constructions undated, or no government's
    "Telecom operators must block fraud calls, the MIIT said in a notice.",
    "Huawei said in a notice on Monday that it would cut prices for its suppliers.",
    "The central government will release a plan next month to revitalise the northeast.",
    "Online platforms must verify sellers' licences, according to a guideline posted on the NDRC's website.",
    "The Chinese government has long supported the chip industry.",
    "The MIIT made a decision on Monday to cut fees for small firms.",
    "The court issued a decision on Monday in the case against the carmaker.",
    "The State Council will issue a decision on the matter next month.",
]


def _key(e) -> tuple:
    return (e.subtype or e.type, e.date, e.agency)


@pytest.mark.parametrize("text,expected", POSITIVES, ids=[f"p{i:02d}" for i in range(len(POSITIVES))])
def test_wire_sentence_states_one_event(text, expected):
    e = only(text, published=PUB)
    assert _key(e) == expected[:3]
    if len(expected) > 3:
        assert e.title == expected[3]


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"n{i:02d}" for i in range(len(NEGATIVES))])
def test_wire_near_miss_states_no_event(text):
    assert events(text, published=PUB) == []
