"""PRSRA 2011 s29(3): the Commissioner responds to each report or recommendation of the panel within the
period the panel sets.  The period is stored with each request (a recommendation's or action's ``due``);
a precept report is left to the precept rules, which hold its fixed dates."""

from __future__ import annotations

from datetime import date

from oversight.link.requests import PanelRequest, panel_requests
from oversight.link.view import StoreView
from oversight.rules.dates import days_late, status_for
from oversight.rules.model import Evaluation, Proof, Status


def _answers(view: StoreView, request: PanelRequest) -> list[tuple[date, Proof | None]]:
    out: list[tuple[date, Proof | None]] = []
    for link in view.links_to("answers", request.record_type, request.record_id):
        paper = view.papers.get(link.from_id) if link.from_type == "paper" else None
        when = view.paper_date(paper) if paper else None
        if when is not None:
            out.append((when, view.proof(link.evidence_id)))
    return sorted(out, key=lambda a: a[0])


def evaluate_panel_requests(view: StoreView, today: date) -> list[Evaluation]:
    out: list[Evaluation] = []
    for request in panel_requests(view):
        if request.record_type == "paper" and "precept" in (request.text or "").lower():
            continue
        own = view.proof(request.evidence_id) if request.evidence_id else view.paper_head_proof(request.paper)
        proofs: list[Proof] = [own] if own else []
        answers = _answers(view, request)
        met_on = answers[0][0] if answers else None
        if answers and answers[0][1] is not None:
            proofs.append(answers[0][1])
        made = f"made {request.made_on}" if request.made_on else "date made not in the register"
        subject = " ".join(request.text.split())[:90]
        if request.due is None:
            if met_on is not None:
                status: Status = "met"
                reason = (f"{made}; answered on {met_on}; the panel set no response period that the register "
                          "holds, so only the answer is checked")
            else:
                status = "cannot_tell"
                reason = (f"{made}; the panel set no response period that the register holds, and no answer is "
                          "in the register")
        else:
            status = status_for(request.due, met_on, today)  # type: ignore[assignment]
            if met_on is not None:
                late = days_late(request.due, met_on)
                reason = f"{made}; answered on {met_on}" + (f", {late} days late" if late > 0 else ", in time")
            elif status == "due":
                reason = f"{made}; response due by {request.due}"
            else:
                reason = f"{made}; the response was due by {request.due} and no answer is in the register"
        out.append(Evaluation("s29-3", request.record_type, request.record_id, subject, request.due, met_on, status,
                              reason, proofs))
    return out
