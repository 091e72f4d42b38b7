"""The review queue: extracted records beside their evidence, to accept, correct, split, merge or reject.

Editors only.  Each decision is a POST carrying the form token; it goes through
:mod:`oversight.review.decisions`, which writes the change and its audit entry in one transaction,
then moves on to the next record in the queue so a reviewer can work through it from the keyboard.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from oversight.accounts.users import User
from oversight.review import decisions
from oversight.review.decisions import ReviewError
from oversight.review.queue import next_pending, record_in_context, review_queue
from oversight.review.records import MODELS
from oversight.serve import security
from oversight.serve.rendering import render
from oversight.serve.views import params
from oversight.store.queries import RECORD_HEADINGS

router = APIRouter(include_in_schema=False, dependencies=[Depends(security.check_form_token)])
Editor = Annotated[User, Depends(security.editor)]
DONE = {"accepted": "Record accepted.", "rejected": "Record rejected.", "corrected": "Correction saved.",
        "merged": "Duplicates merged.", "split": "Record split.", "bulk": "Records accepted."}


def _queue_href(record_type: str | None, document_id: int | None, **extra: object) -> str:
    query = {k: v for k, v in {"type": record_type, "document": document_id, **extra}.items() if v not in (None, "")}
    return "/review" + (f"?{urlencode(query)}" if query else "")


def record_href(record_type: str, record_id: int, **query: object) -> str:
    kept = {k: v for k, v in query.items() if v not in (None, "")}
    return f"/review/{record_type}/{record_id}" + (f"?{urlencode(kept)}" if kept else "")


@router.get("/review", response_class=HTMLResponse)
def queue(request: Request, user: Editor, type: str | None = None, document: str | None = None,
          done: str | None = None, count: str | None = None) -> HTMLResponse:
    record_type = params.choice(type, MODELS)
    document_id = params.whole_number(document)
    page = review_queue(request.app.state.engine, record_type, document_id)
    message = DONE.get(done or "", "")
    if done == "bulk" and (n := params.whole_number(count)):
        message = f"{n} records accepted."
    return render(request, "review-queue.html", None, page=page, record_type=record_type, document_id=document_id,
                  types=RECORD_HEADINGS, message=message, record_href=record_href)


@router.post("/review/accept")
async def bulk_accept(request: Request, user: Editor) -> Response:
    form = await request.form()
    record_type = params.choice(str(form.get("type") or ""), MODELS)
    document_id = params.whole_number(str(form.get("document") or ""))
    chosen = [str(v) for v in form.getlist("record")]
    if not chosen:
        raise HTTPException(400, "Choose at least one record to accept.")
    records: list[tuple[str, int]] = []
    for value in chosen:
        kind, _, number = value.partition(":")
        record_id = params.whole_number(number, maximum=2**62)
        if kind not in MODELS or record_id is None:
            raise HTTPException(400, f"'{value[:100]}' is not a record.")
        records.append((kind, record_id))
    try:
        decisions.accept_many(request.app.state.engine, user.actor, records)
    except ReviewError as exc:
        raise HTTPException(400, f"{exc} Nothing was accepted.") from None
    accepted = len(records)
    return RedirectResponse(_queue_href(record_type, document_id, done="bulk", count=accepted), status_code=303)


def _page(request: Request, record_type: str, record_id: int, errors: dict[str, str] | None = None,
          values: dict[str, Any] | None = None, status_code: int = 200, done: str | None = None,
          queue_type: str | None = None, queue_document: int | None = None) -> HTMLResponse:
    found = record_in_context(request.app.state.engine, record_type, record_id)
    if found is None:
        raise HTTPException(404, "No such record")
    following = next_pending(request.app.state.engine, queue_type, queue_document, (record_type, record_id))
    skip_href = record_href(*following, type=queue_type, document=queue_document) if following else None
    return render(request, "review-record.html", None, skip_href=skip_href, status_code=status_code, r=found,
                  errors=errors or {},
                  values=values or {}, message=DONE.get(done or "", ""), heading=RECORD_HEADINGS.get(record_type),
                  queue_type=queue_type, queue_document=queue_document,
                  queue_href=_queue_href(queue_type, queue_document))


@router.get("/review/{record_type}/{record_id}", response_class=HTMLResponse)
def record(request: Request, user: Editor, record_type: str, record_id: int, done: str | None = None,
           type: str | None = None, document: str | None = None) -> HTMLResponse:
    return _page(request, record_type, record_id, done=done, queue_type=params.choice(type, MODELS),
                 queue_document=params.whole_number(document))


def _form_text(form: FormData, name: str, limit: int = 20_000) -> str:
    value = form.get(name)
    return value[:limit].replace("\x00", "") if isinstance(value, str) else ""


def _after(request: Request, form: FormData, record_type: str, record_id: int, done: str) -> Response:
    """Go to the next record in the queue the reviewer came from, or back to the queue."""
    queue_type = params.choice(_form_text(form, "queue_type"), MODELS)
    queue_document = params.whole_number(_form_text(form, "queue_document"))
    following = next_pending(request.app.state.engine, queue_type, queue_document, (record_type, record_id))
    if following is None:
        return RedirectResponse(_queue_href(queue_type, queue_document, done=done), status_code=303)
    return RedirectResponse(record_href(*following, done=done, type=queue_type, document=queue_document),
                            status_code=303)


def _corrections(form: FormData, current: dict[str, Any], editable: tuple[str, ...]) -> dict[str, Any]:
    """The submitted fields whose values differ from the record's, lists given one item per line."""
    changes: dict[str, Any] = {}
    for name in editable:
        if name not in form:
            continue
        submitted = _form_text(form, name).strip()
        old = current.get(name)
        if isinstance(old, list):
            items = [line.strip() for line in submitted.splitlines() if line.strip()]
            if items != old:
                changes[name] = items
        elif isinstance(old, bool) or name == "unanimous":
            value = {"yes": True, "no": False}.get(submitted)
            if value != old:
                changes[name] = value
        elif submitted != ("" if old is None else str(old)):
            changes[name] = submitted
    return changes


