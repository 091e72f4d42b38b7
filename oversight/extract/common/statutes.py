"""Statutory references (Acts, sections, schedules, statutory instruments)."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.text import PaperText


def extract_statutory_references(paper: PaperText, record: Paper) -> None:
    return None
