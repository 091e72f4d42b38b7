"""The pure half of the flow for one file: read -> clean -> split -> classify -> extract.

No database, no web, no CLI: ``oversight extract`` and ``ingest`` both call :func:`extract_file`,
and tests call :func:`extract_text` on plain strings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from oversight.classify import PaperMetadata, classify_paper, describe_paper
from oversight.clean import clean_pages
from oversight.contract import DocumentExtraction, Paper
from oversight.extract import extract_paper
from oversight.read import RawDocument, read_path
from oversight.split.stream import PaperStream
from oversight.text import CleanText, PaperText


@dataclass
class PaperHead:
    """A paper's span with the kind and metadata its own words give it, before any extraction."""

    start: int
    end: int
    kind: str
    signals: list[str]
    meta: PaperMetadata


def extract_file(path: Path, max_bytes: int | None = None) -> tuple[DocumentExtraction, CleanText]:
    """Everything Oversight reads from one file, and the cleaned text its offsets point into."""
    raw = read_path(path, max_bytes=max_bytes)
    return extract_raw(raw)


def extract_raw(raw: RawDocument) -> tuple[DocumentExtraction, CleanText]:
    doc, heads = read_papers(raw.iter_pages())
    papers = [extract_span(doc, head) for head in heads]
    result = DocumentExtraction(source=raw.source, sha256=raw.sha256, media_type=raw.media_type,
                                page_count=doc.page_count, papers=papers)
    return result, doc


def read_papers(pages: Iterable[str]) -> tuple[CleanText, list[PaperHead]]:
    """Clean ``pages``, cut the text into papers and give each its kind and metadata.

    The three run together: each paper is classified and described as soon as the cleaned text
    settles where it ends, so for a PDF (whose pages are read ahead in a thread) that work overlaps
    with the reading of later pages instead of waiting for the last one.
    """
    stream = PaperStream()
    heads: list[PaperHead] = []

    def take(piece: str) -> None:
        heads.extend(_head(start, end, text) for start, end, text in stream.feed(piece))

    doc = clean_pages(pages, on_text=take)
    heads.extend(_head(start, end, text) for start, end, text in stream.finish(doc.text))
    return doc, heads


def _head(start: int, end: int, text: str) -> PaperHead:
    # Kind and metadata come from the paper's words alone, so a view of its text on its own serves
    # while the rest of the file is still being cleaned.
    view = PaperText(CleanText(text), 0, len(text))
    kind, signals = classify_paper(view)
    return PaperHead(start, end, kind, signals, describe_paper(view, kind))


def extract_span(doc: CleanText, head: PaperHead) -> Paper:
    view = PaperText(doc, head.start, head.end)
    meta = head.meta
    record = Paper(kind=head.kind, start=head.start, end=head.end, pages=view.pages, signals=head.signals,
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
