"""Per-host request spacing, so no site sees more than ``rate`` requests a second from us.

A minimum interval per host on a monotonic clock, rather than a token-bucket library such as
pyrate-limiter: politeness wants evenly spaced requests with no bursts, which is exactly a
min-interval; it is a dozen lines, and takes an injected clock/sleep so tests measure spacing
without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class HostRateLimiter:
    """Blocks in :meth:`wait` until the host may be sent another request."""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._host_interval: dict[str, float] = {}
        self._next_slot: dict[str, float] = {}
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()

    def slow_down(self, host: str, interval: float) -> None:
        """Space ``host`` at least ``interval`` seconds apart (robots.txt Crawl-delay).

        Ignored when rate limiting is off, so a local snapshot is never slowed by it.
        """
        if self._interval > 0 and interval > self._interval:
            with self._lock:
                self._host_interval[host] = interval

    def wait(self, host: str) -> float:
        """Wait for ``host``'s next slot and return the seconds waited."""
        if self._interval <= 0:
            return 0.0
        # Reserve the slot under the lock but sleep outside it, so threads fetching other
        # hosts are not held up and threads on the same host queue up in order.
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self._host_interval.get(host, self._interval)
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return delay
