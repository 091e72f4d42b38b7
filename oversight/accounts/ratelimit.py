"""Login rate limiting: a sliding window of attempts per key (user name, and client address).

An attempt is counted *before* its password is checked (:meth:`RateLimiter.attempt` checks and counts
under one lock), so a burst of simultaneous attempts gets no more password checks than the limit;
a successful sign-in clears its keys.  Kept in memory, per process: run the web app as one process
(or put the limit in front of it) for the limit to hold across requests.  A restart forgets attempts,
which only ever loosens the limit for a moment; it never locks anyone out for good.  At most
``max_keys`` keys are kept, oldest dropped first, so a flood of names cannot exhaust memory.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from threading import Lock


class RateLimiter:
    def __init__(self, max_failures: int = 5, window_seconds: float = 300.0,
                 clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self.max_keys = max_keys
        self._attempts: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = Lock()

    def _recent(self, key: str) -> int:
        """How many attempts ``key`` has in the window, forgetting older ones (and the key, once empty)."""
        entries = self._attempts.get(key)
        if entries is None:
            return 0
        now = self.clock()
        while entries and now - entries[0] > self.window:
            entries.popleft()
        if not entries:
            del self._attempts[key]
            return 0
        return len(entries)

    def blocked(self, *keys: str) -> bool:
        """Whether any of ``keys`` has reached the limit within the window."""
        with self._lock:
            return any(self._recent(k) >= self.max_failures for k in keys)

    def attempt(self, *keys: str) -> bool:
        """Count an attempt for every key and return True, unless one of them is already at the limit."""
        with self._lock:
            if any(self._recent(k) >= self.max_failures for k in keys):
                return False
            for key in keys:
                self._attempts.setdefault(key, deque()).append(self.clock())
                self._attempts.move_to_end(key)
            while len(self._attempts) > self.max_keys:
                self._attempts.popitem(last=False)
            return True

    def retry_after(self, *keys: str) -> int:
        """Seconds until the oldest attempt of a blocked key leaves the window."""
        with self._lock:
            waits = [self.window - (self.clock() - self._attempts[k][0]) for k in keys
                     if self._recent(k) >= self.max_failures]
        return max(1, int(max(waits))) if waits else 0

    def failed(self, *keys: str) -> None:
        """Count a failure without checking the limit (for callers that did not call :meth:`attempt`)."""
        with self._lock:
            for key in keys:
                self._attempts.setdefault(key, deque()).append(self.clock())
                self._attempts.move_to_end(key)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._attempts.pop(key, None)
