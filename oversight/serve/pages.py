"""HTML pages and their JSON twins.  Handlers, paths and templates share one name per page."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from oversight import vocab
from oversight.serve import urls
from oversight.serve.formatters import FILTERS
from oversight.store import queries
from oversight.store.search import search as run_search

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
templates.env.filters.update(FILTERS)
templates.env.globals.update(urls=urls, vocab=vocab, record_headings=queries.RECORD_HEADINGS)

router = APIRouter()


def _render(request: Request, template: str, json_path: str, **context: Any) -> HTMLResponse:
    response = templates.TemplateResponse(request, template, {"json_url": json_path, **context})
    response.headers["Link"] = f'<{json_path}>; rel="alternate"; type="application/json"'
    return response


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request) -> HTMLResponse:
    engine = request.app.state.engine
    return _render(request, "home.html", urls.as_json("/"), counts=queries.counts(engine),
                   documents=queries.list_documents(engine))


@router.get("/api/v1/", tags=["register"])
def home_json(request: Request) -> dict[str, Any]:
    """What is in the register: counts of documents, papers and records."""
    return {"counts": queries.counts(request.app.state.engine)}


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def documents(request: Request) -> HTMLResponse:
    return _render(request, "documents.html", urls.as_json(urls.documents()),
                   documents=queries.list_documents(request.app.state.engine))


@router.get("/api/v1/documents", tags=["documents"])
def documents_json(request: Request) -> list[dict[str, Any]]:
    """Every ingested document with its papers."""
    return [_document_json(d) for d in queries.list_documents(request.app.state.engine)]


def _document_json(d: Any) -> dict[str, Any]:
    return {"id": d.id, "source": d.source, "sha256": d.sha256, "media_type": d.media_type,
            "page_count": d.page_count, "url": urls.document(d.id),
            "papers": [{"id": p.id, "kind": p.kind, "title": p.title, "force": p.force, "body": p.body,
                        "document_date": _json(p.document_date), "pages": [p.first_page, p.last_page]}
                       for p in d.papers]}


@router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def document(request: Request, document_id: int) -> HTMLResponse:
    found = queries.document_detail(request.app.state.engine, document_id)
    if found is None:
        raise HTTPException(404, "No such document")
    doc, papers = found
    return _render(request, "document.html", urls.as_json(urls.document(document_id)), document=doc, papers=papers)


@router.get("/api/v1/documents/{document_id}", tags=["documents"])
def document_json(request: Request, document_id: int) -> dict[str, Any]:
    """One document, its papers and every record drawn from each, with evidence."""
    found = queries.document_detail(request.app.state.engine, document_id)
    if found is None:
        raise HTTPException(404, "No such document")
    doc, papers = found
    body = _document_json(doc)
    for paper_json, view in zip(body["papers"], papers, strict=True):
        paper_json["records"] = {k: [_json(asdict(r)) for r in rows] for k, rows in view.records.items()}
    return body


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search(request: Request, q: str = "") -> HTMLResponse:
    hits = run_search(request.app.state.engine, q, limit=50) if q else []
    return _render(request, "search.html", "/api/v1/search?" + str(request.url.query), query=q, hits=hits)


@router.get("/api/v1/search", tags=["search"])
def search_json(request: Request, q: str = "") -> JSONResponse:
    """Full-text search across every paper and record."""
    hits = run_search(request.app.state.engine, q, limit=50) if q else []
    return JSONResponse({"query": q, "results": [asdict(h) for h in hits]})


@router.get("/healthz", include_in_schema=False)
def healthz() -> Response:
    return Response("ok", media_type="text/plain")
