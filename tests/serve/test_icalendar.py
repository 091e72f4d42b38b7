"""iCalendar feeds: valid structure, escaped text, folded lines."""

from __future__ import annotations

from oversight.serve.icalendar import escape_text, fold
from tests.serve.audit import AuditedClient
from tests.serve.register import Built


def test_text_is_escaped_so_it_cannot_add_properties() -> None:
    assert escape_text("a,b;c\\d\nEND:VEVENT") == "a\\,b\\;c\\\\d\\nEND:VEVENT"


def test_long_lines_fold_at_75_octets_without_splitting_characters() -> None:
    folded = fold("SUMMARY:" + "é" * 100)
    lines = folded.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "".join(line[1:] if i else line for i, line in enumerate(lines)) == "SUMMARY:" + "é" * 100


def test_meetings_and_deadlines_feeds(client: AuditedClient, built: Built) -> None:
    response = client.client.get("/meetings.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    body = response.text
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert "DTSTART:20230612T100000" in body and "LOCATION:County Hall" in body
    assert f"/meetings/{built.meetings['june']}" in body
    assert body.count("BEGIN:VEVENT") == body.count("END:VEVENT") >= 1
    deadlines = client.client.get("/deadlines.ics").text
    assert "DTSTART;VALUE=DATE:20230704" in deadlines
    assert "Published 16 days after the 56-day limit." in deadlines
