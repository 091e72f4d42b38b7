"""Deliverable targets as written ("Q1 2023/24", "2022/23 Q3/Q4", "Q1/Q2, 2023/24", "31/01/24") and
as an inclusive date range.

Quarters are financial-year quarters, as police and crime plans use them: Q1 is April-June of the
first year of "2023/24", Q4 is January-March of the second.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from oversight.extract.common.dates import find_dates

_FY = r"(?:20)?\d{2}[/\-–](?:20)?\d{2}"
_QS = r"Q[1-4](?:\s*(?:/|-|–|and|&)\s*Q?[1-4])?"
_QUARTER = re.compile(rf"(?P<a>{_QS}),?\s*(?P<fy>{_FY})\b|(?P<fy2>{_FY}),?\s*(?P<b>{_QS})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b")
# Phrases that give the deliverable's own timescale (not a milestone inside its update).
_TRIGGER = re.compile(
    r"\b(?:to\s+be\s+delivered|(?:re)?scheduled\s+(?:to\s+be\s+\w+|for(?:\s+completion)?|to\s+\w+(?:\s+\w+)?)"
    r"|due\s+(?:to\s+be\s+\w+\s+)?(?:in|by)|to\s+be\s+completed|target(?:ed)?\s+(?:for|date)|timescale\s*:)",
    re.IGNORECASE,
)
_BY_DATE = re.compile(r"\bby\s+(?=\d{1,2}/\d{1,2}/\d{2,4}\b)", re.IGNORECASE)


def find_target(update: str) -> str | None:
    """The timescale an update states for its deliverable, as written, or None."""
    for m in _TRIGGER.finditer(update):
        window = update[m.end() : m.end() + 60]
        q = _QUARTER.search(window)
        n = _NUMERIC.search(window)
        best = min((x for x in (q, n) if x is not None and x.start() <= 45), key=lambda x: x.start(), default=None)
        if best is not None:
            return best.group(0).strip()
    by = _BY_DATE.search(update)
    if by:
        n = _NUMERIC.match(update, by.end())
        if n:
            return n.group(0)
    return None


def _fy_start(fy: str) -> int:
    first = re.split(r"[/\-–]", fy)[0]
    year = int(first)
    return year + 2000 if year < 100 else year


def _quarter_bounds(fy_start: int, q: int) -> tuple[date, date]:
    month = 4 + 3 * (q - 1)
    year = fy_start + (1 if month > 12 else 0)
    month = month - 12 if month > 12 else month
    end_month = month + 2
    return date(year, month, 1), date(year, end_month, monthrange(year, end_month)[1])


def target_range(target: str) -> tuple[str | None, str | None]:
    """An inclusive ISO range for a target as written; (None, None) when it cannot be read."""
    q = _QUARTER.search(target)
    if q:
        fy = q.group("fy") or q.group("fy2")
        qs = q.group("a") or q.group("b")
        nums = [int(x) for x in re.findall(r"[1-4]", re.sub(r"^Q", "", qs, flags=re.I))]
        if fy and nums:
            start = _fy_start(fy)
            first, _ = _quarter_bounds(start, min(nums))
            _, last = _quarter_bounds(start, max(nums))
            return first.isoformat(), last.isoformat()
    hits = find_dates(target)
    if hits:
        return hits[0].iso, hits[0].iso
    return None, None
