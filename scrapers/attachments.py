"""Text of downloaded attachments (PDF for now), for fact extraction from policy files."""
from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError

# pypdf logs every recoverable oddity of real-world PDFs as a warning; they are not actionable.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# A line break between two CJK characters is a layout wrap, not a sentence boundary.
_CJK_WRAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])\n(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef0-9])")


def pdf_text(data: bytes) -> str:
    """The text of a PDF, pages separated by blank lines, CJK line wraps joined.

    Raises ``ValueError`` with a clear message when the bytes are not a readable PDF.
    """
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"unreadable PDF: {exc}") from exc
    return "\n\n".join(_CJK_WRAP.sub("", p).strip() for p in pages if p.strip())
