"""A small register written straight through the ORM, so page tests do not depend on what the
extractors find today.  Every record gets a real Evidence row whose quote is the document text at its
offsets, exactly as the writer would store it.

Text is written in the genre's style (numbered recommendations, areas for improvement, minutes) and
includes hostile markup, so escaping can be checked on every page that shows it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from oversight.store import models as m

HOSTILE = '<script>alert("owned")</script>'
HOSTILE_ESCAPED = "&lt;script&gt;alert("
FORCE = "Exampleshire Constabulary"
OTHER_FORCE = "Northtown Police"


@dataclass
class Built:
    """Ids of what was written, for tests that need to open a particular page."""

    documents: dict[str, int] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    deliverables: dict[str, int] = field(default_factory=dict)


class _Doc:
    """One document of one paper, assembled from passages page by page."""

    def __init__(self, session: Session, source: str, kind: str, title: str, pages: list[list[tuple[str, str]]],
                 force: str | None = None, body: str | None = None, when: date | None = None) -> None:
        text, starts, spans = "", [], {}
        for page in pages:
            starts.append(len(text))
            for key, passage in page:
                spans[key] = (len(starts), len(text), len(text) + len(passage))
                text += passage + "\n\n"
        self.session = session
        self.text = text
        self.doc = m.Document(sha256=hashlib.sha256(text.encode()).hexdigest(), source=source,
                              media_type="text/plain", kind=kind, title=title, published_on=when,
                              page_count=len(pages), text=text, page_starts=starts)
        session.add(self.doc)
        session.flush()
        self.paper = m.Paper(document_id=self.doc.id, seq=1, kind=kind, title=title, start=0, end=len(text),
                             first_page=1, last_page=len(pages), force=force, body=body, document_date=when,
                             signals=[], statutory_references=[], dates_mentioned=[])
        session.add(self.paper)
        session.flush()
        session.add(m.SearchEntry(document_id=self.doc.id, paper_id=self.paper.id, record_type="paper",
                                  record_id=self.paper.id, title=title, body=text))
        self.spans = spans

    def evidence(self, key: str) -> m.Evidence:
        page, start, end = self.spans[key]
        row = m.Evidence(document_id=self.doc.id, paper_id=self.paper.id, page=page, start=start, end=end,
                         quote=self.text[start:end])
        self.session.add(row)
        self.session.flush()
        return row

    def record(self, row: Any, key: str, title: str) -> Any:
        """Add ``row`` (a record without paper or evidence yet) standing on passage ``key``."""
        ev = self.evidence(key)
        row.paper_id = self.paper.id
        row.evidence_id = ev.id
        self.session.add(row)
        self.session.flush()
        self.session.add(m.SearchEntry(document_id=self.doc.id, paper_id=self.paper.id,
                                       record_type=row.__tablename__, record_id=row.id, title=title,
                                       body=ev.quote))
        return row


def build_register(engine: Engine, today: date | None = None) -> Built:
    """Write two inspection reports, a response, panel minutes and a plan progress report."""
    today = today or date.today()
    built = Built()
    with Session(engine) as s:
        report = _Doc(s, "exampleshire-peel-2023.pdf", "peel_report", f"PEEL 2023: {FORCE} {HOSTILE}", [
            [("intro", f"{FORCE} requires improvement at investigating crime."),
             ("grade1", "Investigating crime: Requires improvement"),
             ("grade2", "Responding to the public: Good"),
             ("afi1", "The force should make sure that investigations are supervised and that "
                      "supervisors record their reviews."),
             ("afi2", f"The force should improve how it records crimes reported online. {HOSTILE}")],
            [("rec1", "By 31 March 2024, the chief constable should make sure that victims receive "
                      "updates on their cases."),
             ("rec2", "Within twelve months, the force should review its call-handling procedures."),
             ("coc", "Cause of concern: the force does not understand demand in its control room.")],
        ], force=FORCE, when=date(2023, 5, 4))
        built.documents["report"] = report.doc.id
        report.record(m.Judgement(question="Investigating crime", grade="Requires improvement", year=2023),
                      "grade1", "Requires improvement: Investigating crime")
        report.record(m.Judgement(question="Responding to the public", grade="Good", year=2023),
                      "grade2", "Good: Responding to the public")
        report.record(m.Judgement(question="Investigating crime", grade="Adequate", year=2021),
                      "grade1", "Adequate: Investigating crime")
        afi1 = report.record(m.Finding(kind="area_for_improvement",
                                       text="The force should make sure that investigations are supervised and "
                                            "that supervisors record their reviews.", addressees=[], status="open"),
                             "afi1", "Supervision of investigations")
        afi2 = report.record(m.Finding(kind="area_for_improvement",
                                       text=f"The force should improve how it records crimes reported online. "
                                            f"{HOSTILE}", addressees=[], status="open"), "afi2", "Online crime")
        rec1 = report.record(m.Finding(kind="recommendation", number="1", title="Victim updates",
                                       text="The chief constable should make sure that victims receive updates.",
                                       addressees=["Chief Constable"], due=today - timedelta(days=30),
                                       status="open"), "rec1", "Victim updates")
        rec2 = report.record(m.Finding(kind="recommendation", number="2", text="Review call handling.",
                                       addressees=[], due=today + timedelta(days=60), status="in_progress"),
                             "rec2", "Call handling")
        coc = report.record(m.Finding(kind="cause_of_concern", text="The force does not understand demand.",
                                      addressees=[], status="closed"), "coc", "Demand")
        built.findings.update(afi1=afi1.id, afi2=afi2.id, rec1=rec1.id, rec2=rec2.id, coc=coc.id)

        earlier = _Doc(s, "northtown-peel-2021.pdf", "peel_report", f"PEEL 2021: {OTHER_FORCE}", [
            [("afi", "The force should make sure that investigations are supervised.")],
        ], force=OTHER_FORCE, when=date(2021, 9, 1))
        built.documents["earlier"] = earlier.doc.id
        old = earlier.record(m.Finding(kind="area_for_improvement",
                                       text="The force should make sure that investigations are supervised.",
                                       addressees=[], status="open"), "afi", "Supervision")
        built.findings["old"] = old.id
        s.add(m.Link(from_type="finding", from_id=afi1.id, to_type="finding", to_id=old.id, kind="recurrence",
                     score=0.91, reason="Same wording about supervising investigations."))

        response = _Doc(s, "exampleshire-s55-response.pdf", "s55_response", "Response to the PEEL inspection", [
            [("resp", "Recommendation 1: the force has introduced a victim update policy, checked monthly.")],
        ], force=FORCE, when=date(2023, 7, 20))
        built.documents["response"] = response.doc.id
        response.record(m.Response(finding_id=rec1.id, recommendation_ref="1",
                                   responder="Police and Crime Commissioner",
                                   text="The force has introduced a victim update policy.", date=date(2023, 7, 20)),
                        "resp", "Response to recommendation 1")
        s.add(m.Deadline(rule="s55-5A", subject_type="finding", subject_id=rec1.id,
                         due=date(2023, 7, 4), met_on=date(2023, 7, 20), status="not_met",
                         reason="Published 16 days after the 56-day limit."))

        minutes = _Doc(s, "panel-minutes-2023-06.pdf", "panel_minutes", "Minutes of the Police and Crime Panel", [
            [("meeting", "Minutes of the meeting held on 12 June 2023 at 10.00am, County Hall."),
             ("q", f"Councillor Smith asked how victims are kept informed. {HOSTILE}"),
             ("d", "RESOLVED that the report be noted."),
             ("a", "ACTION: the Commissioner to circulate the victim survey results.")],
        ], body="Exampleshire Police and Crime Panel", when=date(2023, 6, 12))
        built.documents["minutes"] = minutes.doc.id
        meeting = minutes.record(m.Meeting(body="Exampleshire Police and Crime Panel", date=date(2023, 6, 12),
                                           start_time="10:00", venue="County Hall", declarations=[],
                                           declarations_none=True), "meeting", "Panel meeting 12 June 2023")
        built.meetings["june"] = meeting.id
        for name, role, status in (("Councillor A Smith", "member", "present"),
                                   ("Councillor B Jones", "member", "apology"),
                                   ("Chief Executive", "officer", "present")):
            s.add(m.Attendance(meeting_id=meeting.id, person_name=name, role=role, status=status))
        minutes.record(m.Question(asker="Councillor Smith", respondent="Commissioner",
                                  text=f"How are victims kept informed? {HOSTILE}", answer="Monthly."),
                       "q", "Question from Councillor Smith")
        minutes.record(m.Decision(text="That the report be noted.", type="noted"), "d", "Decision (noted)")
        minutes.record(m.Action(text="Circulate the victim survey results.", owner="Commissioner",
                                due=today - timedelta(days=3), status="open"), "a", "Action for Commissioner")

        plan = _Doc(s, "plan-progress-q1.pdf", "plan_progress_report", "Police and Crime Plan progress", [
            [("d1", "Deliver a new victims' hub. Status: Completed."),
             ("d2", f"Recruit 100 more officers {HOSTILE}. Status: Current.")],
        ], when=date(2023, 8, 1))
        built.documents["plan"] = plan.doc.id
        d1 = plan.record(m.Deliverable(theme="Victims", title="Deliver a new victims' hub", status="completed"),
                         "d1", "Victims' hub")
        d2 = plan.record(m.Deliverable(theme="Neighbourhoods", title=f"Recruit 100 more officers {HOSTILE}",
                                       status="current", target="100 officers"), "d2", "Recruitment")
        s.add(m.DeliverableUpdate(paper_id=d1.paper_id, evidence_id=d1.evidence_id, deliverable_id=d1.id,
                                  text="Hub opened in March."))
        built.deliverables.update(hub=d1.id, recruit=d2.id)
        s.commit()
    return built
