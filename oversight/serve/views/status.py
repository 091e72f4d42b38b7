"""Status changes for findings, actions and deliverables, from the form on each record's page.

A status is something people decide, with evidence: the form asks for the date it took effect, a note,
and optionally a quote or a link that shows it.  The change and its audit entry are written together by
:func:`oversight.review.status.set_status`; the page it came from then shows the new history.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select
from starlette.exceptions import HTTPException

from oversight.accounts.users import User
from oversight.review.decisions import ReviewError
from oversight.review.records import MODELS, TRACKED
from oversight.review.status import set_status
from oversight.serve import security, urls
from oversight.store import models as m
from oversight.store.db import session_scope
from oversight.vocab import TRACKING_STATUSES

router = APIRouter(include_in_schema=False, dependencies=[Depends(security.check_form_token)])


def _where_shown(request: Request, record_type: str, record_id: int) -> str:
    """The page that shows this record's status history."""
    if record_type == "finding":
        return urls.finding(record_id)
    with session_scope(request.app.state.engine) as s:
        row = s.get(MODELS[record_type], record_id)
        if row is None:
            raise HTTPException(404, "No such record")
        if record_type == "action":
            meeting_id = s.scalar(select(m.Meeting.id).where(m.Meeting.paper_id == row.paper_id))
            if meeting_id is not None:
                return f"{urls.meeting(meeting_id)}#action-{record_id}"
        return f"{urls.deliverables()}#deliverable-{record_id}" if record_type == "deliverable" else "/"


def _parse_date(day: str, month: str, year: str) -> date | None:
    try:
        if not 1900 <= int(year) <= 2100:
            return None
        return date(int(year), int(month), int(day))
    except (ValueError, OverflowError):
        return None


async def _read(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v[:5000].replace("\x00", "") for k, v in form.items() if isinstance(v, str)}


def _refusal(fields: dict[str, str]) -> str | None:
    """The code of the reason to refuse this form (see REFUSALS), or None when it can be saved."""
    effective = _parse_date(fields.get("day", ""), fields.get("month", ""), fields.get("year", ""))
    if effective is None:
        return "date"
    if effective > date.today():
        return "future"
    if fields.get("status") not in TRACKING_STATUSES:
        return "status"
    link = fields.get("evidence_url", "").strip()
    if link and not link.startswith(("https://", "http://")):
        return "link"
    return None


@router.post("/status/{record_type}/{record_id}")
async def status_form(request: Request, user: Annotated[User, Depends(security.editor)], record_type: str,
                      record_id: int) -> Response:
    if record_type not in TRACKED:
        raise HTTPException(404, "Only findings, actions and deliverables have a status")
    fields = await _read(request)
    back = _where_shown(request, record_type, record_id)
    path, _, fragment = back.partition("#")
    refusal = _refusal(fields)
    if refusal is None:
        effective = _parse_date(fields["day"], fields["month"], fields["year"])
        assert effective is not None
        try:
            set_status(request.app.state.engine, user.actor, record_type, record_id, fields["status"], effective,
                       fields.get("note", "").strip(), fields.get("evidence_quote", "").strip() or None,
                       fields.get("evidence_url", "").strip() or None)
        except ReviewError:
            refusal = "other"
    if refusal is not None:
        query = urlencode({"status_error": refusal, "status_record": f"{record_type}:{record_id}"})
        return RedirectResponse(f"{path}?{query}#status-{record_type}-{record_id}", status_code=303)
    return RedirectResponse(f"{path}?status_saved={record_type}:{record_id}#{fragment or 'status'}", status_code=303)
