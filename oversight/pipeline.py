"""The pure half of the flow for one file: read -> clean -> split -> classify -> extract.

No database, no web, no CLI: ``oversight extract`` and ``ingest`` both call :func:`extract_file`,
and tests call :func:`extract_text` on plain strings.
"""

from __future__ import annotations

from pathlib import Path

from oversight.classify import classify_paper, describe_paper
from oversight.clean import clean_pages
from oversight.contract import DocumentExtraction, Paper
from oversight.extract import extract_paper
from oversight.read import RawDocument, read_path
from oversight.split import split_papers
from oversight.text import CleanText, PaperText


def extract_file(path: Path, max_bytes: int | None = None) -> tuple[DocumentExtraction, CleanText]:
    """Everything Oversight reads from one file, and the cleaned text its offsets point into."""
    raw = read_path(path, max_bytes=max_bytes)
    return extract_raw(raw)


def extract_raw(raw: RawDocument) -> tuple[DocumentExtraction, CleanText]:
    doc = clean_pages(raw.pages)
    papers = [extract_span(doc, start, end) for start, end in split_papers(doc)]
    result = DocumentExtraction(source=raw.source, sha256=raw.sha256, media_type=raw.media_type,
                                page_count=doc.page_count, papers=papers)
    return result, doc


def extract_span(doc: CleanText, start: int, end: int) -> Paper:
    view = PaperText(doc, start, end)
    kind, signals = classify_paper(view)
    meta = describe_paper(view, kind)
    record = Paper(kind=kind, start=start, end=end, pages=view.pages, signals=signals,
                   title=meta.title, force=meta.force, body=meta.body, document_date=meta.document_date,
                   agenda_item=meta.agenda_item, contact_officer=meta.contact_officer)
    extract_paper(view, record)
    return record


def extract_text(text: str) -> tuple[DocumentExtraction, CleanText]:
    """Run the pure pipeline on a string, as if it were a one-page .txt file (for tests)."""
    import hashlib

    raw = RawDocument(source="<text>", sha256=hashlib.sha256(text.encode()).hexdigest(),
                      media_type="text/plain", pages=text.split("\f"))
    return extract_raw(raw)
