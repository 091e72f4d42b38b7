"""read: a file becomes pages of text.

PDF (text layer only, never OCR), HTML and plain text.  Every reader returns a :class:`RawDocument`
whose ``pages`` are the text of each page in order; HTML and text without form feeds are one page.
Input problems raise the sentence-shaped errors of :mod:`oversight.errors`.
"""

from oversight.read.document import SUPPORTED_SUFFIXES, RawDocument, read_bytes, read_path

__all__ = ["SUPPORTED_SUFFIXES", "RawDocument", "read_bytes", "read_path"]
