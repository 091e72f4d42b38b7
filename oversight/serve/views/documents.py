"""Documents: the list, one document with every record drawn from it, and its text page by page."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from oversight.serve import exports, urls
from oversight.serve.formatters import mark_spans
from oversight.serve.rendering import render
from oversight.serve.schemas import documents as schema
from oversight.store import models as m
from oversight.store import queries

router = APIRouter()


def _paper(p: m.Paper) -> schema.PaperSummary:
    return schema.PaperSummary(id=p.id, kind=p.kind, title=p.title, force=p.force, body=p.body,
                               document_date=p.document_date, pages=[p.first_page, p.last_page])


def _document_json(d: m.Document) -> schema.DocumentSummary:
    return schema.DocumentSummary(id=d.id, url=urls.document(d.id), title=d.title, source=d.source, sha256=d.sha256,
                                  media_type=d.media_type, kind=d.kind, published_on=d.published_on,
                                  page_count=d.page_count, papers=[_paper(p) for p in d.papers])


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
def documents(request: Request) -> HTMLResponse:
    return render(request, "documents.html", urls.as_json(urls.documents()),
                  documents=queries.list_documents(request.app.state.reader))


@router.get("/api/v1/documents", tags=["documents"])
def documents_json(request: Request) -> list[schema.DocumentSummary]:
    """Every ingested document with its papers."""
    return [_document_json(d) for d in queries.list_documents(request.app.state.reader)]


@router.get("/documents.{extension}", tags=["downloads"], response_class=StreamingResponse)
def documents_download(request: Request, extension: str) -> StreamingResponse:
    """Every document, as CSV (``documents.csv``) or JSON (``documents.json``)."""
    if extension not in exports.MEDIA_TYPES:
        raise HTTPException(404, "Downloads are .csv or .json")
    return exports.download("documents", extension, exports.DOCUMENT_COLUMNS,
                            queries.list_documents(request.app.state.reader))


def _detail(request: Request, document_id: int) -> tuple[m.Document, list[queries.PaperView]]:
    found = queries.document_detail(request.app.state.reader, document_id)
    if found is None:
        raise HTTPException(404, "No such document")
    return found


@router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
def document(request: Request, document_id: int) -> HTMLResponse:
    doc, papers = _detail(request, document_id)
    return render(request, "document.html", urls.as_json(urls.document(document_id)), document=doc, papers=papers,
                  record_headings=queries.RECORD_HEADINGS)


@router.get("/api/v1/documents/{document_id}", tags=["documents"])
def document_json(request: Request, document_id: int) -> schema.DocumentDetail:
    """One document, its papers and every record drawn from each, with its evidence (page and quote)."""
    doc, papers = _detail(request, document_id)
    summary = _document_json(doc)
    return schema.DocumentDetail(
        **summary.model_dump(exclude={"papers"}),
        papers=[schema.PaperDetail(**_paper(view.paper).model_dump(),
                                   records=schema.PaperRecords.model_validate(
                                       {kind: [vars(r) for r in rows] for kind, rows in view.records.items()}))
                for view in papers],
        pages_text=[urls.as_json(urls.document_page(doc.id, n)) for n in range(1, doc.page_count + 1)])


def _page(request: Request, document_id: int, number: int) -> queries.PageText:
    found = queries.document_page(request.app.state.reader, document_id, number)
    if found is None:
        raise HTTPException(404, "No such page")
    return found


@router.get("/documents/{document_id}/pages/{number}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, document_id: int, number: int) -> HTMLResponse:
    page = _page(request, document_id, number)
    spans = [(e.start, e.end, f"evidence-{e.id}") for e, _ in page.evidence]
    return render(request, "document-page.html", urls.as_json(urls.document_page(document_id, number)),
                  page=page, marked_text=mark_spans(page.text, spans, page.start),
                  record_headings=queries.RECORD_HEADINGS, page_href=lambda n: urls.document_page(document_id, n))


@router.get("/api/v1/documents/{document_id}/pages/{number}", tags=["documents"])
def document_page_json(request: Request, document_id: int, number: int) -> schema.DocumentPage:
    """One page of a document's cleaned text, with the evidence on it and the records each supports."""
    page = _page(request, document_id, number)
    return schema.DocumentPage(
        document_id=document_id, page=number, page_count=page.document.page_count, start=page.start, text=page.text,
        evidence=[schema.PageEvidence(id=e.id, start=e.start, end=e.end, quote=e.quote, records=[
            schema.PageRecord(type=r.record_type, id=r.id, summary=r.summary,
                              url=urls.record(r.record_type, r.id, document_id)) for r in records])
            for e, records in page.evidence])
