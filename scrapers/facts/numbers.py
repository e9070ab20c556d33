"""Number parsing for metric extraction: Arabic digits (also full-width, with thousands
separators), Chinese numerals (八, 三十, 两千, 一百二十), Chinese magnitudes (万, 亿, 万亿) and
English scale words (million, billion, trillion).

A small converter rather than ``cn2an``: the extractor only meets short numerals inside
already-matched spans, and a table lookup is faster than a general-purpose parser and has no
dependency (cn2an also pulls in proces/setuptools at import).
"""
from __future__ import annotations

import re

from scrapers.facts.needles import flatten

# Full-width digits, point and percent sign that appear in Chinese releases (８万亿元, １９８１个).
# The full-width comma is left alone: in Chinese text it separates clauses, not thousands.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
# str.translate with a dict table costs a lookup per character; most texts have nothing to map,
# and a character-class search finds that out at C speed.
_HAS_FULLWIDTH = re.compile("[０-９．％]")

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_MAGNITUDES = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "亿万": 1e12}
# (wire abbreviations: "18.6 bn yuan", "2.1 mn tonnes", "$4.2bn", "11.3 tn yuan")
EN_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9, "tn": 1e12}


_ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")
_ARABIC = flatten(_ARABIC)  # (optional groups as alternations: needles.flatten)


def normalise_width(text: str) -> str:
    """Map full-width digits, point and percent sign to ASCII (same length)."""
    # (An ASCII text has none, which str.isascii knows without a scan.)
    return text.translate(_FULLWIDTH) if not text.isascii() and _HAS_FULLWIDTH.search(text) else text


def parse_arabic(token: str) -> float:
    """'27,735' -> 27735.0; '1.3' -> 1.3; full-width digits accepted."""
    token = normalise_width(token).replace(",", "").replace(" ", "")
    return float(token)


def parse_zh_numeral(token: str) -> float | None:
    """Chinese numeral without magnitude: 八 -> 8, 三十 -> 30, 十二 -> 12, 两千 -> 2000,
    一百二十 -> 120, 二〇二二 (digit by digit) -> 2022. None when ``token`` is not one."""
    if not token or any(ch not in ZH_DIGITS and ch not in ZH_SMALL_UNITS for ch in token):
        return None
    if not any(ch in ZH_SMALL_UNITS for ch in token):
        # Digit-by-digit reading (二〇二二); a lone digit is just that digit.
        return float("".join(str(ZH_DIGITS[ch]) for ch in token))
    total, current = 0, 0
    for ch in token:
        if ch in ZH_DIGITS:
            current = ZH_DIGITS[ch]
        else:
            # 十 at the start means 一十 (十二 = 12).
            total += (current or 1) * ZH_SMALL_UNITS[ch]
            current = 0
    return float(total + current)


def parse_number(token: str) -> float | None:
    """Arabic or Chinese numeral, magnitude excluded. None when unparseable."""
    if token.isascii() and token.isdigit():
        return float(token)  # the common case, what the general path below gives too
    token = normalise_width(token.strip())
    if _ARABIC.match(token):
        return float(token.replace(",", ""))  # parse_arabic, the width already normalised
    return parse_zh_numeral(token)


def zh_magnitude(token: str | None) -> float:
    """万 -> 1e4, 亿 -> 1e8, 万亿 -> 1e12; empty -> 1."""
    if not token:
        return 1.0
    return ZH_MAGNITUDES.get(token, 1.0)


def en_magnitude(token: str | None) -> float:
    """'million' -> 1e6 (case-insensitive); empty -> 1."""
    if not token:
        return 1.0
    return EN_MAGNITUDES.get(token.lower(), 1.0)


def scaled(value: float, factor: float) -> float:
    """Multiply while keeping decimal-looking results clean (1.46 * 1e4 -> 14600.0, not 14599.99…)."""
    out = value * factor
    return float(round(out, 6)) if factor < 1e6 else float(round(out))
