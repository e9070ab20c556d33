"""Sentence segmentation with offsets, for Chinese and English text.

Facts quote the sentence they come from, so segmentation keeps exact offsets into the original
text (a quote must be a substring of the document).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


# Chinese sentence ends: 。！？； and line breaks.  English: . ! ? followed by space and an
# upper-case letter/quote/digit — but not after common abbreviations or inside decimals (2.31).
#
# Both patterns start with one character class (the first character decides the branch), so
# that re scans for it at C speed: a pattern starting with an alternation, a repeat or a
# look-behind is tried at every position. They mean "[。！？；!?;]+[”’」』）)]*|\n+" and
# "(?<=[.!?])[\"'”’)]*\s+(?=…)"; an English cut is where group 1 starts.
_ZH_END = re.compile(r"[。！？；!?;\n](?:(?<=\n)\n*|(?<!\n)[。！？；!?;]*[”’」』）)]*)")
# _ZH_END on an ASCII text (the same ends: its other characters cannot occur there), whose class
# re tests from a bitmap, where _ZH_END's class of wide characters costs a table walk a character.
_ZH_END_ASCII = re.compile(r"[!?;\n](?:(?<=\n)\n*|(?<!\n)[!?;]*[)]*)")
_EN_END = re.compile(r"[.!?]([\"'”’)]*\s+)(?=[\"'“‘(]?[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|St|Co|Corp|Inc|Ltd|vs|approx|etc|e\.g|i\.e)|\bU\.S|(?<![&\w])[A-Z])\.$"
)


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each keeps its [start, end) offsets into ``text``."""
    return list(_split(text))


# The metric and the event extractor both split the document they are given (the same string
# unless it had full-width digits): the last few splits are kept so the second call is free.
@lru_cache(maxsize=4)
def _split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        pos = block_start
        block = text[block_start:block_end]
        # (most Chinese blocks hold none of these, which _EN_END opens with: no scan for them)
        if "." in block or "!" in block or "?" in block:
            for cut in _cuts(block):
                _append(out, text, pos, block_start + cut)
                pos = block_start + cut
        _append(out, text, pos, block_end)
    return tuple(out)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Chinese-style ends first (they never need abbreviation checks). (A list, not a generator:
    a block is about a sentence long, and a generator step costs as much as the work per block.)"""
    ends = [m.end() for m in (_ZH_END_ASCII if text.isascii() else _ZH_END).finditer(text)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))  # (the text after the last end; an empty text: one empty block)
    return list(zip([0, *ends], ends))


def _cuts(block: str):
    for m in _EN_END.finditer(block):
        cut = m.start(1)
        head = block[:cut].rstrip("\"'”’)")
        if _ABBREV.search(head[-12:]):
            continue
        yield cut


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    # Trim surrounding white space but keep offsets exact. (str.strip removes exactly the
    # characters str.isspace holds true for, in C, where a loop over them costs a step each.)
    chunk = text[start:end]
    body = chunk.strip()
    if body:
        start += len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start, start + len(body), body))
