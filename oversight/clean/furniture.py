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
# _CHROME's phrases written out, for ASCII lines (where matching without case is lower-casing).
_CHROME_PHRASES = frozenset(
    (
        "skip to content", "skip to main content", "skip to content skip to menu",
        "skip to main content skip to menu", "skip content", "skip content skip content", "main content is below",
        "open menu", "close menu", "back to top", "print this page", "share this page",
    )
)
_CHROME_INITIALS = frozenset("sSmMoOcCbBpP")
# Running text repeats from the first pages on; a bounded memory of edge lines is enough.
_REMEMBERED = 2000
_DIGITS = re.compile(r"\d+")


def strip_furniture(lines: list[Line], paged: bool) -> list[Line]:
    """``lines`` of one page without page numbers, debris and web chrome.

    ``paged`` says the input had real page breaks, so a bare number at the top or bottom of the page
    is its number; in a single-page text dump only a number standing alone between wide gaps is.
    """
    # Only short lines can be furniture; most pages have few, so only they are examined.
    short = [index for index, line in enumerate(lines) if len(line.text) <= 40 and not line.separator]
    if not short:
        return lines
    first, last = _edges(lines)
    drop: list[int] = []
    for index in short:
        text = lines[index].text
        if len(text) <= 20 and text[0] in _NUMBER_STARTS and _PAGE_NUMBER.match(text):
            after = lines[index + 1].blank_before if index + 1 < len(lines) else 2
            if (paged and index in (first, last)) or after >= 2 or text.lower().startswith("page"):
                drop.append(index)
        elif _debris_or_chrome(text) and text[0] != "•":
            drop.append(index)
    if not drop:
        return lines
    keep: list[Line] = []
    previous = -1
    carry: int | None = None
    for index in drop:
        if index > previous + 1:
            kept = lines[previous + 1 : index]
            if carry is not None:
                # The gap a removed line leaves is the gap that stood before it.
                kept[0].blank_before = carry
                carry = None
            keep.extend(kept)
        if carry is None:
            carry = lines[index].blank_before
        previous = index
    kept = lines[previous + 1 :]
    if kept and carry is not None:
        kept[0].blank_before = carry
    keep.extend(kept)
    return keep


def _debris_or_chrome(text: str) -> bool:
    """Whether ``_DEBRIS`` or ``_CHROME`` matches ``text``, without trying them where they cannot.

    Debris opens with a capital standing alone or a character that is not a letter, digit or
    underscore, and chrome is a handful of fixed phrases; most short lines (headings, table cells)
    are neither, and an ASCII line is judged by its first characters and a set lookup.
    """
    first = text[0]
    if not text.isascii():
        # Case-insensitive matching folds some other letters onto ASCII ones: let the patterns judge.
        return _DEBRIS.match(text) is not None or _CHROME.match(text) is not None
    # A capital is debris only standing alone; anything else only if it is no word character.
    capital = "A" <= first <= "Z"
    debris = (len(text) == 1 or text[1].isspace()) if capital else not (first.isalnum() or first == "_")
    if debris and _DEBRIS.match(text) is not None:
        return True
    return first in _CHROME_INITIALS and text.lower() in _CHROME_PHRASES


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
