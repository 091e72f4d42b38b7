"""``oversight check``: the statutory compliance report (filled in by the rules stage)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to ``app`` (kept here so the rules stage owns its command)."""
    return None
