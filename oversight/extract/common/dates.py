"""Full day-precision dates a paper mentions, and the date/time readers the extractors share.

``dates_mentioned`` is deliberately conservative: only dates written with a day, a month and a year
("1 February 2023", "2nd February, 2017", "31/01/24", "2025-01-10").  Month-only and yearless dates
are never guessed at, and dates inside a "from ... to ..." range are left out because they describe a
data period rather than something that happened or is due.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from oversight.contract import Paper
from oversight.text import PaperText

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "1 February 2023", "2nd February, 2017", "21ST FEBRUARY 2020", "3July2015" (lost spaces).
_WORD_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[ \t\u00a0]*(?:of[ \t]+)?(?P<m>{_MONTH_WORD})\.?,?[ \t\u00a0]*,?[ \t]*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "February 2, 2017" (rare in UK papers but seen on web pages).
_US_DATE = re.compile(
    rf"\b(?P<m>{_MONTH_WORD})[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,[ \t]*(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_NUM_DATE = re.compile(r"(?<![\d/.])(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d/]|\.\d)")
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
_TIME = re.compile(
    r"(?<![\d.:£$])(?P<h>\d{1,2})(?:[.:](?P<min>[0-5]\d))?[ \t]*(?P<ampm>[ap]\.?m\.?|noon)(?![a-z])",
    re.IGNORECASE,
)
_TIME_24 = re.compile(r"(?<![\d.:£$])(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?![\d.:])")


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    iso: str


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateHit]:
    """Every full date in ``text``, in order of appearance."""
    hits: list[DateHit] = []
    for m in _WORD_DATE.finditer(text):
        month = MONTHS.get(m.group("m").lower()[:3])
        iso = _iso(int(m.group("y")), month or 0, int(m.group("d")))
        if iso:
            hits.append(DateHit(m.start(), m.end(), iso))
    for m in _US_DATE.finditer(text):
        month = MONTHS.get(m.group("m").lower()[:3])
        iso = _iso(int(m.group("y")), month or 0, int(m.group("d")))
        if iso:
            hits.append(DateHit(m.start(), m.end(), iso))
    for m in _NUM_DATE.finditer(text):
        y = m.group("y")
        year = int(y) + 2000 if len(y) == 2 else int(y)
        iso = _iso(year, int(m.group("m")), int(m.group("d")))
        if iso and 1990 <= year <= 2100:
            hits.append(DateHit(m.start(), m.end(), iso))
    for m in _ISO_DATE.finditer(text):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            hits.append(DateHit(m.start(), m.end(), iso))
    hits.sort(key=lambda h: h.start)
    # Overlapping readings of the same characters: keep the first (longest-starting) one.
    out: list[DateHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def first_date(text: str) -> DateHit | None:
    hits = find_dates(text)
    return hits[0] if hits else None


def find_times(text: str) -> list[tuple[int, int, str]]:
    """Clock times as (start, end, "HH:MM"): "1.00 pm", "10:00am", "2PM", "13:30"."""
    out: list[tuple[int, int, str]] = []
    for m in _TIME.finditer(text):
        hour = int(m.group("h"))
        minute = int(m.group("min") or 0)
        ampm = m.group("ampm").lower()
        if ampm == "noon":
            hour, minute = 12, minute
        elif hour > 12 or hour == 0:
            continue
        elif ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        out.append((m.start(), m.end(), f"{hour:02d}:{minute:02d}"))
    taken = [(s, e) for s, e, _ in out]
    for m in _TIME_24.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append((m.start(), m.end(), f"{int(m.group('h')):02d}:{m.group('min')}"))
    out.sort()
    return out


_RANGE_AFTER = re.compile(r"^\s*(?:to|until|till|-|–)\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s*$", re.IGNORECASE)


def extract_dates(paper: PaperText, record: Paper) -> None:
    """Fill ``dates_mentioned`` with distinct full dates, leaving out both ends of a range."""
    text = paper.text
    hits = find_dates(text)
    found: set[str] = set()
    for i, h in enumerate(hits):
        before = text[max(0, h.start - 12) : h.start]
        if _RANGE_BEFORE.search(before):
            continue
        if i + 1 < len(hits) and _RANGE_AFTER.match(text[h.end : hits[i + 1].start]):
            continue
        if i > 0 and _RANGE_AFTER.match(text[hits[i - 1].end : h.start]):
            continue
        found.add(h.iso)
    record.dates_mentioned = sorted(found)
