"""The append-only audit log: who, when, what before, what after, why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from oversight.store import models as m
from oversight.store.db import session_scope


@dataclass(frozen=True)
class Actor:
    """Who is making a change: a signed-in user, or the command line (``user_id`` None)."""

    user_id: int | None
    username: str


def log_change(session: Session, actor: Actor, action: str, record_type: str, record_id: int | None,
               before: dict[str, Any] | None, after: dict[str, Any] | None, reason: str = "") -> None:
    session.add(m.AuditEntry(user_id=actor.user_id, username=actor.username, action=action,
                             record_type=record_type, record_id=record_id, before=before, after=after,
                             reason=reason))


def history(engine: Engine, record_type: str | None = None, record_id: int | None = None,
            username: str | None = None) -> list[m.AuditEntry]:
    """Audit entries, oldest first, for one record or one user (or all)."""
    query = select(m.AuditEntry).order_by(m.AuditEntry.id)
    if record_type is not None:
        query = query.where(m.AuditEntry.record_type == record_type)
    if record_id is not None:
        query = query.where(m.AuditEntry.record_id == record_id)
    if username is not None:
        query = query.where(m.AuditEntry.username == username)
    with session_scope(engine) as s:
        return list(s.scalars(query))


def recent(engine: Engine, username: str | None = None, record_type: str | None = None,
           record_id: int | None = None, limit: int = 100, offset: int = 0) -> tuple[list[m.AuditEntry], int]:
    """Audit entries, newest first, one page of them, with how many there are in all."""
    from sqlalchemy import func

    conditions = []
    if username is not None:
        conditions.append(m.AuditEntry.username == username)
    if record_type is not None:
        conditions.append(m.AuditEntry.record_type == record_type)
    if record_id is not None:
        conditions.append(m.AuditEntry.record_id == record_id)
    with session_scope(engine) as s:
        total = s.scalar(select(func.count()).select_from(m.AuditEntry).where(*conditions)) or 0
        rows = list(s.scalars(select(m.AuditEntry).where(*conditions).order_by(m.AuditEntry.id.desc())
                              .limit(limit).offset(offset)))
        return rows, total
