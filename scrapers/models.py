"""Plain data records passed between the scrapers and the rest of the project.

They are the contract between ``scrapers`` (which produces them) and ``warehouse`` (which stores
them); keep field names stable, because they become raw-table columns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# Outcomes of one fetch (after the client's own retries).  Everything except "ok" and
# "not_modified" is a failure that is recorded and retried on the next run.
OUTCOMES = (
    "ok",              # 2xx with a usable body
    "not_modified",    # 304 to a conditional request: stored copy is current
    "blocked",         # 403/521, JS challenge, HTML where JSON was expected, success:false
    "http_error",      # 4xx/5xx left after retries (404, 500 ...)
    "network_error",   # connection refused/reset, timeout, truncated transfer
    "too_large",       # body over the size cap
    "empty",           # 200 with an empty body
    "disallowed",      # robots.txt forbids the path
    "off_allowlist",   # host (or a redirect target) not on the allow-list
    "redirect_loop",   # too many redirects
    "parse_error",     # fetched, but the page could not be parsed as its kind
)


@dataclass
class FetchResult:
    """The final result of fetching one URL (after retries), success or not."""

    url: str                      # the canonical URL that was asked for (real host, never 127.0.0.1)
    source: str                   # source name, e.g. "miit", "chinadaily"
    outcome: str                  # one of OUTCOMES
    fetched_at: datetime          # UTC, timezone-aware
    final_url: str | None = None  # after redirects (canonical host form)
    status: int | None = None     # last HTTP status seen, None when no response
    content_type: str | None = None
    body: bytes | None = None     # raw bytes as received (None on failure)
    text: str | None = None       # body decoded with the detected charset
    encoding: str | None = None   # charset used to decode (from bytes/<meta> before headers)
    etag: str | None = None
    last_modified: str | None = None
    duration_ms: float = 0.0
    attempts: int = 1
    error: str | None = None      # a clear, human-readable reason when outcome is not ok

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


@dataclass
class ListingItem:
    """One row of a column listing: a link to an article with what the listing says of it."""

    url: str                       # canonical article URL
    source: str
    column: str                    # column path or key, e.g. "xwfb/gxdt/sjdt"
    title: str | None = None       # full title (the listing's title attribute when present)
    listed_date: date | None = None


@dataclass
class Attachment:
    url: str                       # canonical absolute URL
    kind: str                      # pdf, doc, docx, wps, xls, xlsx, zip, other
    title: str | None = None
    text: str | None = None        # extracted text (PDF) when fetched


@dataclass
class Document:
    """An article page parsed into its parts."""

    url: str
    source: str
    title: str | None
    published_at: datetime | None  # naive, Asia/Shanghai local time as printed on the page
    language: str                  # "zh" or "en"
    body_text: str                 # paragraphs joined by "\n\n", page furniture removed
    column: str | None = None
    origin: str | None = None      # 来源 / byline / source line
    attachments: list[Attachment] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # page <meta> values kept for provenance


# Keys the pipeline adds to ``Document.meta`` of an article spread over several pages (China
# Daily's pager): the continuation pages named by the first page, in order, space-separated; and
# those whose text is not in ``body_text`` (not fetched yet, or unreadable).  A document with
# ``MISSING_PARTS_META`` is incomplete: its missing pages are fetched again on the next run, and
# the article is parsed again once they are stored.  The "miitwatch:" prefix keeps them apart
# from the page's own <meta> names.
PARTS_META = "miitwatch:parts"
MISSING_PARTS_META = "miitwatch:missing_parts"
