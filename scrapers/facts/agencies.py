"""Government bodies named in Chinese and English text, normalised to one English name each.

Events carry the acting body as a normalised English name ("MIIT", "NDRC", "SAMR", …); several
bodies are joined by "; " in order of mention. Only government bodies are listed: an industry
association (CAAM, 中国汽车工业协会) or a think tank (CAICT) never makes an action an event.
A body may be named by its role in lower case ("the industry ministry", "the civil aviation
regulator", "China's agriculture ministry", "the central bank"), never another country's ("the
central bank of Japan"; nor a bare "the central bank" after a story's foreign central bank, see
central_bank_abroad; nor "the country's …" or a bare "the cabinet" when the country last named is
another's, "Japan's chipmakers rely on a plan the cabinet approved"). Another country's body or
owner is told by one list of other countries (FOREIGN_NAMES, FOREIGN_ADJECTIVES), which every
foreign check here reads. A local body may be named
by its owner, a province-level place or a known city ("Shenzhen's transport bureau", "Yunnan's
Development and Reform Commission"; not "Pop Mart's finance department").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from scrapers.facts.needles import flatten, has_any, with_heads
from scrapers.facts.subjects import PLACES, PROVINCES

OTHER_DEPARTMENTS = "other departments"
LOCAL_GOVERNMENT = "local government"
# A development and reform commission whose province-level place the text does not give (苏州市发改委,
# 省发展改革委 in a story about no one province): a local body, never the NDRC.
LOCAL_DRC = "local development and reform commission"
# A local government's body of a field the table names no row of its own for (see _LOCAL_FIELD_BODY),
# and a market regulator whose province-level place the text does not give (苏州市市场监管局).
LOCAL_BODY = "local government department"

# After a body named by its role: not another country's ("the central bank of Japan", "the transport
# ministry in Brazil"; but "in July", "in Beijing").
_FOREIGN_PLACE_AFTER = (r"\s+(?:of|in)\s+(?!China\b|Beijing\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                        r"[A-Z]")
_NOT_FOREIGN = f"(?!{_FOREIGN_PLACE_AFTER})"

# (pattern, normalised name). Longer names come first so that 国务院新闻办公室 is not read as
# 国务院, nor "State Council Information Office" as "State Council".
AGENCY_TABLE: tuple[tuple[str, str], ...] = (
    (r"国务院新闻办公室|国务院新闻办|国新办|State Council Information Office|\bSCIO\b", "State Council Information Office"),
    (r"国务院办公厅|General Office of the State Council", "General Office of the State Council"),
    (r"工业和信息化部|工信部|Ministry of Industry and Information Technology|\bMIIT\b"
     r"|(?i:\b(?:vice\s+)?minist(?:er|ry)\s+of\s+industry\s+and\s+information\s+technology\b)"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+industry\s+(?:ministry|regulator)\b", "MIIT"),
    # A province's or a city's commission (广东省发展改革委, 市发改委, "the provincial development and
    # reform commission"), before the national one, whose short name 发展改革委 ends every one of them
    # (see _own_local_name for its own name).
    (r"省(?:发展和改革委员会|发展改革委员会|发展改革委|发改委)|市(?:发展和改革委员会|发展改革委员会|发展改革委|发改委)"
     r"|自治区(?:发展和改革委员会|发展改革委员会|发展改革委|发改委)"
     r"|(?i:\b(?:provincial|municipal)\s+development\s+and\s+reform\s+commission\b)", LOCAL_DRC),
    (r"国家发展和改革委员会|国家发展改革委|国家发改委|发展改革委|National Development and Reform Commission|\bNDRC\b"
     r"|(?:China's|Beijing's|[Tt]he\s+country's|[Tt]he)\s+top\s+(?:economic\s+)?planner", "NDRC"),
    # (the tobacco regulator under the MIIT, which licenses e-cigarette makers and exporters: "China's
    # tobacco regulator on Wednesday published revised rules", "an STMA official told the Post")
    (r"State\s+Tobacco\s+Monopoly\s+Administration|\bSTMA\b"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:state\s+)?tobacco\s+(?:regulator|authority|watchdog|monopoly\s+regulator)\b",
     "State Tobacco Monopoly Administration"),
    # A province's or a city's market regulator (省市场监管局上月就《…》地方标准征求意见稿公开征求意见,
    # 河南省市场监督管理局): a province-level place's takes that place's name (see _own_local_name),
    # any other is LOCAL_BODY; never the national SAMR, whose short name 市场监管 it contains.
    (r"省(?:市场监督管理局|市场监管局)|市(?:市场监督管理局|市场监管局)|自治区(?:市场监督管理局|市场监管局)",
     LOCAL_BODY),
    # A province's or a city's statistics bureau (省统计局6月14日发布的数据显示, 山东省统计局): its data
    # releases are events as the NBS's are; a province-level place's takes that place's name (see
    # _own_local_name), any other is LOCAL_BODY; never the national 国家统计局, its own row.
    (r"省统计局|市统计局|自治区统计局", LOCAL_BODY),
    (r"国家市场监督管理总局|市场监管总局|State Administration for Market Regulation|\bSAMR\b"
     r"|(?:China's|[Tt]he\s+country's)\s+(?:top\s+|state\s+)?market\s+regulator"
     # ("Earlier this month, market regulators released a mandatory national standard")
     r"|(?<![Ll]ocal\s)(?<![Pp]rovincial\s)(?<![Mm]unicipal\s)[Mm]arket\s+regulators?\b", "SAMR"),
    (r"国家标准化管理委员会|国家标准委|Standardization Administration(?: of China)?|\bSAC\b"
     # (in lower case, by its role: "China's standardization administration in July published …")
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:national\s+)?standardi[sz]ation\s+administration\b" + _NOT_FOREIGN
     # (by its role, as the wires name it after the first mention: "the national standards body has
     # approved …", "China's standards body"; not a bare "the standards body", which is as often a
     # trade group's or another country's: "the standards body 3GPP")
     + r"|(?:China's(?:\s+national)?|[Tt]he\s+country's(?:\s+national)?|[Tt]he\s+national)\s+standards?\s+(?:body|agency|authority)\b"
     + _NOT_FOREIGN, "Standardization Administration of China"),
    (r"科学技术部|科技部|Ministry of Science and Technology|\bMOST\b", "Ministry of Science and Technology"),
    # (named by role as the industry ministry is: "China's finance ministry", "the commerce ministry")
    # (its English initials too, as the MOT's: "The MOF on Monday released a notice"; not another
    # country's, "Japan's MOF", "the MOF of Japan" (no owner's 's before it, no place after it, and see
    # _ACRONYM_BODIES), nor a chemist's metal-organic framework, "a MOF", "MOF-5", "MOFs")
    (r"财政部|Ministry of Finance|(?<!['’]s )(?<![Aa] )\bMOF\b(?![-‐])" + _NOT_FOREIGN
     + r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+finance\s+ministry\b", "Ministry of Finance"),
    (r"教育部|Ministry of Education", "Ministry of Education"),
    # (the wires capitalise the role: "The Commerce Ministry said in a notice on its website …")
    # (and its full name in lower case after an article, as some stories write it: "since the ministry
    # of commerce tightened the rules"; not another country's, "the US ministry of commerce")
    (r"商务部|Ministry of Commerce|\bMOFCOM\b|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:commerce\s+ministry|Commerce\s+Ministry)\b"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+ministry\s+of\s+commerce\b" + _NOT_FOREIGN,
     "Ministry of Commerce"),
    # (named by its role, as the finance ministry is: "the ecology ministry's regular news conference",
    # "China's environment ministry")
    (r"生态环境部|Ministry of Ecology and Environment|(?<!['’]s )\bMEE\b"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:ecology|environment(?:al)?)\s+ministry\b" + _NOT_FOREIGN,
     "Ministry of Ecology and Environment"),
    # (its English initials, as MOFCOM's and MEM's: "the MOT approved nine inland ports"; not
    # another country's, "Malaysia's MOT", "the UK's MOT test", "Japan's MEE": no owner's 's before
    # the initials, which China's own take rarely, and no test or certificate after)
    (r"交通运输部|Ministry of Transport|(?<!['’]s )\bMOT\b(?!\s+(?:tests?|certificates?|checks?))"
     # (named by its role, as the finance ministry is: "the transport ministry explained the guideline")
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+transport(?:ation)?\s+ministry\b" + _NOT_FOREIGN, "Ministry of Transport"),
    # (the safety regulator of chemical plants and mines: "MEM officials told a news conference")
    (r"应急管理部|Ministry of Emergency Management|\bMEM\b", "Ministry of Emergency Management"),
    (r"公安部|Ministry of Public Security", "Ministry of Public Security"),
    # (the mine-safety regulator under the MEM, which issues the coal-mine rules and guides:
    # 国家矿山安全监察局发布《煤矿智能化建设指南》; a province's 省局 is a local office, not listed)
    (r"国家矿山安全监察局|国家矿山安监局|National Mine Safety Administration", "National Mine Safety Administration"),
    # (the drafter of the State Council's regulations, which puts their drafts out for comment:
    # "Draft amendments had been published for public comment by the Ministry of Justice";
    # not 司法部门, the judiciary)
    (r"司法部(?!门)|Ministry of Justice", "Ministry of Justice"),
    # (the postal and express-delivery regulator, whose figures the wires cite: "according to figures
    # released by the State Post Bureau last week")
    # (by its role too: "figures released by the postal regulator last week", "China's postal authority")
    (r"国家邮政局|State Post Bureau"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:state\s+)?postal\s+(?:regulator|authority|bureau|watchdog)\b"
     + _NOT_FOREIGN, "State Post Bureau"),
    (r"民政部(?!门)|Ministry of Civil Affairs", "Ministry of Civil Affairs"),
    (r"人力资源和社会保障部|人力资源社会保障部|Ministry of Human Resources and Social Security", "Ministry of Human Resources and Social Security"),
    (r"自然资源部|Ministry of Natural Resources", "Ministry of Natural Resources"),
    (r"水利部|Ministry of Water Resources", "Ministry of Water Resources"),
    # (named by its role, as the finance ministry is: "a guideline which the housing ministry issued";
    # not another country's, "Singapore's housing ministry")
    (r"住房和城乡建设部|Ministry of Housing and Urban-Rural Development"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+housing\s+ministry\b" + _NOT_FOREIGN,
     "Ministry of Housing and Urban-Rural Development"),
    (r"农业农村部|Ministry of Agriculture and Rural Affairs|\bMARA\b"
     # ("China's agriculture ministry on Tuesday rolled out guidance …")
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+agricultur(?:e|al)\s+ministry\b" + _NOT_FOREIGN,
     "Ministry of Agriculture and Rural Affairs"),
    (r"国家卫生健康委员会|国家卫生健康委|国家卫健委|National Health Commission", "National Health Commission"),
    (r"中国人民银行|人民银行|People's Bank of China|\bPBOC\b|(?:China's|[Tt]he\s+country's)\s+central\s+bank"
     # (bare, as "the cabinet" is in this China-only corpus: "according to data the central bank
     # released last month"; not "the central bank of Japan")
     r"|[Tt]he\s+central\s+bank\b" + _NOT_FOREIGN,
     "People's Bank of China"),
    # (the financial regulator set up in 2023 in place of the CBRC/CBIRC: "Rules … were issued by the
    # National Financial Regulatory Administration", "China's financial regulator on Friday …")
    (r"National Financial Regulatory Administration|\bNFRA\b"
     r"|(?:China's|[Tt]he\s+country's)\s+(?:top\s+)?financial\s+(?:regulator|watchdog)\b",
     "National Financial Regulatory Administration"),
    (r"国家统计局|National Bureau of Statistics|\bNBS\b"
     # (named by its role, as the finance ministry is: "according to data the statistics bureau
     # released on Monday", "China's statistics bureau"; not another country's)
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:national\s+)?statistics\s+bureau\b" + _NOT_FOREIGN,
     "National Bureau of Statistics"),
    # (the CAC's statistics centre, whose numbered reports are the official internet figures: a
    # release of one is a data release, as NBS's; unlike a think tank's 测算, CAICT, never an event)
    (r"中国互联网络信息中心|China Internet Network Information Center|\bCNNIC\b", "China Internet Network Information Center"),
    (r"国家数据局|National Data Administration|(?:China's|[Tt]he\s+country's)\s+(?:top\s+)?data\s+(?:regulator|watchdog)",
     "National Data Administration"),
    # Provincial and city departments (广东省工业和信息化厅, 省经济和信息化厅, 市工信局) and their
    # governments (省政府办公厅): the name starts at 省/市/自治区, whatever the place before it; a
    # province-level place before it then gives the department its own name (see _own_local_name).
    # (each alternative opens with its literal first character: see _script_pattern)
    (r"省(?:工业和信息化|经济和信息化|经济信息化|工信|经信)(?:厅|局|委员会|委)|市(?:工业和信息化|经济和信息化|经济信息化|工信|经信)(?:厅|局|委员会|委)"
     r"|自治区(?:工业和信息化|经济和信息化|经济信息化|工信|经信)(?:厅|局|委员会|委)"
     # ("Shanghai Municipal Commission of Economy and Informatization")
     r"|(?i:\b(?:provincial|municipal)\s+(?:department|commission|bureau)\s+of\s+(?:industry\s+and\s+information\s+technology"
     r"|economy\s+and\s+(?:information\s+technology|informati[sz]ation))\b)",
     "local industry and information technology department"),
    # A government's general office (广东省人民政府办公厅, 省政府办公厅, "the general office of the
    # provincial government"), before the government itself: the office of a province-level place
    # the text or the story gives takes that place's name (see _own_local_name), any other stays
    # LOCAL_GOVERNMENT, as the government itself does.
    (r"省(?:人民)?政府办公厅|市(?:人民)?政府办公厅|自治区(?:人民)?政府办公厅"
     r"|[Gg]eneral\s+[Oo]ffice\s+of\s+the\s+(?:[A-Z][a-z]+(?:\s+Mongolia)?\s+)?(?:[Pp]rovincial|[Mm]unicipal)\s+"
     r"(?:[Pp]eople's\s+)?[Gg]overnment\b", LOCAL_GOVERNMENT),
    # A government's information office (安徽省人民政府新闻办公室, 省政府新闻办), which holds the
    # government's press conferences: before the government itself, which its name opens with. A
    # province-level place's takes that place's name (see _own_local_name), any other stays
    # LOCAL_GOVERNMENT. (Chinese only: the English "information office of the … government" names
    # the place after the office, which no row here reads.)
    (r"省(?:人民)?政府新闻办(?:公室)?|市(?:人民)?政府新闻办(?:公室)?|自治区(?:人民)?政府新闻办(?:公室)?", LOCAL_GOVERNMENT),
    # A province-level place's own government (广东省人民政府, 省政府, "the Guangdong provincial
    # government"): "<place> <level> Government", as a place acting is (see _own_local_name and
    # events._Story.place_body); a city's, or one whose place is not known, stays LOCAL_GOVERNMENT.
    (r"省(?:人民)?政府|市(?:人民)?政府|自治区(?:人民)?政府"
     r"|(?i:\b(?:provincial|municipal)\s+(?:people's\s+)?government\b)"
     # ("the city government on Monday rolled out subsidies", "the regional government": a city's or
     # a region's, named by its level in plain words; never a province-level place's own name)
     r"|\b(?:city|regional)\s+government\b(?!s)", LOCAL_GOVERNMENT),
    (r"国家互联网信息办公室|国家网信办|Cyberspace Administration of China"
     r"|(?:China's|[Tt]he\s+country's)\s+(?:top\s+)?(?:cyberspace|internet)\s+(?:regulator|watchdog)"
     # (the wires' short name after the first mention; not the Paris stock index, "the CAC 40")
     r"|\bCAC\b(?!\s*40)",
     "Cyberspace Administration of China"),
    # (its short name, as the wires write it after the first mention: "The NEA on Monday issued …")
    (r"国家能源局|National Energy Administration|\bNEA\b", "National Energy Administration"),
    # (the forestry and grassland regulator, whose figures on bamboo, timber and forest products the
    # papers cite: 国家林草局15日发布的数据显示; a province's 省林业局 is a local office, not listed)
    (r"国家林业和草原局|国家林草局|National Forestry and Grassland Administration", "National Forestry and Grassland Administration"),
    # (the rail regulator: "the National Railway Administration on Tuesday granted type-approval
    # certificates", "released for comment by the NRA")
    # (by its role too: "the railway regulator on Tuesday granted …", "China's rail authority")
    (r"国家铁路局|National Railway Administration|\bNRA\b"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:national\s+)?rail(?:way)?\s+(?:regulator|authority|administration|watchdog)\b"
     + _NOT_FOREIGN, "National Railway Administration"),
    (r"国家核安全局|National Nuclear Safety Administration|\bNNSA\b", "National Nuclear Safety Administration"),
    # (the space agency, which licenses commercial launches: "The China National Space Administration
    # (CNSA) on Thursday granted …", "The CNSA had published draft licensing rules"; English names only
    # here, its Chinese name being the Chinese side's to add)
    # (by its role too, when China's: "China's space agency on Thursday granted …", "the country's
    # national space administration"; never a bare "the space agency", as often NASA or ESA)
    (r"China\s+National\s+Space\s+Administration|\bCNSA\b"
     r"|(?:China's|[Tt]he\s+country's|[Tt]he\s+Chinese)\s+(?:national\s+)?space\s+(?:agency|administration|authority)\b",
     "China National Space Administration"),
    (r"中国民用航空局|中国民航局|民航局|Civil Aviation Administration of China|\bCAAC\b"
     # (by its role: "the civil aviation regulator last month gave the green light to 12 more cities")
     # ("China's aviation regulator on Wednesday granted …": "civil" may go unsaid)
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+(?:civil\s+)?aviation\s+(?:regulator|authority|administration|watchdog)\b"
     + _NOT_FOREIGN, "CAAC"),
    (r"国家知识产权局|China National Intellectual Property Administration|\bCNIPA\b", "CNIPA"),
    # (its full name too, often in brackets after the short one: 国务院国资委（国务院国有资产监督管理委员会）,
    # one body, not SASAC and the State Council; not the bare 国有资产监督管理委员会, a city's or a
    # province's too, and a 国有 start would send every 国有企业 to the whole alternation)
    (r"国务院国资委|国务院国有资产监督管理委员会|国资委|State-owned Assets Supervision and Administration Commission"
     r"|\bSASAC\b", "SASAC"),
    # ("figures released by the customs administration last month": the wires' name by role)
    (r"海关总署|General Administration of Customs"
     # (not another country's: "the customs agency of South Korea", "the customs authority in Brazil")
     r"|(?:China's|[Tt]he\s+country's|[Tt]he)\s+customs\s+(?:administration|authority|agency)\b"
     r"(?!\s+(?:of|in)\s+(?!China\b)[A-Z])"
     # (bare, as the wires write it acting: "data published by customs last month", "according to
     # data customs published on Thursday"; not a place, "cleared customs", nor a modifier, "customs
     # data", "customs duties", which the event reader reads itself)
     r"|(?<=\bby\s)customs\b(?!\s+[a-z]+s\b)(?!\s+(?:data|officers?|clearance|duty|union)\b)"
     r"|\bcustoms(?=\s+(?:(?:also|jointly|then)\s+)?(?:published|released|issued|reported|said)\b)",
     "General Administration of Customs"),
    (r"国家国防科技工业局|国防科工局|State Administration of Science, Technology and Industry for National Defense", "SASTIND"),
    (r"国家药品监督管理局|国家药监局|National Medical Products Administration|State Food and Drug Administration|\bNMPA\b", "NMPA"),
    # (the administration under the National Health Commission that regulates the TCM industry,
    # 国家中医药管理局举行新闻发布会: a government body, acting on its own or first among several)
    (r"国家中医药管理局|国家中医药局|National Administration of Traditional Chinese Medicine|\bNATCM\b",
     "National Administration of Traditional Chinese Medicine"),
    (r"中国证券监督管理委员会|中国证监会|证监会|China Securities Regulatory Commission|\bCSRC\b"
     # (named by its role, as the cyberspace regulator is: "China's securities regulator on Friday issued …")
     r"|(?:China's|[Tt]he\s+country's)\s+(?:top\s+)?securities\s+(?:regulator|watchdog)", "CSRC"),
    # After its offices: 国务院 alone is the State Council, but not in 国务院政策例行吹风会 (an SCIO event).
    (r"国务院(?!政策例行|新闻|办公厅|国资委|国有资产)|State Council(?! Information Office)|China's\s+cabinet"
     # ("The cabinet on Wednesday put forward 20 measures": in this China-only corpus the cabinet
     # is the State Council)
     r"|[Tt]he\s+(?:Chinese\s+)?cabinet\b", "State Council"),
)
# A ministry is named by its minister's title too ("Minister of Commerce Wang Wentao", "Vice Minister
# of Science and Technology …"), as the industry ministry's row spells out: in a story that names
# a ministry only so, "the ministry" is that one. (A foreign minister's title is another country's,
# as its ministry's name is: see _foreign_ministry.)
AGENCY_TABLE = tuple((pattern.replace("Ministry of ", "Minist(?:ry|er) of "), name) for pattern, name in AGENCY_TABLE)
# Every name above starts with one of these characters. Checking it first lets the scanner skip
# most positions cheaply (about 14x faster on news text); a new name must keep it complete.
_FIRST_CHARS = "国工科财教商生交公人自住农中海证发市民省水应司SGMmVvNPCTtpgBcr"
# The roles a body is named by after "the" ("the industry ministry", "the civil aviation regulator",
# "the central bank"): every such name of the table above, for the start checks below.
_THE_ROLES = (r"(?:country's|industry\s+(?:ministry|regulator)|top\s+(?:economic\s+)?planner|(?:Chinese\s+)?cabinet"
              r"|(?:commerce|finance|transport(?:ation)?|agricultur(?:e|al)|ecology|environment(?:al)?|housing)\s+ministry|Commerce\s+Ministry"
              r"|ministry\s+of\s+commerce|customs\s+(?:administration|authority|agency)"
              r"|(?:civil\s+)?aviation\s+(?:regulator|authority|administration|watchdog)|standardi[sz]ation\s+administration"
              r"|national\s+standards?\s+(?:body|agency|authority)|(?:state\s+)?postal\s+(?:regulator|authority|bureau|watchdog)"
              r"|(?:national\s+)?rail(?:way)?\s+(?:regulator|authority|administration|watchdog)"
              r"|Chinese\s+(?:national\s+)?space\s+(?:agency|administration|authority)"
              r"|central\s+bank|(?:national\s+)?statistics\s+bureau|(?:state\s+)?tobacco\s+(?:regulator|authority|watchdog|monopoly))")
# How every name above starts, checked in two look-aheads before the alternation is tried: the
# first character (a class re tests quickly), then the first two characters or words, so that the
# alternation is not tried at every 国, 中, 人, "t" and "m" of running text (about 2x faster).
# A new name must keep both complete (tests/facts/test_prefilters.py checks them).
_STARTS = (
    r"[SGMNPC]|国[务新家资防]|工[业信]|发展|市场|科[学技]|财政|教育|商务|生态|交通|公安|人[力民]|自[然治]|住房|农业|水利|应急|司法|中国|海关|证监|民(?:航|政部)|[省市](?:[工经人政发]|市场监|统计局)|(?i:provincial)|general"
    r"|[Tt]he\s+" + _THE_ROLES + r"|(?i:vice|minist|municipal)|market|Beijing's\s+top|(?:city|regional)\s+government|customs"
)
_AGENCY_RE = re.compile(
    f"(?=[{_FIRST_CHARS}])(?={_STARTS})(?:"
    + "|".join(f"(?P<a{i}>{pattern})" for i, (pattern, _) in enumerate(AGENCY_TABLE)) + ")"
)
_NAMES = [name for _, name in AGENCY_TABLE]
# The rows whose bodies a province-level place names (see _own_local_name): row -> kind of body.
# (The rows named LOCAL_GOVERNMENT are, in order, the general office's, the information office's
# and the government's own.)
_GOVERNMENT_ROWS = [i for i, name in enumerate(_NAMES) if name == LOCAL_GOVERNMENT]
# (The rows named LOCAL_BODY are, in order, the market regulator's and the statistics bureau's.)
_LOCAL_BODY_ROWS = [i for i, name in enumerate(_NAMES) if name == LOCAL_BODY]
_LOCAL_ROWS = {_NAMES.index(LOCAL_DRC): "drc", _GOVERNMENT_ROWS[0]: "office", _GOVERNMENT_ROWS[1]: "press_office",
               _GOVERNMENT_ROWS[2]: "government",
               _NAMES.index("local industry and information technology department"): "industry",
               _LOCAL_BODY_ROWS[0]: "market", _LOCAL_BODY_ROWS[1]: "statistics"}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at "|" outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]


def _script_pattern(chinese: bool) -> re.Pattern[str]:
    """The names of AGENCY_TABLE written in Chinese (or the others), each table row still group
    a<row>, in the same order. A name starts with a Chinese character or with a Latin letter, so
    at any position only one of the two can match, and it gives what _AGENCY_RE gives there."""
    groups = []
    for i, (pattern, _) in enumerate(AGENCY_TABLE):
        alts = [a for a in _alternatives(pattern) if ("\u4e00" <= a[0] <= "\u9fff") == chinese]
        if alts:
            groups.append(f"(?P<a{i}>{'|'.join(alts)})")
    return re.compile("(?:" + "|".join(groups) + ")")


_AGENCY_ZH = _script_pattern(True)
_AGENCY_EN = _script_pattern(False)
_AGENCY_EN = flatten(_AGENCY_EN)  # (optional groups as alternations: needles.flatten)
# Where a name can start, one character per match (the places where both look-aheads of
# _AGENCY_RE hold, one case of _FIRST_CHARS/_STARTS per alternative): every alternative opens
# with a literal, so re scans for those characters at C speed instead of trying the look-aheads
# at every position. With the per-script patterns above, find_agencies takes ~30% fewer
# instructions (the whole story is scanned for its main body).
# (The capitals ask for what follows them in an English name too, so that not every capital of
# English text is tried; the letters most frequent in English text come first, as re tries the
# branches in order.)
# (every initials name needs its own look-ahead: "CNNIC" had none, so it was never found)
_START_POSITIONS_EN = (
    r"t(?=he\s+" + _THE_ROLES + r")|m(?=(?i:inist))"
    r"|S(?=tate|CIO|AMR|AC|ASAC|TMA\b|tandardization)|G(?=eneral)|g(?=eneral\s+[Oo]ffice)|M(?=IIT|OST|OFCOM|OF\b|ARA|EM\b|OT\b|EE\b|(?i:inist)|unicipal|arket\s+regulator)|N(?=DRC|ational|BS|MPA|NSA|EA\b|RA\b|FRA\b)"
    r"|P(?=eople's|BOC|rovincial)|p(?=rovincial)|m(?=unicipal|arket\s+regulator)|C(?=hina|yberspace|NIPA|NSA\b|SRC|ivil|AAC|AC\b|NNIC\b)|T(?=he\s+" + _THE_ROLES + r")|V(?=(?i:ice))|v(?=(?i:ice))|B(?=eijing's\s+top\s+(?:economic\s+)?planner)|c(?=ity\s+government|ustoms\b)|r(?=egional\s+government)"
)
_START_POSITIONS = re.compile(
    _START_POSITIONS_EN +
    "|国(?=[务新家资防])|工(?=[业信])|发(?=展)|市(?=场)|科(?=[学技])|财(?=政)|教(?=育)|商(?=务)"
    "|生(?=态)|交(?=通)|公(?=安)|人(?=[力民])|自(?=[然治])|住(?=房)|农(?=业)|水(?=利)|应(?=急)|司(?=法)|中(?=国)|海(?=关)|证(?=监)|民(?=航|政部)|省(?=[工经人政发]|市场监|统计局)|市(?=[工经人政发]|市场监|统计局)"
)
_START_POSITIONS = flatten(_START_POSITIONS)  # (optional groups as alternations: needles.flatten)
# The places in an ASCII text (the same: a Chinese name cannot start there), found with a class of
# ASCII letters, which re tests from a bitmap, where the full class costs a table walk a character.
_START_POSITIONS_ASCII = flatten(re.compile(_START_POSITIONS_EN))

# "the ministry" / 该部 refer back to the story's main ministry; so does 我部 ("our ministry"), a
# ministry's own page or press-conference transcript speaking of itself (今年6月，我部批复组建…).
# (\b before the T asked after it: every branch then opens with a literal, which re scans for at C
# speed; a branch opening with \b is tried at every position.)
_BACK_REFERENCE = re.compile(r"[Tt](?<!\w[Tt])he\s+ministry\b|该部|本部|我部")
# "the administration" / "the commission" / "the bureau" (该局) refer back to the one body of that
# kind the story names: "Liu Liehong, head of the National Data Administration, … In May last year,
# the administration published guidelines …".
# "the regulator" / "the watchdog" / 监管部门 likewise refer back to the one regulator the story names
# (监管部门 opening its clause, after at most a date, see _FIELD_BEFORE; not 各级监管部门, 有关监管部门,
# 市场监管部门, 监管部门等: several, any, or a field's regulators). (监管部门 is a scan of its own,
# behind a substring test: a branch of the pattern below would slow its scan of every sentence.)
_KIND_BACK_REFERENCE = re.compile(r"[Tt](?<!\w[Tt])he\s+(administration|commission|bureau|regulator|watchdog|agency)\b(?!s)|该(局)")
_ZH_REGULATOR_REFERENCE = re.compile(r"该?监管部门(?![等和与、])")
_KIND_OF = {
    "State Administration for Market Regulation": "administration", "SAMR": "administration",
    "Standardization Administration of China": "administration", "National Data Administration": "administration",
    "Cyberspace Administration of China": "administration", "National Energy Administration": "administration",
    "CAAC": "administration", "CNIPA": "administration", "General Administration of Customs": "administration",
    "SASTIND": "administration", "NMPA": "administration", "National Railway Administration": "administration",
    "China National Space Administration": "administration", "National Administration of Traditional Chinese Medicine": "administration",
    "NDRC": "commission", "National Health Commission": "commission", "SASAC": "commission", "CSRC": "commission",
    "National Bureau of Statistics": "bureau", "State Post Bureau": "bureau",
}


def body_kind(name: str) -> str | None:
    """What "the administration", "the commission" or "the bureau" may call the body ``name``
    (one normalised name), else None."""
    return _KIND_OF.get(name)


# Bodies that regulate an industry or a market ("China's industry regulator" is the MIIT; the
# planner, the finance ministry or the statistics bureau are not called "the regulator").
_REGULATORS = frozenset({
    "MIIT", "SAMR", "State Administration for Market Regulation", "CSRC", "NMPA", "Cyberspace Administration of China",
    "CAAC", "National Energy Administration", "National Nuclear Safety Administration", "SASAC", "CNIPA",
    "Ministry of Ecology and Environment", "National Railway Administration",
})
# A Chinese character other than a date's before 监管部门: the word qualifies it (see above).
_FIELD_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![日月年])")
_KIND_NEEDLES = ("administration", "commission", "bureau", "该局", "regulator", "watchdog", "agency")
# 该局 is any of the 局: 国家数据局, 国家能源局, 国家统计局, 市场监管总局 …
_KIND_OF_WORD = {"administration": ("administration",), "commission": ("commission",), "bureau": ("bureau",),
                 "局": ("administration", "bureau"), "regulator": ("regulator",), "watchdog": ("regulator",),
                 "监管部门": ("regulator",),
                 # ("The National Energy Administration … The agency on Tuesday released …": an
                 # administration or a bureau, as 该局 is; not where the story names an agency of
                 # its own name, see _NAMED_AGENCY)
                 "agency": ("administration", "bureau")}
# A body called an agency by name ("Xinhua News Agency", "the International Energy Agency", "the
# state news agency"): "the agency" after it may be that one.
_NAMED_AGENCY = re.compile(r"\bAgency\b|\bnews\s+agency\b|\bXinhua\b")
# (a bureau's name ends in 管理局; a body of the table may too: 国家药品监督管理局)
_MINISTRY_BUREAU = re.compile(r"管理局")
# "the Trump administration", "the US administration": "the administration" may be a foreign government.
_FOREIGN_ADMINISTRATION = re.compile(r"\b(?:[A-Z][\w.]*|U\.S\.)\s+administration\b")
# --- other countries, one list for every check of a foreign body or owner below ----------------
# Another country, bloc or economy by its name, as its possessive ("Japan's", "the EU's") or as the
# owner before a noun ("the US Commerce Department"): the short names (US, UK, EU) are both.
# (Taiwan: a separate customs territory whose trade figures and bodies are its own.)
FOREIGN_NAMES = (
    "U.S.", "US", "UK", "EU", "America", "Britain", "Europe", "Japan", "South Korea", "Korea", "Taiwan", "Germany",
    "France", "India", "Russia", "Australia", "Canada", "Italy", "Spain", "Netherlands", "Singapore", "Vietnam",
    "Indonesia", "Thailand", "Malaysia", "Philippines", "Pakistan", "Brazil", "Mexico", "Switzerland", "Sweden",
    "Turkey", "Saudi Arabia", "Israel", "Poland", "Argentina", "Chile", "Egypt", "South Africa", "Nigeria", "Iran",
)
# The same as adjectives ("Japanese", "South Korean"), each owning a body or trade after it; with the
# short names used so ("US officials", "EU regulators").
FOREIGN_ADJECTIVES = (
    "U.S.", "US", "UK", "EU", "American", "British", "European", "Japanese", "South Korean", "Korean", "Taiwanese",
    "German", "French", "Indian", "Russian", "Australian", "Canadian", "Italian", "Spanish", "Dutch", "Singaporean",
    "Vietnamese", "Indonesian", "Thai", "Malaysian", "Philippine", "Pakistani", "Brazilian", "Mexican", "Swiss",
    "Swedish", "Turkish", "Saudi", "Israeli", "Polish", "Argentine", "Chilean", "Egyptian", "South African",
    "Nigerian", "Iranian",
)


def _alternation(words: tuple[str, ...]) -> str:
    """``words`` as one regex alternation, longer first ("South Korean" before "Korean")."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


