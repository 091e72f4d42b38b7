"""A report to the panel <-> the meeting that received it, and the forward-plan entry that scheduled it.

A report is dated with the meeting it goes to, and a panel's own report names the meeting it records
("Date of Panel Meeting: 1 February 2023"); a forward plan lists each meeting's items by title.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from oversight.extract.common.dates import find_dates
from oversight.link.proposal import ProposedLink
from oversight.link.view import PANEL_KINDS, StoreView
from oversight.store import models as m

_REPORT_KINDS = frozenset({"panel_report", "panel_recommendation_report", "plan_progress_report",
                           "performance_report", "forward_plan"})
SAME_ITEM = 85.0
# A labelled meeting date ("Date of Panel Meeting: 1 February 2023", "Meeting: 6 March 2024"); a date merely
# mentioned ("at the meeting on 1 February the panel asked for this report") is not a receipt.
_MEETING_LABEL = re.compile(r"(?:\bdate of (?:the )?(?:panel )?meeting|\bmeeting date|^[ \t]*(?:panel )?meeting)"
                            r"[ \t]*[:\-]?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _meeting_date_proof(view: StoreView, paper: m.Paper, meeting: m.Meeting) -> tuple[str, float] | None:
    if meeting.date is None:
        return None
    if paper.document_date == meeting.date:
        return "the report is dated with the meeting", 1.0
    text = view.paper_text(paper)[:3000]
    for hit in find_dates(text):
        if hit.iso == meeting.date.isoformat() and _MEETING_LABEL.search(text[max(0, hit.start - 40):hit.start]):
            return "the report names the meeting that considered it", 0.9
    return None


def meeting_links(view: StoreView) -> list[ProposedLink]:
    out: list[ProposedLink] = []
    meetings = [mt for mt in view.meetings if mt.date is not None]
    for paper in view.papers_of_kind(_REPORT_KINDS):
        for meeting in meetings:
            minutes = view.papers.get(meeting.paper_id)
            if minutes is None or minutes.id == paper.id:
                continue
            same_body = minutes.document_id == paper.document_id or (
                bool(minutes.body) and bool(paper.body) and fuzz.token_set_ratio(minutes.body or "",
                                                                                  paper.body or "") >= 90)
            if not same_body:
                continue
            found = _meeting_date_proof(view, paper, meeting)
            if found is not None:
                reason, score = found
                out.append(ProposedLink("paper", paper.id, "meeting", meeting.id, "received_at", score, reason,
                                        view.paper_head_proof(paper)))
    for entry in view.forward_plan:
        plan = view.papers.get(entry.paper_id)
        if plan is None or entry.date is None:
            continue
        for paper in view.papers.values():
            if paper.kind not in PANEL_KINDS | _REPORT_KINDS or paper.kind == "forward_plan" or not paper.title:
                continue
            if view.paper_date(paper) != entry.date:
                continue
            best = max((fuzz.token_set_ratio(item.casefold(), paper.title.casefold()) for item in entry.items),
                       default=0.0)
            if best >= SAME_ITEM:
                out.append(ProposedLink("paper", paper.id, "forward_plan_entry", entry.id, "scheduled_in",
                                        round(best / 100.0, 3), "the forward plan lists it for that meeting",
                                        view.proof(entry.evidence_id)))
    return out
