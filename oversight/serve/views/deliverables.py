"""The Police and Crime Plan: its deliverables grouped by status, each with its updates over time."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from oversight import vocab
from oversight.review.status import status_histories
from oversight.serve import exports, urls
from oversight.serve.exports import DELIVERABLE_COLUMNS
from oversight.serve.rendering import render
from oversight.serve.schemas import plan as schema
from oversight.serve.schemas.base import StatusChange
from oversight.store import queries_plan as qp

router = APIRouter()


def _ordered(grouped: dict[str, list[qp.DeliverableRow]]) -> list[tuple[str, list[qp.DeliverableRow]]]:
    """Statuses in the vocabulary's order, then any others, then deliverables with no status."""
    order = list(vocab.DELIVERABLE_STATUSES)
    return sorted(grouped.items(), key=lambda kv: (kv[0] == "", order.index(kv[0]) if kv[0] in order else 99,
                                                   kv[0]))


@router.get("/deliverables", response_class=HTMLResponse, include_in_schema=False)
def deliverables(request: Request) -> HTMLResponse:
    groups = _ordered(qp.deliverables_by_status(request.app.state.reader))
    return render(request, "deliverables.html", urls.as_json(urls.deliverables()), groups=groups,
                  total=sum(len(rows) for _, rows in groups))


@router.get("/api/v1/deliverables", tags=["plan"])
def deliverables_json(request: Request) -> schema.DeliverableList:
    """Police and Crime Plan deliverables grouped by status, each with its updates, evidence and the status
    history people have recorded for it."""
    engine = request.app.state.reader
    groups = _ordered(qp.deliverables_by_status(engine))
    history = status_histories(engine, "deliverable", (r.id for _, rows in groups for r in rows))
    return schema.DeliverableList(statuses=[schema.DeliverableGroup(status=status or None, deliverables=[
        schema.Deliverable.model_validate(
            {**{c.name: c.value(r) for c in DELIVERABLE_COLUMNS}, "updates": r.updates,
             "url": urls.record("deliverable", r.id, r.document_id),
             "status_history": [StatusChange.model_validate(h) for h in history.get(r.id, [])]})
        for r in rows]) for status, rows in groups])


@router.get("/deliverables.{extension}", tags=["downloads"], response_class=StreamingResponse)
def deliverables_download(request: Request, extension: str) -> StreamingResponse:
    """Every deliverable, as CSV (``deliverables.csv``) or JSON (``deliverables.json``)."""
    if extension not in exports.MEDIA_TYPES:
        raise HTTPException(404, "Downloads are .csv or .json")
    engine = request.app.state.reader
    columns = exports.with_status_history(DELIVERABLE_COLUMNS, engine, "deliverable")
    return exports.download("deliverables", extension, columns, qp.iter_deliverables(engine))
