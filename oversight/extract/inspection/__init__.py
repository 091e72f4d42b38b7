"""Extractors for inspection reports and the responses to them (peel_report, inspection_report,
s55_response, pcc_letter)."""

from __future__ import annotations

from collections.abc import Callable

from oversight.contract import Paper
from oversight.text import PaperText

EXTRACTORS: dict[str, list[Callable[[PaperText, Paper], None]]] = {}
