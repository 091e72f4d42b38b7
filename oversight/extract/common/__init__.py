"""Extractors that run on every paper whatever its kind (see ``EXTRACTORS``)."""

from __future__ import annotations

from collections.abc import Callable

from oversight.contract import Paper
from oversight.extract.common.dates import extract_dates
from oversight.extract.common.figures import extract_metrics
from oversight.extract.common.statutes import extract_statutory_references
from oversight.text import PaperText

EXTRACTORS: list[Callable[[PaperText, Paper], None]] = [
    extract_metrics,
    extract_statutory_references,
    extract_dates,
]
