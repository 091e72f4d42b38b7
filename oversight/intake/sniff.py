"""What an uploaded file really is, from its first bytes rather than the name it came with.

Oversight reads PDF, HTML and plain text.  Anything else is refused with a sentence saying what it
looks like, so a person who uploaded a Word file or a photo of a page knows what to do instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from oversight.errors import UnsupportedFile

# Leading bytes of formats people are likely to upload by mistake, and what to call them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a zipped file (such as a Word, Excel or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "a Rich Text Format file"),
    (b"\x1f\x8b", "a gzip archive"),
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<!--")
_SUFFIX_OF = {"application/pdf": ".pdf", "text/html": ".html", "text/plain": ".txt"}
_NAMED = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}


@dataclass(frozen=True)
class Sniffed:
    media_type: str
    suffix: str
    note: str  # why the name's own extension was not followed, or ""


def sniff(head: bytes, name: str) -> Sniffed:
    """The media type of a file from its first few kilobytes; raises UnsupportedFile otherwise."""
    if b"%PDF-" in head[:1024]:
        found = "application/pdf"
    else:
        for signature, what in _SIGNATURES:
            if head.startswith(signature):
                raise UnsupportedFile(name, f"is {what}; Oversight reads PDF, HTML and plain text files.")
        if b"\x00" in head[:8192] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise UnsupportedFile(name, "is not text, HTML or PDF (it holds binary data); Oversight reads PDF, "
                                        "HTML and plain text files.")
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        found = "text/html" if start.startswith(_HTML_STARTS) else "text/plain"
    declared = _NAMED.get("." + name.rsplit(".", 1)[-1].lower()) if "." in name else None
    note = ""
    if declared is not None and declared != found:
        kinds = {"application/pdf": "a PDF", "text/html": "an HTML page", "text/plain": "plain text"}
        note = f"{name} is named like {kinds[declared]} but is {kinds[found]}; it was read as {kinds[found]}."
    return Sniffed(found, _SUFFIX_OF[found], note)
