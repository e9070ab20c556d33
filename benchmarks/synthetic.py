"""Synthetic inputs for the benchmarks: a large snapshot-layout corpus and realistically sized pages.

The corpus reuses the snapshot builder (``scrapers.snapshot.build``): every synthetic article is a
copy of one of the hand-written snapshot articles (so it carries real figures and constructions,
Chinese and English, in every column), under its own name and URL, with a length multiplier so
page sizes vary.  Pages, listings (MIIT listing API, news pagination) and attachments are rendered
by the same templates as the committed snapshot, only into another folder.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from scrapers.snapshot import build
from scrapers.snapshot.textfiles import ArticleText, read_articles

# Body-length multipliers, picked per copy by hash: most pages short, some several times longer.
_LENGTHS = (1, 1, 1, 2, 2, 3, 5, 8)
# Copies that keep their original's attachments (PDF/DOC downloads cost a fetch each in the parse
# step); about one notice in four carries them on the real site's 通知 column.
_ATTACHMENT_EVERY = 4


def _byte(key: str, i: int = 0) -> int:
    return hashlib.sha256(key.encode("utf-8")).digest()[i]


def synthetic_articles(n: int, seeds_root: Path = build.ARTICLES) -> list[ArticleText]:
    """``n`` articles, copies of the snapshot's article files taken in turn.

    Copy k of an article is published k minutes after it, so its dates in text still make sense
    and listings stay in date order; deliberate faults are not copied (the benchmark measures the
    normal path), except that the faulty originals themselves are not used as seeds at all.
    """
    seeds = [a for a in read_articles(seeds_root) if not a.fault]
    out = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        copy_no = i // len(seeds)
        name = f"{seed.name}-syn{i:05d}"
        times = _LENGTHS[_byte(f"{seed.key}/{i}") % len(_LENGTHS)]
        keep_attachments = seed.attachments and copy_no % _ATTACHMENT_EVERY == 0
        out.append(replace(seed, name=name, published=seed.published + timedelta(minutes=copy_no),
                           paragraphs=seed.paragraphs * times,
                           attachments=list(seed.attachments) if keep_attachments else []))
    return out


def build_corpus(out: Path, n: int) -> dict[str, int]:
    """Render ``n`` synthetic articles (plus listings, shells, attachments) into ``out``.

    Returns file counts per host, plus ``"articles"``: the article pages written.
    """
    arts = synthetic_articles(n)
    w = build.SiteWriter()
    build.build_miit([a for a in arts if a.source == "miit"], w)
    for source in build._NEWS_HOSTS:
        build.build_news(source, [a for a in arts if a.source == source], w, {a.key: a for a in arts})
    w.write(out)
    counts: dict[str, int] = {}
    for rel in w.files:
        host = rel.split("/", 1)[0]
        counts[host] = counts.get(host, 0) + 1
    counts["articles"] = sum(1 for rel in w.files if is_article_path(rel))
    return counts


_ARTICLE_PATH = re.compile(r"/art/\d{4}/art_[0-9a-f]+\.html$|/a/\d{6}/\d\d/WS|/content_(WS)?[0-9a-f]+\.html?$")


def is_article_path(rel: str) -> bool:
    """Whether a snapshot path (``host/path``) is an article page of one of the four templates."""
    return bool(_ARTICLE_PATH.search(rel))


def article_pages(root: Path) -> list[Path]:
    """Every article page under a snapshot root, in a stable order."""
    return sorted(p for p in root.rglob("*.htm*") if is_article_path(p.relative_to(root).as_posix()))


def url_of(root: Path, page: Path) -> str:
    """The page's real URL (the snapshot lays pages out as ``<host>/<path>``)."""
    return "https://" + page.relative_to(root).as_posix()


# Page furniture the real MIIT pages carry around the article (menus, inline scripts and styles),
# which is why a real page is ~40 KB while the snapshot template renders ~4 KB.
_NAV_ITEM = '<li class="nav_item"><a href="/{k}/index.html" target="_blank" title="{t}">{t}</a></li>\n'
_NAV_NAMES = ("新闻发布", "政务公开", "政务服务", "互动交流", "工信数据", "专题专栏", "机构设置", "政策文件",
              "政策解读", "通知公告", "统计分析", "行业动态")
_SCRIPT_LINE = ("  $('.nav_item').eq({i}).on('mouseenter', function () {{ $(this).addClass('on')"
                ".siblings().removeClass('on'); layer.tips('{t}', this, {{tips: [1, '#0F4C81']}}); }});\n")
_STYLE_LINE = ".w1100 .nav_item_{i} {{ float: left; width: 92px; height: 40px; line-height: 40px; text-align: center; }}\n"


def pad_page(html: str, target_bytes: int = 40_000) -> str:
    """``html`` grown to about ``target_bytes`` (UTF-8) with menu, script and style furniture
    outside the article container, the way real MIIT pages are padded."""
    size = len(html.encode("utf-8"))
    nav, script, style = [], [], []
    i = 0
    while size < target_bytes:
        name = _NAV_NAMES[i % len(_NAV_NAMES)]
        parts = (_NAV_ITEM.format(k=f"col{i}", t=name), _SCRIPT_LINE.format(i=i, t=name), _STYLE_LINE.format(i=i))
        nav.append(parts[0])
        script.append(parts[1])
        style.append(parts[2])
        size += sum(len(p.encode("utf-8")) for p in parts)
        i += 1
    head_extra = f'<style type="text/css">\n{"".join(style)}</style>\n<script type="text/javascript">\n{"".join(script)}</script>\n'
    body_extra = f'<div class="nav w1100 center"><ul>\n{"".join(nav)}</ul></div>\n'
    html = html.replace("</head>", head_extra + "</head>", 1)
    match = re.search(r"<body[^>]*>", html)
    at = match.end() if match else 0
    return html[:at] + "\n" + body_extra + html[at:]
