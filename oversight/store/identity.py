"""Record identity from declared content, so the same record extracted twice is recognised.

Each record table declares the fields that make a record itself (``NATURAL_KEYS``); the key is the
SHA-256 of a canonical JSON encoding of the document's hash, the table and those fields, normalised
for case and white space.  Offsets and page numbers are left out on purpose: a better cleaner moves
them without making a finding a different finding.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "judgement": ("question", "grade", "year"),
    "finding": ("kind", "number", "text"),
    "response": ("recommendation_ref", "responder", "text"),
    "metric": ("name", "period", "value"),
    "meeting": ("date", "start_time"),
    "question": ("asker", "text"),
    "decision": ("type", "text"),
    "action": ("text", "owner"),
    "deliverable": ("theme", "title"),
    "deliverable_update": ("text",),
    "forward_plan_entry": ("date", "time"),
}


def _canonical(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def record_key(document_sha256: str, record_type: str, row: Any) -> str:
    """The identity key of ``row`` (an ORM record) of ``record_type`` in the given document."""
    fields = [_canonical(getattr(row, name)) for name in NATURAL_KEYS[record_type]]
    encoded = json.dumps([document_sha256, record_type, fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()
