"""The audit log pages: every change per record and per person, for signed-in editors only."""

from __future__ import annotations

from tests.serve.editing import Editing, assert_well_formed


def test_changes_to_a_record_and_by_a_person_are_listed_newest_first(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    editing.client.post(f"/review/finding/{finding}/correct", data={"csrf_token": token, "number": "7",
                                                                     "reason": "numbered in the report"})
    editing.client.post(f"/review/finding/{finding}/reject", data={"csrf_token": token, "reason": "a heading"})
    page = editing.client.get(f"/audit/finding/{finding}")
    assert page.status_code == 200
    assert_well_formed(page)
    text = page.text
    assert "3 changes" in text  # the correction, its review state, then the rejection
    assert text.index("review rejected") < text.index("correct:")
    assert "numbered in the report" in text and "a heading" in text
    assert "<dt>number</dt><dd>None</dd>" in text and "<dt>number</dt><dd>7</dd>" in text
    mine = editing.client.get("/audit/users/eddie")
    assert mine.status_code == 200 and "3 changes" in mine.text
    everything = editing.client.get("/audit")
    assert "user added" in everything.text  # the accounts made for the test, by the command line


def test_the_audit_log_is_not_public(editing: Editing) -> None:
    for path in ("/audit", "/audit/users/eddie", "/audit/finding/1"):
        response = editing.client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/sign-in?next="), path
