"""Which records people review, and which of their fields a person may correct."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from oversight import vocab
from oversight.store import models as m

MODELS: dict[str, type[Any]] = {model.__tablename__: model for model in m.RECORD_TABLES}

# Fields a correction may change, per record type.  Evidence (the quote and its place) is never
# edited: a correction changes what was read from the words, not the words.
EDITABLE: dict[str, tuple[str, ...]] = {
    "judgement": ("question", "grade", "year"),
    "finding": ("kind", "number", "title", "text", "addressees", "due"),
    "response": ("recommendation_ref", "responder", "text", "date"),
    "metric": ("name", "period", "value", "value_text", "unit"),
    "meeting": ("body", "date", "start_time", "end_time", "venue"),
    "question": ("asker", "respondent", "text", "answer"),
    "decision": ("text", "type", "vote", "unanimous"),
    "action": ("text", "owner", "due"),
    "deliverable": ("theme", "title", "status", "target", "target_start", "target_end"),
    "deliverable_update": ("text",),
    "forward_plan_entry": ("date", "time", "venue", "items"),
}

# Fields whose values come from a fixed vocabulary: a correction must pick one of them.
VOCABULARIES: dict[tuple[str, str], dict[str, str]] = {
    ("finding", "kind"): vocab.FINDING_KINDS,
    ("decision", "type"): vocab.DECISION_TYPES,
    ("deliverable", "status"): vocab.DELIVERABLE_STATUSES,
    ("judgement", "grade"): vocab.GRADES,
}

# Records whose status people track over time.
TRACKED = ("finding", "action", "deliverable")


def snapshot(row: Any) -> dict[str, Any]:
    """The record's fields as JSON-ready values, for the audit log's before and after."""
    out: dict[str, Any] = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        out[column.key] = value.isoformat() if isinstance(value, date) else value
    return out


def coerce(row: Any, field: str, value: Any) -> Any:
    """A submitted value in the column's own type (dates from ISO text, numbers from text)."""
    column = row.__table__.columns[field]
    allowed = VOCABULARIES.get((row.__tablename__, field))
    if allowed is not None and value not in allowed and value not in ("", None):
        raise ValueError(f"'{value}' is not one of {', '.join(allowed)}.")
    python_type = column.type.python_type
    if value in ("", None):
        if not column.nullable:
            raise ValueError(f"{field} cannot be empty.")
        return None
    if python_type is date and isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"'{value}' is not a date; write it as year-month-day, such as 2024-03-31.") from None
    if python_type is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "yes", "on")
    if python_type in (int, float) and isinstance(value, str):
        try:
            number = python_type(value.strip().replace(",", ""))
        except ValueError:
            raise ValueError(f"'{value}' is not a number.") from None
        if not math.isfinite(number):
            raise ValueError(f"'{value}' is not a number.")
        return number
    length = getattr(column.type, "length", None)
    if isinstance(value, str) and length is not None and len(value) > length:
        raise ValueError(f"is longer than the {length} characters it may have.")
    return value
