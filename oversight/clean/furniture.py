"""Page furniture: bare page numbers, logo debris, running headers and footers, web chrome.

Removal is conservative: a bare number is a page number only where page numbers sit (at the edge
of a page, or alone between the wide gaps a page break leaves in a text dump), because tables
flattened one cell per line are full of bare numbers that are content.
"""

from __future__ import annotations

import re

from oversight.clean.lines import Line

_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,3}\s*[-–—]$|^\d{1,3}\s*\|\s*page$", re.I
)
_DEBRIS = re.compile(r"^(?:[A-Z](?:\s+[A-Z]){0,2}|[^\w£$€%]{1,40})$")
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content(?: skip to menu)?|skip content(?: skip content)?|main content is below"
    r"|open menu|close menu|back to top|print this page|share this page)$",
    re.I,
)
_NUMBER_STARTS = frozenset("0123456789pP-–—")
# Running text repeats from the first pages on; a bounded memory of edge lines is enough.
_REMEMBERED = 2000
_DIGITS = re.compile(r"\d+")


def strip_furniture(lines: list[Line], paged: bool) -> list[Line]:
    """``lines`` of one page without page numbers, debris and web chrome.

    ``paged`` says the input had real page breaks, so a bare number at the top or bottom of the page
    is its number; in a single-page text dump only a number standing alone between wide gaps is.
    """
    keep: list[Line] = []
    first, last = _edges(lines)
    carry: int | None = None
    for index, line in enumerate(lines):
        text = line.text
        drop = False
        if line.separator:
            pass
        elif len(text) <= 20 and text[0] in _NUMBER_STARTS and _PAGE_NUMBER.match(text):
            after = lines[index + 1].blank_before if index + 1 < len(lines) else 2
            drop = (paged and index in (first, last)) or after >= 2 or text.lower().startswith("page")
        elif len(text) <= 40 and (_DEBRIS.match(text) or _CHROME.match(text)):
            drop = not text.startswith("•")
        if drop:
            # The gap a removed line leaves is the gap that stood before it.
            if carry is None:
                carry = line.blank_before
            continue
        if carry is not None:
            line.blank_before = carry
            carry = None
        keep.append(line)
    return keep


def _edges(lines: list[Line]) -> tuple[int, int]:
    real = [i for i, line in enumerate(lines) if not line.separator]
    if not real:
        return -1, -1
    return real[0], real[-1]


class RunningText:
    """Learns the lines that repeat at the top or bottom of pages and removes them.

    A line (digits masked, so "Page 3" and "Page 4" match) that stands at the same edge of a page
    as it did on an earlier page is a running header or footer: a paper's own lines do not recur
    at the very top or bottom of its pages.  It is dropped from every later page's edge.
    """

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()

    def apply(self, lines: list[Line]) -> list[Line]:
        if len(lines) < 3:
            return lines
        drop: set[int] = set()
        for index, edge in ((0, "top"), (len(lines) - 1, "bottom")):
            key = _key(lines[index].text)
            if not key:
                continue
            if (edge, key) in self.seen:
                drop.add(index)
            elif len(self.seen) < _REMEMBERED:
                self.seen.add((edge, key))
        if not drop:
            return lines
        kept = [line for i, line in enumerate(lines) if i not in drop]
        if 0 in drop and kept:
            kept[0].blank_before = 0
        return kept


def _key(text: str) -> str:
    if len(text) > 120 or len(text) < 4 or text.startswith("•"):
        return ""
    return _DIGITS.sub("#", text.casefold())
