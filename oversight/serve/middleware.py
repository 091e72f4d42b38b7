"""What wraps every request: a cap on request bodies, a queue for page work, and the headers every
response carries.

The cap stops a client from making the app read a huge body before it decides to refuse it: a form
is a few kilobytes, so a request that says it is larger is answered 413 at once, and one that says
nothing is cut off as soon as it passes the cap.  Uploads have their own, larger cap (the file size
limit), enforced the same way.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FORM_LIMIT = 256 * 1024
UPLOAD_PATH = "/papers/upload"
UPLOAD_OVERHEAD = 64 * 1024  # multipart boundaries, headers and the small fields around the files

# Scripts and styles come only from this site (no inline script: base.html's come from /static);
# pages cannot be framed, and forms post only here.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"x-frame-options", b"DENY"), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"same-origin"), (b"content-security-policy", CONTENT_SECURITY_POLICY.encode())]


class _TooLarge(BaseException):
    """Raised from inside the app's reading of the body; a BaseException so that no handler on the way
    (FastAPI turns an Exception while parsing a form into a 400) mistakes it for a malformed body."""


class BodyLimit:
    """Refuse request bodies over ``FORM_LIMIT``, or over ``upload_limit`` on the upload's path.

    A declared upload over its limit is left to the upload route, which answers with the form and a
    message before reading anything; an undeclared one is cut off here like any other body."""

    def __init__(self, app: ASGIApp, upload_limit: int, limit: int = FORM_LIMIT) -> None:
        self.app = app
        self.upload_limit = upload_limit + UPLOAD_OVERHEAD
        self.form_limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        upload = scope["path"] == UPLOAD_PATH
        limit = self.upload_limit if upload else self.form_limit
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit and not upload:
            await _refuse(send, limit)
            return
        received = 0
        started = False

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting, tracking)
        except _TooLarge:
            if not started:
                await _refuse(send, limit)


async def _refuse(send: Send, limit: int) -> None:
    body = f"The request is too large: this form sends at most {limit // 1024:,} KB. Nothing was saved.\n".encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Headers every response carries: no framing, no type guessing, no referrer leaks, a strict CSP."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


# Page requests worked on at once by one process; the rest wait in line in the event loop.
PAGE_CONCURRENCY = 4
# Requests that wait on something other than this process's interpreter, or stream for long.
_UNGATED_PREFIXES = ("/static/", "/assets/", "/healthz")
_DOWNLOAD_SUFFIXES = (".csv", ".json", ".ics")


class PageQueue:
    """At most ``limit`` page requests (GET and HEAD) are worked on at once; later ones wait their turn.

    Building a page is Python work under one interpreter lock.  Twenty pages in twenty threads at
    once take longer each, and the unluckiest far longer, as the lock is handed between them: at 20
    concurrent readers of the 100,000-finding benchmark a register page cost 5.8 ms of CPU instead
    of 3.7, and its p95 was 177 ms instead of 88.  A request waiting in line costs nothing, and a
    few at once still overlap one page's database wait with another's rendering.  Forms, uploads
    and fetches (POST), downloads that stream, and files pass straight by, so a slow upload or a
    long download never holds a page's place.
    """

    def __init__(self, app: ASGIApp, limit: int = PAGE_CONCURRENCY) -> None:
        self.app = app
        self.limit = limit
        # One line per event loop: a semaphore belongs to the loop it first waits in, and a test
        # client may serve one app from several loops in turn.
        self._slots: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}
        self._lock = threading.Lock()  # loops in different threads may arrive at once

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _queued(scope):
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            with self._lock:
                self._slots = {k: v for k, v in self._slots.items() if not k.is_closed()}
                slots = self._slots.setdefault(loop, asyncio.Semaphore(self.limit))
        async with slots:
            await self.app(scope, receive, send)


def _queued(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
        return False
    path: str = scope["path"]
    return not path.startswith(_UNGATED_PREFIXES) and not path.endswith(_DOWNLOAD_SUFFIXES)
