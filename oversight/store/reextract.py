"""Extract a stored document again (after the extractors improve) without losing a person's work.

A record a person has touched — reviewed (accepted, corrected, rejected) or given a status — stays
exactly as the person left it; a freshly extracted record with the same identity key is not added
beside it.  Untouched records are replaced by the new extraction.  The kept records' evidence is
found again in the new cleaned text; if any cannot be found, nothing changes and the error says
which record, so a person's work is never silently detached from its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from oversight.errors import StoreError
from oversight.pipeline import extract_raw
from oversight.read import RawDocument
from oversight.store import models as m
from oversight.store.db import session_scope
from oversight.store.write import DocumentWriter
from oversight.text import CleanText

# Deletion order: rows that point at others go first.
_RECORD_ORDER: tuple[type[Any], ...] = (
    m.DeliverableUpdate, m.Deliverable, m.Response, m.Judgement, m.Finding, m.Metric, m.Question,
    m.Decision, m.Action, m.ForwardPlanEntry, m.Meeting,
)


@dataclass
class ReextractOutcome:
    document_id: int
    records: int
    kept: int


def _touched(s: Session, doc_id: int) -> list[Any]:
    """Records of the document that a person has reviewed or given a status."""
    found: list[Any] = []
    for model in _RECORD_ORDER:
        name = model.__tablename__
        reviewed = select(m.Review.record_id).where(m.Review.record_type == name)
        tracked = select(m.StatusChange.record_id).where(m.StatusChange.record_type == name)
        rows = s.scalars(select(model).join(m.Paper, m.Paper.id == model.paper_id)
                         .where(m.Paper.document_id == doc_id,
                                model.id.in_(reviewed) | model.id.in_(tracked)))
        found.extend(rows)
    return found


def _anchor(text: CleanText, quote: str, near: int) -> tuple[int, int] | None:
    """Where ``quote`` stands in the new text: exactly, or with different white space."""
    spots = [match.start() for match in re.finditer(re.escape(quote), text.text)]
    if spots:
        start = min(spots, key=lambda at: abs(at - near))
        return start, start + len(quote)
    words = quote.split()
    if not words:
        return None
    flexible = re.compile(r"\s+".join(re.escape(w) for w in words))
    matches = list(flexible.finditer(text.text))
    if not matches:
        return None
    best = min(matches, key=lambda found: abs(found.start() - near))
    return best.start(), best.end()


def reextract_document(engine: Engine, document_id: int) -> ReextractOutcome:
    with session_scope(engine) as s:
        doc = s.get(m.Document, document_id)
        if doc is None:
            raise StoreError(f"There is no document {document_id}.")
        if doc.raw_pages is None:
            raise StoreError(f"{doc.source}: was stored without its raw pages; ingest the file again instead.")
        extraction, text = extract_raw(RawDocument(doc.source, doc.sha256, doc.media_type, list(doc.raw_pages)))
        touched = _touched(s, doc.id)
        touched_ids = {(row.__tablename__, row.id) for row in touched}
        touched_keys = {(row.__tablename__, row.record_key) for row in touched}
        anchors: dict[int, tuple[int, int]] = {}
        for row in touched:
            evidence = s.get(m.Evidence, row.evidence_id)
            assert evidence is not None
            spot = _anchor(text, evidence.quote, evidence.start)
            if spot is None:
                raise StoreError(f"{doc.source}, page {evidence.page}: a {row.__tablename__.replace('_', ' ')} "
                                 f"a person reviewed quotes words the new text no longer has; nothing was changed.")
            anchors[evidence.id] = spot

        old_papers = list(s.scalars(select(m.Paper.id).where(m.Paper.document_id == doc.id)))
        for model in _RECORD_ORDER:
            keep = [rid for name, rid in touched_ids if name == model.__tablename__]
            if model is m.Meeting:
                s.execute(delete(m.Attendance).where(
                    m.Attendance.meeting_id.in_(select(m.Meeting.id).where(m.Meeting.paper_id.in_(old_papers))),
                    m.Attendance.meeting_id.not_in(keep)))
            s.execute(delete(model).where(model.paper_id.in_(old_papers), model.id.not_in(keep)))
        s.execute(delete(m.SearchEntry).where(m.SearchEntry.document_id == doc.id))

        first_seq = (s.scalar(select(func.max(m.Paper.seq)).where(m.Paper.document_id == doc.id)) or 0) + 1
        writer = DocumentWriter(s, extraction, text, keep=lambda name, key: (name, key) not in touched_keys)
        doc.text, doc.page_starts, doc.page_count = text.text, list(text.page_starts), extraction.page_count
        writer.write_papers(doc, first_seq=first_seq)
        s.flush()

        new_papers = list(s.scalars(select(m.Paper).where(m.Paper.document_id == doc.id, m.Paper.seq >= first_seq)
                                    .order_by(m.Paper.start)))
        for row in touched:
            evidence = s.get(m.Evidence, row.evidence_id)
            assert evidence is not None
            start, end = anchors[evidence.id]
            home = next((p for p in new_papers if p.start <= start < p.end), new_papers[-1] if new_papers else None)
            if home is None:
                raise StoreError(f"{doc.source}: the new extraction found no papers; nothing was changed.")
            evidence.start, evidence.end, evidence.page = start, end, text.page_at(start)
            evidence.quote, evidence.paper_id = text.text[start:end], home.id
            row.paper_id = home.id
            s.add(m.SearchEntry(document_id=doc.id, paper_id=home.id, record_type=row.__tablename__,
                                record_id=row.id, title=row.__tablename__.replace("_", " "),
                                body=evidence.quote))
        s.flush()
        s.execute(delete(m.Evidence).where(m.Evidence.paper_id.in_(old_papers)))
        s.execute(delete(m.Paper).where(m.Paper.id.in_(old_papers)))
        s.flush()
        for seq, paper in enumerate(new_papers, start=1):
            paper.seq = -seq
        s.flush()
        for paper in new_papers:
            paper.seq = -paper.seq
        return ReextractOutcome(doc.id, writer.records, len(touched))
