"""Forces: the list, and one force's grades, open and recurring findings and responses."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from oversight.serve import urls
from oversight.serve.chart import GRADE_COLOURS, grade_chart
from oversight.serve.rendering import render
from oversight.serve.schemas import forces as schema
from oversight.store import queries_forces as qforce

router = APIRouter()


@router.get("/forces", response_class=HTMLResponse, include_in_schema=False)
def forces(request: Request) -> HTMLResponse:
    return render(request, "forces.html", urls.as_json(urls.forces()),
                  forces=qforce.list_forces(request.app.state.reader))


@router.get("/api/v1/forces", tags=["forces"])
def forces_json(request: Request) -> list[schema.ForceSummary]:
    """Every force named in a paper (Popolo: Organization, classification police_force), with its finding
    counts; ``id`` is its slug."""
    return [schema.ForceSummary(type="Organization", id=f.slug, classification="police_force", name=f.name,
                                slug=f.slug, findings=f.findings, open_findings=f.open_findings, latest=f.latest,
                                url=urls.force(f.slug))
            for f in qforce.list_forces(request.app.state.reader)]


def _detail(request: Request, force_slug: str) -> qforce.ForceDetail:
    name = qforce.force_name(request.app.state.reader, force_slug)
    if name is None:
        raise HTTPException(404, "No such force")
    return qforce.force_detail(request.app.state.reader, name)


@router.get("/forces/{force_slug}", response_class=HTMLResponse, include_in_schema=False)
def force(request: Request, force_slug: str) -> HTMLResponse:
    detail = _detail(request, force_slug)
    return render(request, "force.html", urls.as_json(urls.force(force_slug)), detail=detail,
                  chart=grade_chart(detail.grades.counts_by_year(), detail.name), colours=GRADE_COLOURS)


@router.get("/api/v1/forces/{force_slug}", tags=["forces"])
def force_json(request: Request, force_slug: str) -> schema.ForceDetail:
    """One force (Popolo: Organization): grades by question and year, open and recurring findings, and
    responses."""
    d = _detail(request, force_slug)
    return schema.ForceDetail(
        type="Organization", id=d.slug, classification="police_force", name=d.name, slug=d.slug,
        url=urls.force(d.slug),
        grades=schema.GradeTable(years=d.grades.years, questions=[schema.GradeRow(question=q, grades=g)
                                                                  for q, g in d.grades.rows]),
        open_findings=schema.OpenFindings(
            total=d.open_total,
            shown=[schema.OpenFinding(id=i, kind=k, text=t, number=n, url=urls.finding(i))
                   for i, k, t, n in d.open_findings],
            all=urls.as_json(urls.findings({"force": d.name, "status": "open"}))),
        recurring_findings=[schema.RecurringFinding(id=i, kind=k, text=t, recurrences=n, url=urls.finding(i))
                            for i, k, t, n in d.recurring],
        responses=[schema.ForceResponse(id=i, responder=who, text=t, date=when, page=page,
                                        url=urls.document_page(doc, page, ev))
                   for i, doc, who, t, when, page, ev in d.responses])
