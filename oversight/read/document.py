"""Choose a reader by content and name, check size and emptiness, hash the bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from oversight.errors import EmptyFile, TooLarge, UnreadableFile, UnsupportedFile
from oversight.read import html, pdf, plain

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
}


@dataclass
class RawDocument:
    source: str
    sha256: str
    media_type: str
    pages: list[str]


def read_path(path: Path, max_bytes: int | None = None) -> RawDocument:
    """Read one file into pages, or raise an :class:`~oversight.errors.InputError` naming it."""
    if not path.exists():
        raise UnreadableFile(path, "no such file.")
    if path.is_dir():
        raise UnreadableFile(path, "is a folder, not a file.")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFile(path, _unsupported(suffix))
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise TooLarge(path, f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit.")
        data = path.read_bytes()
    except PermissionError:
        raise UnreadableFile(path, "cannot be read (permission denied).") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot be read ({exc.strerror or exc}).") from None
    return read_bytes(data, path.name, suffix, where=path, max_bytes=max_bytes)


def read_bytes(data: bytes, name: str, suffix: str, where: Path | str | None = None,
               max_bytes: int | None = None) -> RawDocument:
    """Read bytes that arrived under ``name``; ``where`` is what error messages call the input."""
    label = where if where is not None else name
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLarge(label, f"is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit.")
    if not data.strip():
        raise EmptyFile(label, "is empty.")
    media_type = SUPPORTED_SUFFIXES.get(suffix.lower())
    if media_type is None:
        raise UnsupportedFile(label, _unsupported(suffix))
    pages: list[str]
    if media_type == "application/pdf" or data[:5] == b"%PDF-":
        media_type = "application/pdf"
        pages = list(pdf.iter_pages(data, label))
    elif media_type == "text/html":
        pages = [html.html_to_text(plain.decode(data, label))]
    else:
        text = plain.decode(data, label)
        pages = split_form_feeds(text)
    if not any(p.strip() for p in pages):
        raise EmptyFile(label, "has no text.")
    return RawDocument(source=name, sha256=hashlib.sha256(data).hexdigest(), media_type=media_type, pages=pages)


def _unsupported(suffix: str) -> str:
    return f"'{suffix or 'no extension'}' files are not read (use .pdf, .html, .htm or .txt)."


def split_form_feeds(text: str) -> list[str]:
    """Plain text split at form feeds, the page break that PDF-to-text tools leave."""
    return text.split("\f") if "\f" in text else [text]


def iter_pdf_pages(path: Path) -> Iterator[str]:
    """Pages of a PDF one at a time, for streaming callers such as the benchmark.

    Extraction runs a few pages ahead in a worker thread, so it overlaps with whatever the caller
    does with each page (see :func:`oversight.read.pdf.iter_pages_prefetched`).
    """
    yield from pdf.iter_pages_prefetched(path.read_bytes(), path)