_FOREIGN_OWNER_WORD = _alternation(FOREIGN_ADJECTIVES)
_FOREIGN_POSSESSIVE = _alternation(FOREIGN_NAMES) + r"['’]s"
# Substrings one of the words above holds (the tests of has_any before a scan for them): a short
# name with the space or the possessive after it, so that "USB" or "EUR" is none; any other word
# as written.
FOREIGN_NEEDLES = tuple(sorted({w + end for w in FOREIGN_NAMES + FOREIGN_ADJECTIVES
                                for end in ((" ", "'s", "’s") if len(w) <= 2 else ("",))}))

# "the US regulator", "Europe's watchdog", "the Federal Trade Commission": a foreign regulator in the
# story may be the one "the regulator" means. (The look-ahead of the first characters of every branch:
# re then tries the alternation of the whole list only there, not at every position, ~5x faster.)
_FOREIGN_REGULATOR = re.compile(
    rf"(?=[A-Zf境美欧])(?:\b(?:{_FOREIGN_OWNER_WORD}|{_FOREIGN_POSSESSIVE}|Federal|foreign)"
    r"\s+(?:[\w-]+\s+)?(?:regulators?|watchdogs?)\b|\b(?:FTC|SEC|FDA|FCC|Ofcom)\b"
    r"|\b(?:Federal|European)(?:\s+[A-Z]\w+){1,3}\s+(?:Commission|Administration|Agency|Authority)\b|境外监管|美国|欧盟)")


