"""Extractors for Police and Crime Panel papers (panel_minutes, panel_report,
panel_recommendation_report, plan_progress_report, forward_plan)."""

from __future__ import annotations

from collections.abc import Callable

from oversight.contract import Paper
from oversight.text import PaperText

EXTRACTORS: dict[str, list[Callable[[PaperText, Paper], None]]] = {}
