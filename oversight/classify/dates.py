"""Dates written with a day, a month and a year, as ISO strings, with where they stand.

Covers the forms papers use: "1 February 2023", "15th March 2023", "Thursday, 2nd February, 2017",
"20/01/2020", "18.01.2016" (day first, as in the UK) and "2025-01-10".
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t]*(?:of[ \t]+)?,?[ \t]*(?P<m>{_MONTH})[ \t]*,?[ \t]*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d/.])(?P<nd>\d{1,2})[/.](?P<nm>\d{1,2})[/.](?P<ny>(?:19|20)\d\d)(?![\d/])"
    r"|(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?!\d)",
    re.I,
)

_DIGIT = re.compile(r"\d")


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, iso)`` for every valid full date in ``text``."""
    out: list[tuple[int, int, str]] = []
    for match in _matches(text):
        iso = _iso(match)
        if iso is not None:
            out.append((match.start(), match.end(), iso))
    return out


def _matches(text: str) -> list[re.Match[str]]:
    """What ``_DATE.finditer(text)`` gives, found faster.

    Every form of date starts with a digit, so the pattern is tried only where a digit stands: a
    scan for a digit is quick, while the pattern, which opens with look-behinds, would be tried at
    every character.
    """
    out: list[re.Match[str]] = []
    search = _DIGIT.search
    match_at = _DATE.match
    position = 0
    while True:
        digit = search(text, position)
        if digit is None:
            return out
        start = digit.start()
        match = match_at(text, start)
        if match is None:
            position = start + 1
        else:
            out.append(match)
            position = match.end()


def _iso(match: re.Match[str]) -> str | None:
    try:
        if match.group("m"):
            month = _MONTHS.get(match.group("m")[:3].lower())
            if month is None:
                return None
            return date(int(match.group("y")), month, int(match.group("d"))).isoformat()
        if match.group("nd"):
            return date(int(match.group("ny")), int(match.group("nm")), int(match.group("nd"))).isoformat()
        return date(int(match.group("iy")), int(match.group("im")), int(match.group("id"))).isoformat()
    except ValueError:
        return None