# A foreign government or one of its bodies acting in a story ("EU regulators", "the European
# Commission", "the US Commerce Department", "Japan's trade ministry", "South Korean authorities"):
# then a bare "Regulators" may be theirs. (A foreign place alone, "exports to the US", "Washington's
# tariffs", names no body: Chinese regulators answer those.) (The look-ahead: as above.)
_FOREIGN_BODY = re.compile(
    rf"(?=[A-Zf])(?:\b(?:{_FOREIGN_OWNER_WORD}|{_FOREIGN_POSSESSIVE}|foreign)"
    r"\s+(?:[\w-]+\s+)?(?:government|authorities|officials|ministry|department|agency|commission|lawmakers)\b"
    r"|\bEuropean\s+Commission\b|\b(?:Commerce|Treasury|State)\s+Department\b|\bDepartment\s+of\s+(?:Commerce|the\s+Treasury)\b)")
_FOREIGN_NEEDLES = FOREIGN_NEEDLES + ("foreign", "Department")


def names_foreign_body(text: str) -> bool:
    """``text`` (a story) names a foreign regulator or government body (see _FOREIGN_REGULATOR and
    _FOREIGN_BODY): "the regulator", bare "Regulators" may then be theirs."""
    return bool(_FOREIGN_REGULATOR.search(text)) or (has_any(text, _FOREIGN_NEEDLES) and bool(_FOREIGN_BODY.search(text)))


