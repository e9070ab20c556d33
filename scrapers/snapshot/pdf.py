"""A minimal hand-written PDF with extractable Chinese/English text (for the snapshot's attachments).

Text is set in the standard Adobe CJK font STSong-Light (``UniGB-UCS2-H`` encoding, not embedded,
as PDF readers supply it); a ``ToUnicode`` map makes the text extractable (pypdf, pdftotext).
No PDF library is needed and the output is byte-for-byte deterministic.
"""
from __future__ import annotations

_LINE_UNITS = 40          # a line holds 40 full-width characters (ASCII counts as half)
_LINES_PER_PAGE = 48


def _wrap(paragraph: str) -> list[str]:
    lines, current, units = [], "", 0.0
    for ch in paragraph:
        width = 0.5 if ord(ch) < 0x2E80 else 1.0
        if units + width > _LINE_UNITS:
            lines.append(current)
            current, units = "", 0.0
        current += ch
        units += width
    return lines + [current]


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _to_unicode(codes: list[int]) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
             b"1 begincodespacerange", b"<0000> <FFFF>", b"endcodespacerange"]
    for i in range(0, len(codes), 100):  # at most 100 entries per block
        chunk = codes[i:i + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        lines += [b"<%04X> <%04X>" % (c, c) for c in chunk]
        lines.append(b"endbfchar")
    lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    return b"\n".join(lines)


def text_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A PDF (A4) whose pages show ``title`` and ``paragraphs``; characters outside the BMP are
    dropped (UCS-2)."""
    lines = [title, ""]
    for para in paragraphs:
        lines += _wrap(para) + [""]
    lines = ["".join(ch for ch in line if ord(ch) <= 0xFFFF) for line in lines]
    codes = sorted({ord(ch) for line in lines for ch in line})
    pages = [lines[i:i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)] or [[]]

    # Object numbers: 1 catalog, 2 pages, 3 Type0 font, 4 CIDFont, 5 descriptor, 6 ToUnicode,
    # then one (page, content) pair per page.
    page_refs = " ".join(f"{7 + 2 * i} 0 R" for i in range(len(pages)))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{page_refs}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
        b"/FontDescriptor 5 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        _stream(_to_unicode(codes)),
    ]
    for i, page_lines in enumerate(pages):
        ops = [b"BT", b"/F1 11 Tf", b"16 TL", b"56 790 Td"]
        for line in page_lines:
            ops.append(b"<" + line.encode("utf-16-be").hex().upper().encode() + b"> Tj T*")
        ops.append(b"ET")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {8 + 2 * i} 0 R >>".encode())
        objects.append(_stream(b"\n".join(ops)))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
