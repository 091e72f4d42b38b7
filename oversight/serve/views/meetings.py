"""Panel meetings: the list, and one meeting (attendance, declarations, questions, decisions, actions).

The JSON follows Popolo / Open Civic Data where they have a name: a meeting is an ``Event``, each
attendee a participant with a ``role``, ``status`` and ``person_id`` (a ``Person``), the body that met an
``Organization`` and each decision a ``VoteEvent``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from oversight.review.status import status_histories
from oversight.serve import exports, urls
from oversight.serve.exports import MEETING_COLUMNS
from oversight.serve.icalendar import calendar_response, meetings_calendar
from oversight.serve.rendering import query_path, render
from oversight.serve.schemas import meetings as schema
from oversight.serve.schemas.base import DownloadLinks, StatusChange
from oversight.serve.views import params
from oversight.serve.views.votes import vote_event_path
from oversight.store import models as m
from oversight.store import queries_meetings as qm
from oversight.store.queries_forces import slug as organization_slug
from oversight.store.queries_people import person_id, split_written_name

router = APIRouter()


def _page_size(request: Request) -> int:
    return int(request.app.state.settings.page_size)


@router.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
def meetings(request: Request, page: str | None = None) -> HTMLResponse:
    engine = request.app.state.reader
    number = params.whole_number(page, 1) or 1
    size = _page_size(request)
    total = qm.count_meetings(engine)
    return render(request, "meetings.html", urls.as_json(query_path(request)),
                  meetings=qm.list_meetings(engine, size, (number - 1) * size), total=total, page=number,
                  page_count=max(1, -(-total // size)), page_href=urls.meetings)


@router.get("/api/v1/meetings", tags=["meetings"])
def meetings_json(request: Request, page: str | None = None) -> schema.EventList:
    """Panel meetings, newest first, a page at a time (Popolo/OCD: Event)."""
    engine = request.app.state.reader
    number = params.whole_number(page, 1) or 1
    size = _page_size(request)
    total = qm.count_meetings(engine)
    rows = qm.list_meetings(engine, size, (number - 1) * size)
    return schema.EventList(
        total=total, page=number, page_size=size,
        results=[schema.EventSummary.model_validate(
            {"type": "Event", **{c.name: c.value(r) for c in MEETING_COLUMNS},
             "start_date": _when(r.date, r.start_time), "organization_id": _organization(r.body)}) for r in rows],
        links=DownloadLinks(csv=urls.download(urls.meetings(), "csv"), json=urls.download(urls.meetings(), "json")))


def _when(day: date | None, time: str | None) -> str | None:
    """An Open Civic Data date: ``2023-06-12T10:00``, or the day alone when no time was minuted."""
    if day is None:
        return None
    return f"{day.isoformat()}T{time}" if time else day.isoformat()


def _organization(body: str | None) -> str | None:
    return organization_slug(body) if body else None


@router.get("/meetings.{extension}", tags=["downloads"], response_class=StreamingResponse)
def meetings_download(request: Request, extension: str) -> StreamingResponse:
    """Every meeting, as CSV (``meetings.csv``), JSON (``meetings.json``) or iCalendar (``meetings.ics``)."""
    if extension == "ics":
        base = str(request.base_url).rstrip("/")
        return calendar_response("meetings", meetings_calendar(qm.iter_meetings(request.app.state.reader), base))
    if extension not in exports.MEDIA_TYPES:
        raise HTTPException(404, "Downloads are .csv, .json or .ics")
    return exports.download("meetings", extension, MEETING_COLUMNS, qm.iter_meetings(request.app.state.reader))


def _detail(request: Request, meeting_id: int) -> qm.MeetingDetail:
    found = qm.meeting_detail(request.app.state.reader, meeting_id)
    if found is None:
        raise HTTPException(404, "No such meeting")
    return found


@router.get("/meetings/{meeting_id}", response_class=HTMLResponse, include_in_schema=False)
def meeting(request: Request, meeting_id: int) -> HTMLResponse:
    detail = _detail(request, meeting_id)
    return render(request, "meeting.html", urls.as_json(urls.meeting(meeting_id)), detail=detail,
                  mt=detail.meeting)


@router.get("/api/v1/meetings/{meeting_id}", tags=["meetings"])
def meeting_json(request: Request, meeting_id: int) -> schema.Event:
    """One meeting (Popolo/OCD: Event) with its participants, declarations and the records of its minutes;
    each action carries its status history and each decision the address of its VoteEvent."""
    d = _detail(request, meeting_id)
    mt = d.meeting
    return schema.Event(
        type="Event", id=mt.id, url=urls.meeting(mt.id),
        name=" ".join(x for x in (mt.body or "Meeting", mt.date.isoformat() if mt.date else "") if x),
        classification="committee-meeting", body=mt.body, organization_id=_organization(mt.body),
        date=mt.date.isoformat() if mt.date else None, start_time=mt.start_time, end_time=mt.end_time,
        start_date=_when(mt.date, mt.start_time),
        end_date=_when(mt.date, mt.end_time) if mt.end_time else None,
        venue=mt.venue, location=schema.EventLocation(name=mt.venue) if mt.venue else None,
        declarations=mt.declarations, declarations_none=mt.declarations_none,
        participants=[schema.EventParticipant(name=a.person_name, role=a.role, status=a.status, entity_type="person",
                                              person_id=person_id(a.person_name),
                                              note=split_written_name(a.person_name)[1]) for a in d.attendance],
        evidence=schema.MeetingEvidence(page=d.evidence.page, quote=d.evidence.quote,
                                        url=urls.document_page(d.row.document_id, d.evidence.page, d.evidence.id)),
        records=_records(request, d))


def _minuted(kind: str, row: Any, ev: m.Evidence) -> dict[str, Any]:
    return {**{c.key: getattr(row, c.key) for c in row.__table__.columns}, "page": ev.page, "quote": ev.quote,
            "url": urls.record(kind, row.id, ev.document_id)}


def _records(request: Request, d: qm.MeetingDetail) -> schema.MinutedRecords:
    actions = d.records.get("action", [])
    history = status_histories(request.app.state.reader, "action", (row.id for row, _ in actions))
    return schema.MinutedRecords(
        question=[schema.MinutedQuestion.model_validate(_minuted("question", row, ev))
                  for row, ev in d.records.get("question", [])],
        decision=[schema.MinutedDecision.model_validate({**_minuted("decision", row, ev),
                                                         "vote_event": vote_event_path(row.id)})
                  for row, ev in d.records.get("decision", [])],
        action=[schema.MinutedAction.model_validate({**_minuted("action", row, ev), "status_history": [
            StatusChange.model_validate(h) for h in history.get(row.id, [])]}) for row, ev in actions])
