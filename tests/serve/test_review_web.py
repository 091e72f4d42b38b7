"""The review queue in the web app: who may decide, form tokens, and what each decision changes."""

from __future__ import annotations

import re

from sqlalchemy import select

from oversight.store import models as m
from oversight.store.db import session_scope
from tests.serve.editing import Editing, assert_well_formed


def _review_state(editing: Editing, finding_id: int) -> str | None:
    with session_scope(editing.engine) as s:
        return s.scalar(select(m.Review.state).where(m.Review.record_type == "finding",
                                                     m.Review.record_id == finding_id))


def _finding(editing: Editing, finding_id: int) -> tuple[str, str, int]:
    with session_scope(editing.engine) as s:
        row = s.get(m.Finding, finding_id)
        assert row is not None
        evidence = s.get(m.Evidence, row.evidence_id)
        assert evidence is not None
        return row.text, evidence.quote, evidence.page


def test_an_anonymous_post_to_an_editors_form_is_refused_and_changes_nothing(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    token = editing.token("/sign-in")  # even with a valid visitor's token
    before = editing.count(m.AuditEntry)
    for path, data in [(f"/review/finding/{finding}/accept", {}),
                       (f"/review/finding/{finding}/reject", {"reason": "spam"}),
                       (f"/review/finding/{finding}/correct", {"text": "rewritten"}),
                       ("/review/accept", {"record": f"finding:{finding}"}),
                       (f"/status/finding/{finding}", {"status": "closed", "day": "1", "month": "1", "year": "2024"})]:
        response = editing.client.post(path, data={**data, "csrf_token": token})
        assert response.status_code == 403, path
    assert _review_state(editing, finding) is None
    assert editing.count(m.AuditEntry) == before
    assert editing.count(m.StatusChange) == 0


def test_an_editors_post_without_the_right_token_is_refused(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    assert editing.client.post(f"/review/finding/{finding}/accept").status_code == 403
    assert editing.client.post(f"/review/finding/{finding}/accept",
                               data={"csrf_token": "f" * 64}).status_code == 403
    assert _review_state(editing, finding) is None


def test_the_queue_lists_pending_records_least_sure_first(editing: Editing) -> None:
    editing.sign_in("eddie")
    page = editing.client.get("/review?type=finding")
    assert page.status_code == 200
    assert_well_formed(page)
    assert "4 records awaiting review" in page.text
    scores = [int(s) for s in re.findall(r'<td class="govuk-table__cell">(\d+)%', page.text)]
    assert len(scores) == 4 and scores == sorted(scores)


def test_a_record_is_shown_beside_its_quote_in_context(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    _, quote, page_number = _finding(editing, finding)
    editing.sign_in("eddie")
    page = editing.client.get(f"/review/finding/{finding}")
    assert page.status_code == 200
    assert_well_formed(page)
    assert f'<mark class="app-mark">{quote}</mark>' in page.text
    assert "Published 12 March 2024" in page.text  # the text around the quote
    assert f"page {page_number}" in page.text


def test_accepting_records_the_decision_and_moves_to_the_next_record(editing: Editing) -> None:
    first, second = editing.finding_ids()[:2]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{first}")
    response = editing.client.post(f"/review/finding/{first}/accept",
                                   data={"csrf_token": token, "queue_type": "finding"})
    assert response.status_code == 303
    assert response.headers["location"].startswith("/review/finding/")
    assert f"/review/finding/{first}?" not in response.headers["location"]
    assert _review_state(editing, first) == "accepted"
    assert _review_state(editing, second) is None
    with session_scope(editing.engine) as s:
        entry = s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        assert entry is not None and entry.username == "eddie" and entry.action == "review_accepted"


def test_rejecting_needs_a_reason(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    refused = editing.client.post(f"/review/finding/{finding}/reject", data={"csrf_token": token, "reason": " "})
    assert refused.status_code == 400 and "Say why the record is rejected." in refused.text
    assert_well_formed(refused)
    assert _review_state(editing, finding) is None
    done = editing.client.post(f"/review/finding/{finding}/reject",
                               data={"csrf_token": token, "reason": "not a finding: a heading"})
    assert done.status_code == 303 and _review_state(editing, finding) == "rejected"


def test_a_correction_changes_the_field_and_keeps_the_quote(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    text, quote, page_number = _finding(editing, finding)
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    response = editing.client.post(f"/review/finding/{finding}/correct", data={
        "csrf_token": token, "text": text, "number": "1", "due": "2024-09-30", "reason": "number and date were missed"})
    assert response.status_code == 303
    with session_scope(editing.engine) as s:
        row = s.get(m.Finding, finding)
        assert row is not None and row.number == "1" and row.due is not None and row.due.isoformat() == "2024-09-30"
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "correct")).one()
        assert entry.before == {"number": None, "due": None}
        assert entry.after == {"number": "1", "due": "2024-09-30"}
        assert entry.reason == "number and date were missed"
    assert _finding(editing, finding)[1:] == (quote, page_number)
    assert _review_state(editing, finding) == "corrected"


def test_a_malformed_date_in_a_correction_is_a_message_not_a_change(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    response = editing.client.post(f"/review/finding/{finding}/correct",
                                   data={"csrf_token": token, "due": "31/02/2024"})
    assert response.status_code == 400
    assert "is not a date" in response.text
    with session_scope(editing.engine) as s:
        row = s.get(m.Finding, finding)
        assert row is not None and row.due is None
    assert _review_state(editing, finding) is None


def test_splitting_makes_one_record_per_part_each_with_the_quote(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    _, quote, _ = _finding(editing, finding)
    before = editing.count(m.Finding)
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    response = editing.client.post(f"/review/finding/{finding}/split", data={
        "csrf_token": token, "part_1": "Detainees should be risk assessed on arrival.",
        "part_2": "The assessment should be reviewed at every handover.", "part_3": ""})
    assert response.status_code == 303
    assert editing.count(m.Finding) == before + 1
    with session_scope(editing.engine) as s:
        rows = s.execute(select(m.Finding, m.Evidence).join(m.Evidence, m.Evidence.id == m.Finding.evidence_id)
                         .where(m.Finding.text.like("%should be%")).order_by(m.Finding.id)).all()
        assert [r.text for r, _ in rows] == ["Detainees should be risk assessed on arrival.",
                                            "The assessment should be reviewed at every handover."]
        assert all(e.quote == quote for _, e in rows)
        assert rows[0][0].evidence_id != rows[1][0].evidence_id


def test_merging_keeps_one_and_rejects_the_duplicates(editing: Editing) -> None:
    keep, duplicate = editing.finding_ids()[2:4]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{keep}")
    response = editing.client.post(f"/review/finding/{keep}/merge",
                                   data={"csrf_token": token, "duplicate": str(duplicate)})
    assert response.status_code == 303
    assert _review_state(editing, keep) == "accepted"
    assert _review_state(editing, duplicate) == "rejected"


def test_bulk_accept_accepts_exactly_the_chosen_records(editing: Editing) -> None:
    ids = editing.finding_ids()
    editing.sign_in("eddie")
    token = editing.token("/review")
    response = editing.client.post("/review/accept", data={
        "csrf_token": token, "record": [f"finding:{ids[0]}", f"finding:{ids[1]}"]})
    assert response.status_code == 303 and "count=2" in response.headers["location"]
    assert [_review_state(editing, i) for i in ids] == ["accepted", "accepted", None, None]
    page = editing.client.get(response.headers["location"])
    assert "2 records accepted." in page.text


def test_an_editor_cannot_manage_users(editing: Editing) -> None:
    editing.sign_in("eddie")
    assert editing.client.get("/admin/users").status_code == 403
    token = editing.token("/review")
    refused = editing.client.post("/admin/users", data={"csrf_token": token, "username": "mallory",
                                                        "password": "a long enough password", "role": "administrator"})
    assert refused.status_code == 403
    role = editing.client.post("/admin/users/eddie/role", data={"csrf_token": token, "role": "administrator"})
    assert role.status_code == 403
    assert editing.count(m.UserAccount, m.UserAccount.username == "mallory") == 0
    assert editing.count(m.UserAccount, m.UserAccount.role == "administrator") == 1


def test_an_administrator_adds_and_removes_an_account(editing: Editing) -> None:
    editing.sign_in("ada")
    page = editing.client.get("/admin/users")
    assert page.status_code == 200
    assert_well_formed(page)
    token = editing.token("/admin/users")
    added = editing.client.post("/admin/users", data={"csrf_token": token, "username": "priya",
                                                      "password": "another long password", "role": "editor"})
    assert added.status_code == 303
    removed = editing.client.post("/admin/users/priya/remove", data={"csrf_token": token})
    assert removed.status_code == 303
    with session_scope(editing.engine) as s:
        row = s.scalars(select(m.UserAccount).where(m.UserAccount.username == "priya")).one()
        assert row.disabled
        actions = list(s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.username == "ada")))
        assert actions == ["user_added", "user_removed"]
