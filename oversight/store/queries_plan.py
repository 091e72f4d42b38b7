"""The Police and Crime Plan: deliverables grouped by status, each with its updates over time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from oversight.store import models as m
from oversight.store.db import streaming_session


@dataclass
class DeliverableRow:
    id: int
    theme: str | None
    title: str
    status: str | None
    target: str | None
    target_start: date | None
    target_end: date | None
    document_id: int
    paper_date: date | None
    page: int
    quote: str
    updates: list[str] = field(default_factory=list)


def _base() -> Any:
    return (select(m.Deliverable.id, m.Deliverable.theme, m.Deliverable.title, m.Deliverable.status,
                   m.Deliverable.target, m.Deliverable.target_start, m.Deliverable.target_end,
                   m.Paper.document_id, m.Paper.document_date, m.Evidence.page, m.Evidence.quote)
            .join(m.Paper, m.Paper.id == m.Deliverable.paper_id)
            .join(m.Evidence, m.Evidence.id == m.Deliverable.evidence_id)
            .order_by(m.Deliverable.status.asc().nulls_last(), m.Deliverable.theme.asc().nulls_last(),
                      m.Deliverable.id))


def iter_deliverables(engine: Engine) -> Iterator[DeliverableRow]:
    with streaming_session(engine) as s:
        for r in s.execute(_base().execution_options(yield_per=1000)):
            yield DeliverableRow(*r)


def deliverables_by_status(engine: Engine) -> dict[str, list[DeliverableRow]]:
    """Deliverables keyed by status ("" for none given), each carrying its updates, oldest first."""
    rows = list(iter_deliverables(engine))
    with Session(engine) as s:
        updates = s.execute(select(m.DeliverableUpdate.deliverable_id, m.DeliverableUpdate.text)
                            .order_by(m.DeliverableUpdate.id)).all()
    by_id = {r.id: r for r in rows}
    for deliverable_id, text in updates:
        if deliverable_id in by_id:
            by_id[deliverable_id].updates.append(text)
    grouped: dict[str, list[DeliverableRow]] = {}
    for row in rows:
        grouped.setdefault(row.status or "", []).append(row)
    return grouped
