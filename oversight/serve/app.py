"""The FastAPI application: server-rendered pages that work without JavaScript, each with a JSON twin.

The JSON API lives under ``/api/v1`` and is described by the OpenAPI schema at
``/api/v1/openapi.json`` (no browsable docs page: it would load scripts from a CDN).  HTML pages stay
out of the schema.
"""

from __future__ import annotations

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from oversight.accounts.ratelimit import RateLimiter
from oversight.intake.fetch import Resolver, resolve_host
from oversight.serve import security
from oversight.serve.assets import STATIC, govuk_frontend_dir
from oversight.serve.caching import ResponseCache
from oversight.serve.middleware import BodyLimit, PageQueue, SecurityHeaders
from oversight.serve.rendering import render
from oversight.serve.urls import API
from oversight.serve.views import (
    account,
    audit,
    deadlines,
    deliverables,
    documents,
    findings,
    forces,
    home,
    meetings,
    papers,
    people,
    review,
    search,
    status,
    users,
    votes,
)
from oversight.settings import Settings
from oversight.store.db import reader

ROUTERS = (home.router, documents.router, findings.router, forces.router, meetings.router, deliverables.router,
           deadlines.router, search.router, account.router, papers.router, review.router, status.router,
           audit.router, users.router, people.router, votes.router)


def create_app(engine: Engine, settings: Settings, fetch_transport: httpx.BaseTransport | None = None,
               resolve: Resolver = resolve_host, login_limiter: RateLimiter | None = None) -> FastAPI:
    """The app over ``engine``.  ``fetch_transport`` and ``resolve`` are how "add a paper by its web
    address" reaches the web (tests pass an in-process transport); ``login_limiter`` counts failed sign-ins."""
    app = FastAPI(title="Oversight", version="0.1.0", description=(
        "A register of what police inspectors found, what was promised in response, what Police and "
        "Crime Panels decided and what is still open, each record tied to the words of its source."),
        docs_url=None, openapi_url=f"{API}/openapi.json", redoc_url=None,
        swagger_ui_oauth2_redirect_url=None)
    app.state.engine = engine
    app.state.reader = reader(engine)  # for the public, read-only pages
    app.state.settings = settings
    app.state.login_limiter = login_limiter or RateLimiter()
    app.state.fetch_transport = fetch_transport
    app.state.resolve_host = resolve
    frontend = govuk_frontend_dir()
    if frontend is not None:
        app.mount("/assets/images", StaticFiles(directory=frontend / "assets" / "images"), name="assets")
        app.mount("/static/govuk", StaticFiles(directory=frontend), name="govuk")
    app.mount("/static/app", StaticFiles(directory=STATIC, check_dir=False), name="app-static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_api_route("/healthz", healthz, include_in_schema=False)
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid_request)  # type: ignore[arg-type]
    app.add_exception_handler(security.SignInRequired, _sign_in_first)  # type: ignore[arg-type]
    app.add_exception_handler(OverflowError, _out_of_range)
    app.add_exception_handler(DataError, _out_of_range)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, upload_limit=int(settings.max_file_mb * 1_000_000))
    app.add_middleware(PageQueue)  # inside the cache: a stored page is served without queueing
    app.add_middleware(ResponseCache, engine=engine)  # outermost: a hit skips everything inside
    return app


def _out_of_range(request: Request, exc: Exception) -> Response:
    """A number or text the database cannot hold (an id past 2**63, a NUL character) names nothing here."""
    if _wants_json(request):
        return JSONResponse({"detail": "Not found"}, status_code=404)
    return render(request, "not-found.html", None, status_code=404, detail="Not found")


def _sign_in_first(request: Request, exc: security.SignInRequired) -> Response:
    return RedirectResponse(security.sign_in_path(exc.next_path), status_code=303)


def healthz() -> Response:
    return Response("ok", media_type="text/plain")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(API) or request.url.path.endswith(".json")


def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """A GOV.UK-style error page for people; a JSON body for programs."""
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    template = "not-found.html" if exc.status_code == 404 else "error.html"
    return render(request, template, None, status_code=exc.status_code, detail=exc.detail)


def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
    """A malformed path (``/findings/abc``) is a page that does not exist, not a server error; a form
    field that is too long or missing is a bad request."""
    if any(error.get("loc", ("",))[0] == "body" for error in exc.errors()):
        detail = "Part of what the form sent is too long or missing. Go back and check it."
        if _wants_json(request):
            return JSONResponse({"detail": detail}, status_code=400)
        return render(request, "error.html", None, status_code=400, detail=detail)
    if _wants_json(request):
        return JSONResponse({"detail": "Not found"}, status_code=404)
    return render(request, "not-found.html", None, status_code=404, detail="Not found")


def from_settings() -> FastAPI:
    """The app over the configured database, for a process manager that starts the app itself:
    ``uvicorn --factory oversight.serve.app:from_settings``.

    With several workers, two things are per process: the sign-in rate limit (put a limit in front
    as well) and, under ``uvicorn --workers`` 0.54, Nagle's algorithm is left on for every
    connection, so keep-alive responses wait ~40 ms (``benchmarks/web_latency.py`` binds its own
    socket with TCP_NODELAY to avoid it).
    """
    from oversight.settings import get_settings
    from oversight.store.db import open_database

    settings = get_settings()
    return create_app(open_database(settings.resolved_database_url()), settings)
