"""A test client over the whole app, for API tests."""

from __future__ import annotations

import warnings

from fastapi import FastAPI
from sqlalchemy import Engine

from oversight.serve.app import create_app
from oversight.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def api_app(engine: Engine, settings: Settings) -> FastAPI:
    return create_app(engine, settings)


def api_client(engine: Engine, settings: Settings | None = None) -> TestClient:
    return TestClient(api_app(engine, settings or Settings(page_size=3, secret_key="API tests")))
