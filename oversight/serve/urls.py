"""The one place public paths are built; templates, API responses and tests all use these.

Every HTML page at ``PATH`` has its JSON twin at ``/api/v1PATH`` (:func:`as_json`), and every list
has its complete downloads at ``PATH.csv`` and ``PATH.json``.  These paths are a promise to the
people who cite them: ``tests/serve/route-list.json`` fails the build when one disappears.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlencode

API = "/api/v1"


def _with_query(path: str, params: Mapping[str, object] | None) -> str:
    if not params:
        return path
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + (f"?{urlencode(kept, doseq=True)}" if kept else "")


def home() -> str:
    return "/"


def documents() -> str:
    return "/documents"


def document(document_id: int) -> str:
    return f"/documents/{document_id}"


def document_page(document_id: int, page: int, evidence_id: int | None = None) -> str:
    anchor = f"#evidence-{evidence_id}" if evidence_id is not None else ""
    return f"/documents/{document_id}/pages/{page}{anchor}"


def findings(params: Mapping[str, object] | None = None) -> str:
    if params and params.get("page") == 1:
        params = {k: v for k, v in params.items() if k != "page"}
    return _with_query("/findings", params)


def finding(finding_id: int) -> str:
    return f"/findings/{finding_id}"


def forces() -> str:
    return "/forces"


def force(force_slug: str) -> str:
    return f"/forces/{force_slug}"


def meetings(page: int | None = None) -> str:
    return _with_query("/meetings", {"page": page if page and page > 1 else None})


def meeting(meeting_id: int) -> str:
    return f"/meetings/{meeting_id}"


def deliverables() -> str:
    return "/deliverables"


def deadlines(status: str | None = None) -> str:
    return _with_query("/deadlines", {"status": status})


def search(query: str = "", **params: object) -> str:
    return _with_query("/search", {"q": query, **params})


def record(record_type: str, record_id: int, document_id: int) -> str:
    """Where a record of any type is shown: its own page, or its place on its document's page."""
    if record_type == "finding":
        return finding(record_id)
    if record_type == "meeting":
        return meeting(record_id)
    if record_type == "paper":
        return f"{document(document_id)}#paper-{record_id}"
    return f"{document(document_id)}#{record_type}-{record_id}"


def as_json(path: str) -> str:
    """The JSON twin of an HTML page: the same path (and query) under /api/v1."""
    return API + path


def download(path: str, extension: str) -> str:
    """The complete CSV or JSON download of a list page, keeping its filters (``/findings.csv?kind=...``)."""
    base, _, query = path.partition("?")
    return f"{base}.{extension}" + (f"?{query}" if query else "")
