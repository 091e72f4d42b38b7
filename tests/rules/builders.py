"""Build small stores through the ORM for link and rules tests: documents with real text, papers cut
from it, and records whose Evidence quotes that text at its offsets (as ingest would write them)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from oversight.store import models as m


class StoreBuilder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._seq = 0

    def paper(self, text: str, kind: str, *, title: str | None = None, force: str | None = None,
              body: str | None = None, when: date | None = None) -> m.Paper:
        """A one-paper document holding ``text``."""
        self._seq += 1
        doc = m.Document(sha256=f"{self._seq:064d}", source=f"paper-{self._seq}.txt", media_type="text/plain",
                         kind=kind, title=title, published_on=when, page_count=1, text=text, page_starts=["0"])
        self.session.add(doc)
        self.session.flush()
        paper = m.Paper(document_id=doc.id, seq=1, kind=kind, title=title, start=0, end=len(text), first_page=1,
                        last_page=1, force=force, body=body, document_date=when, signals=[],
                        statutory_references=[], dates_mentioned=[])
        self.session.add(paper)
        self.session.flush()
        return paper

    def evidence(self, paper: m.Paper, quote: str) -> m.Evidence:
        text = self.session.get(m.Document, paper.document_id).text  # type: ignore[union-attr]
        start = text.index(quote)
        row = m.Evidence(document_id=paper.document_id, paper_id=paper.id, page=1, start=start,
                         end=start + len(quote), quote=quote)
        self.session.add(row)
        self.session.flush()
        return row

    def finding(self, paper: m.Paper, kind: str, text: str, *, number: str | None = None,
                due: date | None = None) -> m.Finding:
        row = m.Finding(paper_id=paper.id, evidence_id=self.evidence(paper, text).id, kind=kind, number=number,
                        text=text, addressees=[], due=due)
        self.session.add(row)
        self.session.flush()
        return row

    def response(self, paper: m.Paper, ref: str, text: str, *, finding: m.Finding | None = None,
                 responder: str | None = "the chief constable") -> m.Response:
        row = m.Response(paper_id=paper.id, evidence_id=self.evidence(paper, text).id,
                         finding_id=finding.id if finding else None, recommendation_ref=ref, responder=responder,
                         text=text, date=paper.document_date)
        self.session.add(row)
        self.session.flush()
        return row

    def decision(self, paper: m.Paper, text: str, kind: str, *, unanimous: bool | None = None,
                 vote: str | None = None) -> m.Decision:
        row = m.Decision(paper_id=paper.id, evidence_id=self.evidence(paper, text).id, text=text, type=kind,
                         unanimous=unanimous, vote=vote)
        self.session.add(row)
        self.session.flush()
        return row

    def meeting(self, paper: m.Paper, quote: str, when: date, members: list[str],
                apologies: list[str] = ()) -> m.Meeting:  # type: ignore[assignment]
        row = m.Meeting(paper_id=paper.id, evidence_id=self.evidence(paper, quote).id, body=paper.body, date=when,
                        declarations=[], declarations_none=False)
        self.session.add(row)
        self.session.flush()
        for name in members:
            self.session.add(m.Attendance(meeting_id=row.id, person_name=name, role="member", status="present"))
        for name in apologies:
            self.session.add(m.Attendance(meeting_id=row.id, person_name=name, role="member", status="apology"))
        self.session.flush()
        return row

    def action(self, paper: m.Paper, text: str, *, owner: str | None = None, due: date | None = None) -> m.Action:
        row = m.Action(paper_id=paper.id, evidence_id=self.evidence(paper, text).id, text=text, owner=owner, due=due)
        self.session.add(row)
        self.session.flush()
        return row

    def deliverable(self, paper: m.Paper, title: str, update: str | None = None) -> m.Deliverable:
        row = m.Deliverable(paper_id=paper.id, evidence_id=self.evidence(paper, title).id, title=title,
                            status="current")
        self.session.add(row)
        self.session.flush()
        if update:
            self.session.add(m.DeliverableUpdate(paper_id=paper.id, evidence_id=row.evidence_id,
                                                 deliverable_id=row.id, text=update))
            self.session.flush()
        return row

    def forward_plan_entry(self, paper: m.Paper, quote: str, when: date, items: list[str],
                           time: str | None = "13:30", venue: str | None = None) -> m.ForwardPlanEntry:
        row = m.ForwardPlanEntry(paper_id=paper.id, evidence_id=self.evidence(paper, quote).id, date=when,
                                 time=time, venue=venue, items=items)
        self.session.add(row)
        self.session.flush()
        return row
