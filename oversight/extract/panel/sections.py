"""Find the agenda-item sections of a set of minutes by what their headings name.

Minutes come as PDF text ("40. Apologies for Absence"), as ModernGov pages (the item number on a line
of its own, the title on the next, then "Additional documents:" and "Minutes:"), as ModernGov tables
flattened into one line per row ("Apologies Members are reminded ... Minutes: Apologies were ... |"),
or with no item numbers at all.  A section here is the stretch from a heading that matches a keyword
to the next item heading, so that "None." can be read as the answer to the heading above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.extract.panel.layout import Line, is_heading_like, lines_of

# A line that is only an item number ("3.", "22/21", "7a") or a numbered heading ("41. Declarations",
# "6 DECLARATIONS OF INTEREST ...").
_ITEM_NUMBER_ONLY = re.compile(r"^(?:\d{1,3}[a-z]?\.?|\d{1,3}/\d{2})$")
_NUMBERED_HEADING = re.compile(r"^\d{1,3}[A-Za-z]?\.?\s+[A-Z(]")
_ROW_END = re.compile(r"\|\s*$")
_MINUTES_MARK = re.compile(r"\b(?:Minutes|Decision)\s*:\s*", re.IGNORECASE)
_BOILERPLATE = re.compile(r"^(?:Additional documents:?|Minutes:?|Decision:?|Supporting documents:?)$", re.I)


@dataclass(frozen=True)
class Section:
    """Paper offsets of a heading and of the body under it (up to the next item heading)."""

    heading_start: int
    heading_end: int
    body_start: int
    body_end: int


def _is_item_heading(lines: list[Line], i: int) -> bool:
    line = lines[i]
    if _ITEM_NUMBER_ONLY.match(line.text):
        return True
    if _NUMBERED_HEADING.match(line.text) and is_heading_like(line.text) and len(line.text) <= 120:
        return True
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    return is_heading_like(line.text) and nxt.lower().startswith("additional documents")


def find_sections(text: str, keyword: re.Pattern[str], max_len: int = 2500) -> list[Section]:
    """Sections whose heading line (or the start of a flattened table row) matches ``keyword``."""
    lines = lines_of(text)
    out: list[Section] = []
    for i, line in enumerate(lines):
        m = keyword.search(line.text)
        if not m:
            continue
        short = len(line.text) <= 140 and (is_heading_like(line.text) or m.start() <= 8)
        row = "|" in line.text or m.start() == 0
        if not (short or row):
            continue
        if not short:
            # A flattened table row: the heading is the keyword, the body is the rest of the row.
            body_start = line.start + m.end()
            end_row = text.find("|", body_start)
            body_end = end_row if end_row != -1 else line.end
            out.append(Section(line.start + m.start(), line.start + m.end(), body_start,
                               min(body_end, body_start + max_len)))
            continue
        body_end = len(text)
        for j in range(i + 1, len(lines)):
            if _is_item_heading(lines, j) and not _BOILERPLATE.match(lines[j].text):
                body_end = lines[j].start
                break
        body_end = min(body_end, line.end + max_len)
        out.append(Section(line.start, line.end, line.end, body_end))
    return out


def minute_body(text: str, section: Section) -> tuple[int, int]:
    """The part of a section that records what happened: after "Minutes:" when the agenda guidance
    comes first (ModernGov pages), else the whole body."""
    body = text[section.body_start : section.body_end]
    m = _MINUTES_MARK.search(body)
    start = section.body_start + (m.end() if m else 0)
    return start, section.body_end


def first_content_line(text: str, start: int, end: int) -> Line | None:
    """The first line in ``[start, end)`` that is not page furniture ("Additional documents:")."""
    for line in lines_of(text[start:end]):
        if _BOILERPLATE.match(line.text):
            continue
        return Line(start + line.start, start + line.end, line.text)
    return None
