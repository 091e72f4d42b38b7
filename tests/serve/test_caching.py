"""The response cache: shared only between anonymous readers, and never older than the data.

Each page the tiny app below serves says how many times it has been rendered and what the database
holds, so a test can tell a stored copy from a fresh one and a stale copy from a current one.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from sqlalchemy import Engine, text

from oversight.serve.caching import Generation, ResponseCache
from oversight.store.db import make_engine, upgrade

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(text("SELECT count(*) FROM audit_entry")) or 0)


def _write(engine: Engine, reason: str = "edited") -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_entry (username, action, record_type, reason) "
                          "VALUES ('ada', 'status', 'finding', :reason)"), {"reason": reason})


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _app(engine: Engine, clock: Clock | None = None, **options: Any) -> tuple[TestClient, dict[str, int]]:
    renders = {"count": 0}
    app = FastAPI()

    @app.get("/page", response_class=HTMLResponse)
    def page(request: Request, q: str = "") -> HTMLResponse:
        renders["count"] += 1
        return HTMLResponse(f"<p>render {renders['count']} q={q} entries={_count(engine)}</p>")

    @app.get("/links", response_class=HTMLResponse)
    def links(request: Request) -> HTMLResponse:
        renders["count"] += 1
        return HTMLResponse(f'<a href="{request.base_url}meetings/1">meeting</a>')

    @app.get("/plain", response_class=HTMLResponse)
    def plain() -> HTMLResponse:
        renders["count"] += 1
        return HTMLResponse(f"<p>render {renders['count']}</p>")

    @app.get("/personal", response_class=HTMLResponse)
    def personal() -> HTMLResponse:
        renders["count"] += 1
        response = HTMLResponse(f"<p>render {renders['count']}</p>")
        response.set_cookie("oversight_form", f"seed-{renders['count']}")
        return response

    @app.get("/private", response_class=HTMLResponse)
    def private() -> HTMLResponse:
        renders["count"] += 1
        return HTMLResponse(f"<p>render {renders['count']}</p>", headers={"Cache-Control": "private"})

    @app.get("/missing")
    def missing() -> PlainTextResponse:
        renders["count"] += 1
        return PlainTextResponse(f"render {renders['count']}", status_code=404)

    @app.post("/page")
    def post() -> PlainTextResponse:
        renders["count"] += 1
        return PlainTextResponse(f"render {renders['count']}")

    app.add_middleware(ResponseCache, engine=engine, clock=clock or Clock(), **options)
    return TestClient(app), renders


def test_generation_moves_on_every_commit_and_only_then(engine: Engine) -> None:
    generation = Generation(engine)
    first = generation.current()
    assert first is not None
    _count(engine)  # reading changes nothing
    assert generation.current() == first
    _write(engine)
    second = generation.current()
    assert second not in (None, first)
    _write(engine)
    assert generation.current() not in (first, second)


def test_generation_sees_commits_from_another_engine(engine: Engine) -> None:
    """Another worker process has its own engine and pool; its writes must move the counter too."""
    generation = Generation(engine)
    first = generation.current()
    other = make_engine(engine.url.render_as_string(hide_password=False))
    try:
        _write(other)
    finally:
        other.dispose()
    assert generation.current() != first


def test_a_repeated_anonymous_get_is_served_from_the_cache(engine: Engine) -> None:
    client, renders = _app(engine)
    first = client.get("/page?q=a")
    second = client.get("/page?q=a")
    assert renders["count"] == 1
    assert first.headers["x-cache"] == "miss" and second.headers["x-cache"] == "hit"
    assert second.text == first.text and second.headers["content-type"] == first.headers["content-type"]
    client.get("/page?q=b")
    assert renders["count"] == 2, "a different query string is a different page"


def test_pages_asked_for_at_another_address_are_kept_apart(engine: Engine) -> None:
    """A forged Host header must not plant its links in the copy everyone else is served."""
    client, renders = _app(engine)
    forged = client.get("/links", headers={"Host": "attacker.example"})
    honest = client.get("/links")
    assert "attacker.example" in forged.text and "attacker.example" not in honest.text
    assert honest.headers["x-cache"] == "miss" and renders["count"] == 2


def test_a_write_empties_the_cache(engine: Engine) -> None:
    client, renders = _app(engine)
    assert "entries=0" in client.get("/page").text
    _write(engine)
    after = client.get("/page")
    assert "entries=1" in after.text and renders["count"] == 2
    assert client.get("/page").headers["x-cache"] == "hit"


def test_requests_with_cookies_or_credentials_are_never_shared(engine: Engine) -> None:
    client, renders = _app(engine)
    signed_in = client.get("/page", headers={"Cookie": "oversight_session=alice"})
    assert "x-cache" not in signed_in.headers
    assert client.get("/page", headers={"Authorization": "Bearer token"}).headers.get("x-cache") is None
    anonymous = client.get("/page")
    assert anonymous.headers["x-cache"] == "miss", "a signed-in person's page was stored"
    again = client.get("/page", headers={"Cookie": "oversight_session=alice"})
    assert "x-cache" not in again.headers, "a signed-in person was given the shared copy"
    assert renders["count"] == 4


def test_responses_that_set_cookies_or_say_private_are_not_stored(engine: Engine) -> None:
    client, renders = _app(engine)
    seeds = {client.get("/personal").cookies.get("oversight_form") for _ in range(2)}
    client.cookies.clear()
    client.get("/private")
    client.get("/private")
    assert len(seeds) == 2 and renders["count"] == 4


def test_errors_and_posts_are_not_stored(engine: Engine) -> None:
    client, renders = _app(engine)
    client.get("/missing")
    client.get("/missing")
    client.post("/page")
    client.post("/page")
    assert renders["count"] == 4
    client.get("/page")
    assert client.get("/page").headers["x-cache"] == "hit", "a POST must not have stored anything for GET"


def test_entries_expire(engine: Engine) -> None:
    clock = Clock()
    client, renders = _app(engine, clock, max_age=60)
    client.get("/page")
    clock.now += 59
    client.get("/page")
    clock.now += 2
    client.get("/page")
    assert renders["count"] == 2


def test_the_cache_stays_within_its_bounds(engine: Engine) -> None:
    client, renders = _app(engine, max_entries=2)
    for q in ("a", "b", "c"):
        client.get(f"/page?q={q}")
    client.get("/page?q=a")  # the least recently used entry was dropped
    client.get("/page?q=c")
    assert renders["count"] == 4
    client_small, renders_small = _app(engine, max_body=10)
    client_small.get("/page")
    client_small.get("/page")
    assert renders_small["count"] == 2, "a body over max_body was stored"


def test_an_in_memory_database_is_never_cached() -> None:
    """Another connection cannot see an in-memory database's changes, so nothing can be trusted."""
    memory = make_engine("sqlite://")
    upgrade(memory)
    try:
        assert Generation(memory).current() is None
        client, renders = _app(memory)
        client.get("/plain")
        client.get("/plain")
        assert renders["count"] == 2
    finally:
        memory.dispose()


@pytest.mark.parametrize("path", ["/findings", "/search?q=force"])
def test_the_real_app_shows_a_change_on_the_next_request(engine: Engine, path: str) -> None:
    """Wired into the app, a stored register page is replaced as soon as a record changes."""
    from oversight.serve.app import create_app
    from oversight.settings import Settings

    client = TestClient(create_app(engine, Settings(secret_key="cache tests")))  # the app wires the cache in
    first = client.get(path)
    assert first.status_code == 200
    assert client.get(path).headers.get("x-cache") == "hit"
    _write(engine)
    assert client.get(path).headers.get("x-cache") == "miss"
