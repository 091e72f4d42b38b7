"""Read-side queries shared by the web pages, the JSON API and exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.store import models as m


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
        docs = list(s.scalars(select(m.Document).order_by(m.Document.id)))
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
        doc = s.get(m.Document, document_id)
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
