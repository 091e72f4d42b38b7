"""Plan deliverables: status from the heading, theme from the section, target as written and as a range."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.deliverables import extract_deliverables, extract_plan_table
from oversight.extract.panel.targets import find_target, target_range
from oversight.text import CleanText, PaperText

REPORT = """4.2 The Plan is structured around two themes:
 Safer Streets
 Victims First
5.1 Safer Streets – Priorities for Action
Completed deliverables / activities of note:
 Recruit a rural crime officer
Update: The post was filled in March.
Current Deliverables
 Refresh of the partnership strategy setting out core
and enhanced offer.
Update: This work is now complete. To be delivered Q1 2023/24.
• Review of the hub
Update: Rescheduled to progress deliverable in Q1/Q2, 2023/24.
5.2 Victims – Priorities for Action
New Deliverables
 Publish the violence strategy
Update: Final strategy to be published by 31/01/24. A workshop may follow in 2022/23 Q4.
"""


def _deliverables(text: str) -> Paper:
    record = Paper(kind="plan_progress_report", start=0, end=len(text), pages=[1])
    paper = PaperText(CleanText(text), 0, len(text))
    extract_deliverables(paper, record)
    extract_plan_table(paper, record)
    return record


def test_status_comes_from_the_heading_not_the_update() -> None:
    got = [(d.theme, d.title, d.status, d.target) for d in _deliverables(REPORT).deliverables]
    assert got == [
        ("Safer Streets", "Recruit a rural crime officer", "completed", None),
        ("Safer Streets", "Refresh of the partnership strategy setting out core and enhanced offer", "current",
         "Q1 2023/24"),
        ("Safer Streets", "Review of the hub", "current", "Q1/Q2, 2023/24"),
        ("Victims First", "Publish the violence strategy", "new", "31/01/24"),
    ]


def test_targets_read_as_financial_year_ranges() -> None:
    assert target_range("Q1 2023/24") == ("2023-04-01", "2023-06-30")
    assert target_range("2022/23 Q3/Q4") == ("2022-10-01", "2023-03-31")
    assert target_range("Q1/Q2, 2023/24") == ("2023-04-01", "2023-09-30")
    assert target_range("31/01/24") == ("2024-01-31", "2024-01-31")
    assert target_range("Ongoing") == (None, None)


def test_milestones_in_an_update_are_not_targets() -> None:
    assert find_target("A report is to be received through the Board in Q4 2022/23.") is None
    assert find_target("Scheduled for completion 2022/23 Q3/Q4, with recruitment in Q4.") == "2022/23 Q3/Q4"


def test_flattened_delivery_plan_table_with_timescale_column() -> None:
    text = ("Actions Timescale Sponsor Lead officer Current Status 1.1 Monitor the force's work on burglary "
            "Ongoing PCC GE Burglary continues to fall. 1.2 Seek evidence of rural policing Q2 2016/17 PCC AB Work")
    got = [(d.title, d.target, d.status) for d in _deliverables(text).deliverables]
    assert got == [("Monitor the force's work on burglary", "Ongoing", "current"),
                   ("Seek evidence of rural policing", "Q2 2016/17", "current")]


def test_headlines_without_status_headings_are_not_deliverables() -> None:
    assert _deliverables("Headlines:\n Precept consultation launched\n Cadets scheme progressing\n").deliverables == []
