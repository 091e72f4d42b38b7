"""Accept, correct, reject or merge an extracted record; each is a Review row plus an audit entry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from oversight.errors import OversightError
from oversight.review.audit import Actor, log_change
from oversight.review.records import EDITABLE, MODELS, coerce, snapshot
from oversight.store import models as m
from oversight.store.db import session_scope


class ReviewError(OversightError):
    pass


def _row(s: Session, record_type: str, record_id: int) -> Any:
    model = MODELS.get(record_type)
    if model is None:
        raise ReviewError(f"'{record_type}' is not a kind of record that is reviewed.")
    row = s.get(model, record_id)
    if row is None:
        raise ReviewError(f"There is no {record_type.replace('_', ' ')} {record_id}.")
    return row


def _decide(s: Session, actor: Actor, row: Any, state: str, reason: str) -> None:
    if actor.user_id is None:
        raise ReviewError("Review decisions need a signed-in user.")
    review = s.scalar(select(m.Review).where(m.Review.record_type == row.__tablename__,
                                             m.Review.record_id == row.id))
    before = {"state": review.state, "reason": review.reason} if review else None
    if review is None:
        review = m.Review(record_type=row.__tablename__, record_id=row.id, record_key=row.record_key,
                          state=state, reason=reason, user_id=actor.user_id)
        s.add(review)
    else:
        review.state, review.reason, review.user_id = state, reason, actor.user_id
    log_change(s, actor, f"review_{state}", row.__tablename__, row.id, before, {"state": state}, reason)


def accept(engine: Engine, actor: Actor, record_type: str, record_id: int) -> None:
    accept_many(engine, actor, [(record_type, record_id)])


def accept_many(engine: Engine, actor: Actor, records: list[tuple[str, int]]) -> None:
    """Accept several records in one transaction: all of them, or (if one is not there) none."""
    with session_scope(engine) as s:
        for record_type, record_id in records:
            _decide(s, actor, _row(s, record_type, record_id), "accepted", "")


def reject(engine: Engine, actor: Actor, record_type: str, record_id: int, reason: str) -> None:
    if not reason.strip():
        raise ReviewError("Say why the record is rejected.")
    with session_scope(engine) as s:
        _decide(s, actor, _row(s, record_type, record_id), "rejected", reason.strip())


def correct(engine: Engine, actor: Actor, record_type: str, record_id: int, changes: dict[str, Any],
            reason: str = "") -> dict[str, Any]:
    """Change fields of a record (its evidence stays attached); returns the record after the change."""
    allowed = EDITABLE.get(record_type, ())
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ReviewError(f"{', '.join(unknown)} cannot be corrected on a {record_type.replace('_', ' ')}.")
    with session_scope(engine) as s:
        row = _row(s, record_type, record_id)
        before = snapshot(row)
        for field, value in changes.items():
            try:
                setattr(row, field, coerce(row, field, value))
            except ValueError as exc:
                raise ReviewError(f"{field}: {exc}") from None
        try:
            s.flush()
        except SQLAlchemyError as exc:
            problem = type(getattr(exc, "orig", None) or exc).__name__
            raise ReviewError(f"The database could not store that correction ({problem}).") from None
        after = snapshot(row)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        _decide(s, actor, row, "corrected", reason)
        log_change(s, actor, "correct", record_type, record_id, {k: before[k] for k in changed}, changed, reason)
        return after


def merge(engine: Engine, actor: Actor, record_type: str, keep_id: int, duplicate_ids: list[int]) -> None:
    """Keep one record and reject its duplicates, each rejection naming the record kept."""
    with session_scope(engine) as s:
        kept = _row(s, record_type, keep_id)
        _decide(s, actor, kept, "accepted", "")
        for duplicate_id in duplicate_ids:
            if duplicate_id == keep_id:
                continue
            _decide(s, actor, _row(s, record_type, duplicate_id), "rejected",
                    f"duplicate of {record_type.replace('_', ' ')} {keep_id}")


def pending(engine: Engine, record_type: str | None = None, document_id: int | None = None,
            limit: int = 100) -> list[tuple[str, int]]:
    """Records awaiting review, as (record type, id), in document and page order."""
    out: list[tuple[str, int]] = []
    with session_scope(engine) as s:
        for name, model in MODELS.items():
            if record_type is not None and name != record_type:
                continue
            reviewed = select(m.Review.record_id).where(m.Review.record_type == name)
            query = (select(model.id, m.Evidence.document_id, m.Evidence.start)
                     .join(m.Evidence, m.Evidence.id == model.evidence_id)
                     .where(model.id.not_in(reviewed)))
            if document_id is not None:
                query = query.where(m.Evidence.document_id == document_id)
            out.extend((name, rid) for rid, _, _ in s.execute(query.order_by(m.Evidence.document_id,
                                                                             m.Evidence.start).limit(limit)))
    return out[:limit]


def split(engine: Engine, actor: Actor, record_type: str, record_id: int, parts: list[str],
          reason: str = "") -> list[int]:
    """Make one record that holds several (two recommendations read as one, say) into one per part.

    The first part stays in the original record; each further part becomes a new record with the
    original's other fields and a copy of its evidence, so every part still stands on the quote.
    Every record involved is marked corrected, so re-extraction keeps the split as the person made it.
    Returns the ids of all the parts, the original's first.
    """
    from oversight.review.confidence import MAIN_TEXT
    from oversight.store.identity import record_key

    main = MAIN_TEXT.get(record_type)
    if main is None or record_type not in EDITABLE or main not in EDITABLE[record_type]:
        raise ReviewError(f"A {record_type.replace('_', ' ')} cannot be split.")
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) < 2:
        raise ReviewError("Give the words of at least two parts to split the record into.")
    with session_scope(engine) as s:
        row = _row(s, record_type, record_id)
        evidence = s.get(m.Evidence, row.evidence_id)
        document = s.scalar(select(m.Document).join(m.Paper).where(m.Paper.id == row.paper_id))
        assert evidence is not None and document is not None
        before = snapshot(row)
        setattr(row, main, parts[0])
        ids = [row.id]
        copied = {k: v for k, v in before.items() if k not in ("id", "evidence_id", "record_key", main)}
        for part in parts[1:]:
            twin = m.Evidence(document_id=evidence.document_id, paper_id=evidence.paper_id, page=evidence.page,
                              start=evidence.start,
                              end=evidence.end, quote=evidence.quote)
            s.add(twin)
            s.flush()
            new = type(row)(**{k: getattr(row, k) for k in copied}, evidence_id=twin.id)
            setattr(new, main, part)
            new.record_key = record_key(document.sha256, record_type, new)
            s.add(new)
            s.flush()
            ids.append(new.id)
            _decide(s, actor, new, "corrected", reason or f"split from {record_type.replace('_', ' ')} {record_id}")
        _decide(s, actor, row, "corrected", reason)
        log_change(s, actor, "split", record_type, record_id, {main: before[main]},
                   {main: parts[0], "new_records": ids[1:]}, reason)
        return ids
