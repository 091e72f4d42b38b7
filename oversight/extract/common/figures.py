"""Key figures: numbers with what they measure and their period."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.text import PaperText


def extract_metrics(paper: PaperText, record: Paper) -> None:
    return None
