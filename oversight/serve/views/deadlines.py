"""The statutory calendar and compliance report: each duty, when it fell due and whether it was met."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from oversight.rules.catalogue import RULES_BY_ID
from oversight.rules.model import STATUS_LABELS
from oversight.serve import exports, urls
from oversight.serve.exports import DEADLINE_COLUMNS
from oversight.serve.icalendar import calendar_response, deadlines_calendar
from oversight.serve.rendering import query_path, render
from oversight.serve.schemas import deadlines as schema
from oversight.serve.views import params
from oversight.store import queries_deadlines as qd

router = APIRouter()


@router.get("/deadlines", response_class=HTMLResponse, include_in_schema=False)
def deadlines(request: Request, status: str | None = None) -> HTMLResponse:
    engine = request.app.state.reader
    chosen = params.choice(status, STATUS_LABELS)
    return render(request, "deadlines.html", urls.as_json(query_path(request)),
                  deadlines=list(qd.iter_deadlines(engine, chosen)), counts=qd.status_counts(engine),
                  status=chosen, rules=RULES_BY_ID, statuses=STATUS_LABELS)


@router.get("/api/v1/deadlines", tags=["deadlines"])
def deadlines_json(request: Request, status: str | None = None) -> schema.DeadlineList:
    """Every statutory deadline, newest due date first; ``status`` is met, due, overdue, cannot_tell,
    not_met or not_required."""
    engine = request.app.state.reader
    rows = qd.iter_deadlines(engine, params.choice(status, STATUS_LABELS))
    return schema.DeadlineList(
        counts=schema.DeadlineCounts.model_validate(qd.status_counts(engine)),
        results=[schema.DeadlineRow.model_validate({c.name: c.value(r) for c in DEADLINE_COLUMNS}) for r in rows])


@router.get("/deadlines.{extension}", tags=["downloads"], response_class=StreamingResponse)
def deadlines_download(request: Request, extension: str, status: str | None = None) -> StreamingResponse:
    """Every statutory deadline, as CSV (``deadlines.csv``), JSON (``deadlines.json``) or iCalendar
    (``deadlines.ics``)."""
    chosen = params.choice(status, STATUS_LABELS)
    if extension == "ics":
        base = str(request.base_url).rstrip("/")
        return calendar_response("deadlines",
                                 deadlines_calendar(qd.iter_deadlines(request.app.state.reader, chosen), base))
    if extension not in exports.MEDIA_TYPES:
        raise HTTPException(404, "Downloads are .csv, .json or .ics")
    return exports.download("deadlines", extension, DEADLINE_COLUMNS,
                            qd.iter_deadlines(request.app.state.reader, params.choice(status, STATUS_LABELS)))
