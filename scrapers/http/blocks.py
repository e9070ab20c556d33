"""Recognises answers that are a site refusing us rather than content: refusals, JS cookie
challenges, HTML or ``success:false`` envelopes where JSON data was expected.

Each check returns a clear reason string, or None when the answer looks like real content.
"""

from __future__ import annotations

import json
import re
from typing import Any

BLOCK_STATUSES = {
    403: "HTTP 403 Forbidden (the site refused this client)",
    521: "HTTP 521 (JS cookie challenge of the site's anti-bot shield)",
}

# Cookie names of the Jiasule (知道创宇) shield MIIT used: __jsluid_s / __jsl_clearance_s.
_CHALLENGE_MARKERS = (b"__jsluid", b"__jsl_clearance")
# A challenge page is a few hundred bytes of script; real article shells are tens of kB.
_TINY_PAGE = 8192
_SCRIPT = re.compile(rb"<script\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPT_SETS = re.compile(
    rb"document\.cookie\s*=|location(?:\.href)?\s*=[^=]|location\.(?:replace|assign)\s*\("
)
_STYLE = re.compile(rb"<style\b[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")
_MAX_VISIBLE_TEXT = 40  # bytes of visible text a script-only page may still carry ("loading...")


def challenge_reason(body: bytes) -> str | None:
    """Why ``body`` (an HTML page) is a JS challenge rather than content, or None."""
    for marker in _CHALLENGE_MARKERS:
        if marker in body:
            return f"JS cookie challenge page (mentions {marker.decode()}), not content"
    if len(body) >= _TINY_PAGE:
        return None
    scripts = _SCRIPT.findall(body)
    if not any(_SCRIPT_SETS.search(script) for script in scripts):
        return None
    visible = _TAG.sub(b"", _STYLE.sub(b"", _SCRIPT.sub(b"", body)))
    if len(b"".join(visible.split())) <= _MAX_VISIBLE_TEXT:
        return f"tiny page ({len(body)} bytes) that only sets a cookie or location by script: a JS challenge"
    return None


def json_reason(text: str) -> str | None:
    """Why ``text`` is not the JSON data that was asked for, or None."""
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return f"expected JSON but got HTML: {snippet(stripped)}"
    try:
        data: Any = json.loads(stripped)
    except ValueError as exc:
        return f"expected JSON but the body does not parse ({exc.msg} at char {exc.pos}): {snippet(stripped)}"
    if isinstance(data, dict) and data.get("success") is False:
        message = data.get("message") or "no message"
        code = data.get("code")
        return f"API answered success:false (code {code!r}, message {message!r}): bad parameters or refused"
    return None


def looks_like_html(body: bytes, content_type: str | None) -> bool:
    return "html" in (content_type or "").lower() or body.lstrip()[:1] == b"<"


def snippet(text: str, limit: int = 120) -> str:
    """The start of ``text`` on one line, for error messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"
