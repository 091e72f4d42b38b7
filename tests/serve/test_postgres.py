"""The same pages over PostgreSQL: the register, its filters, search and downloads answer alike.

Run with ``pytest -m postgres`` against the server named by ``OVERSIGHT_TEST_POSTGRES_URL``.
"""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pytest

from oversight.serve.app import create_app
from oversight.settings import Settings
from tests.serve.audit import AuditedClient
from tests.serve.conftest import ingest_register
from tests.serve.register import FORCE, HOSTILE_ESCAPED

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres


def test_pages_filters_search_and_downloads_on_postgresql(postgres_server_url: str, tmp_path: Path) -> None:
    from oversight.store.db import make_engine
    from tests.conftest import _truncate_all

    leftover = make_engine(postgres_server_url)  # tests on the ``engine`` fixture empty it before, not after
    _truncate_all(leftover)
    leftover.dispose()
    engine, built = ingest_register(postgres_server_url, tmp_path)
    try:
        settings = Settings(page_size=3, secret_key="PostgreSQL page tests")
        client = AuditedClient(TestClient(create_app(engine, settings)))
        client.get("/")
        client.get("/search?q=supervised")
        client.check_links()
        assert len(client.pages) > 20
        body = client.client.get("/api/v1/findings", params={"force": FORCE, "year": "2023",
                                                              "kind": "recommendation", "sort": "due"}).json()
        assert [r["number"] for r in body["results"]] == ["1", "2"]
        assert any(f["value"] == "2023" for f in body["facets"]["year"])
        assert "<mark>supervised</mark>" in client.get("/search?q=supervised").text
        assert HOSTILE_ESCAPED in client.get(f"/findings/{built.findings['afi2']}").text
        for query in ('"', "a AND (", "x" * 10_000, "'; DROP TABLE finding; --"):
            assert client.get("/search", params={"q": query}).status_code == 200
        rows = list(csv.DictReader(io.StringIO(client.client.get("/findings.csv").text)))
        assert len(rows) == client.client.get("/api/v1/findings").json()["total"]
    finally:
        _truncate_all(engine)
        engine.dispose()
