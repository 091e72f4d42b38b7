"""Search across every paper and record, with highlighted snippets and a filter by record type.

Whatever a person types, the page answers with results or a sentence saying why there are none:
the search module reduces input to plain words and binds them as parameters.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from oversight.serve import urls
from oversight.serve.rendering import query_path, render
from oversight.serve.views import params
from oversight.store.queries import RECORD_HEADINGS
from oversight.store.search import SearchHit, query_terms
from oversight.store.search import search as run_search

PAGE_SIZE = 50
LONGEST_QUERY = 2000
router = APIRouter()

SEARCHABLE = {"paper": "Papers", **RECORD_HEADINGS}


def _results(request: Request, q: str, record_type: str | None, page: int) -> tuple[list[SearchHit], str | None]:
    """The hits for this page, and a message when the query cannot give any."""
    if not q.strip():
        return [], None
    if not query_terms(q):
        return [], "Enter words or numbers to search for. Punctuation on its own is ignored."
    hits = run_search(request.app.state.engine, q, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE,
                      record_type=record_type)
    message = None
    if len(q) > LONGEST_QUERY:
        message = f"Only the first {LONGEST_QUERY:,} characters of your search were used."
    return hits, message


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search(request: Request, q: str = "", type: str | None = None, page: str | None = None) -> HTMLResponse:
    record_type = params.choice(type, SEARCHABLE)
    number = params.whole_number(page, 1, maximum=1000) or 1
    hits, message = _results(request, q, record_type, number)
    return render(request, "search.html", urls.as_json(query_path(request)), query=q, hits=hits[:PAGE_SIZE],
                  more=len(hits) > PAGE_SIZE, page=number, message=message, record_type=record_type,
                  types=SEARCHABLE, shown_query=q[:LONGEST_QUERY])


@router.get("/api/v1/search", tags=["search"])
def search_json(request: Request, q: str = "", type: str | None = None, page: str | None = None) -> dict[str, Any]:
    """Full-text search across every paper and record; snippets mark hits with ``[[`` and ``]]``."""
    record_type = params.choice(type, SEARCHABLE)
    number = params.whole_number(page, 1, maximum=1000) or 1
    hits, message = _results(request, q, record_type, number)
    return {"query": q[:LONGEST_QUERY], "type": record_type, "page": number, "message": message,
            "results": [{"record_type": h.record_type, "record_id": h.record_id, "title": h.title,
                         "snippet": h.snippet, "url": urls.record(h.record_type, h.record_id, h.document_id)}
                        for h in hits[:PAGE_SIZE]],
            "links": {"next": urls.as_json(urls.search(q[:LONGEST_QUERY], type=record_type, page=number + 1))
                      if len(hits) > PAGE_SIZE else None}}
