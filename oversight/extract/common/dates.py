"""Full day-precision dates a paper mentions."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.text import PaperText


def extract_dates(paper: PaperText, record: Paper) -> None:
    return None
