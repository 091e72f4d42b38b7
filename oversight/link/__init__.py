"""link: connect records across papers (recurring findings, recommendation and response, panel
request and answer, deliverable and its updates, report and the meeting that received it).

``refresh_links`` is called after every ingest; it must be idempotent.
"""

from __future__ import annotations

from sqlalchemy import Engine


def refresh_links(engine: Engine) -> int:
    """Recompute derived links over the whole store; returns the number of links now stored."""
    return 0
