"""Render a page and advertise its JSON twin; turn query results into plain JSON values.

Every HTML response carries ``Link: <...>; rel="alternate"; type="application/json"`` and the same
link in its <head>, so a person or a program can always get the page's data (STYLE habit 10).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from oversight import vocab
from oversight.accounts.roles import can
from oversight.review.status import REFUSALS, StatusEntry, status_histories
from oversight.rules.catalogue import RULES_BY_ID
from oversight.serve import security, urls
from oversight.serve.assets import stylesheet_available
from oversight.serve.formatters import FILTERS
from oversight.store.queries_forces import slug

templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
templates.env.filters.update(FILTERS)
templates.env.globals.update(urls=urls, vocab=vocab, force_slug=slug, statutory_rules=RULES_BY_ID, can=can,
                             status_refusals=REFUSALS)


def _status_trails(request: Request, record_type: str, record_ids: list[int]) -> dict[int, list[StatusEntry]]:
    """For templates: the status histories of the records a page lists, fetched in one query."""
    return status_histories(request.app.state.reader, record_type, record_ids)


def render(request: Request, template: str, json_url: str | None, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    """A page from ``template``; ``json_url`` is its JSON twin (None for pages that have none)."""
    user = security.current_user(request)
    response = templates.TemplateResponse(
        request, template, {"json_url": json_url, "stylesheet": stylesheet_available(), "current_user": user,
                            "csrf_token": lambda: security.form_token(request),
                            "status_trails": lambda kind, ids: _status_trails(request, kind, list(ids)),
                            **context},
        status_code=status_code)
    if json_url:
        response.headers["Link"] = f'<{json_url}>; rel="alternate"; type="application/json"'
    if user is not None:
        response.headers["Cache-Control"] = "private, no-store"
    security.finish(request, response)
    return response


def plain(value: Any) -> Any:
    """Dataclasses, ORM rows, dates and containers as JSON-ready values."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "__table__"):
        return {c.key: plain(getattr(value, c.key)) for c in value.__table__.columns}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def query_path(request: Request) -> str:
    """This request's path with its query string, for building the JSON twin's link."""
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")
