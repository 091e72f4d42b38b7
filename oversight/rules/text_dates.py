"""Dates a paper states against a label ("Date of Notification: 23 January 2023", "published on ..."),
read with bounded patterns so any line length stays linear."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from oversight.extract.common.dates import find_dates


@dataclass(frozen=True)
class LabelledDate:
    value: date
    start: int
    end: int


def labelled_date(text: str, label: re.Pattern[str], reach: int = 60) -> LabelledDate | None:
    """The first full date within ``reach`` characters after a match of ``label`` (offsets into ``text``)."""
    for match in label.finditer(text):
        window = text[match.end():match.end() + reach]
        hits = find_dates(window)
        if hits:
            hit = hits[0]
            return LabelledDate(date.fromisoformat(hit.iso), match.start(), match.end() + hit.end)
    return None


NOTIFIED = re.compile(r"\b(?:date of notification|notified(?: to the panel)?(?: on)?|notification (?:was )?"
                      r"received(?: on)?)\b", re.IGNORECASE)
REPORT_DATED = re.compile(r"\bdate of (?:the )?report\b", re.IGNORECASE)
PUBLISHED = re.compile(r"\b(?:was )?published(?: on)?\b", re.IGNORECASE)