@router.post("/review/{record_type}/{record_id}/{decision}")
async def decide(request: Request, user: Editor, record_type: str, record_id: int, decision: str) -> Response:
    form = await request.form()
    engine = request.app.state.engine
    found = record_in_context(engine, record_type, record_id)
    if found is None:
        raise HTTPException(404, "No such record")
    reason = _form_text(form, "reason", 2000).strip()
    try:
        if decision == "accept":
            decisions.accept(engine, user.actor, record_type, record_id)
            return _after(request, form, record_type, record_id, "accepted")
        if decision == "reject":
            decisions.reject(engine, user.actor, record_type, record_id, reason)
            return _after(request, form, record_type, record_id, "rejected")
        if decision == "correct":
            changes = _corrections(form, found.fields, found.editable)
            if not changes:
                raise ReviewError("Change at least one field to save a correction, or accept the record.")
            decisions.correct(engine, user.actor, record_type, record_id, changes, reason)
            return RedirectResponse(record_href(record_type, record_id, done="corrected"), status_code=303)
        if decision == "merge":
            found_ids = (params.whole_number(v, maximum=2**62) for v in form.getlist("duplicate") if isinstance(v, str))
            duplicates = [i for i in found_ids if i is not None]
            if not duplicates:
                raise ReviewError("Choose the duplicates to merge.")
            decisions.merge(engine, user.actor, record_type, record_id, duplicates)
            return _after(request, form, record_type, record_id, "merged")
        if decision == "split":
            parts = [_form_text(form, f"part_{n}") for n in range(1, 6)]
            decisions.split(engine, user.actor, record_type, record_id, parts, reason)
            return RedirectResponse(record_href(record_type, record_id, done="split"), status_code=303)
    except ReviewError as exc:
        field = {"correct": "correction", "split": "part_1", "merge": "duplicate"}.get(decision, "reason")
        return _page(request, record_type, record_id, {field: str(exc)}, values=dict(form), status_code=400)
    raise HTTPException(404, "No such decision")
