"""The home page: what is in the register, what is overdue, what falls due next, the latest papers."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from oversight.serve import urls
from oversight.serve.rendering import plain, render
from oversight.store import queries

router = APIRouter()


def _home_context(request: Request) -> dict[str, Any]:
    engine = request.app.state.engine
    today = date.today()
    return {"counts": queries.counts(engine), "overdue": queries.overdue(engine, today),
            "due_next": queries.due_next(engine, today), "documents": queries.latest_documents(engine),
            "today": today}


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", urls.as_json(urls.home()), **_home_context(request))


@router.get("/api/v1/", tags=["register"])
def home_json(request: Request) -> dict[str, Any]:
    """What is in the register: counts, open items overdue and falling due next, the latest documents."""
    context = _home_context(request)
    return {
        "counts": context["counts"],
        "overdue": [{**plain(i), "url": urls.record(i.record_type, i.id, i.document_id)} for i in context["overdue"]],
        "due_next": [{**plain(i), "url": urls.record(i.record_type, i.id, i.document_id)}
                     for i in context["due_next"]],
        "latest_documents": [{"id": d.id, "title": d.title, "source": d.source, "url": urls.document(d.id),
                              "published_on": plain(d.published_on)} for d in context["documents"]],
        "links": {"findings": urls.as_json(urls.findings()), "meetings": urls.as_json(urls.meetings()),
                  "deliverables": urls.as_json(urls.deliverables()), "documents": urls.as_json(urls.documents()),
                  "search": urls.as_json(urls.search())},
    }
