"""When to try a request again and how long to wait first (exponential backoff, Retry-After)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# 521 is a JS cookie challenge and 403 a refusal: waiting does not lift them, so neither is here.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 520, 522, 523, 524})


def backoff_delay(retry: int, base: float, cap: float, rng: random.Random) -> float:
    """Seconds to wait before retry number ``retry`` (1, 2, ...): ``base * 2**(retry-1)``, capped,
    with "equal jitter" (between half and all of it) so clients spread out but never hammer."""
    delay = min(cap, base * 2 ** (retry - 1))
    return delay / 2 + rng.uniform(0, delay / 2)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())