def kind_references(text: str, named: list[tuple[int, int, str]] | None = None) -> dict[str, str]:
    """What "the administration", "the commission", "the bureau", "the agency" and 该局 refer to in ``text`` (a
    whole story): the one body of that kind it names, when it names exactly one. (``named``:
    find_agencies(text), when the caller has it.)"""
    by_kind: dict[str, set[str]] = {}
    for _, _, name in find_agencies(text) if named is None else named:
        kind = _KIND_OF.get(name)
        if kind:
            by_kind.setdefault(kind, set()).add(name)

    if "管理局" in text:
        # A bureau of a ministry (工业和信息化部网络安全管理局, 网络安全管理局负责人介绍…) is no body
        # of the table: 该局 after it stands for the ministry the story is about.
        named = find_agencies(text) if named is None else named
        for m in _MINISTRY_BUREAU.finditer(text):
            if not any(a < m.end() <= b for a, b, _ in named):
                main = main_agency(text, named)
                if main:
                    by_kind.setdefault("bureau", set()).add(main)
                break
    refs = {}
    for word, kinds in _KIND_OF_WORD.items():
        if kinds == ("regulator",):
            continue  # (see regulator_references)
        names = set().union(*(by_kind.get(k, set()) for k in kinds))
        if len(names) == 1 and not (word == "administration" and _FOREIGN_ADMINISTRATION.search(text)) \
                and not (word == "agency" and _NAMED_AGENCY.search(text)):
            refs[word] = names.pop()
    return refs


def regulator_references(text: str, named: list[tuple[int, int, str]] | None = None) -> dict[str, str]:
    """What "the regulator", "the watchdog" and 监管部门 refer to in ``text`` (a whole story): the one
    regulator it names (see _REGULATORS), when it names exactly one and no foreign regulator. (The
    words are those of kind_references: agency_mentions reads both from one ``kinds()``.)"""
    if not has_any(text, ("regulator", "watchdog", "监管部门")):
        return {}
    names = {name for _, _, name in (find_agencies(text) if named is None else named) if name in _REGULATORS}
    if len(names) != 1 or _FOREIGN_REGULATOR.search(text):
        return {}
    name = names.pop()
    return {"regulator": name, "watchdog": name, "监管部门": name}


# Ministries named together by their roles, as English news names one ("the commerce ministry"):
# "the commerce and science ministries", "China's finance, commerce and industry ministries": one
# entry per ministry.
_ROLE_MINISTRY = {"commerce": "Ministry of Commerce", "finance": "Ministry of Finance", "industry": "MIIT",
                  "science": "Ministry of Science and Technology", "transport": "Ministry of Transport",
                  "education": "Ministry of Education", "agriculture": "Ministry of Agriculture and Rural Affairs"}
_ROLE = "(?:" + "|".join(_ROLE_MINISTRY) + ")"
_ROLE_WORD = re.compile(rf"\b{_ROLE}\b", re.IGNORECASE)
_ROLE_MINISTRIES = re.compile(rf"\b(?:[Tt]he|China's)\s+(?:country's\s+)?(?P<roles>(?i:{_ROLE}(?:\s*,\s*{_ROLE})*,?\s+and\s+{_ROLE}))"
                              r"\s+ministries\b")

# "the two ministries", "both ministries", "the departments", 两部门, 上述部门: the bodies the story named
# together just before (see joint_groups). The number, when given, must be the group's size.
_PLURAL_REFERENCE = re.compile(
    r"\b(?:[Tt]he\s+(?:(?P<n>two|three|four|five)\s+)?|(?P<both>[Bb]oth)\s+(?:the\s+)?)"
    # ("The regulators had circulated the plan in draft form": the bodies just named, as regulators)
    r"(?:ministries|departments|agencies|regulators)\b(?!\s+(?:of|in|at|under|and)\b)"
    r"|(?<![等个])(?P<zh>[两三四五])(?:部门|部委)(?![等的])|上述(?:(?P<zh_n>[两三四五])个?)?(?:部门|部委)"
)
_PLURAL_REFERENCE = with_heads(_PLURAL_REFERENCE)  # (tried only where a match can start: needles.with_heads)
_PLURAL_NEEDLES = ("ministries", "departments", "agencies", "regulators", "部门", "部委")
_PLURAL_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "两": 2, "三": 3, "四": 4, "五": 5}
# What may stand between two bodies named together: "X and the Y", "X, Y and Z", "X、Y", "X与Y".
_JOINED = re.compile(r"\s*(?:\([A-Z]{2,8}\))?\s*(?:,\s*(?:and\s+)?|and\s+|、|与|和|及|,?\s*as\s+well\s+as\s+)(?:the\s+)?")


def joint_groups(text: str, named: list[tuple[int, int, str]] | None = None) -> list[tuple[int, list[str]]]:
    """(end, names) of every run of two or more bodies named together in ``text`` ("the Ministry of
    Finance and the Ministry of Industry and Information Technology", 工业和信息化部、国家发展改革委、
    国家能源局): what a later "the two ministries" or 三部门 refers to. (``named``: find_agencies(text),
    when the caller has it.)"""
    groups: list[tuple[int, list[str]]] = []
    run: list[str] = []
    run_end = -1
    for start, end, name in find_agencies(text) if named is None else named:
        if run and text[end:end + 1] in "）)" and (start == run_end + 1 and text[run_end] in "（("
                                                  or start == run_end + 2 and text[run_end:start] == " ("):
            # 市场监管总局（国家标准委）, "the Ministry of Industry and Information Technology (MIIT)":
            # one body under its two names, one member of the group
            run_end = end + 1
            continue
        if run and _JOINED.fullmatch(text, run_end, start):
            if name not in run:
                run.append(name)
        else:
            if len(run) > 1:
                groups.append((run_end, run))
            run = [name]
        run_end = end
    if len(run) > 1:
        groups.append((run_end, run))
    return groups


