"""A read-only snapshot of the store that the link and rules stages reason over.

Both stages compare every record with many others, so they load the rows once and work in memory
rather than query per pair.  Document texts are read lazily because only a few papers need them.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from oversight.rules.model import Proof
from oversight.store import models as m

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
INSPECTION_KINDS = frozenset({"peel_report", "inspection_report"})
PANEL_KINDS = frozenset({"panel_minutes", "panel_report", "panel_recommendation_report", "forward_plan"})


@dataclass(frozen=True)
class DocumentMeta:
    id: int
    source: str
    published_on: date | None
    page_starts: tuple[int, ...]


@dataclass
class StoreView:
    session: Session
    documents: dict[int, DocumentMeta] = field(default_factory=dict)
    papers: dict[int, m.Paper] = field(default_factory=dict)
    evidence: dict[int, m.Evidence] = field(default_factory=dict)
    judgements: list[m.Judgement] = field(default_factory=list)
    findings: list[m.Finding] = field(default_factory=list)
    responses: list[m.Response] = field(default_factory=list)
    decisions: list[m.Decision] = field(default_factory=list)
    actions: list[m.Action] = field(default_factory=list)
    meetings: list[m.Meeting] = field(default_factory=list)
    attendance: dict[int, list[m.Attendance]] = field(default_factory=lambda: defaultdict(list))
    deliverables: list[m.Deliverable] = field(default_factory=list)
    updates: list[m.DeliverableUpdate] = field(default_factory=list)
    forward_plan: list[m.ForwardPlanEntry] = field(default_factory=list)
    links: list[m.Link] = field(default_factory=list)
    _texts: dict[int, str] = field(default_factory=dict)
    _papers_in_document: dict[int, int] = field(default_factory=dict)
    _document_force: dict[int, str] = field(default_factory=dict)
    _judgement_years: dict[int, int] = field(default_factory=dict)
    _findings_by_paper: dict[int, list[m.Finding]] = field(default_factory=lambda: defaultdict(list))
    _links_to: dict[tuple[str, str, int], list[m.Link]] = field(default_factory=lambda: defaultdict(list))
    _links_from: dict[tuple[str, str, int], list[m.Link]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, session: Session) -> StoreView:
        view = cls(session=session)
        for doc_id, source, published, starts in session.execute(
            select(m.Document.id, m.Document.source, m.Document.published_on, m.Document.page_starts)
        ):
            view.documents[doc_id] = DocumentMeta(doc_id, source, published, tuple(int(s) for s in starts or [0]))
        view.papers = {p.id: p for p in session.scalars(select(m.Paper).order_by(m.Paper.id))}
        for paper in view.papers.values():
            view._papers_in_document[paper.document_id] = view._papers_in_document.get(paper.document_id, 0) + 1
            if paper.force:
                view._document_force.setdefault(paper.document_id, paper.force)
        view.evidence = {e.id: e for e in session.scalars(select(m.Evidence))}
        view.judgements = list(session.scalars(select(m.Judgement).order_by(m.Judgement.id)))
        for j in view.judgements:
            if j.year:
                view._judgement_years[j.paper_id] = max(j.year, view._judgement_years.get(j.paper_id, 0))
        view.findings = list(session.scalars(select(m.Finding).order_by(m.Finding.id)))
        for finding in view.findings:
            view._findings_by_paper[finding.paper_id].append(finding)
        view.responses = list(session.scalars(select(m.Response).order_by(m.Response.id)))
        view.decisions = list(session.scalars(select(m.Decision).order_by(m.Decision.id)))
        view.actions = list(session.scalars(select(m.Action).order_by(m.Action.id)))
        view.meetings = list(session.scalars(select(m.Meeting).order_by(m.Meeting.id)))
        for row in session.scalars(select(m.Attendance).order_by(m.Attendance.id)):
            view.attendance[row.meeting_id].append(row)
        view.deliverables = list(session.scalars(select(m.Deliverable).order_by(m.Deliverable.id)))
        view.updates = list(session.scalars(select(m.DeliverableUpdate).order_by(m.DeliverableUpdate.id)))
        view.forward_plan = list(session.scalars(select(m.ForwardPlanEntry).order_by(m.ForwardPlanEntry.id)))
        view.links = list(session.scalars(select(m.Link).order_by(m.Link.id)))
        for link in view.links:
            view._links_to[(link.kind, link.to_type, link.to_id)].append(link)
            view._links_from[(link.kind, link.from_type, link.from_id)].append(link)
        return view

    # --- papers -------------------------------------------------------------------------------

    def paper_date(self, paper: m.Paper) -> date | None:
        """The paper's own date; a single-paper document's publication date stands in for it."""
        if paper.document_date is not None:
            return paper.document_date
        doc = self.documents.get(paper.document_id)
        alone = self._papers_in_document.get(paper.document_id, 0) == 1
        return doc.published_on if doc is not None and alone else None

    def paper_year(self, paper: m.Paper) -> int | None:
        """The year a paper speaks for: its date, else the year of its graded judgements, else one in its title.

        Inspection reports often lose their cover page (and with it the date) but keep "2017" on every grade.
        """
        when = self.paper_date(paper)
        if when is not None:
            return when.year
        if paper.id in self._judgement_years:
            return self._judgement_years[paper.id]
        found = _YEAR.findall(paper.title or "")
        return int(found[-1]) if found else None

    def document_text(self, document_id: int) -> str:
        if document_id not in self._texts:
            text = self.session.scalar(select(m.Document.text).where(m.Document.id == document_id))
            self._texts[document_id] = text or ""
        return self._texts[document_id]

    def paper_text(self, paper: m.Paper) -> str:
        return self.document_text(paper.document_id)[paper.start:paper.end]

    def paper_label(self, paper: m.Paper) -> str:
        doc = self.documents.get(paper.document_id)
        title = " ".join((paper.title or "").split())[:90]
        source = doc.source if doc else f"document {paper.document_id}"
        return f"{title} ({source})" if title else f"{paper.kind.replace('_', ' ')} in {source}"

    def papers_of_kind(self, kinds: frozenset[str] | set[str]) -> list[m.Paper]:
        return [p for p in self.papers.values() if p.kind in kinds]

    def force_of(self, paper: m.Paper) -> str | None:
        """The paper's force, or that of another paper in the same document (a pack shares one force)."""
        return paper.force or self._document_force.get(paper.document_id)

    def findings_in(self, paper_id: int) -> list[m.Finding]:
        return self._findings_by_paper.get(paper_id, [])

    def links_to(self, kind: str, to_type: str, to_id: int) -> list[m.Link]:
        return self._links_to.get((kind, to_type, to_id), [])

    def links_from(self, kind: str, from_type: str, from_id: int) -> list[m.Link]:
        return self._links_from.get((kind, from_type, from_id), [])

    # --- evidence -----------------------------------------------------------------------------

    def proof(self, evidence_id: int | None) -> Proof | None:
        ev = self.evidence.get(evidence_id) if evidence_id is not None else None
        if ev is None:
            return None
        doc = self.documents.get(ev.document_id)
        return Proof(document_id=ev.document_id, paper_id=ev.paper_id, page=ev.page, start=ev.start, end=ev.end,
                     quote=ev.quote, source=doc.source if doc else "", evidence_id=ev.id)

    def span_proof(self, paper: m.Paper, start: int, end: int) -> Proof:
        """A proof for ``[start, end)`` of the paper (offsets relative to the paper), trimmed of white space."""
        text = self.document_text(paper.document_id)
        lo, hi = paper.start + start, paper.start + end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        doc = self.documents[paper.document_id]
        page = max(1, bisect.bisect_right(list(doc.page_starts), lo))
        return Proof(document_id=paper.document_id, paper_id=paper.id, page=page, start=lo, end=hi,
                     quote=text[lo:hi], source=doc.source)

    def dated_proof(self, paper: m.Paper) -> Proof:
        """The line where the paper states its own date (a letter's date line), else its opening."""
        from oversight.extract.common.dates import find_dates

        when = self.paper_date(paper)
        text = self.paper_text(paper)
        if when is not None:
            for hit in find_dates(text[:4000]):
                if hit.iso == when.isoformat():
                    lo = text.rfind("\n", 0, hit.start) + 1
                    hi = text.find("\n", hit.end)
                    return self.span_proof(paper, lo, hi if 0 <= hi - hit.end < 200 else hit.end)
        return self.paper_head_proof(paper)

    def paper_head_proof(self, paper: m.Paper) -> Proof:
        """The paper's opening line(s), standing for the paper as a whole."""
        text = self.paper_text(paper)
        stripped = len(text) - len(text.lstrip())
        cut = text.find("\n", stripped + 1)
        end = cut if 0 < cut - stripped < 200 else min(len(text), stripped + 200)
        return self.span_proof(paper, 0, max(end, stripped + 1))


def ensure_evidence(session: Session, proof: Proof) -> int:
    """The id of an Evidence row for ``proof``, reusing an identical row so refreshing adds nothing."""
    if proof.evidence_id is not None:
        return proof.evidence_id
    existing = session.scalar(
        select(m.Evidence.id).where(m.Evidence.document_id == proof.document_id, m.Evidence.paper_id == proof.paper_id,
                                    m.Evidence.start == proof.start, m.Evidence.end == proof.end)
    )
    if existing is not None:
        return existing
    row = m.Evidence(document_id=proof.document_id, paper_id=proof.paper_id, page=proof.page, start=proof.start,
                     end=proof.end, quote=proof.quote)
    session.add(row)
    session.flush()
    return row.id
