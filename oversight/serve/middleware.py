"""What wraps every request: a cap on request bodies, and the headers every response carries.

The cap stops a client from making the app read a huge body before it decides to refuse it: a form
is a few kilobytes, so any request other than an upload that says it is larger is answered 413 at
once, and one that says nothing is cut off as soon as it passes the cap.  Uploads have their own,
larger limit, checked by their route the same way.
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FORM_LIMIT = 256 * 1024
UPLOAD_PATHS = frozenset({"/papers/upload"})

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
    """Refuse request bodies over ``FORM_LIMIT`` on every path but the upload's."""

    def __init__(self, app: ASGIApp, limit: int = FORM_LIMIT) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UPLOAD_PATHS or scope["method"] in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await _refuse(send)
            return
        received = 0
        started = False

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
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
                await _refuse(send)


async def _refuse(send: Send) -> None:
    body = b"The request is too large: a form sends at most 256 KB.\n"
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
