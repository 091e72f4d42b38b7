"""The one place public paths are built; templates, API responses and tests all use these."""

from __future__ import annotations


def home() -> str:
    return "/"


def documents() -> str:
    return "/documents"


def document(document_id: int) -> str:
    return f"/documents/{document_id}"


def document_page(document_id: int, page: int) -> str:
    return f"/documents/{document_id}/pages/{page}"


def search(query: str = "") -> str:
    from urllib.parse import urlencode

    return "/search" + (f"?{urlencode({'q': query})}" if query else "")


def as_json(path: str) -> str:
    """The JSON twin of an HTML page: the same path under /api/v1."""
    return "/api/v1" + (path if path != "/" else "/")