def plural_referent(groups: list[tuple[int, list[str]]], before: int, count: int | None) -> list[str]:
    """The bodies of the last group named before offset ``before`` (of ``count`` bodies, when given)."""
    for end, names in reversed(groups):
        if end <= before:
            return names if count is None or len(names) == count else []
    return []


# "MIIT and other departments", "Six government departments, led by …", 工信部等15个部门
_OTHERS = re.compile(
    r"\band\s+other\s+(?:government\s+)?(?:departments|ministries|authorities)\b"
    r"|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(?:other\s+)?(?:government\s+)?"
    r"(?:departments|ministries|authorities)\b"
    r"|等(?:\d+|[一二三四五六七八九十]+)?个?(?:部门|部委)|(?:会同|联合|协同)(?:有关|相关)(?:部门|部委)"
)
# Every match of _OTHERS ends in one of these (its English branches open with \b, so re would try
# the pattern at every position).
_OTHERS_NOUNS = ("departments", "ministries", "authorities", "部门", "部委")


# "Hebei's industry department", "Shanghai's economy commission": a province's or a city's. (A scan
# of its own, after a literal test: in the table, a name starting at any capital would make the scan
# of every English text try it at every capital.)
_LOCAL_POSSESSIVE = re.compile(r"(?<![\w'])(?!China's)(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?)'s\s+(?:provincial\s+|municipal\s+)?"
                               r"(?P<field>industry|econom(?:y|ic))(?:\s+and\s+(?:information\s+technology|informati[sz]ation))?"
                               r"\s+(?P<body>department|commission|bureau)\b")
_LOCAL_POSSESSIVE = flatten(_LOCAL_POSSESSIVE)  # (optional groups as alternations: needles.flatten)
_LOCAL_POSSESSIVE_NEEDLES = ("s industry ", "s economy ", "s economic ", "s provincial ", "s municipal ")
LOCAL_DEPARTMENT = "local industry and information technology department"
# A local government's body of another field, named by its owner and field: "the autonomous
# region's energy bureau", "the province's transport department", "Guangdong's commerce department"
# (not the industry or economy bodies above, which have names of their own). The owner is a level
# of local government in plain words or a province-level place (a company's "finance department"
# is no body), the field one to three lower-case words. (LOCAL_BODY, defined at the top.)
_LOCAL_FIELD_BODY = re.compile(
    r"\b(?:[Tt]he\s+(?:autonomous\s+region|province|city|region|municipality|prefecture|county)"
    r"|(?<![\w'])(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?))'s\s+(?!(?:industry|econom(?:y|ic))\b)"
    r"(?:[a-z-]+\s+){1,3}?(?:bureau|department|commission|administration)\b(?!s)")
_LOCAL_FIELD_BODY_NEEDLES = (" bureau", " department", " commission", " administration")
# The same body with its owner after it or as an adjective, lower-case as wires write it: "the
# emergency management department of Jiangsu province", "the Jiangsu provincial department of
# emergency management" (the capitalised full name is _LOCAL_NAMED's; the industry and economy
# bodies are the table's, as above). The owner must be a province-level place or a known city.
_LOCAL_FIELD_BODY_OF = re.compile(
    r"\b(?!(?:industry|econom(?:y|ic))\b)(?:[a-z-]+\s+){1,3}?(?:bureau|department|commission|administration)\s+of\s+"
    r"(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?)\s+(?:province|autonomous\s+region|municipality|city)\b"
    r"|(?<![\w'])(?P<owner>[A-Z][a-z]+(?:\s+Mongolia)?)\s+(?:provincial|municipal)\s+(?:bureau|department|commission"
    r"|administration)\s+of\s+(?!(?:industry|econom(?:y|ic))\b)[a-z]")
_LOCAL_FIELD_BODY_OF_NEEDLES = (" province", " autonomous region", " municipality", " city", " provincial ", " municipal ")

# "the Shanghai Municipal Commission of Commerce", "Guangdong Provincial Department of Transport": a
# province-level place's body of any field, named in full as English wires give it (the table names
# only the industry, economy and planning bodies, whose short and Chinese names need rows). The name
# is kept as written. The field may come before the body too, "the Shenzhen Municipal Transport
# Bureau", "Shanghai Municipal Transportation Commission" (one to three capitalised words). A known
# city's body (Shenzhen is no province-level place) is LOCAL_BODY, as "Shenzhen's transport bureau"
# is: its own name, not of a province-level place's form, would make it look national; any other
# place's is left unread. (A scan of its own, after a literal test, as above.)
_LOCAL_NAMED = re.compile(r"(?<![\w'])(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?)\s+(?P<level>Provincial|Municipal)\s+"
                          r"(?:(?P<body>Department|Commission|Bureau|Administration)\s+of\s+"
                          r"(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4})"
                          r"|(?P<field_before>(?!(?:Department|Commission|Bureau|Administration|Government|People's)\b)"
                          r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2}?)\s+(?P<body_after>Department|Commission|Bureau|Administration)\b)")
_LOCAL_NAMED_NEEDLES = (" Municipal ", " Provincial ")

# --- a province-level place's own department, named from the place and the kind of body ---------
# 广东省工业和信息化厅 -> "Guangdong Provincial Department of Industry and Information Technology",
# 上海市经济信息化委 / "Shanghai's economy commission" -> "Shanghai Municipal Commission of Economy
# and Informatization": the place + its level + the body + its field, for every province,
# municipality and autonomous region (a city's bureau, or a department whose place the text does
# not give, stays LOCAL_DEPARTMENT). (Chinese name, English name, level: from subjects.PROVINCES,
# whose official English names the bodies' names use, 西藏 "Xizang"; "Tibet" is read as it too.)
_PLACES = tuple((p.zh, p.en, p.level) for p in PROVINCES)
_PLACE_ZH = {zh: (en, level) for zh, en, level in _PLACES}
_PLACE_EN = {en.lower(): (en, level) for _, en, level in _PLACES} \
    | {p.geography.lower(): (p.en, p.level) for p in PROVINCES if p.geography}
_OTHER_SPELLINGS = tuple(p.geography for p in PROVINCES if p.geography)
_LEVEL_ZH = {"省": "Provincial", "市": "Municipal", "自治区": "Autonomous Region"}
# The place right before 省/市/自治区 (广西壮族自治区: the people's name between), and the body's field
# and kind after it.
_ZH_PLACE_BEFORE = re.compile("(?:" + "|".join(sorted(_PLACE_ZH, key=len, reverse=True)) + ")"
                              r"(?:壮族|回族|维吾尔)?$")
_ZH_LOCAL_PARTS = re.compile(r"(?P<level>省|市|自治区)(?P<field>工业和信息化|工信|经济和信息化|经济信息化|经信)"
                             r"(?P<body>厅|局|委员会|委)")
_EN_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?)\s+$")
_EN_LOCAL_PARTS = re.compile(r"(?i:(?P<level>provincial|municipal)\s+(?P<body>department|commission|bureau)\s+of\s+"
                             r"(?P<field>industry|economy)\s+and\s+(?P<it>information\s+technology|informati[sz]ation))")
_BODY = {"厅": "Department", "局": "Bureau", "委员会": "Commission", "委": "Commission",
         "department": "Department", "bureau": "Bureau", "commission": "Commission"}


def _local_name(place: str, level: str, body: str, economy: bool) -> str:
    """"<place> <level> <body> of <field>": an economy commission is "of Economy and Informatization"
    (Shanghai's and Chongqing's own English names), other economy bodies "of Economy and Information
    Technology"."""
    field = ("Economy and Informatization" if body == "Commission" else "Economy and Information Technology") \
        if economy else "Industry and Information Technology"
    return f"{place} {level} {body} of {field}"


# The parts of a development and reform commission's and of a government's general office's name.
_ZH_DRC_PARTS = re.compile(r"(?P<level>省|市|自治区)(?:发展和改革委员会|发展改革委员会|发展改革委|发改委)")
_EN_DRC_PARTS = re.compile(r"(?i:(?P<level>provincial|municipal)\s+development\s+and\s+reform\s+commission)")
_ZH_OFFICE_PARTS = re.compile(r"(?P<level>省|市|自治区)(?:人民)?政府办公厅")
_EN_OFFICE_PARTS = re.compile(r"[Gg]eneral\s+[Oo]ffice\s+of\s+the\s+(?:(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?)\s+)?"
                              r"(?P<level>[Pp]rovincial|[Mm]unicipal)\s+(?:[Pp]eople's\s+)?[Gg]overnment")
_ZH_PRESS_OFFICE_PARTS = re.compile(r"(?P<level>省|市|自治区)(?:人民)?政府新闻办(?:公室)?")
# (no English name is read as an information office: see its row)
_EN_NO_PARTS = re.compile(r"(?!)")
_ZH_GOVERNMENT_PARTS = re.compile(r"(?P<level>省|市|自治区)(?:人民)?政府")
_EN_GOVERNMENT_PARTS = re.compile(r"(?i:(?P<level>provincial|municipal)\s+(?:people's\s+)?government)")
_ZH_MARKET_PARTS = re.compile(r"(?P<level>省|市|自治区)(?:市场监督管理局|市场监管局)")
_ZH_STATISTICS_PARTS = re.compile(r"(?P<level>省|市|自治区)统计局")
# kind: (Chinese parts, English parts, the name when no place of its level is known)
_LOCAL_KINDS = {
    "industry": (_ZH_LOCAL_PARTS, _EN_LOCAL_PARTS, LOCAL_DEPARTMENT),
    "drc": (_ZH_DRC_PARTS, _EN_DRC_PARTS, LOCAL_DRC),
    "office": (_ZH_OFFICE_PARTS, _EN_OFFICE_PARTS, LOCAL_GOVERNMENT),
    "press_office": (_ZH_PRESS_OFFICE_PARTS, _EN_NO_PARTS, LOCAL_GOVERNMENT),
    "government": (_ZH_GOVERNMENT_PARTS, _EN_GOVERNMENT_PARTS, LOCAL_GOVERNMENT),
    # (no English name is read as a market regulator: see its row)
    "market": (_ZH_MARKET_PARTS, _EN_NO_PARTS, LOCAL_BODY),
    # (no English name is read as a statistics bureau: see its row)
    "statistics": (_ZH_STATISTICS_PARTS, _EN_NO_PARTS, LOCAL_BODY),
}


