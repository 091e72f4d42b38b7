"""Write one file's extraction into the store, inside the caller's transaction.

The writer validates as it goes (STYLE habit 4): a record whose evidence is missing, or whose quote is
not the cleaned text at its offsets, is refused with the document and page named.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from oversight import contract as c
from oversight.errors import MissingEvidence
from oversight.store import models as m
from oversight.store.identity import record_key
from oversight.text import CleanText


def parse_date(value: str | None) -> date | None:
    """An ISO date from an extractor, or None when it is absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _passage(passage: c.Passage) -> dict[str, Any]:
    ev = passage.evidence
    return {"text": passage.text, "page": ev.page, "start": ev.start, "end": ev.end, "quote": ev.quote}


class DocumentWriter:
    """Adds a document, its papers and every record to a session; counts what it wrote."""

    def __init__(self, session: Session, extraction: c.DocumentExtraction, text: CleanText,
                 raw_pages: list[str] | None = None, keep: Callable[[str, str], bool] | None = None) -> None:
        """``keep(record_type, record_key)`` may refuse a record (re-extraction uses it to leave a
        record a person has reviewed exactly as the person left it)."""
        self.session = session
        self.extraction = extraction
        self.text = text
        self.raw_pages = raw_pages
        self.keep = keep
        self.records = 0
        self.document: m.Document | None = None

    def write(self) -> m.Document:
        ex = self.extraction
        first = ex.papers[0] if ex.papers else None
        doc = m.Document(
            sha256=ex.sha256, source=ex.source, media_type=ex.media_type,
            kind=first.kind if first else None, title=first.title if first else None,
            published_on=parse_date(first.document_date) if first else None,
            page_count=ex.page_count, text=self.text.text, page_starts=list(self.text.page_starts),
            raw_pages=self.raw_pages,
        )
        self.session.add(doc)
        self.session.flush()
        self.write_papers(doc)
        return doc

    def write_papers(self, doc: m.Document, first_seq: int = 1) -> None:
        """Add every paper of the extraction, and its records, to ``doc``."""
        self.document = doc
        enclosing_date: str | None = None
        for seq, paper in enumerate(self.extraction.papers, start=first_seq):
            # An appendix enclosed with a letter carries no date of its own: it speaks on the letter's.
            enclosing_date = paper.document_date or enclosing_date
            self._paper(doc, seq, paper, enclosing_date)

    def _evidence(self, paper_row: m.Paper, ev: c.Evidence | None, what: str) -> m.Evidence:
        if ev is None or not ev.quote:
            raise MissingEvidence(
                f"{self.extraction.source}, page {paper_row.first_page}: a {what} has no evidence quote."
            )
        if self.text.text[ev.start:ev.end] != ev.quote:
            raise MissingEvidence(
                f"{self.extraction.source}, page {ev.page}: the quote of a {what} is not the text at "
                f"characters {ev.start}-{ev.end}."
            )
        row = m.Evidence(document_id=paper_row.document_id, paper_id=paper_row.id, page=ev.page,
                         start=ev.start, end=ev.end, quote=ev.quote)
        self.session.add(row)
        self.session.flush()
        return row

    def _add(self, row: Any, title: str, body: str, paper_row: m.Paper) -> bool:
        """Add a record (and its search entry); False when ``keep`` refused it."""
        row.record_key = record_key(self.extraction.sha256, row.__tablename__, row)
        if self.keep is not None and not self.keep(row.__tablename__, row.record_key):
            return False
        self.session.add(row)
        self.session.flush()
        self.records += 1
        self.session.add(m.SearchEntry(document_id=paper_row.document_id, paper_id=paper_row.id,
                                       record_type=row.__tablename__, record_id=row.id, title=title, body=body))
        return True

    def _paper(self, doc: m.Document, seq: int, p: c.Paper, date_in_force: str | None) -> None:
        row = m.Paper(
            document_id=doc.id, seq=seq, kind=p.kind, title=p.title, start=p.start, end=p.end,
            first_page=p.pages[0] if p.pages else 1, last_page=p.pages[-1] if p.pages else 1,
            force=p.force, body=p.body, document_date=parse_date(p.document_date), agenda_item=p.agenda_item,
            contact_officer=p.contact_officer, signals=list(p.signals),
            statutory_references=list(p.statutory_references), dates_mentioned=list(p.dates_mentioned),
            purpose=_passage(p.purpose) if p.purpose else None,
            terms_of_reference=[_passage(t) for t in p.terms_of_reference] or None,
        )
        self.session.add(row)
        self.session.flush()
        self.session.add(m.SearchEntry(document_id=doc.id, paper_id=row.id, record_type="paper", record_id=row.id,
                                       title=p.title or doc.source, body=self.text.text[p.start:p.end]))
        ev = self._evidence
        for g in p.grades:
            self._add(m.Judgement(paper_id=row.id, evidence_id=ev(row, g.evidence, "grade").id,
                                  question=g.question, grade=g.grade, year=g.year),
                      f"{g.grade}: {g.question}", g.evidence.quote, row)
        for kind, items in (("area_for_improvement", p.areas_for_improvement),
                            ("cause_of_concern", p.causes_of_concern)):
            for f in items:
                self._add(m.Finding(paper_id=row.id, evidence_id=ev(row, f.evidence, kind.replace("_", " ")).id,
                                    kind=kind, text=f.text, addressees=[]),
                          f.text[:200], f.text, row)
        findings_by_ref: dict[str, m.Finding] = {}
        for r in p.recommendations:
            finding = m.Finding(paper_id=row.id, evidence_id=ev(row, r.evidence, "recommendation").id,
                                kind="recommendation", number=r.id, title=r.title, text=r.text,
                                addressees=list(r.addressees), due=parse_date(r.due))
            if self._add(finding, r.title or r.text[:200], r.text, row) and r.id:
                findings_by_ref[r.id] = finding
        for s in p.responses:
            target = findings_by_ref.get(s.recommendation_id or "")
            self._add(m.Response(paper_id=row.id, evidence_id=ev(row, s.evidence, "response").id,
                                 finding_id=target.id if target else None, recommendation_ref=s.recommendation_id,
                                 responder=s.responder, text=s.text, date=parse_date(date_in_force)),
                      f"Response to recommendation {s.recommendation_id or ''}".strip(), s.text, row)
        for mt in p.metrics:
            self._add(m.Metric(paper_id=row.id, evidence_id=ev(row, mt.evidence, "figure").id, name=mt.name,
                               period=mt.period, value=float(mt.value), value_text=mt.value_text, unit=mt.unit),
                      mt.name, mt.evidence.quote, row)
        if p.meeting is not None:
            self._meeting(row, p)
        for q in p.questions:
            self._add(m.Question(paper_id=row.id, evidence_id=ev(row, q.evidence, "question").id, asker=q.asker,
                                 respondent=q.respondent, text=q.text, answer=q.answer),
                      f"Question from {q.asker or 'a member'}", f"{q.text} {q.answer or ''}", row)
        for d in p.decisions:
            self._add(m.Decision(paper_id=row.id, evidence_id=ev(row, d.evidence, "decision").id, text=d.text,
                                 type=d.type, vote=d.vote, unanimous=d.unanimous),
                      f"Decision ({d.type})", d.text, row)
        for a in p.actions:
            self._add(m.Action(paper_id=row.id, evidence_id=ev(row, a.evidence, "action").id, text=a.text,
                               owner=a.owner, due=parse_date(a.due)),
                      f"Action for {a.owner or 'unassigned'}", a.text, row)
        for dl in p.deliverables:
            deliverable = m.Deliverable(paper_id=row.id, evidence_id=ev(row, dl.evidence, "deliverable").id,
                                        theme=dl.theme, title=dl.title, status=dl.status, target=dl.target,
                                        target_start=parse_date(dl.target_start),
                                        target_end=parse_date(dl.target_end))
            if self._add(deliverable, dl.title, f"{dl.title} {dl.update or ''}", row) and dl.update:
                update = m.DeliverableUpdate(paper_id=row.id, evidence_id=deliverable.evidence_id,
                                             deliverable_id=deliverable.id, text=dl.update)
                update.record_key = record_key(self.extraction.sha256, "deliverable_update", update)
                self.session.add(update)
        for e in p.forward_plan:
            self._add(m.ForwardPlanEntry(paper_id=row.id, evidence_id=ev(row, e.evidence, "forward plan entry").id,
                                         date=parse_date(e.date), time=e.time, venue=e.venue, items=list(e.items)),
                      f"Meeting {e.date or ''}", "; ".join(e.items), row)

    def _meeting(self, row: m.Paper, p: c.Paper) -> None:
        mt = p.meeting
        assert mt is not None
        evidence = mt.evidence or self.text.evidence(p.start, min(p.end, p.start + 200))
        declarations = mt.declarations
        meeting = m.Meeting(
            paper_id=row.id, evidence_id=self._evidence(row, evidence, "meeting").id, body=p.body,
            date=parse_date(mt.date), start_time=mt.start_time, end_time=mt.end_time, venue=mt.venue,
            declarations=list(declarations) if isinstance(declarations, list) else [],
            declarations_none=declarations == "none",
        )
        if not self._add(meeting, p.title or f"Meeting {mt.date or ''}", " ".join(mt.members_present), row):
            return
        for names, role, status in ((mt.members_present, "member", "present"),
                                    (mt.officers_present, "officer", "present"),
                                    (mt.others_present, "other", "present"),
                                    (mt.apologies, "member", "apology"),
                                    (mt.substitutes, "member", "substitute")):
            for name in names:
                self.session.add(m.Attendance(meeting_id=meeting.id, person_name=name, role=role, status=status))
