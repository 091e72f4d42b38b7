"""The findings register (filtered, faceted, sorted, paged) and one finding with its evidence in context."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from oversight import vocab
from oversight.serve import exports, urls
from oversight.serve.exports import FINDING_COLUMNS
from oversight.serve.rendering import query_path, render
from oversight.serve.schemas import findings as schema
from oversight.serve.schemas.base import Facet, StatusChange
from oversight.serve.views import params
from oversight.store import queries_findings as qf

router = APIRouter()


def _filters(force: str | None, kind: str | None, year: str | None, status: str | None,
             sort: str | None) -> qf.FindingFilters:
    return qf.FindingFilters(
        force=params.text(force), kind=params.choice(kind, vocab.FINDING_KINDS),
        year=params.whole_number(year, minimum=1900, maximum=2999),
        status=params.choice(status, vocab.TRACKING_STATUSES), sort=params.choice(sort, qf.SORTS) or qf.DEFAULT_SORT)


def _page_size(request: Request) -> int:
    return int(request.app.state.settings.page_size)


@router.get("/findings", response_class=HTMLResponse, include_in_schema=False)
def findings(request: Request, force: str | None = None, kind: str | None = None, year: str | None = None,
             status: str | None = None, sort: str | None = None, page: str | None = None) -> HTMLResponse:
    filters = _filters(force, kind, year, status, sort)
    result = qf.select_findings(request.app.state.reader, filters, params.whole_number(page, 1) or 1,
                                _page_size(request))
    return render(request, "findings.html", urls.as_json(query_path(request)), result=result, filters=filters,
                  sorts=qf.SORTS, filter_params=filters.as_params(),
                  page_href=lambda n: urls.findings({**filters.as_params(), "page": n}))


@router.get("/api/v1/findings", tags=["findings"])
def findings_json(request: Request, force: str | None = None, kind: str | None = None, year: str | None = None,
                  status: str | None = None, sort: str | None = None,
                  page: str | None = None) -> schema.FindingList:
    """One page of the findings register, with facet counts and links to the next page and downloads.

    Filters: ``force``, ``kind`` (area_for_improvement, recommendation, cause_of_concern), ``year`` of
    the paper, ``status``; ``sort`` is one of -date, date, force, kind, status, due.
    """
    filters = _filters(force, kind, year, status, sort)
    result = qf.select_findings(request.app.state.reader, filters, params.whole_number(page, 1) or 1,
                                _page_size(request))
    base = filters.as_params()
    return schema.FindingList(
        total=result.total, page=result.page, page_size=result.page_size, page_count=result.page_count,
        filters=schema.FindingFilterValues.model_validate(base),
        facets=schema.FindingFacets.model_validate(
            {name: [Facet(value=f.value, count=f.count) for f in values] for name, values in result.facets.items()}),
        results=[_row_json(r) for r in result.rows],
        links=schema.FindingPageLinks(
            next=urls.as_json(urls.findings({**base, "page": result.page + 1}))
            if result.page < result.page_count else None,
            previous=urls.as_json(urls.findings({**base, "page": result.page - 1})) if result.page > 1 else None,
            csv=urls.download(urls.findings(base), "csv"), json=urls.download(urls.findings(base), "json")))


def _columns(r: qf.FindingRow) -> dict[str, object]:
    return {c.name: c.value(r) for c in FINDING_COLUMNS}


def _row_json(r: qf.FindingRow) -> schema.FindingSummary:
    return schema.FindingSummary.model_validate(_columns(r))


@router.get("/findings.{extension}", tags=["downloads"], response_class=StreamingResponse)
def findings_download(request: Request, extension: str, force: str | None = None, kind: str | None = None,
                      year: str | None = None, status: str | None = None,
                      sort: str | None = None) -> StreamingResponse:
    """Every finding matching the register's filters, as CSV (``findings.csv``) or JSON (``findings.json``)."""
    if extension not in exports.MEDIA_TYPES:
        raise HTTPException(404, "Downloads are .csv or .json")
    filters = _filters(force, kind, year, status, sort)
    engine = request.app.state.reader
    return exports.download("findings", extension, exports.with_status_history(FINDING_COLUMNS, engine, "finding"),
                            qf.iter_findings(engine, filters))


def _detail(request: Request, finding_id: int) -> qf.FindingDetail:
    found = qf.finding_detail(request.app.state.reader, finding_id)
    if found is None:
        raise HTTPException(404, "No such finding")
    return found


@router.get("/findings/{finding_id}", response_class=HTMLResponse, include_in_schema=False)
def finding(request: Request, finding_id: int) -> HTMLResponse:
    detail = _detail(request, finding_id)
    return render(request, "finding.html", urls.as_json(urls.finding(finding_id)), detail=detail, f=detail.row)


@router.get("/api/v1/findings/{finding_id}", tags=["findings"])
def finding_json(request: Request, finding_id: int) -> schema.FindingDetail:
    """One finding: its text, evidence (quote, page, the text either side), responses, links, deadlines and
    the status history people have recorded for it."""
    d = _detail(request, finding_id)
    r = d.row
    return schema.FindingDetail.model_validate({
        **_columns(r), "title": r.title, "addressees": d.addressees,
        "evidence": schema.FindingEvidence(id=d.evidence_id, page=r.page, quote=r.quote, before=d.context_before,
                                           after=d.context_after,
                                           url=urls.document_page(r.document_id, r.page, d.evidence_id)),
        "responses": [schema.FindingResponse(id=resp.id, responder=resp.responder, text=resp.text, date=resp.date,
                                             page=ev.page, quote=ev.quote,
                                             url=urls.record("response", resp.id, ev.document_id))
                      for resp, ev in d.responses],
        "links": [schema.LinkedRecord(kind=link.kind, record_type=link.record_type, record_id=link.record_id,
                                      document_id=link.document_id, summary=link.summary, reason=link.reason,
                                      score=link.score,
                                      url=urls.record(link.record_type, link.record_id, link.document_id or 0))
                  for link in d.links],
        "deadlines": [schema.Deadline.model_validate(x) for x in d.deadlines],
        "status_history": [StatusChange.model_validate(c) for c in d.status_history],
    })