def _kind_name(kind: str, en: str, level: str, parts: re.Match[str]) -> str:
    """The own name of a province-level place's body of ``kind`` (see _LOCAL_KINDS): the industry
    department's from its parts (_local_name), the commission's and the general office's after the
    place's government, "<place> <level> Government" (see events._Story.place_body), which is the
    government's own."""
    if kind == "drc":
        return f"{en} {level} Development and Reform Commission"
    if kind == "office":
        return f"General Office of the {en} {level} Government"
    if kind == "government":
        return f"{en} {level} Government"
    if kind == "press_office":
        return f"{en} {level} Government Information Office"
    if kind == "market":
        return f"{en} {level} Administration for Market Regulation"
    if kind == "statistics":
        return f"{en} {level} Bureau of Statistics"
    if parts.string[parts.start()] > "\x7f":
        return _local_name(en, level, _BODY[parts["body"]], parts["field"].startswith("经"))
    return _local_name(en, level, _BODY[parts["body"].lower()], parts["field"].lower() == "economy")


def _own_local_name(text: str, start: int, end: int, place: Place | None = None,
                    kind: str = "industry") -> tuple[int, str]:
    """(start, name) of a local body of ``kind`` (see _LOCAL_KINDS: an industry department, a
    development and reform commission, a government's general office, the government) matched at
    [start, end): the place before it gives it its own name when it is a province-level place of that level; a
    body written bare (省工业和信息化厅, 省发展改革委, "the provincial department of …") takes the
    story's own place, ``place()``, when that is of its level; else the kind's generic name."""
    zh_parts, en_parts, generic = _LOCAL_KINDS[kind]
    if text[start] > "\x7f":
        parts = zh_parts.fullmatch(text, start, end)
        if not parts:
            return start, generic
        written = _ZH_PLACE_BEFORE.search(text, max(0, start - 6), start)
        if written:
            en, level = _PLACE_ZH[written.group().removesuffix("壮族").removesuffix("回族").removesuffix("维吾尔")]
            at = written.start()
        elif place and (not start or text[start - 1] in _ZH_BARE_BEFORE):
            en, level = place() or ("", "")
            at = start
        else:
            return start, generic
        if level == _LEVEL_ZH[parts["level"]]:
            return at, _kind_name(kind, en, level, parts)
        return start, generic
    parts = en_parts.fullmatch(text, start, end)
    if not parts:
        return start, generic
    at = start
    if kind == "office":
        # ("General Office of the Guangdong Provincial Government": the place inside the name)
        known = _PLACE_EN.get(" ".join(parts["place"].split()).lower()) if parts["place"] \
            else place() if place else None
    else:
        written = _EN_PLACE_BEFORE.search(text, max(0, start - 20), start)
        if written and written["place"] not in ("The", "This", "Its"):
            known = _PLACE_EN.get(" ".join(written["place"].split()).lower())
            at = written.start()
        else:
            # ("the provincial department of …": no place written before it)
            known = place() if place else None
    if known and known[1] == parts["level"].capitalize():
        return at, _kind_name(kind, known[0], known[1], parts)
    return start, generic


# What may stand right before a department written without its place (省工业和信息化厅 opening a
# clause, 由/会同/联合/经/据 省工信厅, 近日/3日省经信厅): anything else (苏州市工信局, 某市经信局) is a
# place the text writes, of a city or unknown, which the story's own place must not replace.
_ZH_BARE_BEFORE = frozenset("，。；：、“”（）《》 \n由同合与和及并据经向对在将已于的为是日月年前近后今即")

# A province-level place (its Chinese or English name), read once for the whole story.
Place = Callable[[], "tuple[str, str] | None"]
_ZH_PLACE_NAME = re.compile("|".join(sorted(_PLACE_ZH, key=len, reverse=True)))
PLACE_NAMES_EN = tuple(en for _, en, _ in _PLACES) + _OTHER_SPELLINGS
_EN_PLACE_NAME = re.compile(r"\b(?:" + "|".join(sorted(PLACE_NAMES_EN, key=len, reverse=True)) + r")\b")


def place_of(name: str) -> tuple[str, str]:
    """(English name, level) of a province-level place named in Chinese (上海, 广西) or English."""
    return _PLACE_ZH.get(name) or _PLACE_EN[" ".join(name.split()).lower()]


def places_named(text: str) -> list[tuple[str, str]]:
    """The province-level places ``text`` names, (English name, level) each, distinct, in order.
    (The scan runs left to right and consumes each name, so that 浙江西部 names Zhejiang, not
    Jiangxi, and 上海南站 Shanghai, not Hainan.)"""
    out: list[tuple[str, str]] = []
    names = _ZH_PLACE_NAME.findall(text) if not text.isascii() else []
    for name in names:
        if _PLACE_ZH[name] not in out:
            out.append(_PLACE_ZH[name])
    for name in _EN_PLACE_NAME.findall(text):
        known = _PLACE_EN[" ".join(name.split()).lower()]
        if known not in out:
            out.append(known)
    return out


# "The provincial department", "the municipal commission", "the provincial industry department":
# the one local body of that level and kind the story names under its own name (see
# local_references), else, when the field is given, the story's own place's (see story_place).
_LOCAL_REFERENCE = re.compile(r"\b[Tt]he\s+(?P<level>provincial|municipal)\s+(?:(?P<field>industry|econom(?:y|ic))\s+)?"
                              r"(?P<body>department|commission|bureau)\b(?!s|\s+of\b)")
_LOCAL_REFERENCE_NEEDLES = ("provincial ", "municipal ")


def local_references(named: list[tuple[int, int, str]]) -> dict[str, str]:
    """What "the provincial department", "the municipal commission" … refer to, read from the
    bodies a story names (``named``, find_agencies of the whole story): the one body of that level
    and kind it names under its own name ("Zhejiang Provincial Department of Economy and …")."""
    by_kind: dict[str, set[str]] = {}
    for _, _, name in named:
        if name.startswith(_LOCAL_PREFIXES):
            for level in ("Provincial", "Municipal"):
                for body in ("Department", "Commission", "Bureau"):
                    if f" {level} {body} of " in name:
                        by_kind.setdefault(f"{level.lower()} {body.lower()}", set()).add(name)
    return {key: names.pop() for key, names in by_kind.items() if len(names) == 1}


# The lines of a story's lead: a page's breadcrumb, its headline and first paragraph (each read
# up to _LEAD_CHARS characters).
_LEAD_LINES = 3
_LEAD_CHARS = 400


def story_place(text: str) -> tuple[str, str] | None:
    """The one province-level place a story (``text``, the whole story) is about: the first of its
    lead's lines that names any place decides (one place: that place; several: none), else the
    whole story when it names one only. None for a story about Shanghai and Jiangsu, or none."""
    lines = [line for line in text[:_LEAD_LINES * _LEAD_CHARS].split("\n", _LEAD_LINES + 5) if line.strip()]
    for line in lines[:_LEAD_LINES]:
        places = places_named(line[:_LEAD_CHARS])
        if places:
            return places[0] if len(places) == 1 else None
    places = places_named(text)
    return places[0] if len(places) == 1 else None


def _possessive_local_name(m: re.Match[str]) -> str:
    """"Hebei's industry department" -> "Hebei Provincial Department of Industry and Information
    Technology"; a place that is no province-level place -> LOCAL_DEPARTMENT."""
    known = _PLACE_EN.get(m["place"].lower())
    if not known:
        return LOCAL_DEPARTMENT
    return _local_name(known[0], known[1], _BODY[m["body"]], m["field"] != "industry")


# The cities the metric reader singles out (subjects.PLACES: Shenzhen, Hangzhou, …), lower-case: an
# owner of a local body as a province-level place is ("Shenzhen's transport bureau").
_CITY_EN = frozenset(v.lower() for v in PLACES.values()) - frozenset(_PLACE_EN)


