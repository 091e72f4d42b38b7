"""Adding papers in the browser: upload files, or give a web address for the server to fetch.

An upload is refused before its body is read when the sender may not add papers (403) or says it is
larger than the limit (413); a body that turns out larger than it said is cut off by
:class:`~oversight.serve.middleware.BodyLimit` as soon as it passes the limit.  Files are read by
what their bytes are, not by the name they came with, and the name is only ever shown, never used as
a path.  Each file goes through the same ingest as the command line: one transaction per file, and a
result page saying what was found and what failed, and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException

from oversight.accounts.users import User
from oversight.errors import InputError
from oversight.intake.fetch import fetch_paper
from oversight.intake.names import display_name
from oversight.intake.sniff import sniff
from oversight.review.audit import log_change
from oversight.serve import security
from oversight.serve.middleware import UPLOAD_OVERHEAD
from oversight.serve.rendering import render
from oversight.store.db import session_scope
from oversight.store.ingest import FileOutcome, ingest_bytes, refresh_derived
from oversight.store.queries import RECORD_HEADINGS, document_detail

router = APIRouter(include_in_schema=False)
MAX_FILES = 20


@dataclass
class PaperSummary:
    kind: str
    title: str | None
    pages: tuple[int, int]


@dataclass
class AddedFile:
    """One file's outcome, with what the result page lists for it."""

    name: str
    outcome: FileOutcome
    note: str = ""
    papers: list[PaperSummary] = field(default_factory=list)
    record_counts: dict[str, int] = field(default_factory=dict)


def _limit(request: Request) -> int:
    return int(request.app.state.settings.max_file_mb * 1_000_000)


def _too_large(request: Request, what: str) -> HTMLResponse:
    limit_mb = request.app.state.settings.max_file_mb
    return render(request, "add-papers.html", None, status_code=413, url="",
                  errors={"paper": f"{what} is over the {limit_mb:g} MB limit. Nothing was added."})


@router.get("/papers/add", response_class=HTMLResponse)
def add_form(request: Request, user: Annotated[User, Depends(security.editor)]) -> HTMLResponse:
    return render(request, "add-papers.html", None, errors={}, url="")


@router.post("/papers/upload", response_class=HTMLResponse)
async def upload(request: Request, user: Annotated[User, Depends(security.editor)]) -> Response:
    limit = _limit(request)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + UPLOAD_OVERHEAD:
        response = _too_large(request, f"The upload ({int(declared) / 1e6:.0f} MB)")
        response.headers["Connection"] = "close"
        return response
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=10)
    except MultiPartException as exc:
        raise HTTPException(400, f"The upload could not be read ({exc.message}).") from None
    token = form.get(security.CSRF_FIELD)
    if not security.token_valid(request, token if isinstance(token, str) else None):
        raise HTTPException(403, "This form has expired or did not come from this site. Go back, reload the page "
                                 "and try again.")
    files = [f for f in form.getlist("paper") if isinstance(f, UploadFile) and f.filename]
    if not files:
        return render(request, "add-papers.html", None, status_code=400, url="",
                      errors={"paper": "Choose a PDF, HTML or text file to upload."})
    added: list[AddedFile] = []
    for upload_file in files:
        data = await upload_file.read()
        await upload_file.close()
        added.append(await run_in_threadpool(_add, request, user, data, display_name(upload_file.filename), None))
    return await run_in_threadpool(_result, request, added)


@router.post("/papers/fetch", response_class=HTMLResponse, dependencies=[Depends(security.check_form_token)])
def add_by_address(request: Request, user: Annotated[User, Depends(security.editor)],
                   url: Annotated[str, Form(max_length=2000)] = "") -> Response:
    settings = request.app.state.settings
    if not url.strip():
        return render(request, "add-papers.html", None, status_code=400, url=url,
                      errors={"url": "Enter the web address of a paper, starting with https://."})
    try:
        fetched = fetch_paper(url, _limit(request), settings.fetch_timeout_seconds,
                              transport=request.app.state.fetch_transport, resolve=request.app.state.resolve_host)
    except InputError as exc:
        return render(request, "add-papers.html", None, status_code=400, url=url, errors={"url": str(exc)})
    return _result(request, [_add(request, user, fetched.data, display_name(fetched.name, "page"), fetched.url)])


def _add(request: Request, user: User, data: bytes, name: str, source: str | None) -> AddedFile:
    """Sniff, ingest and describe one file; every failure becomes a sentence on the result page."""
    engine = request.app.state.engine
    try:
        sniffed = sniff(data[:16384], name)
    except InputError as exc:
        return AddedFile(name, FileOutcome(source or name, "failed", message=str(exc)))
    outcome = ingest_bytes(engine, data, name, sniffed.suffix, source=source, max_bytes=_limit(request))
    added = AddedFile(name, outcome, sniffed.note)
    if outcome.document_id is not None:
        if outcome.status == "inserted":
            with session_scope(engine) as s:
                log_change(s, user.actor, "paper_added", "document", outcome.document_id, None,
                           {"source": outcome.path, "papers": outcome.papers, "records": outcome.records})
        detail = document_detail(engine, outcome.document_id)
        if detail is not None:
            for view in detail[1]:
                added.papers.append(PaperSummary(view.paper.kind, view.paper.title,
                                                 (view.paper.first_page, view.paper.last_page)))
                for record_type, rows in view.records.items():
                    added.record_counts[record_type] = added.record_counts.get(record_type, 0) + len(rows)
    return added


def _result(request: Request, added: list[AddedFile]) -> HTMLResponse:
    if any(a.outcome.status == "inserted" for a in added):
        refresh_derived(request.app.state.engine)
    failed = sum(1 for a in added if a.outcome.status == "failed")
    return render(request, "add-result.html", None, status_code=200 if failed < len(added) else 422, added=added,
                  headings=RECORD_HEADINGS)
