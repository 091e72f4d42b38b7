"""A small register people can change: one inspection report, an administrator and an editor.

Each test gets its own database (SQLite, and PostgreSQL where the test runs on the ``engine``
fixture's postgres parameter), so what one test changes no other test sees.  The client talks to
``https://testserver`` so the Secure cookies the app sets are sent back, as a browser would.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, func, select

from oversight.accounts.ratelimit import RateLimiter
from oversight.accounts.users import add_user
from oversight.serve.app import create_app
from oversight.settings import Settings
from oversight.store import models as m
from oversight.store.db import session_scope
from oversight.store.ingest import ingest_paths
from tests.serve.audit import audit_html

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery staple"
INSPECTION = """Exampleshire Constabulary: an inspection of custody services

His Majesty's Inspectorate of Constabulary and Fire & Rescue Services

Published 12 March 2024

Recommendations

Recommendation 1
By 30 September 2024, the chief constable should make sure that detainees are risk assessed on arrival and that the
assessment is reviewed at every handover.

Recommendation 2
By 31 December 2024, the chief constable should improve the recording of the use of force in custody suites, so that
it can be monitored.

Areas for improvement

Area for improvement 1
The force should improve how it records the reasons for strip searches.

Area for improvement 2
The force should make sure that interpreters are booked promptly for detainees who need them.
"""
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def public_resolver(host: str) -> list[str]:
    """Every host is a public address (the tests' web is an in-process transport, not the internet)."""
    return ["93.184.216.34"]


@dataclass
class Editing:
    engine: Engine
    app: Any
    client: TestClient
    folder: Path
    limiter: RateLimiter

    def fresh_client(self) -> TestClient:
        return TestClient(self.app, base_url="https://testserver", follow_redirects=False)

    def token(self, path: str = "/sign-in", client: TestClient | None = None) -> str:
        """The form token a page hands out (and, for a visitor, the cookie it pairs with)."""
        page = (client or self.client).get(path)
        found = _TOKEN.search(page.text)
        assert found, f"{path} has no form token"
        return found.group(1)

    def sign_in(self, username: str, client: TestClient | None = None, password: str = PASSWORD) -> Any:
        client = client or self.client
        return client.post("/sign-in", data={"username": username, "password": password, "next": "/",
                                             "csrf_token": self.token("/sign-in", client)})

    def count(self, model: Any, *where: Any) -> int:
        with session_scope(self.engine) as s:
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    def finding_ids(self) -> list[int]:
        with session_scope(self.engine) as s:
            return list(s.scalars(select(m.Finding.id).order_by(m.Finding.id)))


def make_editing(engine: Engine, folder: Path, transport: httpx.BaseTransport | None = None) -> Editing:
    paper = folder / "custody-inspection.txt"
    paper.write_text(INSPECTION, encoding="utf-8")
    summary = ingest_paths(engine, [paper])
    assert summary.count("inserted") == 1, [o.message for o in summary.outcomes]
    add_user(engine, "ada", PASSWORD, "administrator")
    add_user(engine, "eddie", PASSWORD, "editor")
    limiter = RateLimiter(max_failures=5, window_seconds=300)
    settings = Settings(secret_key="a test key that is long enough to sign tokens", data_dir=folder, max_file_mb=1)
    app = create_app(engine, settings, fetch_transport=transport, resolve=public_resolver, login_limiter=limiter)
    client = TestClient(app, base_url="https://testserver", follow_redirects=False)
    return Editing(engine, app, client, folder, limiter)


def assert_well_formed(response: Any) -> None:
    """The house rules for a page (one h1, a matching title, balanced HTML), without the JSON-twin rule:
    pages for editors have no JSON twin."""
    facts = audit_html(response.text)
    assert not facts.problems, facts.problems
