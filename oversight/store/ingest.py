"""Ingest: the one function the CLI, the web app and the demo call to add papers to the store.

Each file is one transaction.  A file whose SHA-256 is already stored is reported ``unchanged`` and
nothing is written; any failure rolls the whole file back and is reported as a sentence naming it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from oversight.errors import OversightError, StoreError, UnreadableFile
from oversight.pipeline import extract_file, extract_raw
from oversight.read import SUPPORTED_SUFFIXES, read_path
from oversight.read.document import RawDocument, read_bytes
from oversight.store import models as m
from oversight.store.db import session_scope
from oversight.store.write import DocumentWriter


@dataclass
class FileOutcome:
    path: str
    status: str  # "inserted" | "unchanged" | "failed"
    papers: int = 0
    records: int = 0
    message: str = ""
    document_id: int | None = None


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def papers(self) -> int:
        return sum(o.papers for o in self.outcomes if o.status == "inserted")

    @property
    def records(self) -> int:
        return sum(o.records for o in self.outcomes if o.status == "inserted")

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files to ingest: each named file, and every supported file below each named folder.

    A folder holding no supported file is an error, so a mistyped path never passes silently.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            if not inside:
                raise UnreadableFile(path, "is a folder with no .pdf, .html, .htm or .txt files in it.")
            found.extend(inside)
        elif not path.exists():
            raise UnreadableFile(path, "no such file or folder.")
        else:
            found.append(path)
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ingest_file(engine: Engine, path: Path, max_bytes: int | None = None) -> FileOutcome:
    """Add one file in one transaction; never raises for a bad file, reports it instead."""
    try:
        if path.is_file() and max_bytes is not None and path.stat().st_size > max_bytes:
            extract_file(path, max_bytes=max_bytes)  # raises TooLarge with the standard sentence
        if path.is_file():
            existing = _stored(engine, _sha256(path))
            if existing is not None:
                return FileOutcome(str(path), "unchanged", message="already in the register", document_id=existing)
        return _write(engine, read_path(path, max_bytes=max_bytes), str(path))
    except PermissionError:
        return FileOutcome(str(path), "failed", message=f"{path}: cannot be read (permission denied).")
    except (OversightError, SQLAlchemyError) as exc:
        return _failed(str(path), exc)


def ingest_bytes(engine: Engine, data: bytes, name: str, suffix: str, source: str | None = None,
                 max_bytes: int | None = None) -> FileOutcome:
    """Add a paper that arrived as bytes (an upload, a download) under ``name``, read as ``suffix``.

    ``source`` is what the register records as where it came from (a web address, say); by default
    the name.  Same guarantees as :func:`ingest_file`: one transaction, reported, never raised.
    """
    label = source or name
    try:
        existing = _stored(engine, hashlib.sha256(data).hexdigest())
        if existing is not None:
            return FileOutcome(label, "unchanged", message="already in the register", document_id=existing)
        raw = read_bytes(data, name, suffix, where=label, max_bytes=max_bytes)
        raw.source = label
        return _write(engine, raw, label)
    except (OversightError, SQLAlchemyError) as exc:
        return _failed(label, exc)


def _stored(engine: Engine, digest: str) -> int | None:
    with session_scope(engine) as session:
        return session.scalar(select(m.Document.id).where(m.Document.sha256 == digest))


def _write(engine: Engine, raw: RawDocument, label: str) -> FileOutcome:
    extraction, text = extract_raw(raw)
    with session_scope(engine) as session:
        writer = DocumentWriter(session, extraction, text, raw_pages=raw.pages)
        doc = writer.write()
        session.flush()
        return FileOutcome(label, "inserted", papers=len(extraction.papers), records=writer.records,
                           document_id=doc.id)


def _failed(label: str, exc: Exception) -> FileOutcome:
    if isinstance(exc, SQLAlchemyError):
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        message = str(StoreError(f"{label}: the database refused the write, nothing was saved ({first})."))
        return FileOutcome(label, "failed", message=message)
    return FileOutcome(label, "failed", message=str(exc))


def ingest_paths(engine: Engine, paths: Iterable[Path], max_bytes: int | None = None,
                 on_file: Callable[[FileOutcome], None] | None = None) -> IngestSummary:
    summary = IngestSummary()
    for outcome in _each(engine, collect_files(paths), max_bytes):
        summary.outcomes.append(outcome)
        if on_file:
            on_file(outcome)
    if summary.count("inserted"):
        refresh_derived(engine)
    return summary


def refresh_derived(engine: Engine) -> None:
    """Recompute what is derived from the records: links between them, then statutory deadlines."""
    from oversight.link import refresh_links
    from oversight.rules import refresh_deadlines

    refresh_links(engine)
    refresh_deadlines(engine)


def _each(engine: Engine, files: list[Path], max_bytes: int | None) -> Iterator[FileOutcome]:
    for path in files:
        yield ingest_file(engine, path, max_bytes)