def _with_local_field_bodies(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` and the local bodies of another field (see _LOCAL_FIELD_BODY) no name found covers;
    a capitalised owner must be a province-level place or a known city ("Pop Mart's finance
    department" is none)."""
    extra = [(m.start(), m.end(), LOCAL_BODY) for m in _LOCAL_FIELD_BODY.finditer(text)
             if (not m["place"] or m["place"].lower() in _PLACE_EN or m["place"].lower() in _CITY_EN)
             and not any(a < m.end() and m.start() < b for a, b, _ in found)]
    if has_any(text, _LOCAL_FIELD_BODY_OF_NEEDLES):
        # (the owner after the body, or before it as "provincial": see _LOCAL_FIELD_BODY_OF)
        extra += [(m.start(), m.end(), LOCAL_BODY) for m in _LOCAL_FIELD_BODY_OF.finditer(text)
                  if ((m["place"] or m["owner"]).lower() in _PLACE_EN or (m["place"] or m["owner"]).lower() in _CITY_EN)
                  and not any(a < m.end() and m.start() < b for a, b, _ in found)]
    return sorted(found + extra) if extra else found


# A place's planning commission named by its owner: "Yunnan's Development and Reform Commission",
# "Shenzhen's development and reform commission" (the table reads only the national one's full name,
# and "provincial/municipal development and reform commission"). A province-level place's takes its
# own name, a known city's is LOCAL_DRC; any other owner (a company, a country) none.
_LOCAL_POSSESSIVE_DRC = re.compile(r"(?<![\w'])(?P<place>[A-Z][a-z]+(?:\s+Mongolia)?)'s\s+(?:provincial\s+|municipal\s+)?"
                                   r"[Dd]evelopment\s+and\s+[Rr]eform\s+[Cc]ommission\b")
_LOCAL_POSSESSIVE_DRC_NEEDLES = ("eform Commission", "eform commission")


def _with_possessive_drcs(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` and the planning commissions named by their owner (see _LOCAL_POSSESSIVE_DRC)."""
    extra = []
    for m in _LOCAL_POSSESSIVE_DRC.finditer(text):
        place = m["place"].lower()
        known = _PLACE_EN.get(place)
        if known:
            extra.append((m.start(), m.end(), f"{known[0]} {known[1]} Development and Reform Commission"))
        elif place in _CITY_EN:
            extra.append((m.start(), m.end(), LOCAL_DRC))
    extra = [e for e in extra if not any(a < e[1] and e[0] < b for a, b, _ in found)]
    return sorted(found + extra) if extra else found


def is_local_body(name: str) -> bool:
    """A province's, a city's or their government's body, not a national one."""
    return name in (LOCAL_DEPARTMENT, LOCAL_GOVERNMENT, LOCAL_DRC, LOCAL_BODY) or name.startswith(_LOCAL_PREFIXES)


def is_local_government(name: str) -> bool:
    """A province's or a city's government ("Guangdong Provincial Government", LOCAL_GOVERNMENT)
    or its general office, not one of its departments."""
    return name == LOCAL_GOVERNMENT or name.endswith(" Government") and name.startswith(_LOCAL_PREFIXES)


def zh_place_name(place: tuple[str, str]) -> str:
    """The Chinese name of a province-level place, (English name, level) as place_of gives it."""
    return _ZH_OF_PLACE[place[0]]


_ZH_OF_PLACE = {en: zh for zh, en, _ in _PLACES}
_LOCAL_PREFIXES = tuple(f"{en} {level} " for _, en, level in _PLACES) \
    + tuple(f"General Office of the {en} {level} " for _, en, level in _PLACES)


def normalise_agency(name: str) -> str | None:
    """The normalised English name of one body as written ("工信部" -> "MIIT"), or None."""
    m = _AGENCY_RE.search(name)
    return _NAMES[int(m.lastgroup[1:])] if m and m.lastgroup else None


def find_agencies(text: str, place: Place | None = None) -> list[tuple[int, int, str]]:
    """(start, end, normalised name) of every government body named in ``text``; ``place()``: the
    story's own province-level place, which a department written without one belongs to (see
    story_place; called only when such a department is named)."""
    # (most texts name no department written without its place: their answer is the same for any
    # ``place``, kept once for the text, see _find_agencies_placeless)
    found = _find_agencies_placeless(text)
    if found is None:
        found = _find_agencies(text, place)
    return list(found)  # (a list of its own: a caller may change it)


class _PlaceProbe:
    """A ``place`` that notes whether it was asked for (and names none)."""
    __slots__ = ("asked",)

    def __init__(self) -> None:
        self.asked = False

    def __call__(self) -> None:
        self.asked = True


# The event reader asks for the bodies of one sentence with different ``place`` callables (the
# story's own place, the place opening a sentence before, events._Story.place_at: a new closure
# each time), which _find_agencies keeps apart (speed pass 29). ``place`` is only ever called
# ("place() if place else None"), never looked at otherwise: where a scan with a probe never asks
# for it, any ``place`` (or None) gives that scan's answer, kept here by the text alone; None where
# the probe was asked (the caller then scans with its own ``place``). clear_caches forgets them.
@lru_cache(maxsize=16)
def _find_agencies_placeless(text: str) -> tuple[tuple[int, int, str], ...] | None:
    probe = _PlaceProbe()
    found = _find_agencies.__wrapped__(text, probe)
    return None if probe.asked else found


# The event reader scans one sentence for bodies more than once (its constructions' subjects, then
# the bodies of each action it builds): the last few answers are kept, for the same text and the
# same ``place`` (a story's bound method: equal for one story only). clear_caches forgets them.
@lru_cache(maxsize=16)
def _find_agencies(text: str, place: Place | None) -> tuple[tuple[int, int, str], ...]:
    # _AGENCY_RE.finditer(text) (see needles.candidate_matches), trying at each place a name can
    # start only the names of its script: the whole alternation costs ~14,000 instructions a try.
    found = []
    resume = 0
    for candidate in (_START_POSITIONS_ASCII if text.isascii() else _START_POSITIONS).finditer(text):
        pos = candidate.start()
        if pos < resume:
            continue
        m = (_AGENCY_ZH if text[pos] > "\x7f" else _AGENCY_EN).match(text, pos)
        if m:
            resume = m.end()
            if m.lastgroup:
                row = int(m.lastgroup[1:])
                name = _NAMES[row]
                start = m.start()
                if row in _LOCAL_ROWS:
                    start, name = _own_local_name(text, start, m.end(), place, _LOCAL_ROWS[row])
                elif text[pos] in "tTc" and name in (_CUSTOMS, _NBS) and _foreign_trade_before(text, pos):
                    # ("South Korea's exports rose …, according to … the customs agency"; "Vietnam's
                    # GDP grew 6%, the statistics bureau said": that country's bureau, by its role)
                    continue
                elif m.end() - pos == 3 and text[pos:m.end()] in _ACRONYM_BODIES and text[pos:m.end()] in foreign_acronyms(text):
                    continue  # ("Japan's Nuclear Regulation Authority (NRA)": another body's short name)
                elif text.startswith(("Ministry of ", "Minister of "), pos) and _foreign_ministry(text, pos, m.end()):
                    continue  # ("Japan's Ministry of Justice", "the Ministry of Finance of Japan": another country's)
                elif text[pos] in "tT" and text[pos + 1:m.end()].islower() and _foreign_place_opening(text, pos):
                    continue  # ("In Japan, the environment ministry …": a body named by its role, that country's)
                elif text[pos] in "tT" and text.startswith(_COUNTRY_ROLE_OPENINGS, pos + 1) \
                        and _foreign_country_last(text, pos):
                    continue  # ("Japan's chipmakers rely on a plan that the cabinet approved", "Germany's
                    # … . The country's standards body …" when the text holds both: the country last named)
                found.append((start, m.end(), name))
    if "'s " in text and has_any(text, _LOCAL_POSSESSIVE_NEEDLES):
        found = sorted(found + [(m.start(), m.end(), _possessive_local_name(m)) for m in _LOCAL_POSSESSIVE.finditer(text)])
    if "'s " in text and has_any(text, _LOCAL_POSSESSIVE_DRC_NEEDLES):
        found = _with_possessive_drcs(text, found)  # (before the field bodies: it is no body of a field)
    if ("'s " in text or has_any(text, _LOCAL_FIELD_BODY_OF_NEEDLES)) and has_any(text, _LOCAL_FIELD_BODY_NEEDLES):
        found = _with_local_field_bodies(text, found)
    # (the two needles of _LOCAL_NAMED_NEEDLES tested inline: has_any's frame costs more than them)
    if " Municipal " in text or " Provincial " in text:
        found = _with_named_local_bodies(text, found)
    return tuple(found)


_CUSTOMS = "General Administration of Customs"
_NBS = "National Bureau of Statistics"
# Another country owning a ministry the table names, right before it ("Japan's Ministry of Justice",
# "the US Ministry of Commerce", "South Korea's Ministry of Finance"; not China's) or right after it
# ("the Ministry of Justice of Japan"; not "of China", "of the People's Republic of China").
_FOREIGN_MINISTRY_BEFORE = re.compile(
    rf"(?:\b(?!China|Beijing|PRC)[A-Z][\w.]*['’]s|\b{_FOREIGN_OWNER_WORD})\s+$")
_FOREIGN_MINISTRY_AFTER = re.compile(r"\s+of\s+(?!China\b|the\s+People)(?:the\s+)?[A-Z]")


# A clause opening on another country as the place of what follows: "In Japan, the environment
# ministry released …", "In the US, the Ministry of Commerce …" (its body, named by its role or by a
# name the table reads as China's namesake; not "In Beijing, the ministry …", nor "In June, …").
# (with the long names a place opening spells out, "In the United States, the commerce ministry …",
# kept out of FOREIGN_NAMES, which other rules share)
_FOREIGN_PLACE_OPENING = re.compile(
    rf"\b[Ii]n\s+(?:the\s+)?{_alternation(FOREIGN_NAMES + ('United States', 'United Kingdom', 'European Union'))},\s+(?:the\s+)?$")


def _foreign_place_opening(text: str, start: int) -> bool:
    """Whether the body named at ``start`` follows "In <another country>, " (see above)."""
    return ", " in text[max(0, start - 6):start] and _FOREIGN_PLACE_OPENING.search(text, max(0, start - 40), start) is not None


def _foreign_ministry(text: str, start: int, end: int) -> bool:
    """Whether the "Ministry of …" named at [start, end) is another country's (see above)."""
    return bool(_FOREIGN_MINISTRY_BEFORE.search(text, max(0, start - 30), start)) \
        or bool(_FOREIGN_MINISTRY_AFTER.match(text, end)) or _foreign_place_opening(text, start)
# The bare acronyms the table reads as Chinese bodies, as the wires write them after a first mention
# ("The NEA on Monday issued …"), with the full names they then stand for.
_ACRONYM_BODIES = {"NRA": "National Railway Administration", "NEA": "National Energy Administration",
                   "CAC": "Cyberspace Administration of China", "MOF": "Ministry of Finance"}
# Another body the text spells such an acronym out as, its capitalised words' initials, joined by
# at most one small word each ("Japan's Nuclear Regulation Authority (NRA)", "the OECD Nuclear
# Energy Agency", "the National Rifle Association"); the Chinese body's own name is told apart.
_EXPANSIONS = {acronym: re.compile(r"\b" + r"\s+(?:(?:of|for|on|and|the)\s+)?".join(f"{c}[a-z]+" for c in acronym) + r"\b")
               for acronym in _ACRONYM_BODIES}
# An owner abroad right before the acronym: "Japan's NRA", "France's CAC", "the OECD's NEA", "the
# OECD NEA" (a capitalised possessive other than China's, or another acronym).
_FOREIGN_OWNER = {acronym: re.compile(r"(?:\b(?!China|Beijing)[A-Z][\w.]*['’]s|\b[A-Z]{2,}(?<!MIIT)(?<!NDRC))\s+" + acronym + r"\b")
                  for acronym in _ACRONYM_BODIES}


def foreign_acronyms(text: str) -> frozenset[str]:
    """The acronyms of _ACRONYM_BODIES that ``text`` (a sentence or a whole story) shows to be another
    body's: spelled out as another name (_EXPANSIONS) or owned abroad (_FOREIGN_OWNER). In such a
    story a bare "The NRA on Wednesday approved the restart of two reactors" is that body's act, no
    Chinese one. (The substring tests first: most texts hold none of the acronyms.)"""
    out = []
    for acronym, full in _ACRONYM_BODIES.items():
        if acronym not in text:
            continue
        if any(m.group() != full for m in _EXPANSIONS[acronym].finditer(text)) or _FOREIGN_OWNER[acronym].search(text):
            out.append(acronym)
    return frozenset(out)


# Central banks named by their own names: China's (the PBOC) and other countries' ("the Federal
# Reserve", "Bank Indonesia", "the Reserve Bank of India", "Japan's central bank", "the central bank
# of Brazil"). (Bank of China, Bank of America, Bank of Communications are commercial banks: only the
# central banks of the "Bank of <country>" kind are listed.) (The look-ahead of the first characters
# of every branch, as _FOREIGN_REGULATOR's.)
_PBOC_OWN = r"People['’]s\s+Bank\s+of\s+China|\bPBO[Cc]\b|\b(?:China|Beijing)['’]s\s+central\s+bank"
_PBOC_OWN_RE = re.compile(_PBOC_OWN)
_CENTRAL_BANK_NAMES = re.compile(
    rf"(?=[A-Zc])(?:(?P<own>{_PBOC_OWN})"
    r"|(?P<foreign>Federal\s+Reserve|\bFed\b|European\s+Central\s+Bank|\bECB\b|Bundesbank|Riksbank"
    r"|Swiss\s+National\s+Bank|Banque\s+de\s+France|\bBank\s+(?:Indonesia|Negara)\b|Reserve\s+Bank\s+of\s+[A-Z]"
    r"|\bBank\s+of\s+(?:England|Japan|Korea|Canada|Thailand|Russia|Israel|Mexico|Italy|France|Spain)\b|\bBo[JEK]\b|\bBO[JK]\b"
    r"|Monetary\s+Authority\s+of\s+Singapore|\b[Cc]entral\s+[Bb]ank" + _FOREIGN_PLACE_AFTER
    + r"|\b(?!China|Beijing)[A-Z][\w.]*['’]s\s+central\s+bank|\b" + _FOREIGN_OWNER_WORD + r"\s+central\s+bank))")


def central_bank_abroad(story: str, at: int) -> bool:
    """Whether "the central bank" at offset ``at`` of ``story`` (the whole text) is another country's,
    not the PBOC the table reads it as: the central bank the story names by its own name last before
    ``at`` (else first after it) is a foreign one ("Bank Indonesia cut its policy rate … The central
    bank also issued rules on QR payments"). A story naming none keeps the PBOC, as the table does.
    (Called only for a sentence of an event of the PBOC's: see events._without_foreign_central_bank.)"""
    nearest = None
    for m in _CENTRAL_BANK_NAMES.finditer(story):
        if m.start() >= at and nearest is not None:
            break
        nearest = m
        if m.start() >= at:
            break
    return nearest is not None and nearest.lastgroup == "foreign"


def names_pboc(text: str) -> bool:
    """Whether ``text`` (a sentence) names the PBOC by its own name, not only as "the central bank"."""
    return _PBOC_OWN_RE.search(text) is not None


# Another country's trade (or, for "the statistics bureau", anything of its own) told before "the
# customs agency" in the same sentence: "South Korea's exports", "Japanese imports", "Vietnam's GDP"
# (not China's exports *to* South Korea: the country's possessive or adjective only).
_FOREIGN_TRADER = re.compile(
    rf"\b{_FOREIGN_POSSESSIVE}(?!\w)|\b{_FOREIGN_OWNER_WORD}\s+(?:exports|imports|trade|shipments)\b")


# Role names that stand for whatever country the text last named: "the country's …" and a bare "the
# cabinet" (its first letter left out, either case).
_COUNTRY_ROLE_OPENINGS = ("he country's", "he country’s", "he cabinet")
# A country named as an owner: another's ("Japan's", "Germany's") or China itself ("China's",
# "Chinese", "Beijing"); only possessives abroad, as an adjective ("US tariffs") is often a
# Chinese story's foil.
_COUNTRY_NAMED = re.compile(rf"\b(?:(?P<foreign>{_FOREIGN_POSSESSIVE})|China|Chinese|Beijing)(?!\w)")


def _foreign_country_last(text: str, at: int) -> bool:
    """Whether the country last named before ``at``, in its sentence or the one before, is another
    country (see _COUNTRY_ROLE_OPENINGS)."""
    end = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    opening = max(text.rfind(". ", 0, max(end, 0)), text.rfind("\n", 0, max(end, 0))) + 1 if end > 0 else 0
    last = None
    for last in _COUNTRY_NAMED.finditer(text, opening, at):
        pass
    return last is not None and last["foreign"] is not None


def _foreign_trade_before(text: str, at: int) -> bool:
    """Whether the sentence of the bare "the customs …" (or "the statistics bureau") at ``at`` is
    about another country's trade or economy."""
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return _FOREIGN_TRADER.search(text, opening, at) is not None


def _with_named_local_bodies(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` and the bodies of _LOCAL_NAMED that no name found already covers (the industry
    departments the table reads keep their own normalised names)."""
    extra = []
    for m in _LOCAL_NAMED.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in found):
            continue
        known = _PLACE_EN.get(m["place"].lower())
        if known is None or known[1] != m["level"]:
            if m["level"] == "Municipal" and m["place"].lower() in _CITY_EN:
                extra.append((m.start(), m.end(), LOCAL_BODY))  # (a known city's: see _LOCAL_NAMED)
            continue
        body = m["body"] or m["body_after"]
        field = " ".join((m["field"] or m["field_before"]).split())
        extra.append((m.start(), m.end(), f"{known[0]} {m['level']} {body} of {field}"))
    return sorted(found + extra) if extra else found


def main_agency(text: str, named: list[tuple[int, int, str]] | None = None) -> str | None:
    """The body a whole story is mostly about (most often named; MIIT wins ties). (``named``:
    find_agencies(text), when the caller has it.)"""
    found = find_agencies(text) if named is None else named
    counts = Counter(name for _, _, name in found if name != "State Council Information Office")
    if not counts:
        return None
    best = max(counts.values())
    return "MIIT" if counts.get("MIIT") == best else counts.most_common(1)[0][0]


# A sentence opening on where it is set, the reference's clause right after: "In the southwestern
# province of Yunnan, home to most refiners, the provincial …", "In Hebei, the provincial …".
# (the place in the opening phrase itself, up to its first comma: not "In 2025, exports to Guangdong
# rose 30 percent, the provincial … said")
_EN_SETTING_OPENING = re.compile(r"\s*(?:(?:And|But|Meanwhile|Elsewhere),?\s+)?In\s+(?P<setting>[^,.;]+),[^.;]*,\s*$"
                                 r"|\s*(?:(?:And|But|Meanwhile|Elsewhere),?\s+)?In\s+(?P<only>[^,.;]+),\s*$"
                                 # (the agent of the clause's passive: "In Yunnan, two recycling projects
                                 # were approved by the provincial industry department on Monday")
                                 r"|\s*(?:(?:And|But|Meanwhile|Elsewhere),?\s+)?In\s+(?P<by>[^,.;]+),[^,.;]*?\s"
                                 r"(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+out)?"
                                 r"(?:\s+(?:on|in|last|earlier|this)\s+[\w.]+(?:\s+\d{1,2})?)?\s+by\s+$")


def _place_before(text: str, end: int) -> tuple[str, str] | None:
    """The one province-level place ``text`` names before ``end`` ("In the southwestern province
    of Yunnan, home to most of the country's germanium refiners, the provincial industry department
    said …": the department of the place its own sentence names, whatever other places the story
    names; or the agent of a passive in its clause, "In Yunnan, two projects were approved by the
    provincial industry department"), None when it names none or several (called only for a local
    reference). Only a place
    the sentence opens on, as its setting, is the department's: not a market, an origin of goods
    or a company's home named before it ("Zhejiang-based Geely said the provincial industry
    department …", "Exports to Guangdong rose 30 percent, and the provincial …"), which leave the
    story's own place."""
    opening = _EN_SETTING_OPENING.match(text[:end])
    if opening is None or len(places_named(text[:end])) != 1:
        return None
    places = places_named(opening["setting"] or opening["only"] or opening["by"])
    return places[0] if len(places) == 1 else None


def agency_mentions(text: str, *, back_reference: str | None = None,
                    kinds: Callable[[], dict[str, str]] | None = None,
                    plural: Callable[[int, int | None], list[str]] | None = None,
                    place: Place | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of every body ``text`` names or refers to, in order: names, "the ministry"
    (``back_reference``), "the administration" and the like (``kinds()``, see kind_references) and
    "the two ministries" and the like (``plural(offset, count)``, one entry per body), "the
    provincial department" (``kinds()`` or ``place()``, see local_references)."""
    found = find_agencies(text, place)  # (a list of its own)
    if back_reference:
        found += [(m.start(), m.end(), back_reference) for m in _BACK_REFERENCE.finditer(text)]
    if kinds and has_any(text, _KIND_NEEDLES):
        for m in _KIND_BACK_REFERENCE.finditer(text):
            name = kinds().get((m.group(1) or m.group(2)).lower())
            if name:
                found.append((m.start(), m.end(), name))
    if kinds and "监管部门" in text:
        for m in _ZH_REGULATOR_REFERENCE.finditer(text):
            if m.start() and _FIELD_BEFORE.match(text, m.start() - 1):
                continue  # (各级监管部门, 市场监管部门: not one body)
            name = kinds().get("监管部门")
            if name:
                found.append((m.start(), m.end(), name))
    if kinds and has_any(text, _LOCAL_REFERENCE_NEEDLES):
        for m in _LOCAL_REFERENCE.finditer(text):
            name = kinds().get(f"{m['level']} {m['body']}")
            if not name and m["field"]:
                known = _place_before(text, m.start()) or (place() if place else None)
                if known and known[1] == m["level"].capitalize():
                    name = _local_name(known[0], known[1], _BODY[m["body"]], m["field"] != "industry")
            if name:
                found.append((m.start(), m.end(), name))
    if "ministries" in text:
        for m in _ROLE_MINISTRIES.finditer(text):
            found += [(m.start(), m.end(), _ROLE_MINISTRY[role.lower()]) for role in _ROLE_WORD.findall(m["roles"])]
    if plural and has_any(text, _PLURAL_NEEDLES):
        for m in _PLURAL_REFERENCE.finditer(text):
            if m.group("zh") and any(start < m.start() for start, _, _ in found):
                continue  # 工业和信息化部、…三部门: the bodies are named here already
            word = m.group("n") or m.group("both") or m.group("zh") or m.group("zh_n")
            count = _PLURAL_COUNT[word.lower()] if word else None
            found += [(m.start(), m.end(), name) for name in plural(m.start(), count)]
    return sorted(found, key=lambda f: f[0])


def agencies_in(text: str, *, back_reference: str | None = None, with_others: bool = False,
                kinds: Callable[[], dict[str, str]] | None = None,
                plural: Callable[[int, int | None], list[str]] | None = None,
                place: Place | None = None) -> list[str]:
    """Bodies named in ``text``, unique, in order of mention (see agency_mentions for the references
    resolved).

    With ``with_others``, "…and other departments" / 等15个部门 adds "other departments" (joint documents).
    """
    names: list[str] = []
    mentions = agency_mentions(text, back_reference=back_reference, kinds=kinds, plural=plural, place=place)
    for _, _, name in mentions:
        if name not in names:
            names.append(name)
    if with_others and names and has_any(text, _OTHERS_NOUNS):
        # ("the two ministries", resolved to the bodies it stands for, names no others)
        if any(not any(a < m.end() and m.start() < b for a, b, _ in mentions) for m in _OTHERS.finditer(text)):
            names.append(OTHER_DEPARTMENTS)
    return names


def names_departments(text: str) -> bool:
    """``text`` counts departments it does not name ("six government departments", 五部门)."""
    return has_any(text, _OTHERS_NOUNS) and bool(_OTHERS.search(text))


def join_agencies(names: list[str]) -> str | None:
    return "; ".join(names) if names else None
