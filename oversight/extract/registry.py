"""Merge the extractor families and run the ones a paper's kind calls for."""

from __future__ import annotations

from collections.abc import Callable

from oversight.contract import Paper
from oversight.extract import common, inspection, panel
from oversight.text import PaperText

Extractor = Callable[[PaperText, Paper], None]


def _merged() -> dict[str, list[Extractor]]:
    merged: dict[str, list[Extractor]] = {}
    for family in (inspection.EXTRACTORS, panel.EXTRACTORS):
        for kind, fns in family.items():
            merged.setdefault(kind, []).extend(fns)
    return merged


BY_KIND: dict[str, list[Extractor]] = _merged()


def extract_paper(paper: PaperText, record: Paper) -> None:
    """Fill ``record`` with everything the extractors for its kind, and the common ones, find."""
    for fn in BY_KIND.get(record.kind, []):
        fn(paper, record)
    for fn in common.EXTRACTORS:
        fn(paper, record)
