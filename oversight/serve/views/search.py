"""Search across every paper and record, with highlighted snippets, counts by record type (facets) and a
filter by record type.

Whatever a person types, the page answers with results or a sentence saying why there are none:
the search module reduces input to plain words and binds them as parameters.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from oversight.serve import urls
from oversight.serve.rendering import query_path, render
from oversight.serve.schemas import search as schema
from oversight.serve.views import params
from oversight.store.queries import RECORD_HEADINGS
from oversight.store.search import SearchHit, count_by_type, query_terms
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
    hits = run_search(request.app.state.reader, q, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE,
                      record_type=record_type)
    message = None
    if len(q) > LONGEST_QUERY:
        message = f"Only the first {LONGEST_QUERY:,} characters of your search were used."
    return hits, message


def _facets(request: Request, q: str) -> list[schema.TypeFacet]:
    """Matches by record type, most first, for the query whatever type is chosen (none for an empty query)."""
    counts = count_by_type(request.app.state.reader, q) if q.strip() else {}
    return [schema.TypeFacet(value=t, label=SEARCHABLE.get(t, t.replace("_", " ").capitalize()), count=n)
            for t, n in counts.items()]


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search(request: Request, q: str = "", type: str | None = None, page: str | None = None) -> HTMLResponse:
    record_type = params.choice(type, SEARCHABLE)
    number = params.whole_number(page, 1, maximum=1000) or 1
    hits, message = _results(request, q, record_type, number)
    # ``facets`` (a list of TypeFacet: value, label, count) is for the page's filter by record type.
    return render(request, "search.html", urls.as_json(query_path(request)), query=q, hits=hits[:PAGE_SIZE],
                  more=len(hits) > PAGE_SIZE, page=number, message=message, record_type=record_type,
                  types=SEARCHABLE, shown_query=q[:LONGEST_QUERY], facets=_facets(request, q))


@router.get("/api/v1/search", tags=["search"])
def search_json(request: Request, q: str = "", type: str | None = None,
                page: str | None = None) -> schema.SearchResults:
    """Full-text search across every paper and record; snippets mark hits with ``[[`` and ``]]``.

    ``type`` limits results to one record type; ``facets`` count the matches of every type, and
    ``total`` those the results are drawn from.
    """
    record_type = params.choice(type, SEARCHABLE)
    number = params.whole_number(page, 1, maximum=1000) or 1
    hits, message = _results(request, q, record_type, number)
    facets = _facets(request, q)
    total = sum(f.count for f in facets if record_type is None or f.value == record_type)
    return schema.SearchResults(
        query=q[:LONGEST_QUERY], type=record_type, page=number, message=message, total=total,
        facets=schema.SearchFacets(type=facets),
        results=[schema.SearchResult(record_type=h.record_type, record_id=h.record_id, title=h.title,
                                     snippet=h.snippet, url=urls.record(h.record_type, h.record_id, h.document_id))
                 for h in hits[:PAGE_SIZE]],
        links=schema.SearchLinks(next=urls.as_json(urls.search(q[:LONGEST_QUERY], type=record_type,
                                                               page=number + 1)) if len(hits) > PAGE_SIZE else None))
