"""Read-side queries shared by the web pages, the JSON API and exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, defer

from oversight.store import models as m

# Documents are listed and shown without their full text, which can run to megabytes.
_WITHOUT_TEXT = defer(m.Document.text, raiseload=True)


@dataclass
class RecordView:
    record_type: str
    id: int
    summary: str
    fields: dict[str, Any]
    page: int
    quote: str
    start: int
    end: int


@dataclass
class PaperView:
    paper: m.Paper
    records: dict[str, list[RecordView]] = field(default_factory=dict)


def counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        result = {
            "documents": s.scalar(select(func.count()).select_from(m.Document)) or 0,
            "papers": s.scalar(select(func.count()).select_from(m.Paper)) or 0,
        }
        for kind in ("area_for_improvement", "recommendation", "cause_of_concern"):
            result[kind] = s.scalar(select(func.count()).select_from(m.Finding).where(m.Finding.kind == kind)) or 0
        result["decisions"] = s.scalar(select(func.count()).select_from(m.Decision)) or 0
        result["meetings"] = s.scalar(select(func.count()).select_from(m.Meeting)) or 0
        return result


def list_documents(engine: Engine) -> list[m.Document]:
    with Session(engine, expire_on_commit=False) as s:
        docs = list(s.scalars(select(m.Document).options(_WITHOUT_TEXT).order_by(m.Document.id)))
        for d in docs:
            _ = d.papers
        return docs


_RECORD_SUMMARY: dict[Any, Callable[[Any], str]] = {
    m.Judgement: lambda r: f"{r.grade}: {r.question}" + (f" ({r.year})" if r.year else ""),
    m.Finding: lambda r: (f"{r.number}. " if r.number else "") + r.text,
    m.Response: lambda r: (f"To recommendation {r.recommendation_ref}: " if r.recommendation_ref else "") + r.text,
    m.Metric: lambda r: f"{r.value_text or r.value} — {r.name}" + (f" ({r.period})" if r.period else ""),
    m.Meeting: lambda r: f"Meeting on {r.date or 'an unknown date'}" + (f" at {r.venue}" if r.venue else ""),
    m.Question: lambda r: (f"{r.asker}: " if r.asker else "") + r.text,
    m.Decision: lambda r: r.text,
    m.Action: lambda r: r.text + (f" (owner: {r.owner})" if r.owner else ""),
    m.Deliverable: lambda r: r.title + (f" [{r.status}]" if r.status else ""),
    m.ForwardPlanEntry: lambda r: f"{r.date or 'Date to be confirmed'}: " + "; ".join(r.items),
}

RECORD_HEADINGS = {
    "judgement": "Graded judgements",
    "finding": "Findings",
    "response": "Responses",
    "meeting": "Meeting",
    "question": "Questions",
    "decision": "Decisions",
    "action": "Actions",
    "deliverable": "Deliverables",
    "forward_plan_entry": "Forward plan",
    "metric": "Key figures",
}


def _fields(row: Any) -> dict[str, Any]:
    skip = {"id", "paper_id", "evidence_id"}
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in skip}


def document_detail(engine: Engine, document_id: int) -> tuple[m.Document, list[PaperView]] | None:
    with Session(engine, expire_on_commit=False) as s:
        doc = s.get(m.Document, document_id, options=[_WITHOUT_TEXT])
        if doc is None:
            return None
        views = []
        for paper in doc.papers:
            view = PaperView(paper)
            for model, summarise in _RECORD_SUMMARY.items():
                rows = s.execute(select(model, m.Evidence).join(m.Evidence, m.Evidence.id == model.evidence_id)
                                 .where(model.paper_id == paper.id).order_by(model.id)).all()
                if rows:
                    view.records[model.__tablename__] = [
                        RecordView(model.__tablename__, r.id, summarise(r), _fields(r), e.page, e.quote, e.start, e.end)
                        for r, e in rows
                    ]
            views.append(view)
        return doc, views


def latest_documents(engine: Engine, limit: int = 10) -> list[m.Document]:
    """The most recently published (or, failing a date, ingested) documents, with their papers."""
    with Session(engine, expire_on_commit=False) as s:
        docs = list(s.scalars(select(m.Document).options(_WITHOUT_TEXT)
                              .order_by(m.Document.published_on.desc().nulls_last(),
                                                          m.Document.id.desc()).limit(limit)))
        for d in docs:
            _ = d.papers
        return docs


@dataclass
class DueItem:
    """Something with a date that is open: a finding, an action or a statutory deadline."""

    record_type: str
    id: int
    document_id: int
    summary: str
    due: date


def _due_findings(s: Session, before: date | None, on_or_after: date | None, limit: int) -> list[DueItem]:
    q = (select(m.Finding.id, m.Paper.document_id, m.Finding.number, m.Finding.text, m.Finding.due)
         .join(m.Paper, m.Paper.id == m.Finding.paper_id)
         .where(m.Finding.due.is_not(None), m.Finding.status.in_(("open", "in_progress"))))
    if before is not None:
        q = q.where(m.Finding.due < before).order_by(m.Finding.due.desc())
    if on_or_after is not None:
        q = q.where(m.Finding.due >= on_or_after).order_by(m.Finding.due)
    return [DueItem("finding", i, d, (f"{n}. " if n else "") + t, due) for i, d, n, t, due in s.execute(q.limit(limit))
            if due is not None]


def _due_actions(s: Session, before: date | None, on_or_after: date | None, limit: int) -> list[DueItem]:
    q = (select(m.Action.id, m.Paper.document_id, m.Action.text, m.Action.due)
         .join(m.Paper, m.Paper.id == m.Action.paper_id)
         .where(m.Action.due.is_not(None), m.Action.status.in_(("open", "in_progress"))))
    if before is not None:
        q = q.where(m.Action.due < before).order_by(m.Action.due.desc())
    if on_or_after is not None:
        q = q.where(m.Action.due >= on_or_after).order_by(m.Action.due)
    return [DueItem("action", i, d, t, due) for i, d, t, due in s.execute(q.limit(limit)) if due is not None]


def overdue(engine: Engine, today: date, limit: int = 10) -> list[DueItem]:
    """Open findings and actions whose due date has passed, most recently missed first."""
    with Session(engine) as s:
        items = _due_findings(s, today, None, limit) + _due_actions(s, today, None, limit)
    return sorted(items, key=lambda i: i.due, reverse=True)[:limit]


def due_next(engine: Engine, today: date, limit: int = 10) -> list[DueItem]:
    """Open findings and actions falling due from today, soonest first."""
    with Session(engine) as s:
        items = _due_findings(s, None, today, limit) + _due_actions(s, None, today, limit)
    return sorted(items, key=lambda i: i.due)[:limit]


@dataclass
class PageText:
    """One page of a document's cleaned text, with the evidence spans that fall on it."""

    document: m.Document
    number: int
    start: int
    text: str
    evidence: list[tuple[m.Evidence, list[RecordView]]]


