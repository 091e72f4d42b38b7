"""Panel request <-> the later paper that answers it.

A panel asks through its reports (the precept report, say), the recommendations it makes at a
meeting and the actions it gives the Commissioner.  A later letter or report answers one when it
names the request's date or title, or (for a recommendation or action) speaks about the same thing.
The rules stage reads the same list of requests to keep the s29(3) clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz

from oversight.extract.common.dates import find_dates
from oversight.link.proposal import ProposedLink
from oversight.link.similarity import TfIdf, same_problem
from oversight.link.view import StoreView
from oversight.rules.model import Proof
from oversight.store import models as m

_REQUESTING_PAPERS = frozenset({"panel_minutes", "panel_recommendation_report", "other"})
_ANSWERING_PAPERS = frozenset({"pcc_letter", "panel_report", "plan_progress_report", "performance_report",
                               "pcc_decision", "s55_response", "other"})
# Recommendations *to* a panel ("The Panel is recommended to note the report") are not requests by it.
_TO_THE_PANEL = re.compile(r"\b(?:panel|committee|members?) (?:is|are) (?:recommended|asked)\b|^\s*(?:that )?"
                           r"(?:members )?(?:to )?note\b", re.IGNORECASE)
_COMMISSIONER = re.compile(r"\b(?:commissioner|pcc|pfcc|opcc)\b", re.IGNORECASE)
# "The Commissioner to circulate ...", "for the Commissioner to report back": asked of the Commissioner, not
# merely mentioning the Commissioner ("the precept increase proposed by the Commissioner").
_ASKED_OF_COMMISSIONER = re.compile(
    r"\b(?:commissioner|pcc|pfcc|opcc)\b[^.]{0,40}?\bto\s+(?:report|provide|circulate|share|send|update|respond|"
    r"write|confirm|bring|arrange|look|investigate|review|consider|present|supply|give)\b|\breport back\b",
    re.IGNORECASE)
ANSWER_WINDOW = timedelta(days=120)


@dataclass(frozen=True)
class PanelRequest:
    """Something the panel asked of the Commissioner, with the period it set (``due``) if the store has one."""

    record_type: str  # "finding" | "action" | "paper"
    record_id: int
    paper: m.Paper
    text: str
    made_on: date | None
    due: date | None
    evidence_id: int | None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def panel_requests(view: StoreView) -> list[PanelRequest]:
    """Every request the store holds, once each (an action sheet repeating a minuted recommendation counts once)."""
    out: list[PanelRequest] = []
    seen: set[tuple[int, str]] = set()

    def add(request: PanelRequest) -> None:
        key = (request.paper.document_id, _norm(request.text)[:200])
        if key not in seen:
            seen.add(key)
            out.append(request)

    for paper in view.papers_of_kind({"panel_recommendation_report"}):
        add(PanelRequest("paper", paper.id, paper, paper.title or "the panel's report", view.paper_date(paper),
                         None, None))
    for f in view.findings:
        home = view.papers.get(f.paper_id)
        if home is None or home.kind not in _REQUESTING_PAPERS or f.kind != "recommendation":
            continue
        if _TO_THE_PANEL.search(f.text):
            continue
        add(PanelRequest("finding", f.id, home, f.text, view.paper_date(home), f.due, f.evidence_id))
    for a in view.actions:
        home = view.papers.get(a.paper_id)
        if home is None or home.kind not in _REQUESTING_PAPERS:
            continue
        if not (_COMMISSIONER.search(a.owner or "") or _ASKED_OF_COMMISSIONER.search(a.text)):
            continue
        add(PanelRequest("action", a.id, home, a.text, view.paper_date(home), a.due, a.evidence_id))
    return out


def _mentions(view: StoreView, paper: m.Paper, when: date | None, title: str | None) -> Proof | None:
    """Where ``paper`` names a report's date or title, as a proof; None if it names neither."""
    text = view.paper_text(paper)
    if when is not None:
        for hit in find_dates(text[:6000]):
            if hit.iso == when.isoformat():
                lo = max(0, text.rfind("\n", 0, hit.start) + 1)
                return view.span_proof(paper, lo, min(len(text), hit.end + 160))
    if title and len(title) > 20:
        alignment = fuzz.partial_ratio_alignment(_norm(title), text[:6000].casefold())
        if alignment is not None and alignment.score >= 90:
            return view.span_proof(paper, alignment.dest_start, alignment.dest_end)
    return None


def answer_links(view: StoreView) -> list[ProposedLink]:
    requests = panel_requests(view)
    answering = [p for p in view.papers_of_kind(_ANSWERING_PAPERS)]
    out: list[ProposedLink] = []
    heads = {p.id: f"{p.title or ''} {view.paper_text(p)[:1500]}" for p in answering}
    model = TfIdf([r.text for r in requests] + list(heads.values()))
    for request in requests:
        for paper in answering:
            if paper.id == request.paper.id:
                continue
            when = view.paper_date(paper)
            if request.made_on is None or when is None or not (request.made_on <= when <= request.made_on
                                                                 + ANSWER_WINDOW):
                continue
            if request.record_type == "paper":
                proof = _mentions(view, paper, request.made_on, request.paper.title)
                if proof is not None:
                    out.append(ProposedLink("paper", paper.id, "paper", request.paper.id, "answers", 1.0,
                                            "the letter names the panel report's date or title", proof))
                continue
            if paper.kind == "other":
                continue
            sim = same_problem(request.text, heads[paper.id], model)
            if sim is not None:
                out.append(ProposedLink("paper", paper.id, request.record_type, request.record_id, "answers",
                                        sim.score, f"a later paper on the same subject ({sim.reason})",
                                        view.paper_head_proof(paper)))
    return out
