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


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, iso)`` for every valid full date in ``text``."""
    out: list[tuple[int, int, str]] = []
    for match in _DATE.finditer(text):
        iso = _iso(match)
        if iso is not None:
            out.append((match.start(), match.end(), iso))
    return out


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
