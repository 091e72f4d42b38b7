"""Store evaluations as Deadline rows, replacing the derived ones and leaving people's entries alone."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from oversight.link.view import ensure_evidence
from oversight.rules.model import Evaluation
from oversight.store import models as m

DERIVED = "derived"


def replace_derived_deadlines(session: Session, evaluations: list[Evaluation]) -> int:
    session.execute(delete(m.Deadline).where(m.Deadline.origin == DERIVED))
    for e in evaluations:
        first = next((p for p in e.evidence if p.quote), None)
        session.add(m.Deadline(rule=e.rule, subject_type=e.subject_type, subject_id=e.subject_id, due=e.due,
                               met_on=e.met_on, status=e.status, reason=e.reason,
                               evidence_id=ensure_evidence(session, first) if first else None, origin=DERIVED))
    session.flush()
    return len(evaluations)
