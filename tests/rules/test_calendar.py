"""The iCalendar export: RFC 5545 line endings, folding, escaping, and one UID and DTSTAMP per event."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine

from oversight.rules.calendar import CalendarEvent, escape_text, fold, render_calendar, write_ics
from oversight.store.db import session_scope
from tests.rules.builders import StoreBuilder


def test_text_escaping_covers_backslash_semicolon_comma_and_newlines() -> None:
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_folding_keeps_every_physical_line_within_75_octets_and_round_trips() -> None:
    line = "SUMMARY:" + "Précept – panel’s report " * 12
    folded = fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == line  # unfolding restores it
    assert fold("SHORT:line") == "SHORT:line"


def test_calendar_has_crlf_endings_and_uid_and_dtstamp_per_event() -> None:
    events = [CalendarEvent("a@x", date(2024, 2, 8), "Panel report due; precept, 2024/25", "line one\nline two"),
              CalendarEvent("b@x", date(2024, 3, 13), "Panel meeting", start_time="13:30", location="Town Hall")]
    text = render_calendar(events, stamp=datetime(2024, 1, 1, 9, 0, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert text.count("BEGIN:VEVENT") == 2 and text.count("UID:") == 2
    assert text.count("DTSTAMP:20240101T090000Z") == 2
    assert "DTSTART;VALUE=DATE:20240208\r\nDTEND;VALUE=DATE:20240209" in text
    assert "DTSTART:20240313T133000" in text
    assert "SUMMARY:Panel report due\\; precept\\, 2024/25" in text
    assert "DESCRIPTION:line one\\nline two" in text


def test_write_ics_writes_upcoming_deadlines_and_forward_plan_meetings(engine: Engine, tmp_path: Path) -> None:
    text = ("REPORT OF THE PANEL ON THE PROPOSED PRECEPT 2025/26\nDate of Notification: 20 January 2025\n"
            "FORWARD PLAN\n12 MARCH 2025 Precept Report\n14 JANUARY 2025 Old meeting\n")
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        report = b.paper(text, "panel_recommendation_report", title=text.splitlines()[0], when=date(2025, 1, 28))
        b.forward_plan_entry(report, "12 MARCH 2025 Precept Report", date(2025, 3, 12), ["Precept Report"],
                             venue="Town Hall, Northtown")
        b.forward_plan_entry(report, "14 JANUARY 2025 Old meeting", date(2025, 1, 14), ["Old meeting"])
    out = tmp_path / "calendar.ics"
    written = write_ics(engine, out, today=date(2025, 2, 1))
    body = out.read_bytes().decode("utf-8")
    # On 1 February: notification (met, today) and the panel's report (met on 28 January) are done; the
    # veto (8 Feb), response (15 Feb) and revised report (22 Feb) may yet apply; issue is due 1 March;
    # and the March meeting is ahead.
    assert written == body.count("BEGIN:VEVENT") == 5
    assert "DTSTART;VALUE=DATE:20250201" not in body
    assert "DTSTART;VALUE=DATE:20250208" in body and "DTSTART;VALUE=DATE:20250301" in body
    assert "DTSTART:20250312T133000" in body and "LOCATION:Town Hall\\, Northtown" in body
    assert "20250114" not in body  # past meetings are left out
    assert write_ics(engine, out, today=date(2025, 2, 1)) == written
