"""The request headers of a desktop browser, which MIIT wants before it answers (else 403)."""

from __future__ import annotations

EXPECTS = ("html", "json", "binary")

_ACCEPT = {
    "html": (
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8"
    ),
    # What jQuery's $.ajax sends for dataType json: MIIT's column pages load listings that way.
    "json": "application/json, text/javascript, */*; q=0.01",
    "binary": "*/*",
}
ACCEPT_LANGUAGE = "zh-CN,zh;q=0.9,en;q=0.8"


def request_headers(
    user_agent: str,
    expect: str,
    *,
    referer: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> dict[str, str]:
    """Headers for one GET; ``etag``/``last_modified`` make it conditional (answered by 304)."""
    if expect not in _ACCEPT:
        raise ValueError(f"expect must be one of {EXPECTS}, not {expect!r}")
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT[expect], "Accept-Language": ACCEPT_LANGUAGE}
    if expect == "json":
        headers["X-Requested-With"] = "XMLHttpRequest"
    if referer:
        headers["Referer"] = referer
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def without_conditionals(headers: dict[str, str]) -> dict[str, str]:
    """``headers`` minus If-None-Match/If-Modified-Since: after a redirect they name another URL's copy."""
    return {k: v for k, v in headers.items() if k not in ("If-None-Match", "If-Modified-Since")}
