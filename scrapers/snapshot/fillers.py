"""Generated filler articles that pad each listing to realistic length (≥ 49 rows, 3 pages).

Fillers carry no figures, so they add no facts; everything is derived from a hash of the column
and index, so a rebuild produces identical pages.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from scrapers.snapshot.textfiles import ArticleText

# The newest filler date; fillers step back from here, interleaving with the real articles.
ANCHOR = datetime(2026, 11, 20, 9, 30)

_ZH_SUBJECTS = ("工业互联网", "中小企业数字化转型", "智能制造", "绿色制造", "产业链协同", "网络安全",
                "工业设计", "质量品牌建设", "无线电管理", "消费品“三品”", "新型工业化", "人工智能赋能",
                "数据要素应用", "信息通信服务", "原材料工业", "装备制造")
_ZH_EVENTS = ("交流活动在京举办", "专题培训班在杭州举办", "座谈会在京召开", "现场推进会在合肥召开",
              "调研活动顺利开展", "宣贯会在深圳举办", "工作会议在京召开", "对接活动在成都举办")
_ZH_SENTENCES = ("会议总结了近期工作进展，部署了下一阶段重点任务。",
                 "与会代表围绕相关议题进行了深入交流。",
                 "活动由工业和信息化部相关司局指导，有关单位代表参加。",
                 "下一步，相关部门将持续加强工作协同，推动各项任务落地见效。")
_EN_SUBJECTS = ("Industrial internet", "Smart manufacturing", "Green development", "Digital economy",
                "Small business", "Cybersecurity", "Industrial design", "Telecom services",
                "Advanced materials", "Equipment makers", "Consumer goods", "Data governance")
_EN_EVENTS = ("forum held in Beijing", "conference opens in Shanghai", "expo kicks off in Shenzhen",
              "seminar held in Hangzhou", "exchange event wraps up in Chengdu",
              "training program launched in Wuhan")
_EN_SENTENCES = ("Officials and industry representatives attended the event.",
                 "Participants discussed cooperation and the next steps of the work.",
                 "The organizers said more events of this kind would follow.",
                 "The event was guided by the relevant government departments.")


def _pick(options: tuple[str, ...], seed: bytes, offset: int) -> str:
    return options[seed[offset] % len(options)]


def filler(source: str, column: str, index: int, lang: str, origin: str) -> ArticleText:
    """Filler number ``index`` of a column: published ``index`` × 6½ days before the anchor."""
    seed = hashlib.sha256(f"filler/{source}/{column}/{index}".encode()).digest()
    published = ANCHOR - timedelta(days=index * 6 + index // 2, minutes=seed[0] % 240)
    attachments: list[str] = []
    subject = _pick(_ZH_SUBJECTS, seed, 1)
    if lang == "zh" and column.endswith("wjfb/tz"):
        # Notices carry attachments, as the real ones do (work plans, application forms).
        title = f"工业和信息化部办公厅关于开展{subject}相关工作的通知"
        paras = [f"各有关单位：为推动{subject}工作，现将有关事项通知如下。", _pick(_ZH_SENTENCES, seed, 3)]
        attachments = [f"{subject}工作方案.pdf"] + ([f"{subject}申报表.doc"] if index % 2 else [])
    elif lang == "zh" and column.endswith("wjfb/gg"):
        title = f"工业和信息化部关于{subject}有关事项的公告"
        paras = [f"为做好{subject}相关工作，现将有关事项公告如下。", _pick(_ZH_SENTENCES, seed, 3)]
    elif lang == "zh":
        title = subject + _pick(_ZH_EVENTS, seed, 2)
        paras = [f"近日，{title}。", _pick(_ZH_SENTENCES, seed, 3)]
    else:
        title = f"{_pick(_EN_SUBJECTS, seed, 1)} {_pick(_EN_EVENTS, seed, 2)}"
        paras = [f"{title}.", _pick(_EN_SENTENCES, seed, 3)]
    return ArticleText(source=source, name=f"filler-{column.replace('/', '-')}-{index:03d}",
                       title=title, column=column, published=published, origin=origin, lang=lang,
                       paragraphs=paras, attachments=attachments, generated=True)
