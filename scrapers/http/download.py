"""Reads a streamed response body with a size cap, and notices transfers that were cut short."""

from __future__ import annotations

import requests

_CHUNK = 64 * 1024


class BodyTooLarge(Exception):
    """The body is over the size cap; the download was stopped."""


class BodyTruncated(Exception):
    """Fewer bytes arrived than the server announced."""


def read_capped(response: requests.Response, max_bytes: int) -> bytes:
    """The whole body of a ``stream=True`` response, or :class:`BodyTooLarge` past ``max_bytes``.

    The cap counts decoded bytes, so a small gzip bomb cannot get round it. Network failures
    mid-body surface as ``requests`` exceptions from ``iter_content``.
    """
    declared = _declared_length(response)
    if declared is not None and declared > max_bytes:
        raise BodyTooLarge(
            f"Content-Length {declared} bytes is over the {max_bytes}-byte cap; not downloaded"
        )
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise BodyTooLarge(f"body passed the {max_bytes}-byte cap; download stopped")
        chunks.append(chunk)
    # urllib3 normally raises on a short body itself; this catches any path where it did not.
    if declared is not None and size < declared:
        raise BodyTruncated(f"transfer cut short: {size} of {declared} announced bytes arrived")
    return b"".join(chunks)


def _declared_length(response: requests.Response) -> int | None:
    """Content-Length when it counts the body bytes we read (not for compressed bodies)."""
    if response.headers.get("Content-Encoding", "identity").strip().lower() not in ("", "identity"):
        return None
    value = response.headers.get("Content-Length", "").strip()
    return int(value) if value.isdigit() else None
