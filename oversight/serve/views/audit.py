"""The audit log on the web: every change, newest first, for the whole register, one record or one person.

Signed-in editors and administrators see it; the public sees each record's current status and its
history on the record's own page.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from oversight.accounts.users import User
from oversight.review.audit import recent
from oversight.serve import security, urls
from oversight.serve.rendering import render
from oversight.serve.views import params

router = APIRouter(include_in_schema=False)
Editor = Annotated[User, Depends(security.editor)]
PAGE = 100
# Where a record named in the log is shown, when it has a page of its own.
_SHOWN = {"finding": urls.finding, "meeting": urls.meeting, "document": urls.document}


def _page(request: Request, title: str, page: str | None, username: str | None = None,
          record_type: str | None = None, record_id: int | None = None) -> HTMLResponse:
    number = params.whole_number(page, 1) or 1
    entries, total = recent(request.app.state.engine, username, record_type, record_id, PAGE, (number - 1) * PAGE)
    page_count = max(1, -(-total // PAGE))
    base = request.url.path
    return render(request, "audit.html", None, title=title, entries=entries, total=total, page=number,
                  page_count=page_count, page_href=lambda n: f"{base}?page={n}" if n > 1 else base,
                  shown=_SHOWN, record_type=record_type, record_id=record_id)


@router.get("/audit", response_class=HTMLResponse)
def everything(request: Request, user: Editor, page: str | None = None) -> HTMLResponse:
    return _page(request, "Audit log", page)


@router.get("/audit/users/{username}", response_class=HTMLResponse)
def by_user(request: Request, user: Editor, username: str, page: str | None = None) -> HTMLResponse:
    return _page(request, f"Changes made by {username}", page, username=username)


@router.get("/audit/{record_type}/{record_id}", response_class=HTMLResponse)
def by_record(request: Request, user: Editor, record_type: str, record_id: int,
              page: str | None = None) -> HTMLResponse:
    return _page(request, f"Changes to {record_type.replace('_', ' ')} {record_id}", page,
                 record_type=record_type, record_id=record_id)
