"""The review queue and one record beside its evidence, for the review pages.

The queue is read in document order (the index the store keeps), then ordered by
:func:`~oversight.review.confidence.assess`, least sure first, within a window of the oldest pending
records, so the page stays quick on a register of a hundred thousand records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.review.confidence import MAIN_TEXT, assess
from oversight.review.records import EDITABLE, MODELS
from oversight.store import models as m
from oversight.store.db import session_scope

WINDOW = 2000
CONTEXT = 500


@dataclass
class QueueItem:
    record_type: str
    id: int
    summary: str
    score: float
    reasons: list[str]
    document_id: int
    document_title: str
    paper_kind: str
    page: int
    quote: str


@dataclass
class QueuePage:
    items: list[QueueItem]
    pending_total: int
    window: int


@dataclass
class RecordInContext:
    record_type: str
    id: int
    fields: dict[str, Any]
    editable: tuple[str, ...]
    score: float
    reasons: list[str]
    document_id: int
    document_title: str
    paper_id: int
    paper_kind: str
    paper_title: str | None
    evidence_id: int
    page: int
    quote: str
    before: str
    after: str
    state: str | None
    state_reason: str
    duplicates: list[tuple[int, str, int]] = field(default_factory=list)  # (id, summary, similarity)


def _fields(row: Any) -> dict[str, Any]:
    skip = {"id", "paper_id", "evidence_id", "record_key"}
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}


def summary(record_type: str, fields: dict[str, Any]) -> str:
    main = MAIN_TEXT.get(record_type)
    if main and fields.get(main):
        text = str(fields[main])
    elif record_type == "meeting":
        text = f"Meeting on {fields.get('date') or 'an unknown date'}"
    elif record_type == "forward_plan_entry":
        text = f"{fields.get('date') or 'Date to be confirmed'}: " + "; ".join(fields.get("items") or [])
    else:
        text = record_type.replace("_", " ")
    number = fields.get("number")
    return (f"{number}. " if number else "") + " ".join(text.split())


def _pending(model: Any) -> Any:
    reviewed = select(m.Review.record_id).where(m.Review.record_type == model.__tablename__)
    return model.id.not_in(reviewed)


def review_queue(engine: Engine, record_type: str | None = None, document_id: int | None = None,
                 limit: int = 50) -> QueuePage:
    """The least sure pending records first (of the first ``WINDOW`` pending in document order)."""
    items: list[QueueItem] = []
    total = 0
    with session_scope(engine) as s:
        for name, model in MODELS.items():
            if record_type is not None and name != record_type:
                continue
            base = (select(model, m.Evidence, m.Paper.kind, m.Document.id, m.Document.title, m.Document.source)
                    .join(m.Evidence, m.Evidence.id == model.evidence_id)
                    .join(m.Paper, m.Paper.id == model.paper_id)
                    .join(m.Document, m.Document.id == m.Paper.document_id)
                    .where(_pending(model)))
            counted = select(func.count()).select_from(model).where(_pending(model))
            if document_id is not None:
                base = base.where(m.Paper.document_id == document_id)
                counted = counted.join(m.Paper, m.Paper.id == model.paper_id).where(m.Paper.document_id == document_id)
            total += s.scalar(counted) or 0
            for row, evidence, kind, doc_id, title, source in s.execute(
                    base.order_by(m.Document.id, m.Evidence.start).limit(WINDOW)):
                fields = _fields(row)
                judged = assess(name, fields, evidence.quote, kind)
                items.append(QueueItem(name, row.id, summary(name, fields), judged.score, judged.reasons, doc_id,
                                       title or source, kind, evidence.page, evidence.quote))
    items.sort(key=lambda i: (i.score, i.document_id, i.page, i.id))
    return QueuePage(items[:limit], total, WINDOW)


def record_in_context(engine: Engine, record_type: str, record_id: int) -> RecordInContext | None:
    model = MODELS.get(record_type)
    if model is None:
        return None
    with session_scope(engine) as s:
        row = s.get(model, record_id)
        if row is None:
            return None
        evidence = s.get(m.Evidence, row.evidence_id)
        paper = s.get(m.Paper, row.paper_id)
        assert evidence is not None and paper is not None
        doc = s.get(m.Document, paper.document_id)
        assert doc is not None
        review = s.scalar(select(m.Review).where(m.Review.record_type == record_type, m.Review.record_id == record_id))
        fields = _fields(row)
        judged = assess(record_type, fields, evidence.quote, paper.kind)
        before = doc.text[max(0, evidence.start - CONTEXT):evidence.start]
        after = doc.text[evidence.end:evidence.end + CONTEXT]
        found = RecordInContext(
            record_type, record_id, fields, EDITABLE.get(record_type, ()), judged.score, judged.reasons, doc.id,
            doc.title or doc.source, paper.id, paper.kind, paper.title, evidence.id, evidence.page, evidence.quote,
            before, after, review.state if review else None, review.reason if review else "")
        found.duplicates = _likely_duplicates(s, model, row, doc.id, summary(record_type, fields))
        return found


def _likely_duplicates(s: Session, model: Any, row: Any, document_id: int, text: str,
                       limit: int = 5) -> list[tuple[int, str, int]]:
    """Records of the same type in the same document whose words are close to this one's."""
    name = model.__tablename__
    others = s.scalars(select(model).join(m.Paper, m.Paper.id == model.paper_id)
                       .where(m.Paper.document_id == document_id, model.id != row.id).limit(500))
    scored = []
    for other in others:
        other_text = summary(name, _fields(other))
        similarity = int(fuzz.token_set_ratio(text, other_text))
        if similarity >= 80:
            scored.append((other.id, other_text, similarity))
    return sorted(scored, key=lambda t: -t[2])[:limit]


def next_pending(engine: Engine, record_type: str | None, document_id: int | None,
                 after: tuple[str, int] | None = None) -> tuple[str, int] | None:
    """The queue's first record other than ``after``, to go to once a decision is made."""
    page = review_queue(engine, record_type, document_id, limit=2)
    for item in page.items:
        if after is None or (item.record_type, item.id) != after:
            return item.record_type, item.id
    return None
