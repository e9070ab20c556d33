"""The one HTTP client every source uses, in snapshot and live mode alike.

``HttpClient.get`` never raises for network or HTTP trouble: it returns a ``FetchResult`` whose
``outcome`` and ``error`` say what happened, so a failure is recorded instead of ending a run.
Redirects are followed here (not by requests) so every hop passes the allow-list, robots.txt
and the rate limit; the result only ever names canonical (real-host) URLs.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from urllib.parse import urlencode, urlsplit

import requests
import urllib3
from requests.structures import CaseInsensitiveDict

from scrapers.http.blocks import BLOCK_STATUSES, challenge_reason, json_reason, looks_like_html, snippet
from scrapers.http.charset import decode_body
from scrapers.http.config import ClientConfig
from scrapers.http.download import BodyTooLarge, BodyTruncated, read_capped
from scrapers.http.headers import request_headers, without_conditionals
from scrapers.http.ratelimit import HostRateLimiter
from scrapers.http.retry import RETRY_STATUSES, backoff_delay, parse_retry_after
from scrapers.http.robots import RobotsAnswer, RobotsCache
from scrapers.http.routing import canonical_location, wire_target
from scrapers.models import FetchResult

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NO_BODY = frozenset({204, 304}) | _REDIRECTS  # we never need these bodies
# MIIT's API answers a wrong method with HTTP 500 and this message: a bug on our side, not a
# flaky server, so it is neither retried nor called a block.
_UNSUPPORTED_METHOD = "不支持的HTTP方法".encode()


@dataclass
class _Exchange:
    """One canonical URL requested, after retries: the last answer or the failure."""

    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | None = None
    failure: str | None = None  # network_error | too_large | http_error when no usable answer came
    error: str | None = None
    attempts: int = 0


@dataclass
class _Followed:
    """The end of a redirect chain: the last exchange, or why the chain stopped early."""

    final_url: str
    exchange: _Exchange | None
    attempts: int
    outcome: str | None = None  # off_allowlist | disallowed | redirect_loop
    error: str | None = None


class HttpClient:
    """Polite, careful GETs: allow-list, robots.txt, per-host rate limit, retries, size cap,
    block detection and charset decoding. ``clock``/``sleep``/``rng`` are for tests.

    Safe to call from several threads at once: the rate limiter and the robots.txt cache are
    shared (and locked), so the per-host limit holds across threads."""

    def __init__(
        self,
        config: ClientConfig,
        session: requests.Session | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if config.mode == "snapshot" and not config.snapshot_base:
            raise ValueError("snapshot mode needs snapshot_base (MIITWATCH_SNAPSHOT_URL)")
        self.config = config
        # A given session is used as is (tests); otherwise each thread gets its own (requests
        # does not promise a Session is thread-safe), all sharing one cookie jar, as one browser.
        self._given_session = session
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._sessions_lock = threading.Lock()
        self._cookies = requests.cookies.RequestsCookieJar()  # its methods take the jar's own lock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._limiter = HostRateLimiter(config.rate_limit, clock=clock, sleep=sleep)
        self._robots = RobotsCache(self._fetch_robots, clock=clock, on_crawl_delay=self._crawl_delay)

    def get(
        self,
        url: str,
        *,
        source: str,
        expect: str = "html",
        referer: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        params: dict | None = None,
    ) -> FetchResult:
        """Fetch canonical ``url`` (``params`` appended to its query) and say how it went.

        ``url`` in the result is ``url`` as given; ``final_url`` is the canonical URL actually
        answered (with params, after redirects). ``expect`` is "html", "json" or "binary".
        """
        started = time.perf_counter()
        headers = request_headers(
            self.config.user_agent, expect, referer=referer, etag=etag, last_modified=last_modified
        )
        followed = self._follow(
            _with_params(url.split("#", 1)[0], params), headers, check_robots=self.config.respect_robots
        )
        result = _result(url, source, expect, followed)
        if result.outcome == "not_modified":
            # A 304 may omit validators (werkzeug drops Last-Modified); the ones we sent still hold.
            result.etag = result.etag or etag
            result.last_modified = result.last_modified or last_modified
        result.duration_ms = round((time.perf_counter() - started) * 1000, 1)
        return result

    @property
    def _session(self) -> requests.Session:
        if self._given_session is not None:
            return self._given_session
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.cookies = self._cookies
            if self.config.mode == "snapshot":
                # The snapshot server is local: a proxy from the environment must never carry it.
                session.trust_env = False
            self._local.session = session
            with self._sessions_lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._sessions_lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- redirects, allow-list, robots --------------------------------------------------------

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> _Followed:
        current, exchange, attempts = url, None, 0
        visits: Counter[str] = Counter()
        for hop in range(self.config.max_redirects + 1):
            refused = self._refusal(current, check_robots, redirected=hop > 0)
            if refused is not None:
                return _Followed(current, exchange, attempts, *refused)
            visits[current] += 1
            exchange = self._exchange(current, headers)
            attempts += exchange.attempts
            location = exchange.headers.get("Location") if exchange.status in _REDIRECTS else None
            if not location:
                return _Followed(current, exchange, attempts)
            target = canonical_location(location, current, self.config)
            # One revisit is allowed: cookie challenges set a cookie and redirect to the same URL.
            if visits[target] >= 2:
                return _Followed(
                    current,
                    exchange,
                    attempts,
                    "redirect_loop",
                    f"redirect loop: {current} redirects back to {target}",
                )
            current = target
            headers = without_conditionals(headers)
        return _Followed(
            current,
            exchange,
            attempts,
            "redirect_loop",
            f"more than {self.config.max_redirects} redirects (last to {current})",
        )

    def _refusal(self, url: str, check_robots: bool, *, redirected: bool) -> tuple[str, str] | None:
        what = "redirect target" if redirected else "URL"
        try:
            parts = urlsplit(url)
        except ValueError:
            return "off_allowlist", f"{what} {url!r} is malformed"
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "off_allowlist", f"{what} {url!r} is not an http(s) URL"
        if parts.hostname.lower() not in self.config.allowed_hosts:
            return "off_allowlist", f"{what} host {parts.hostname} is not on the allow-list"
        if check_robots and (why := self._robots.refusal(url)) is not None:
            return "disallowed", why
        return None

    def _fetch_robots(self, url: str) -> RobotsAnswer:
        followed = self._follow(url, request_headers(self.config.user_agent, "binary"), check_robots=False)
        exchange = followed.exchange
        if followed.outcome is not None or exchange is None:
            return RobotsAnswer(None, None, followed.error)
        return RobotsAnswer(exchange.status, exchange.body, exchange.error if exchange.failure else None)

    def _crawl_delay(self, host: str, delay: float) -> None:
        self._limiter.slow_down(host, min(delay, self.config.max_retry_after))

    # -- one URL, with retries ----------------------------------------------------------------

    def _exchange(self, url: str, headers: dict[str, str]) -> _Exchange:
        wire_url, routing_headers = wire_target(url, self.config)
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            attempt += 1
            self._limiter.wait(host)
            exchange = self._attempt(wire_url, {**headers, **routing_headers})
            exchange.attempts = attempt
            delay = self._retry_delay(exchange, attempt)
            if delay is None:
                return exchange
            self._sleep(delay)

    def _attempt(self, wire_url: str, headers: dict[str, str]) -> _Exchange:
        exchange = _Exchange()
        connect, read = self.config.timeout
        try:
            with self._send(wire_url, headers) as response:
                exchange.status, exchange.headers = response.status_code, response.headers
                exchange.body = (
                    b"" if response.status_code in _NO_BODY else read_capped(response, self.config.max_bytes)
                )
        except BodyTooLarge as exc:
            exchange.failure, exchange.error = "too_large", str(exc)
        except BodyTruncated as exc:
            exchange.failure, exchange.error = "network_error", str(exc)
        except requests.Timeout as exc:
            exchange.failure = "network_error"
            exchange.error = f"timed out (limits: connect {connect:g} s, read {read:g} s): {_describe(exc)}"
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
            exchange.failure = "network_error"
            exchange.error = f"transfer cut short mid-body (connection closed or reset): {_describe(exc)}"
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            exchange.failure = "network_error"
            exchange.error = f"connection failed: {_describe(exc)}"
        except ValueError as exc:
            # requests parses Location even with allow_redirects=False; a malformed one lands here.
            exchange.failure = "http_error"
            exchange.error = f"malformed response (a bad Location header?): {exc}"
        if exchange.failure is not None:
            exchange.body = None
        return exchange

    def _send(self, wire_url: str, headers: dict[str, str]) -> requests.Response:
        """One GET through the thread's session, streamed, redirects left to :meth:`_follow`.

        Our own sessions in snapshot mode (``trust_env`` off: no proxies, netrc or CA bundle
        from the environment) skip ``Session.request``, whose merging of session settings and
        environment costs ~0.25 ms a request (a ``get`` took 1.16-1.31 ms of CPU against the
        local snapshot server, 0.84-1.05 ms this way): the request is prepared with the session's
        headers, cookies and hooks, which is all that merging adds there, and sent by
        ``Session.send`` (cookies stored, hooks run as before).  Live mode keeps ``get``: its rate
        limit, not CPU, bounds it, and the environment's proxies and CA bundle must apply.
        """
        session = self._session
        kwargs = {"timeout": self.config.timeout, "stream": True, "allow_redirects": False}
        if self._given_session is not None or session.trust_env or session.auth or session.params:
            return session.get(wire_url, headers=headers, **kwargs)
        merged = CaseInsensitiveDict(session.headers)
        merged.update(headers)
        prepared = requests.PreparedRequest()
        prepared.prepare(method="GET", url=wire_url, headers=merged, cookies=session.cookies,
                         hooks=session.hooks)
        return session.send(prepared, proxies=session.proxies, verify=session.verify, cert=session.cert,
                            **kwargs)

    def _retry_delay(self, exchange: _Exchange, attempt: int) -> float | None:
        """Seconds to wait before trying again, or None when this answer is final."""
        if attempt > self.config.retries:
            return None
        if exchange.failure is not None:
            if exchange.failure != "network_error":
                return None
        elif exchange.status not in RETRY_STATUSES or _UNSUPPORTED_METHOD in (exchange.body or b""):
            return None
        asked = parse_retry_after(exchange.headers.get("Retry-After"))
        if asked is not None:
            return min(asked, self.config.max_retry_after)
        return backoff_delay(attempt, self.config.backoff_base, self.config.max_retry_after, self._rng)


def _describe(exc: BaseException) -> str:
    """The telling part of a requests/urllib3 exception, which nest and repeat one another."""
    while True:
        if isinstance(exc, urllib3.exceptions.MaxRetryError) and exc.reason is not None:
            exc = exc.reason
        elif exc.args and isinstance(exc.args[0], BaseException):
            exc = exc.args[0]
        else:
            break
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc) or type(exc).__name__


def _with_params(url: str, params: dict | None) -> str:
    if not params:
        return url
    query = urlencode(params, doseq=True)
    return f"{url}{'&' if urlsplit(url).query else '?'}{query}"


def _result(url: str, source: str, expect: str, followed: _Followed) -> FetchResult:
    """Classify the end of a fetch into one outcome, with text decoded only for usable bodies."""
    exchange = followed.exchange or _Exchange()
    headers = exchange.headers
    result = FetchResult(
        url=url,
        source=source,
        outcome="ok",
        fetched_at=datetime.now(UTC),
        final_url=followed.final_url,
        status=exchange.status,
        content_type=headers.get("Content-Type"),
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
        attempts=followed.attempts,
    )
    status, body = exchange.status, exchange.body
    if followed.outcome is not None:
        result.outcome, result.error = followed.outcome, followed.error
    elif exchange.failure is not None:
        result.outcome, result.error = exchange.failure, _after(exchange.error or "", followed.attempts)
    elif status == 304:
        result.outcome = "not_modified"
    elif status in BLOCK_STATUSES:
        result.outcome, result.error = "blocked", BLOCK_STATUSES[status]
    elif status is not None and 200 <= status < 300 and body is not None:
        _fill_content(result, body, expect)
    else:
        result.outcome = "http_error"
        result.error = _after(f"HTTP {status} {_phrase(status)}", followed.attempts)
        if status is not None and status >= 500 and body:
            result.error += f": {snippet(decode_body(body, result.content_type)[0])}"
        elif status in _REDIRECTS:
            result.error += " without a Location header"
    return result


def _fill_content(result: FetchResult, body: bytes, expect: str) -> None:
    if not (body if expect == "binary" else body.strip()):
        result.outcome, result.error = "empty", f"HTTP {result.status} with an empty body"
        return
    if looks_like_html(body, result.content_type) and (why := challenge_reason(body)):
        result.outcome, result.error = "blocked", why
        return
    if expect != "binary":
        text, encoding = decode_body(body, result.content_type, html=expect == "html")
        if expect == "json" and (why := json_reason(text)):
            result.outcome, result.error = "blocked", why
            return
        result.text, result.encoding = text, encoding
    result.body = body


def _phrase(status: int | None) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _after(error: str, attempts: int) -> str:
    return f"{error} (after {attempts} attempts)" if attempts > 1 else error
