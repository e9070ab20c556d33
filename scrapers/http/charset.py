"""Decodes page bytes to text, trusting the bytes over the HTTP headers.

Order: byte-order mark, then ``<meta charset>`` / ``<meta http-equiv=Content-Type>`` near the
top, then the ``Content-Type`` header, then UTF-8, then detection (charset_normalizer). Every
declared charset must decode the body strictly to be believed: Chinese sites still serve GBK
under a ``utf-8`` header, or with no charset at all.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
# Browsers prescan 1024 bytes; long <head>s full of scripts push the meta further down.
_SNIFF_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^;"'\s]+)""", re.IGNORECASE)

# Labels seen in the wild that Python's codec registry does not know.
_LABEL_ALIASES = {"x-gbk": "gbk", "x-gb2312": "gb2312"}
# Decode with supersets: GB18030 covers GB2312 and GBK (pages labelled gb2312 routinely use GBK
# characters), Big5-HKSCS covers Big5, and browsers read latin-1/ascii labels as windows-1252.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
}
# windows-1252 decodes almost any bytes, so a header naming it proves nothing about non-ASCII
# bytes; only a detected multi-byte (CJK) charset may overrule it.
_ANY_BYTES = "cp1252"
_CJK = frozenset(
    {"gb18030", "big5hkscs", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "cp950", "iso2022_jp"}
)


def codec_for(label: str | None) -> str | None:
    """The Python codec to decode a charset label with, or None if the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    return "utf-8" if name == "utf-8" else name


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, as written."""
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def decode_body(body: bytes, content_type: str | None = None, *, html: bool = True) -> tuple[str, str]:
    """Decode ``body``; return ``(text, codec used)``. Never raises: undecodable bytes become U+FFFD.

    ``html=False`` skips the ``<meta>`` sniffing (JSON, plain text).
    """
    text, codec, _ = _decode(body, content_type, html)
    return text, codec


def decode_utf8_page(body: bytes) -> tuple[str, bytes | None]:
    """``decode_body(body)[0]``, and ``body`` itself when it is exactly that text in UTF-8 (no
    byte-order mark, nothing replaced), else None: an HTML parser can then take the bytes
    instead of encoding the text back to UTF-8 (lxml does that to every str it is given)."""
    text, codec, exact = _decode(body, None, True)
    return text, body if exact and codec == "utf-8" else None


def utf8_if_valid(body: bytes) -> bool:
    """Whether ``decode_utf8_page(body)`` hands ``body`` back whenever it is valid UTF-8: it has
    no byte-order mark and its ``<meta>`` names UTF-8, an unknown charset or none (anything else
    is tried first). Lets a caller that can check the UTF-8 itself skip decoding."""
    if body.startswith(_BOM_PREFIXES):
        return False
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return match is None or codec_for(match.group(1).decode("ascii")) in (None, "utf-8")


def _decode(body: bytes, content_type: str | None, html: bool) -> tuple[str, str, bool]:
    """(text, codec, whether text is a strict decoding of all of ``body``)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace"), codec.removesuffix("-sig"), False
    from_meta = None
    if html and (match := _META_CHARSET.search(body[:_SNIFF_BYTES])):
        from_meta = codec_for(match.group(1).decode("ascii"))
    from_header = codec_for(header_charset(content_type))
    weak_header = from_header == _ANY_BYTES and not body.isascii()
    for codec in (from_meta, None if weak_header else from_header, "utf-8"):
        if codec is not None and (text := _strict(body, codec)) is not None:
            return text, codec, True
    best = from_bytes(body).best()
    codec = codec_for(best.encoding) if best is not None else None
    if weak_header and codec not in _CJK:
        codec = _ANY_BYTES
    elif codec is None:
        if (text := _strict(body, "gb18030")) is not None:
            return text, "gb18030", True
        codec = "utf-8"
    return body.decode(codec, errors="replace"), codec, False


def _strict(body: bytes, codec: str) -> str | None:
    """``body`` decoded with ``codec``, or None when it does not decode strictly (the text is
    kept: decoding a 40 KB page is a noticeable share of parsing it, so it is done once)."""
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        return None
