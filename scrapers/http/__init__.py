"""The careful HTTP client every source fetches through (snapshot and live mode alike)."""

from scrapers.http.client import HttpClient
from scrapers.http.config import ClientConfig

__all__ = ["ClientConfig", "HttpClient"]
