"""Find GOV.UK Frontend, installed from npm by the set-up command (never copied into the repo)."""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]


def govuk_frontend_dir() -> Path | None:
    """``dist/govuk`` of the installed govuk-frontend package, or None (pages then render unstyled)."""
    candidates = []
    if env := os.environ.get("OVERSIGHT_GOVUK_FRONTEND_DIR"):
        candidates.append(Path(env))
    candidates.append(_REPO / "node_modules" / "govuk-frontend" / "dist" / "govuk")
    for candidate in candidates:
        if (candidate / "govuk-frontend.min.css").is_file():
            return candidate
    return None
