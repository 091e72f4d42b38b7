"""rules: the statutory calendar and compliance checks, evaluated over the store.

``refresh_deadlines`` is called after every ingest; it must be idempotent.
"""

from __future__ import annotations

from sqlalchemy import Engine


def refresh_deadlines(engine: Engine) -> int:
    """Re-evaluate every rule over the store; returns the number of deadlines now stored."""
    return 0
