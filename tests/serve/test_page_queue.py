"""The page queue: only so many page requests are worked on at once; forms, downloads and files pass by."""

from __future__ import annotations

import asyncio
from typing import Any

from oversight.serve.middleware import PageQueue


class _Recorder:
    """An ASGI app that counts how many requests are inside it at once, each taking a moment."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.inside += 1
        self.most = max(self.most, self.inside)
        await asyncio.sleep(0.01)
        self.inside -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def _request(path: str, method: str = "GET") -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "headers": []}


async def _many(app: PageQueue, scopes: list[dict[str, Any]]) -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        return None

    await asyncio.gather(*(app(scope, receive, send) for scope in scopes))


def test_pages_wait_their_turn() -> None:
    inner = _Recorder()
    asyncio.run(_many(PageQueue(inner, limit=2), [_request(f"/findings/{n}") for n in range(10)]))
    assert inner.most == 2


def test_forms_downloads_and_files_are_never_held_back() -> None:
    for scopes in ([_request("/papers/upload", "POST") for _ in range(6)],
                   [_request("/findings.csv") for _ in range(6)],
                   [_request("/meetings.ics") for _ in range(6)],
                   [_request("/static/app/app.css") for _ in range(6)]):
        inner = _Recorder()
        asyncio.run(_many(PageQueue(inner, limit=1), scopes))
        assert inner.most == 6, scopes[0]["path"]


def test_one_queue_serves_one_app_from_several_event_loops() -> None:
    """A test client runs each request in a loop of its own; the queue must not bind to the first."""
    inner = _Recorder()
    queue = PageQueue(inner, limit=1)
    for _ in range(3):
        asyncio.run(_many(queue, [_request("/findings") for _ in range(3)]))
    assert inner.most == 1


