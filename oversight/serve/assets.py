"""Find the front-end files: GOV.UK Frontend from npm and the stylesheet ``npm run build`` compiles.

Neither is copied into the repository.  Without them the pages still work, unstyled.
"""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]
STATIC = Path(__file__).with_name("static")
STYLESHEET = STATIC / "build" / "app.css"


def govuk_frontend_dir() -> Path | None:
    """``dist/govuk`` of the installed govuk-frontend package, or None."""
    candidates = []
    if env := os.environ.get("OVERSIGHT_GOVUK_FRONTEND_DIR"):
        candidates.append(Path(env))
    candidates.append(_REPO / "node_modules" / "govuk-frontend" / "dist" / "govuk")
    for candidate in candidates:
        if (candidate / "govuk-frontend.min.js").is_file():
            return candidate
    return None


def stylesheet_available() -> bool:
    """Whether ``npm run build`` has compiled ``oversight/serve/scss/app.scss``."""
    return STYLESHEET.is_file()
