"""The statutory calendar: every deadline the rules computed (or a person entered), with its subject."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.store import models as m

# Where a deadline's subject lives, to link to it: the table and how to find its document.
_SUBJECTS: dict[str, Any] = {
    "finding": m.Finding, "response": m.Response, "meeting": m.Meeting, "decision": m.Decision,
    "question": m.Question, "action": m.Action, "deliverable": m.Deliverable, "paper": m.Paper,
}


@dataclass
class DeadlineRow:
    id: int
    rule: str
    subject_type: str
    subject_id: int
    subject_document_id: int | None
    due: date | None
    met_on: date | None
    status: str
    reason: str
    evidence_document_id: int | None
    evidence_page: int | None
    evidence_id: int | None


def _query(status: str | None) -> Any:
    q = (select(m.Deadline, m.Evidence.document_id, m.Evidence.page)
         .outerjoin(m.Evidence, m.Evidence.id == m.Deadline.evidence_id)
         .order_by(m.Deadline.due.desc().nulls_last(), m.Deadline.id))
    return q.where(m.Deadline.status == status) if status else q


def _document_of(s: Session, subject_type: str, subject_id: int) -> int | None:
    model = _SUBJECTS.get(subject_type)
    if model is None:
        return None
    if model is m.Paper:
        return s.scalar(select(m.Paper.document_id).where(m.Paper.id == subject_id))
    return s.scalar(select(m.Paper.document_id).join(model, model.paper_id == m.Paper.id)
                    .where(model.id == subject_id))


def iter_deadlines(engine: Engine, status: str | None = None) -> Iterator[DeadlineRow]:
    with Session(engine) as s:
        for d, doc, page in s.execute(_query(status)).all():
            yield DeadlineRow(d.id, d.rule, d.subject_type, d.subject_id,
                              _document_of(s, d.subject_type, d.subject_id), d.due, d.met_on, d.status,
                              d.reason, doc, page, d.evidence_id)


def status_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        return {status: n for status, n in s.execute(select(m.Deadline.status, func.count())
                                                     .group_by(m.Deadline.status)).all()}
