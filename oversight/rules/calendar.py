"""iCalendar (RFC 5545) export of upcoming statutory dates and panel meetings, written by hand.

The format is small enough not to need a library: CRLF line endings, content lines folded at 75
octets (never inside a UTF-8 sequence), TEXT values escaped (backslash, semicolon, comma, newline),
and a UID and DTSTAMP on every event so calendar clients can update rather than duplicate them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Engine

from oversight.rules.catalogue import RULES_BY_ID
from oversight.rules.model import STATUS_LABELS, Evaluation

PRODID = "-//Oversight//Statutory calendar//EN"
UID_DOMAIN = "oversight.invalid"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    description: str = ""
    start_time: str | None = None  # "HH:MM" local time; all-day when None
    location: str | None = None


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 section 3.3.11 requires."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded so no physical line exceeds 75 octets; continuation lines begin with a space."""
    parts: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # the leading space of a continuation line counts
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _event_lines(event: CalendarEvent, stamp: datetime) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}"]
    if event.start_time:
        hour, minute = (int(x) for x in event.start_time.split(":"))
        start = datetime.combine(event.day, time(hour, minute))
        lines.append(f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}")
        lines.append(f"DTEND;VALUE=DATE:{(event.day + timedelta(days=1)).strftime('%Y%m%d')}")
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    lines.append("END:VEVENT")
    return lines


def render_calendar(events: Iterable[CalendarEvent], stamp: datetime | None = None) -> str:
    """The iCalendar text for ``events``."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for event in events:
        lines.extend(_event_lines(event, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _uid(*parts: object) -> str:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def deadline_events(evaluations: Iterable[Evaluation], today: date) -> list[CalendarEvent]:
    """Statutory dates still ahead and still open: one event per evaluation due today or later that is not
    already met (or not required); "cannot tell" stays in, since the duty may yet apply."""
    out: list[CalendarEvent] = []
    for e in evaluations:
        if e.due is None or e.due < today or e.status in ("met", "not_required"):
            continue
        rule = RULES_BY_ID.get(e.rule)
        title = rule.title if rule else e.rule
        citation = rule.citation if rule else ""
        description = f"{citation}\n{e.subject}\nStatus: {STATUS_LABELS.get(e.status, e.status)}. {e.reason}"
        out.append(CalendarEvent(_uid("deadline", e.rule, e.subject_type, e.subject_id), e.due,
                                 f"{title} due ({e.subject})"[:200], description))
    return out


def meeting_events(engine: Engine, today: date) -> list[CalendarEvent]:
    """Panel meetings from today on: those minuted (rare) and those on a forward plan."""
    from sqlalchemy import select

    from oversight.store import models as m
    from oversight.store.db import session_scope

    out: list[CalendarEvent] = []
    with session_scope(engine) as session:
        for entry in session.scalars(select(m.ForwardPlanEntry).where(m.ForwardPlanEntry.date >= today)):
            assert entry.date is not None
            items = "\n".join(f"- {item}" for item in entry.items)
            venue = None if (entry.venue or "").strip().upper() in ("", "TBC") else entry.venue
            out.append(CalendarEvent(_uid("forward_plan_entry", entry.date, entry.time or ""), entry.date,
                                     "Police and Crime Panel meeting", items, entry.time, venue))
        for meeting in session.scalars(select(m.Meeting).where(m.Meeting.date >= today)):
            assert meeting.date is not None
            out.append(CalendarEvent(_uid("meeting", meeting.id), meeting.date, meeting.body or "Panel meeting",
                                     "", meeting.start_time, meeting.venue))
    unique: dict[str, CalendarEvent] = {e.uid: e for e in out}
    return list(unique.values())


def write_ics(engine: Engine, path: Path, today: date | None = None, since: date | None = None) -> int:
    """Write statutory dates and meetings from ``since`` (default: today) on to ``path`` as iCalendar.

    Duties are evaluated as of ``today``; ``since`` only widens the window, so an archive of past
    meetings can be exported too.  Returns the number of events written.
    """
    from oversight.rules import evaluate

    today = today or date.today()
    cutoff = since or today
    events = sorted(deadline_events(evaluate(engine, today), cutoff) + meeting_events(engine, cutoff),
                    key=lambda e: (e.day, e.start_time or "", e.uid))
    Path(path).write_bytes(render_calendar(events).encode("utf-8"))
    return len(events)
