"""Login rate limiting: a sliding window of failures per key (user name, and client address).

Kept in memory: one web process serves a register.  A restart forgets failures, which only ever
loosens the limit for a moment; it never locks anyone out for good.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from threading import Lock


class RateLimiter:
    def __init__(self, max_failures: int = 5, window_seconds: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = Lock()

    def _recent(self, key: str) -> deque[float]:
        now = self.clock()
        entries = self._failures.setdefault(key, deque())
        while entries and now - entries[0] > self.window:
            entries.popleft()
        return entries

    def blocked(self, *keys: str) -> bool:
        """Whether any of ``keys`` has reached the limit within the window."""
        with self._lock:
            return any(len(self._recent(k)) >= self.max_failures for k in keys)

    def retry_after(self, *keys: str) -> int:
        """Seconds until the oldest failure of a blocked key leaves the window."""
        with self._lock:
            waits = [self.window - (self.clock() - self._recent(k)[0]) for k in keys
                     if len(self._recent(k)) >= self.max_failures]
        return max(1, int(max(waits))) if waits else 0

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._recent(key).append(self.clock())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