def page_bounds(page_starts: list[Any], text_length: int, number: int) -> tuple[int, int] | None:
    """Where page ``number`` (from 1) starts and ends in the document's text; None if it has no such page."""
    starts = [int(x) for x in page_starts] or [0]
    if not 1 <= number <= len(starts):
        return None
    end = starts[number] if number < len(starts) else text_length
    return starts[number - 1], end


def document_page(engine: Engine, document_id: int, number: int) -> PageText | None:
    """One page's text, read from the database by offset (a long document's text is never loaded whole)."""
    with Session(engine, expire_on_commit=False) as s:
        doc = s.get(m.Document, document_id, options=[_WITHOUT_TEXT])
        if doc is None:
            return None
        length = s.scalar(select(func.length(m.Document.text)).where(m.Document.id == document_id)) or 0
        bounds = page_bounds(doc.page_starts, length, number)
        if bounds is None:
            return None
        start, end = bounds
        page_text = s.scalar(select(func.substr(m.Document.text, start + 1, end - start))
                             .where(m.Document.id == document_id)) or ""
        spans = list(s.scalars(select(m.Evidence).where(m.Evidence.document_id == document_id,
                                                         m.Evidence.start < end, m.Evidence.end > start)
                               .order_by(m.Evidence.start, m.Evidence.id)))
        by_evidence: dict[int, list[RecordView]] = {e.id: [] for e in spans}
        if spans:
            for model, summarise in _RECORD_SUMMARY.items():
                rows = s.scalars(select(model).where(model.evidence_id.in_(list(by_evidence)))).all()
                for r in rows:
                    e = next(x for x in spans if x.id == r.evidence_id)
                    by_evidence[e.id].append(RecordView(model.__tablename__, r.id, summarise(r), _fields(r),
                                                        e.page, e.quote, e.start, e.end))
        return PageText(doc, number, start, page_text, [(e, by_evidence[e.id]) for e in spans])
