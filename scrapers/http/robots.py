"""robots.txt: fetched once per host through the client's own transport, parsed with Protego.

Protego (Scrapy's parser) rather than ``urllib.robotparser``: RFC 9309 asks for the longest
matching rule and ``*``/``$`` wildcards, and the stdlib applies the first matching rule and
knows no wildcards, so ``Disallow: /a/`` before ``Allow: /a/ok`` would wrongly refuse /a/ok.

Cached per host (``netloc``), not per scheme: MIIT links the same site over http and https.
What each answer means (RFC 9309 §2.3.1):
- 2xx: parse it (an empty file allows everything) and keep it ``CACHE_TTL_S`` (RFC: at most 24 h).
- 4xx other than 429 ("unavailable"): allow everything.
- 429, 5xx, network failure, a redirect off the allow-list ("unreachable"): the RFC says
  assume complete disallow. We do, but only for ``UNREACHABLE_RECHECK_S``, then fetch robots.txt
  again, rather than for the whole run: a flaky government server answering one 503 (after the
  client's own retries) should not cost a whole day's crawl, and refused pages are recorded and
  retried on the next run anyway.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from protego import Protego

# The product token we match robots.txt groups with; no group names it, so "*" applies.
ROBOTS_AGENT = "miitwatch"
UNREACHABLE_RECHECK_S = 60.0
CACHE_TTL_S = 24 * 3600.0


@dataclass(frozen=True)
class RobotsAnswer:
    """What fetching one robots.txt gave: a status and body, or a failure."""

    status: int | None  # None when no HTTP answer arrived
    body: bytes | None
    error: str | None = None  # why it could not be fetched, when it could not


@dataclass(frozen=True)
class _Policy:
    """One host's robots.txt verdict until ``expires`` (on the client's monotonic clock)."""

    rules: Protego | None  # None = allow everything
    expires: float
    refusal: str | None = None  # set = refuse everything (robots.txt unreachable), with this reason


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class RobotsCache:
    """Answers "may we fetch this URL?", fetching each host's robots.txt on first need."""

    def __init__(
        self,
        fetch: Callable[[str], RobotsAnswer],
        *,
        clock: Callable[[], float] = time.monotonic,
        on_crawl_delay: Callable[[str, float], None] | None = None,
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._on_crawl_delay = on_crawl_delay
        self._policies: dict[str, _Policy] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def refusal(self, url: str) -> str | None:
        """None if ``url`` may be fetched, else the reason it may not."""
        host = urlsplit(url).netloc.lower()
        policy = self._policy(host, url)
        if policy.refusal is not None:
            return policy.refusal
        if policy.rules is not None and not policy.rules.can_fetch(url, ROBOTS_AGENT):
            return f"robots.txt of {host} disallows this path"
        return None

    def _policy(self, host: str, url: str) -> _Policy:
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        # One fetch per host even when several threads ask at once.
        with host_lock:
            policy = self._policies.get(host)
            if policy is None or policy.expires <= self._clock():
                policy = self._load(host, robots_url(url))
                self._policies[host] = policy
            return policy

    def _load(self, host: str, url: str) -> _Policy:
        answer = self._fetch(url)
        status = answer.status
        if status is not None and 200 <= status < 300 and answer.error is None:
            text = (answer.body or b"").decode("utf-8", errors="replace")
            rules = Protego.parse(text)
            delay = rules.crawl_delay(ROBOTS_AGENT)
            if delay and self._on_crawl_delay is not None:
                self._on_crawl_delay(host, float(delay))
            return _Policy(rules, self._clock() + CACHE_TTL_S)
        if status is not None and 400 <= status < 500 and status != 429:
            return _Policy(None, self._clock() + CACHE_TTL_S)
        why = answer.error or f"HTTP {status}"
        return _Policy(
            None,
            self._clock() + UNREACHABLE_RECHECK_S,
            refusal=(
                f"robots.txt of {host} unreachable ({why}); RFC 9309 says assume disallow, "
                f"so pages are refused and robots.txt re-fetched after {UNREACHABLE_RECHECK_S:.0f} s"
            ),
        )
