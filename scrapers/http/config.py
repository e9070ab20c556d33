"""Settings of the HTTP client, built in code or read from ``MIITWATCH_*`` environment variables."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MODES = ("snapshot", "live")

# The one list of sources and their hosts; read as plain TOML so that the HTTP layer does not
# import the parsers (scrapers.sources builds its Source objects from the same file).
SOURCES_TOML = Path(__file__).resolve().parents[1] / "sources" / "sources.toml"


def hosts_from_sources(path: Path = SOURCES_TOML) -> frozenset[str]:
    """Every configured source's ``hosts`` (its pages, and attachments on the same hosts) and
    ``attachment_hosts`` (files served from elsewhere; optional), lower-case."""
    sources = tomllib.loads(path.read_text(encoding="utf-8"))["sources"]
    return frozenset(
        host.strip().lower()
        for table in sources.values()
        for host in (*table.get("hosts", ()), *table.get("attachment_hosts", ()))
    )


# Adding a source to sources.toml allows its hosts; MIITWATCH_ALLOWED_HOSTS still overrides.
DEFAULT_ALLOWED_HOSTS = hosts_from_sources()

# A current desktop Chrome on Windows: MIIT answers bare clients with 403 (see
# shared/reference/miit-site.md). Chrome's reduced UA only ever carries "<major>.0.0.0".
CHROME_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/142.0.0.0 Safari/537.36"
)


@dataclass(frozen=True)
class ClientConfig:
    """How the one HTTP client behaves; every field has a polite, production-safe default."""

    mode: str = "snapshot"  # "snapshot" | "live"
    snapshot_base: str | None = None  # e.g. "http://127.0.0.1:8765" (snapshot mode only)
    allowed_hosts: frozenset[str] = DEFAULT_ALLOWED_HOSTS
    rate_limit: float = 1.0  # requests/second per host; 0 = unlimited
    timeout: tuple[float, float] = (10.0, 30.0)  # connect, read
    max_bytes: int = 20_000_000  # body size cap
    retries: int = 3  # retries after the first attempt
    backoff_base: float = 1.0  # seconds; exponential with jitter
    max_retry_after: float = 120.0  # cap on honoured Retry-After (and on any one wait)
    max_redirects: int = 5
    respect_robots: bool = True
    user_agent: str = CHROME_USER_AGENT

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")
        if self.rate_limit < 0 or self.retries < 0 or self.max_bytes <= 0 or self.max_redirects < 0:
            raise ValueError("rate_limit and retries must be >= 0, max_bytes > 0, max_redirects >= 0")
        # Host names are compared lower-case; normalise once here rather than on every request.
        object.__setattr__(self, "allowed_hosts", frozenset(h.strip().lower() for h in self.allowed_hosts))
        if self.snapshot_base is not None:
            object.__setattr__(self, "snapshot_base", self.snapshot_base.rstrip("/"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> ClientConfig:
        """Read ``MIITWATCH_SOURCE`` (snapshot|live), ``MIITWATCH_SNAPSHOT_URL``,
        ``MIITWATCH_RATE_LIMIT``, ``MIITWATCH_ALLOWED_HOSTS`` (comma list), ``MIITWATCH_TIMEOUT``
        ("30" or "10,30" = connect,read), ``MIITWATCH_MAX_BYTES`` and ``MIITWATCH_RETRIES``;
        unset or empty variables keep the defaults."""

        def get(name: str) -> str | None:
            value = environ.get(name, "").strip()
            return value or None

        kwargs: dict[str, object] = {}
        if (mode := get("MIITWATCH_SOURCE")) is not None:
            kwargs["mode"] = mode.lower()
        if (base := get("MIITWATCH_SNAPSHOT_URL")) is not None:
            kwargs["snapshot_base"] = base
        if (rate := get("MIITWATCH_RATE_LIMIT")) is not None:
            kwargs["rate_limit"] = float(rate)
        if (hosts := get("MIITWATCH_ALLOWED_HOSTS")) is not None:
            kwargs["allowed_hosts"] = frozenset(h for h in (p.strip() for p in hosts.split(",")) if h)
        if (timeout := get("MIITWATCH_TIMEOUT")) is not None:
            kwargs["timeout"] = _parse_timeout(timeout)
        if (max_bytes := get("MIITWATCH_MAX_BYTES")) is not None:
            kwargs["max_bytes"] = int(max_bytes)
        if (retries := get("MIITWATCH_RETRIES")) is not None:
            kwargs["retries"] = int(retries)
        return cls(**kwargs)  # type: ignore[arg-type]


def _parse_timeout(value: str) -> tuple[float, float]:
    parts = [float(p) for p in value.split(",")]
    if len(parts) == 1:
        return (parts[0], parts[0])
    if len(parts) == 2:
        return (parts[0], parts[1])
    raise ValueError(f"MIITWATCH_TIMEOUT must be 'seconds' or 'connect,read', not {value!r}")
