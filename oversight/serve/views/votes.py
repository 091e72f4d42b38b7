"""Decisions as Popolo / Open Civic Data VoteEvents, as JSON only (the decisions' pages are their meetings')."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from oversight.serve import urls
from oversight.serve.schemas import votes as schema
from oversight.serve.views import params
from oversight.store import queries_votes as qv
from oversight.store.queries_forces import slug as organization_slug

router = APIRouter()


def vote_events_path(page: int | None = None, event_id: int | None = None) -> str:
    query = "&".join(f"{k}={v}" for k, v in (("event_id", event_id), ("page", page if page and page > 1 else None))
                     if v is not None)
    return f"{urls.API}/vote-events" + (f"?{query}" if query else "")


def vote_event_path(decision_id: int) -> str:
    return f"{urls.API}/vote-events/{decision_id}"


def _vote_event(r: qv.VoteEventRow) -> schema.VoteEvent:
    result = r.result
    return schema.VoteEvent(
        type="VoteEvent", id=r.id, motion_text=r.text, text=r.text, classification=r.type,
        result="fail" if result == "fail" else "pass" if result == "pass" else None, unanimous=r.unanimous,
        vote=r.vote, counts=[schema.VoteCount.model_validate({"option": k, "value": v}) for k, v in r.counts.items()],
        start_date=r.meeting_date or r.paper_date, event_id=r.meeting_id, organization=r.body,
        organization_id=organization_slug(r.body) if r.body else None, document_id=r.document_id,
        evidence=schema.VoteEvidence(page=r.page, quote=r.quote,
                                     url=urls.document_page(r.document_id, r.page, r.evidence_id)),
        url=urls.record("decision", r.id, r.document_id))


@router.get("/api/v1/vote-events", tags=["meetings"])
def vote_events_json(request: Request, page: str | None = None, event_id: str | None = None) -> schema.VoteEventList:
    """Decisions as votes (Popolo / Open Civic Data: VoteEvent), newest first, a page at a time.

    ``event_id`` limits them to one meeting (Event).
    """
    engine = request.app.state.reader
    size = int(request.app.state.settings.page_size)
    number = params.whole_number(page, 1) or 1
    meeting = params.whole_number(event_id)
    if event_id is not None and meeting is None:
        meeting = 0  # a malformed id matches no meeting rather than every one
    total = qv.count_vote_events(engine, meeting)
    rows = qv.list_vote_events(engine, size, (number - 1) * size, meeting)
    return schema.VoteEventList(total=total, page=number, page_size=size, results=[_vote_event(r) for r in rows],
                                next=vote_events_path(number + 1, meeting) if number * size < total else None)


@router.get("/api/v1/vote-events/{vote_event_id}", tags=["meetings"])
def vote_event_json(request: Request, vote_event_id: int) -> schema.VoteEvent:
    """One decision as a vote (Popolo / Open Civic Data: VoteEvent)."""
    found = qv.vote_event(request.app.state.reader, vote_event_id)
    if found is None:
        raise HTTPException(404, "No such vote event")
    return _vote_event(found)
