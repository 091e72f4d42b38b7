"""A paper's title, force, body, date, agenda item and contact officer."""

from __future__ import annotations

from dataclasses import dataclass

from oversight.text import PaperText


@dataclass
class PaperMetadata:
    title: str | None = None
    force: str | None = None
    body: str | None = None
    document_date: str | None = None
    agenda_item: str | None = None
    contact_officer: str | None = None


def describe_paper(paper: PaperText, kind: str) -> PaperMetadata:
    return PaperMetadata()
