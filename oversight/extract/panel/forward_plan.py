"""Forward plans: each future meeting's date, time, venue and items, from a flattened DATES/ITEMS table.

The text layer flattens the table into one cell per line: the date ("19 JULY 2023 - AGM"), the time,
the venue over several lines, then the items, with long items wrapped onto a lower-case line.  Venue
cells can be split around the items, and a page header can land in the middle of a row; venue lines
are told from items by what they name (rooms, halls, suites, councils, "TBC") and town lines by
following a venue line.
"""

from __future__ import annotations

import re

from oversight.contract import ForwardPlanEntry, Paper
from oversight.extract.common.dates import find_dates, find_times
from oversight.extract.panel.layout import Line, lines_of, squash
from oversight.text import PaperText

_PLAN_HEADING = re.compile(
    r"\b(?:meeting\s+dates|agenda\s+plan|forward\s+(?:agenda\s+)?plan|work\s+programme|dates\s+of\s+(?:future\s+)?meetings)\b",
    re.IGNORECASE,
)
_VENUE_WORD = re.compile(
    r"\b(?:rooms?|hall|suite|chamber|house|centre|center|offices?|buildings?|council|district|county|borough|"
    r"library|virtual|online|teams|zoom|tbc|tba|street|road|lane|square|park|headquarters|hq|civic)\b",
    re.IGNORECASE,
)
_ITEM_WORD = re.compile(
    r"\b(?:report|plan|strategy|questions?|review|update|budget|precept|annual|complaints|procedure|costs|"
    r"recommendations?|actions?|veto|policing|performance)\b",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_PANEL_NAME = re.compile(r"^(?:[A-Z][\w'’]*\s+){1,4}Police,?\s+(?:Fire\s+)?and\s+Crime\s+Panel$")
_STOP = re.compile(r"\bmeeting\s+(?:began|commenced|closed|ended|finished)\b|^CHAIR(?:MAN|PERSON)?$|^ITEM\b", re.I)


def _date_line(line: Line) -> str | None:
    hits = find_dates(line.text)
    if not hits or hits[0].start > 12 or len(line.text.split()) > 9:
        return None
    return hits[0].iso


def _is_junk(text: str) -> bool:
    """Logo residue and running headers ("C P", a page number)."""
    return all(len(w) == 1 for w in text.split()) or text.isdigit()


def _rows(lines: list[Line]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of table rows: a date line followed (within two lines) by a time."""
    starts = []
    for i, ln in enumerate(lines):
        if _date_line(ln) is None:
            continue
        window = " ".join(x.text for x in lines[i : i + 3])
        if find_times(window):
            starts.append(i)
    rows = []
    for k, i in enumerate(starts):
        j = starts[k + 1] if k + 1 < len(starts) else len(lines)
        rows.append((i, j))
    return rows


def _parse_row(paper: PaperText, lines: list[Line]) -> ForwardPlanEntry | None:
    first = lines[0]
    date = _date_line(first)
    time: str | None = None
    rest: list[Line] = []
    for idx, ln in enumerate(lines[1:], start=1):
        if time is None and idx <= 2:
            times = find_times(ln.text)
            if times and len(ln.text) <= 20:
                time = times[0][2]
                continue
        rest.append(ln)
    if time is None:
        times = find_times(first.text)
        time = times[0][2] if times else None
    venue: list[str] = []
    items: list[str] = []
    last_kind = ""
    end = lines[0].end
    for ln in rest:
        t = ln.text
        if _STOP.search(t) or (t.endswith(".") and len(t) > 60):
            break
        if _is_junk(t):
            continue
        if t[:1].islower() and last_kind == "item" and items:
            items[-1] = f"{items[-1]} {t}"
            end = ln.end
            continue
        if t[:1].islower() and last_kind == "venue" and venue:
            venue[-1] = f"{venue[-1]} {t}"
            end = ln.end
            continue
        venue_like = (_VENUE_WORD.search(t) or _POSTCODE.search(t)) and not _ITEM_WORD.search(t)
        town_like = last_kind == "venue" and len(t.split()) <= 2 and not _ITEM_WORD.search(t)
        if venue_like or town_like:
            venue.append(t)
            last_kind = "venue"
        else:
            items.append(t)
            last_kind = "item"
        end = ln.end
    items = [squash(i) for i in items if not _PANEL_NAME.match(squash(i))]
    if date is None:
        return None
    return ForwardPlanEntry(date=date, time=time, venue=squash(" ".join(venue)) or None, items=items,
                            evidence=paper.evidence(first.start, end))


def extract_forward_plan(paper: PaperText, record: Paper) -> None:
    """Meetings listed in a forward plan table (in a forward plan, or under a minutes item on dates)."""
    text = paper.text
    start = 0
    if record.kind != "forward_plan":
        heading = _PLAN_HEADING.search(text)
        if heading is None:
            return
        start = heading.end()
    lines = [Line(ln.start + start, ln.end + start, ln.text) for ln in lines_of(text[start:])]
    rows = _rows(lines)
    if record.kind != "forward_plan" and len(rows) < 2:
        return
    for i, j in rows:
        entry = _parse_row(paper, lines[i:j])
        if entry is not None and (entry.items or entry.venue):
            record.forward_plan.append(entry)
