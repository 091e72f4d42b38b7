"""Forward plans flattened from DATES/ITEMS tables, with split venue cells and a page header mid-row."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.forward_plan import extract_forward_plan
from oversight.text import CleanText, PaperText

PLAN = """DRAFT AGENDA FORWARD PLAN 2023-2024
DATES
ITEMS
15 MARCH 2023
1:30pm
Blue Rooms
Town Hall
Borchester
Public Questions
Putting Communities First (Ensuring local concerns are
addressed)
19 JULY 2023 - AGM
1:30pm
Civic Suite
Public Questions
 C P
Borsetshire Police
and Crime Panel
Felpersham District
Council
Felpersham
Annual Report
14 FEBRUARY 2024
1:30pm
TBC
If needed (Veto)
"""


def _plan(text: str, kind: str = "forward_plan") -> Paper:
    record = Paper(kind=kind, start=0, end=len(text), pages=[1])
    extract_forward_plan(PaperText(CleanText(text), 0, len(text)), record)
    return record


def test_rows_with_wrapped_items_split_venues_and_headers_dropped() -> None:
    got = [(e.date, e.time, e.venue, e.items) for e in _plan(PLAN).forward_plan]
    assert got == [
        ("2023-03-15", "13:30", "Blue Rooms Town Hall Borchester",
         ["Public Questions", "Putting Communities First (Ensuring local concerns are addressed)"]),
        ("2023-07-19", "13:30", "Civic Suite Felpersham District Council Felpersham",
         ["Public Questions", "Annual Report"]),
        ("2024-02-14", "13:30", "TBC", ["If needed (Veto)"]),
    ]


def test_minutes_only_read_a_plan_under_a_dates_heading() -> None:
    assert _plan("The Panel will next meet on 15 March 2023\n1:30pm\n", kind="panel_minutes").forward_plan == []
    minutes = "46. Meeting Dates and Agenda Plan\n" + PLAN.split("ITEMS\n", 1)[1]
    assert len(_plan(minutes, kind="panel_minutes").forward_plan) == 3
