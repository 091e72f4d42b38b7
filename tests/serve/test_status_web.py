"""Status changes from the record's page: who may make them, what is checked, where the history shows."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from sqlalchemy import select

from oversight.serve.exports import write_list
from oversight.store import models as m
from oversight.store.db import session_scope
from tests.serve.editing import Editing


def _post_status(editing: Editing, finding: int, **fields: str) -> object:
    token = editing.token(f"/findings/{finding}")
    data = {"csrf_token": token, "status": "in_progress", "day": "4", "month": "3", "year": "2024",
            "note": "Action plan agreed with the custody lead.", **fields}
    return editing.client.post(f"/status/finding/{finding}", data=data)


def test_an_editor_sets_a_status_and_the_finding_page_shows_its_history(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    response = _post_status(editing, finding, evidence_url="https://example.org/plan.pdf")
    assert response.status_code == 303  # type: ignore[attr-defined]
    assert response.headers["location"].startswith(f"/findings/{finding}?status_saved=")  # type: ignore[attr-defined]
    closed = _post_status(editing, finding, status="closed", day="20", month="6", note="Audit found it done.")
    assert closed.status_code == 303  # type: ignore[attr-defined]
    with session_scope(editing.engine) as s:
        row = s.get(m.Finding, finding)
        assert row is not None and row.status == "closed"
        changes = list(s.scalars(select(m.StatusChange).order_by(m.StatusChange.id)))
        assert [(c.status, c.effective_on) for c in changes] == [("in_progress", date(2024, 3, 4)),
                                                                ("closed", date(2024, 6, 20))]
    anonymous = editing.fresh_client()
    page = anonymous.get(f"/findings/{finding}").text
    assert "set by eddie: Audit found it done." in page
    assert "set by eddie: Action plan agreed with the custody lead." in page
    assert page.index("Audit found it done.") < page.index("Action plan agreed")  # newest first
    assert 'href="https://example.org/plan.pdf"' in page
    assert "Change the status" not in page  # the public sees the history, not the form


def test_a_status_change_with_an_impossible_or_future_date_is_refused(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    for day, month, year in [("31", "2", "2024"), ("x", "3", "2024"), ("1", "1", str(date.today().year + 1))]:
        response = _post_status(editing, finding, day=day, month=month, year=year)
        location = response.headers["location"]  # type: ignore[attr-defined]
        assert "status_error=" in location
        page = editing.client.get(location)
        assert "govuk-error-message" in page.text
    assert editing.count(m.StatusChange) == 0


def test_an_unknown_status_or_a_non_web_evidence_link_is_refused(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    assert "status_error=" in _post_status(editing, finding, status="done").headers["location"]  # type: ignore[attr-defined]
    assert "status_error=" in _post_status(
        editing, finding, evidence_url="javascript:alert(1)").headers["location"]  # type: ignore[attr-defined]
    assert editing.count(m.StatusChange) == 0


def test_exports_carry_the_current_status_and_the_history(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    _post_status(editing, finding)
    as_json = io.StringIO()
    write_list(editing.engine, "findings", "json", as_json)
    rows = {r["id"]: r for r in json.loads(as_json.getvalue())}
    assert rows[finding]["status"] == "in_progress"
    assert rows[finding]["status_history"] == [{
        "status": "in_progress", "effective_on": "2024-03-04", "by": "eddie",
        "note": "Action plan agreed with the custody lead.", "evidence_quote": None, "evidence_url": None}]
    assert all(r["status_history"] == [] for i, r in rows.items() if i != finding)
    as_csv = io.StringIO()
    write_list(editing.engine, "findings", "csv", as_csv)
    cells = {int(r["id"]): r for r in csv.DictReader(io.StringIO(as_csv.getvalue()))}
    expected = "2024-03-04 in_progress (by eddie): Action plan agreed with the custody lead."
    assert cells[finding]["status_history"] == expected
