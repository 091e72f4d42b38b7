"""Formal actions: numbered actions, action-log entries, action sheets and directing resolutions."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.actions import extract_actions
from oversight.text import CleanText, PaperText


def _actions(text: str) -> list[tuple[str, str | None, str | None]]:
    record = Paper(kind="panel_minutes", start=0, end=len(text), pages=[1])
    extract_actions(PaperText(CleanText(text), 0, len(text)), record)
    for a in record.actions:
        assert a.evidence.quote == text[a.evidence.start : a.evidence.end]
    return [(a.text, a.owner, a.due) for a in record.actions]


def test_numbered_action_with_owner_and_due_date() -> None:
    text = "Action i: The Commissioner to update the panel on the new model by 31 March 2024.\n\n2. Next point.\n"
    assert _actions(text) == [("The Commissioner to update the panel on the new model by 31 March 2024.",
                               "The Commissioner", "2024-03-31")]


def test_action_log_entries_keep_their_title_line() -> None:
    text = "The following updates were noted:-\n\nAction 10 - Domestic Abuse\n\nMembers noted the update.\n"
    assert _actions(text) == [("Action 10 - Domestic Abuse", None, None)]


def test_action_sheet_entries_and_owner_from_for_the() -> None:
    text = ("ITEM  ACTION\n\n1. Precept Report\n\nThe Panel AGREED not to veto the precept.\n\nThe Panel made a "
            "recommendation for the\n\nCommissioner to report back on social care.\n\n2. Dates\n\nThe Panel NOTED "
            "the dates.\n")
    got = _actions(text)
    assert [(t[:28], o) for t, o, _ in got] == [
        ("The Panel AGREED not to veto", None),
        ("The Panel made a recommendat", "the Commissioner"),
        ("The Panel NOTED the dates.", None),
    ]


def test_resolution_that_directs_someone_but_not_narrative_promises() -> None:
    text = ("RESOLVED that the minutes were an accurate record and that the Commissioner provide an update on "
            "victim contact.\n\nThe Commissioner explained that an update would be provided.\n")
    assert _actions(text) == [("the Commissioner provide an update on victim contact.", "the Commissioner", None)]
    assert _actions("Items for Discussion\n1.Review of Action Tracker\n5. Summary of Actions Arising\n") == []


def test_resolution_parts_and_action_lists_that_name_an_owner() -> None:
    from oversight.extract.panel.decisions import extract_decisions

    text = ("RESOLVED that:\n\ni) the report be noted;\nii) the Chair write to the PCC about funding.\n\n"
            "Actions agreed\n• Officers to circulate the slides by 1 May 2024.\n")
    record = Paper(kind="panel_minutes", start=0, end=len(text), pages=[1])
    paper = PaperText(CleanText(text), 0, len(text))
    extract_decisions(paper, record)
    extract_actions(paper, record)
    assert [(a.text, a.owner, a.due) for a in record.actions] == [
        ("Officers to circulate the slides by 1 May 2024.", "Officers", "2024-05-01"),
        ("the Chair write to the PCC about funding.", "the Chair", None),
    ]
