"""Panel meetings: the list, and one meeting (attendance, declarations, questions, decisions, actions).

The JSON follows Popolo / Open Civic Data where they have a name: a meeting is an ``Event`` and each
attendee a participant with a ``role`` and ``status``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from oversight.serve import exports, urls
from oversight.serve.exports import MEETING_COLUMNS
from oversight.serve.icalendar import calendar_response, meetings_calendar
from oversight.serve.rendering import plain, query_path, render
from oversight.serve.views import params
from oversight.store import queries_meetings as qm

router = APIRouter()


def _page_size(request: Request) -> int:
    return int(request.app.state.settings.page_size)


@router.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
def meetings(request: Request, page: str | None = None) -> HTMLResponse:
    engine = request.app.state.engine
    number = params.whole_number(page, 1) or 1
    size = _page_size(request)
    total = qm.count_meetings(engine)
    return render(request, "meetings.html", urls.as_json(query_path(request)),
                  meetings=qm.list_meetings(engine, size, (number - 1) * size), total=total, page=number,
                  page_count=max(1, -(-total // size)), page_href=urls.meetings)


@router.get("/api/v1/meetings", tags=["meetings"])
def meetings_json(request: Request, page: str | None = None) -> dict[str, Any]:
    """Panel meetings, newest first, a page at a time (Popolo/OCD: Event)."""
    engine = request.app.state.engine
    number = params.whole_number(page, 1) or 1
    size = _page_size(request)
    total = qm.count_meetings(engine)
    rows = qm.list_meetings(engine, size, (number - 1) * size)
    return {"total": total, "page": number, "page_size": size,
            "results": [{"type": "Event", **{c.name: c.value(r) for c in MEETING_COLUMNS}} for r in rows],
            "links": {"csv": urls.download(urls.meetings(), "csv"), "json": urls.download(urls.meetings(), "json")}}


@router.get("/meetings.{extension}", tags=["downloads"], response_class=StreamingResponse)
def meetings_download(request: Request, extension: str) -> StreamingResponse:
    """Every meeting, as CSV (``meetings.csv``), JSON (``meetings.json``) or iCalendar (``meetings.ics``)."""
    if extension == "ics":
        base = str(request.base_url).rstrip("/")
        return calendar_response("meetings", meetings_calendar(qm.iter_meetings(request.app.state.engine), base))
    if extension not in exports.MEDIA_TYPES:
        raise HTTPException(404, "Downloads are .csv, .json or .ics")
    return exports.download("meetings", extension, MEETING_COLUMNS, qm.iter_meetings(request.app.state.engine))


def _detail(request: Request, meeting_id: int) -> qm.MeetingDetail:
    found = qm.meeting_detail(request.app.state.engine, meeting_id)
    if found is None:
        raise HTTPException(404, "No such meeting")
    return found


@router.get("/meetings/{meeting_id}", response_class=HTMLResponse, include_in_schema=False)
def meeting(request: Request, meeting_id: int) -> HTMLResponse:
    detail = _detail(request, meeting_id)
    return render(request, "meeting.html", urls.as_json(urls.meeting(meeting_id)), detail=detail,
                  mt=detail.meeting)


@router.get("/api/v1/meetings/{meeting_id}", tags=["meetings"])
def meeting_json(request: Request, meeting_id: int) -> dict[str, Any]:
    """One meeting (Popolo/OCD: Event) with its participants, declarations and the records of its minutes."""
    d = _detail(request, meeting_id)
    mt = d.meeting
    return {
        "type": "Event", "id": mt.id, "url": urls.meeting(mt.id), "body": mt.body, "date": plain(mt.date),
        "start_time": mt.start_time, "end_time": mt.end_time, "venue": mt.venue,
        "declarations": mt.declarations, "declarations_none": mt.declarations_none,
        "participants": [{"name": a.person_name, "role": a.role, "status": a.status} for a in d.attendance],
        "evidence": {"page": d.evidence.page, "quote": d.evidence.quote,
                     "url": urls.document_page(d.row.document_id, d.evidence.page, d.evidence.id)},
        "records": {kind: [{**plain(row), "page": ev.page, "quote": ev.quote,
                            "url": urls.record(kind, row.id, ev.document_id)} for row, ev in rows]
                    for kind, rows in d.records.items()},
    }
