"""The FastAPI application: server-rendered pages that work without JavaScript, each with a JSON twin."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from oversight.serve import pages
from oversight.serve.assets import govuk_frontend_dir
from oversight.settings import Settings


def create_app(engine: Engine, settings: Settings) -> FastAPI:
    app = FastAPI(title="Oversight", version="0.1.0", description=(
        "A register of what police inspectors found, what was promised in response, what Police and "
        "Crime Panels decided and what is still open, each record tied to the words of its source."),
        docs_url="/api/docs", openapi_url="/api/v1/openapi.json", redoc_url=None)
    app.state.engine = engine
    app.state.settings = settings
    frontend = govuk_frontend_dir()
    if frontend is not None:
        app.mount("/assets", StaticFiles(directory=frontend / "assets"), name="assets")
        app.mount("/static/govuk", StaticFiles(directory=frontend), name="govuk")
    app.mount("/static/app", StaticFiles(directory=Path(__file__).with_name("static")), name="app-static")
    app.include_router(pages.router)
    return app
