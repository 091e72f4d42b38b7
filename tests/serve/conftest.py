"""Fixtures for the web app: one register (sample papers plus a synthetic register) per test session.

``client`` is an :class:`AuditedClient`, so every page a test fetches is checked against the house
rules in ``audit.py`` without extra test code.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from oversight.samples import sample_papers
from oversight.serve.app import create_app
from oversight.settings import Settings
from oversight.store.db import open_database
from oversight.store.ingest import ingest_paths
from tests.serve.audit import AuditedClient
from tests.serve.browsing import chromium, new_tab
from tests.serve.editing import Editing, make_editing
from tests.serve.register import HOSTILE, Built, build_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE_PAPER = f"""Police and Crime Panel

Report of the Police and Crime Commissioner {HOSTILE}

1. Purpose of the report

1.1 This report updates the panel on complaints handling. <img src=x onerror=alert(1)> {HOSTILE}
"""


def ingest_register(url: str, folder: Path) -> tuple[Engine, Built]:
    """The sample papers and a hostile paper through the real ingest, then the synthetic register."""
    engine = open_database(url)
    hostile = folder / "hostile-paper.txt"
    hostile.write_text(HOSTILE_PAPER, encoding="utf-8")
    summary = ingest_paths(engine, [*sample_papers(), hostile])
    # Whether each sample ingests cleanly is the store tests' business; these pages need the hostile one.
    assert hostile.name not in {Path(f.path).name for f in summary.failed}, [f.message for f in summary.failed]
    return engine, build_register(engine)


@pytest.fixture(scope="session")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Built]]:
    folder = tmp_path_factory.mktemp("register")
    engine, built = ingest_register(f"sqlite:///{folder / 'register.sqlite3'}", folder)
    yield engine, built
    engine.dispose()


@pytest.fixture(scope="session")
def built(register: tuple[Engine, Built]) -> Built:
    return register[1]


@pytest.fixture(scope="session")
def web_settings() -> Settings:
    return Settings(page_size=3, secret_key="tests of the read-only pages")


@pytest.fixture(scope="session")
def client(register: tuple[Engine, Built], web_settings: Settings) -> AuditedClient:
    """Small pages (three rows) so pagination is exercised by the few records the register holds."""
    return AuditedClient(TestClient(create_app(register[0], web_settings)))


@pytest.fixture
def editing(engine: Engine, tmp_path: Path) -> Editing:
    """A register of one inspection report, an administrator (ada) and an editor (eddie), on each backend."""
    return make_editing(engine, tmp_path)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium for one module of browser tests."""
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh tab with its own cookies, closed after the test."""
    context, tab = new_tab(browser)
    yield tab
    context.close()
