"""Choose a reader by content and name, check size and emptiness, hash the bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from oversight.errors import EmptyFile, TooLarge, UnreadableFile, UnsupportedFile
from oversight.read import html, pdf, plain

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".html": "text/html",
    ".htm": "text/html",
    ".txt": "text/plain",
}


class RawDocument:
    """A file's pages of raw text, with its name, hash and media type.

    ``pages`` may be given as an iterator still being read (a PDF's pages, extracted ahead in a
    thread): :meth:`iter_pages` then hands each over as it arrives, so cleaning starts on the first
    page while later ones are read, and keeps it; :attr:`pages` reads whatever is left first.
    """

    def __init__(self, source: str, sha256: str, media_type: str, pages: list[str] | Iterator[str]) -> None:
        self.source = source
        self.sha256 = sha256
        self.media_type = media_type
        self._pages: list[str] = pages if isinstance(pages, list) else []
        self._unread: Iterator[str] | None = None if isinstance(pages, list) else pages

    @property
    def pages(self) -> list[str]:
        """Every page (reading any still to come)."""
        for _ in self.iter_pages():
            pass
        return self._pages

    def iter_pages(self) -> Iterator[str]:
        """Every page in order: those read already, then each of the rest as soon as it is read.

        Readers share the one stream: a page one of them reads is kept for the others, so a reader
        that stops part-way (or is still part-way) never leaves another with a short file.
        """
        index = 0
        while True:
            if index < len(self._pages):
                yield self._pages[index]
                index += 1
                continue
            if self._unread is None:
                return
            page = next(self._unread, None)
            if page is None:
                self._unread = None
                return
            self._pages.append(page)


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
    digest = hashlib.sha256(data).hexdigest()
    if media_type == "application/pdf" or data[:5] == b"%PDF-":
        # Opened here once so that a file that is no PDF is refused now; its pages are read as they
        # are cleaned, and one with no text layer is refused when the last page is read.
        pdf.check(data, label)
        return RawDocument(name, digest, "application/pdf", pdf.iter_pages_prefetched(data, label))
    pages: list[str]
    if media_type == "text/html":
        pages = [html.html_to_text(plain.decode(data, label))]
    else:
        text = plain.decode(data, label)
        pages = split_form_feeds(text)
    if not any(p.strip() for p in pages):
        raise EmptyFile(label, "has no text.")
    return RawDocument(name, digest, media_type, pages)


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
