"""Status over time for findings, actions and deliverables, set by people with a note and evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select

from oversight.review.audit import Actor, log_change
from oversight.review.decisions import ReviewError, _row
from oversight.review.records import TRACKED
from oversight.store import models as m
from oversight.store.db import session_scope
from oversight.vocab import TRACKING_STATUSES

# Why a status change was refused, by code: pages show the sentence for a code, never text taken from
# their address, so a crafted link cannot make the site say something it did not.
REFUSALS: dict[str, str] = {
    "date": "Enter the date the status took effect as a real day, month and year, such as 31 3 2024.",
    "future": "The date a status took effect cannot be in the future.",
    "status": "Choose one of the statuses.",
    "link": "An evidence link must start with https:// or http://.",
    "other": "The status could not be saved. Check the form and try again.",
}


def set_status(engine: Engine, actor: Actor, record_type: str, record_id: int, status: str,
               effective_on: date, note: str = "", evidence_quote: str | None = None,
               evidence_url: str | None = None) -> None:
    if record_type not in TRACKED:
        raise ReviewError(f"A {record_type.replace('_', ' ')} has no status to track.")
    if status not in TRACKING_STATUSES:
        raise ReviewError(f"'{status}' is not a status; choose one of {', '.join(TRACKING_STATUSES)}.")
    if actor.user_id is None:
        raise ReviewError("Status changes need a signed-in user.")
    if evidence_url and not evidence_url.startswith(("https://", "http://")):
        raise ReviewError("An evidence link must start with https:// or http://.")
    with session_scope(engine) as s:
        row = _row(s, record_type, record_id)
        before = {"status": getattr(row, "status", None)}
        s.add(m.StatusChange(record_type=record_type, record_id=record_id, status=status,
                             effective_on=effective_on, user_id=actor.user_id, note=note,
                             evidence_quote=evidence_quote, evidence_url=evidence_url))
        if hasattr(row, "status") and record_type != "deliverable":
            row.status = status
        log_change(s, actor, "status", record_type, record_id, before,
                   {"status": status, "effective_on": effective_on.isoformat()}, note)


def status_history(engine: Engine, record_type: str, record_id: int) -> list[m.StatusChange]:
    with session_scope(engine) as s:
        return list(s.scalars(select(m.StatusChange)
                              .where(m.StatusChange.record_type == record_type,
                                     m.StatusChange.record_id == record_id)
                              .order_by(m.StatusChange.effective_on, m.StatusChange.id)))


@dataclass(frozen=True)
class StatusEntry:
    """One step of a record's status history, as pages and exports show it."""

    status: str
    effective_on: date
    recorded_at: datetime
    username: str
    note: str
    evidence_quote: str | None
    evidence_url: str | None


def status_histories(engine: Engine, record_type: str, record_ids: Iterable[int] | None = None
                     ) -> dict[int, list[StatusEntry]]:
    """The status history of many records of one type in one query (all of that type when ``record_ids``
    is None), oldest first: a list page shows every row's history without a query per row."""
    change = m.StatusChange.__table__.c
    query = (select(change.record_id, change.status, change.effective_on, change.recorded_at,
                    m.UserAccount.__table__.c.username, change.note, change.evidence_quote, change.evidence_url)
             .join(m.UserAccount.__table__, m.UserAccount.__table__.c.id == change.user_id)
             .where(change.record_type == record_type)
             .order_by(change.record_id, change.effective_on, change.id))
    queries = [query]
    if record_ids is not None:
        wanted = sorted(set(record_ids))
        # In batches: a database caps the values one statement may bind (SQLite at 32,766).
        queries = [query.where(change.record_id.in_(wanted[i : i + _BATCH])) for i in range(0, len(wanted), _BATCH)]
    out: dict[int, list[StatusEntry]] = {}
    # Plain rows over a connection, not ORM objects: every finding page asks, and most have none.
    with engine.connect() as conn:
        for batch in queries:
            for record_id, *fields in conn.execute(batch):
                out.setdefault(record_id, []).append(StatusEntry(*fields))
    return out


_BATCH = 5000
