"""The home page: what is in the register, what is overdue, what falls due next, the latest papers."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from oversight.serve import urls
from oversight.serve.rendering import render
from oversight.serve.schemas import home as schema
from oversight.serve.views.people import memberships_path, organizations_path, people_path
from oversight.serve.views.votes import vote_events_path
from oversight.store import queries

router = APIRouter()


def _home_context(request: Request) -> dict[str, Any]:
    engine = request.app.state.reader
    today = date.today()
    return {"counts": queries.counts(engine), "overdue": queries.overdue(engine, today),
            "due_next": queries.due_next(engine, today), "documents": queries.latest_documents(engine),
            "today": today}


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", urls.as_json(urls.home()), **_home_context(request))


@router.get("/api/v1/", tags=["register"])
def home_json(request: Request) -> schema.Register:
    """What is in the register: counts, open items overdue and falling due next, the latest documents, and
    where the API's lists are."""
    context = _home_context(request)

    def due(item: queries.DueItem) -> schema.DueItem:
        return schema.DueItem(record_type=item.record_type, id=item.id, document_id=item.document_id,
                              summary=item.summary, due=item.due,
                              url=urls.record(item.record_type, item.id, item.document_id))

    return schema.Register(
        counts=schema.RegisterCounts.model_validate(context["counts"]),
        overdue=[due(i) for i in context["overdue"]],
        due_next=[due(i) for i in context["due_next"]],
        latest_documents=[schema.LatestDocument(id=d.id, title=d.title, source=d.source, url=urls.document(d.id),
                                                published_on=d.published_on) for d in context["documents"]],
        links=schema.RegisterLinks(
            findings=urls.as_json(urls.findings()), meetings=urls.as_json(urls.meetings()),
            deliverables=urls.as_json(urls.deliverables()), documents=urls.as_json(urls.documents()),
            search=urls.as_json(urls.search()), people=people_path(), organizations=organizations_path(),
            memberships=memberships_path(), vote_events=vote_events_path(),
            deadlines=urls.as_json(urls.deadlines())))
