"""A response cache for anonymous page views, emptied by any write to the database.

Most traffic is the public reading the same register pages, lists and searches; rendering one takes
milliseconds of CPU, serving a stored copy a few microseconds.  Two rules keep it correct:

- **Never one person's page for another.**  Only GETs that carry no ``Cookie`` and no
  ``Authorization`` header are looked up or stored, and a response is stored only when it is a 200 that
  sets no cookie and does not say ``Cache-Control: private`` or ``no-store``.  A signed-in person, or a
  visitor holding a form cookie, always gets a freshly rendered page (with their own name and token);
  a page that hands a new visitor a form cookie is never stored, because it sets one.  Pages are kept
  apart by scheme, Host, path and query string.
- **Never a page older than the data.**  Every lookup first reads the database's own change counter
  (:class:`Generation`): SQLite's ``PRAGMA data_version`` on a connection kept for that alone, which
  changes whenever any other connection, in this process or another, commits; PostgreSQL's current
  snapshot, which changes whenever a transaction that writes anything starts or ends (in any database
  on that server, so a shared server empties the cache more often than needed, never less).  When the
  counter moves, everything stored is dropped.  So a review decision, a correction, a status change, an ingest,
  a re-extraction or a rules run shows on the very next request, whichever worker process serves it.
  The counter is read *before* the page is rendered, so a page can only ever be newer than its key.

Entries also expire after ``max_age`` seconds, because a few pages depend on today's date (what is
overdue) rather than only on the data.  Memory is bounded by entry count and total bytes, least
recently used first out.  When the counter cannot be read (an in-memory SQLite database that another
connection cannot see, or a lost connection) nothing is cached and every request is rendered.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, MutableMapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Paths whose answers are never stored: files have their own caching, the rest are cheap or personal.
DEFAULT_SKIP = ("/static/", "/assets/", "/healthz", "/sign-in", "/sign-out", "/account")


class Generation:
    """A value that changes whenever any transaction commits a change to ``engine``'s database.

    It holds one connection of its own, outside the engine's pool and never used to write, and asks
    the database on every call (well under a millisecond).  ``None`` means "unknown": do not cache.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.Lock()
        self.connection: Any = None
        self.opened = 0  # how many connections it has opened, so a reconnection never repeats a key
        url = make_url(engine.url)
        database = (url.database or "").strip()
        in_memory = database in ("", ":memory:") or "mode=memory" in str(url)
        self.sql = {"sqlite": None if in_memory else "PRAGMA data_version",
                    "postgresql": "SELECT pg_current_snapshot()::text"}.get(engine.dialect.name)

    def current(self) -> Hashable | None:
        if self.sql is None:
            return None
        with self.lock:
            try:
                if self.connection is None:
                    self.connection = self._open()
                cursor = self.connection.cursor()
                try:
                    cursor.execute(self.sql)
                    row = cursor.fetchone()
                finally:
                    cursor.close()
            except Exception:  # a lost or refused connection: serve uncached until it comes back
                self.close()
                return None
            return (self.opened, row[0]) if row else None

    def _open(self) -> Any:
        pooled = self.engine.raw_connection()
        connection: Any = pooled.driver_connection
        pooled.detach()  # ours for good: the pool neither reuses it nor counts it
        if self.engine.dialect.name == "postgresql":
            connection.rollback()
            connection.autocommit = True  # never "idle in transaction"; each read sees the latest commit
        self.opened += 1
        return connection

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(Exception):  # already gone
                self.connection.close()
        self.connection = None


@dataclass
class _Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    expires: float


class _Store:
    """Stored responses for one generation of the data, least recently used evicted first."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self.size = 0
        self.generation: Hashable | None = None
        self.lock = threading.Lock()

    def get(self, generation: Hashable, key: Hashable, now: float) -> _Entry | None:
        with self.lock:
            if generation != self.generation:
                self.entries.clear()
                self.size = 0
                self.generation = generation
                return None
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry.expires <= now:
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return entry

    def put(self, generation: Hashable, key: Hashable, entry: _Entry) -> None:
        with self.lock:
            if generation != self.generation:
                return  # the data moved on while this page was being rendered
            if key in self.entries:
                self._drop(key)
            self.entries[key] = entry
            self.size += len(entry.body)
            while len(self.entries) > self.max_entries or self.size > self.max_bytes:
                self._drop(next(iter(self.entries)))

    def _drop(self, key: Hashable) -> None:
        self.size -= len(self.entries.pop(key).body)


def _key(scope: Scope) -> Hashable:
    """What a page may depend on besides the data: its path and query, and the address it was asked
    for (a calendar download writes absolute links from the Host header; without it in the key, one
    request with a forged Host would hand its links to everyone)."""
    host = next((value for name, value in scope["headers"] if name == b"host"), b"")
    return (scope.get("scheme"), host, scope.get("root_path", ""), scope["path"], scope.get("query_string", b""))


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    return next((value for key, value in headers if key.lower() == name), None)


class ResponseCache:
    """ASGI middleware: ``app.add_middleware(ResponseCache, engine=engine)``.

    A response served from the cache carries ``X-Cache: hit``; one that was rendered and stored,
    ``X-Cache: miss``.  Requests it does not handle pass through untouched.
    """

    def __init__(self, app: ASGIApp, engine: Engine, max_age: float = 300.0, max_entries: int = 4096,
                 max_bytes: int = 64 * 1024 * 1024, max_body: int = 1024 * 1024,
                 skip: tuple[str, ...] = DEFAULT_SKIP, clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.generation = Generation(engine)
        self.store = _Store(max_entries, max_bytes)
        self.max_age = max_age
        self.max_body = max_body
        self.skip = skip
        self.clock = clock

    def _cacheable_request(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET":
            return False
        path: str = scope["path"]
        if path.startswith(self.skip):
            return False
        return not any(name in (b"cookie", b"authorization") for name, _ in scope["headers"])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable_request(scope):
            await self.app(scope, receive, send)
            return
        generation = self.generation.current()
        if generation is None:
            await self.app(scope, receive, send)
            return
        key = _key(scope)
        entry = self.store.get(generation, key, self.clock())
        if entry is not None:
            await send({"type": "http.response.start", "status": entry.status,
                        "headers": [*entry.headers, (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": entry.body})
            return
        await self._render_and_store(scope, receive, send, generation, key)

    async def _render_and_store(self, scope: Scope, receive: Receive, send: Send, generation: Hashable,
                                key: Hashable) -> None:
        """Pass the response through as it is made, keeping a copy when it may be shared."""
        start: Message = {}
        parts: list[bytes] = []
        size = 0
        keep = False

        async def capture(message: Message) -> None:
            nonlocal keep, size
            if message["type"] == "http.response.start":
                start.update(message)
                keep = self._shareable(message)
                if keep:
                    message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_body:
                    keep = False
                    parts.clear()
                else:
                    parts.append(body)
                if not message.get("more_body", False) and keep:
                    self.store.put(generation, key, _Entry(start["status"], list(start.get("headers", [])),
                                                           b"".join(parts), self.clock() + self.max_age))
            await send(message)

        await self.app(scope, receive, capture)

    @staticmethod
    def _shareable(start: Message) -> bool:
        if start.get("status") != 200:
            return False
        headers: list[tuple[bytes, bytes]] = list(start.get("headers", []))
        if _header(headers, b"set-cookie") is not None:
            return False
        control = (_header(headers, b"cache-control") or b"").lower()
        return b"no-store" not in control and b"private" not in control
