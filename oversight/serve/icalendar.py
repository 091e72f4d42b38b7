"""iCalendar (RFC 5545) feeds of panel meetings and statutory deadlines, for people's own calendars.

Text is escaped as the RFC requires (backslash, semicolon, comma, newline) and long lines are folded
at 75 octets, so untrusted text from papers cannot add properties or events of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

from fastapi.responses import StreamingResponse

from oversight.rules.catalogue import RULES_BY_ID
from oversight.store.queries_deadlines import DeadlineRow
from oversight.store.queries_meetings import MeetingRow

PRODUCT = "-//Oversight//Police accountability register//EN"


def escape_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF and a space (never mid-character)."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces) + "\r\n"


def _event(uid: str, start: date | datetime, summary: str, url: str, description: str = "",
           location: str | None = None) -> Iterator[str]:
    yield "BEGIN:VEVENT"
    yield f"UID:{uid}"
    yield f"DTSTAMP:{datetime(2000, 1, 1):%Y%m%dT%H%M%SZ}"
    if isinstance(start, datetime):
        yield f"DTSTART:{start:%Y%m%dT%H%M%S}"
    else:
        yield f"DTSTART;VALUE=DATE:{start:%Y%m%d}"
        yield f"DTEND;VALUE=DATE:{start + timedelta(days=1):%Y%m%d}"
    yield f"SUMMARY:{escape_text(summary)}"
    if description:
        yield f"DESCRIPTION:{escape_text(description)}"
    if location:
        yield f"LOCATION:{escape_text(location)}"
    yield f"URL:{url}"
    yield "END:VEVENT"


def _calendar(name: str, events: Iterable[Iterator[str]]) -> Iterator[str]:
    yield fold("BEGIN:VCALENDAR") + fold("VERSION:2.0") + fold(f"PRODID:{PRODUCT}") + fold(f"X-WR-CALNAME:{name}")
    for event in events:
        yield "".join(fold(line) for line in event)
    yield fold("END:VCALENDAR")


def _start(row: MeetingRow) -> date | datetime | None:
    if row.date is None:
        return None
    if row.start_time and len(row.start_time) == 5 and row.start_time[2] == ":":
        hour, minute = int(row.start_time[:2]), int(row.start_time[3:])
        if hour < 24 and minute < 60:
            return datetime(row.date.year, row.date.month, row.date.day, hour, minute)
    return row.date


def meetings_calendar(rows: Iterable[MeetingRow], base_url: str) -> Iterator[str]:
    """Every dated meeting as an event (local time, as the minutes give it)."""
    def events() -> Iterator[Iterator[str]]:
        for row in rows:
            start = _start(row)
            if start is not None:
                yield _event(f"meeting-{row.id}@oversight", start, row.body or row.paper_title or "Panel meeting",
                             f"{base_url}/meetings/{row.id}", location=row.venue)
    return _calendar("Police and Crime Panel meetings", events())


def deadlines_calendar(rows: Iterable[DeadlineRow], base_url: str) -> Iterator[str]:
    """Every statutory deadline with a due date as an all-day event."""
    def events() -> Iterator[Iterator[str]]:
        for row in rows:
            if row.due is None:
                continue
            rule = RULES_BY_ID.get(row.rule)
            title = rule.title if rule else row.rule
            yield _event(f"deadline-{row.id}@oversight", row.due, f"{title} ({row.status.replace('_', ' ')})",
                         f"{base_url}/deadlines#deadline-{row.id}", description=row.reason)
    return _calendar("Statutory deadlines", events())


def calendar_response(name: str, lines: Iterator[str]) -> StreamingResponse:
    return StreamingResponse(lines, media_type="text/calendar; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{name}.ics"'})
