"""PRSRA 2011 Sch 8: the panel's report on a proposed chief constable appointment, due within 3 weeks
beginning with the day the panel received notification of it."""

from __future__ import annotations

import re
from datetime import date

from oversight.link.view import StoreView
from oversight.rules.catalogue import RULES_BY_ID
from oversight.rules.dates import days_late, status_for
from oversight.rules.model import Evaluation, Status
from oversight.rules.text_dates import NOTIFIED, labelled_date
from oversight.store import models as m

_PROPOSED = re.compile(r"\bproposed appointment\b|\bconfirmation hearing\b|\bpreferred candidate\b", re.IGNORECASE)
_CHIEF = re.compile(r"\bchief constable\b", re.IGNORECASE)
_REPORTING_KINDS = frozenset({"panel_recommendation_report", "panel_report", "panel_minutes"})


def is_appointment_paper(text: str) -> bool:
    head = text[:6000]
    return bool(_PROPOSED.search(head)) and bool(_CHIEF.search(head))


def evaluate_appointments(view: StoreView, today: date) -> list[Evaluation]:
    rule = RULES_BY_ID["sch8-appointment"]
    papers = [p for p in view.papers.values() if is_appointment_paper(view.paper_text(p))]
    out: list[Evaluation] = []
    seen: set[date] = set()
    for paper in papers:
        found = labelled_date(view.paper_text(paper)[:6000], NOTIFIED)
        if found is None or found.value in seen:
            continue
        seen.add(found.value)
        due = rule.due(found.value) if rule.due else None
        reports = sorted((p for p in papers if p.kind in _REPORTING_KINDS and (view.paper_date(p) or date.min)
                          >= found.value), key=lambda p: view.paper_date(p) or date.max)
        report: m.Paper | None = reports[0] if reports else None
        met_on = view.paper_date(report) if report else None
        status: Status = status_for(due, met_on, today)  # type: ignore[assignment]
        proofs = [view.span_proof(paper, found.start, found.end)]
        if report is not None and met_on is not None and due is not None:
            proofs.append(view.paper_head_proof(report))
            late = days_late(due, met_on)
            reason = (f"notified {found.value}; the panel reported on {met_on}"
                      + (f", {late} days after the deadline {due}" if late > 0 else f", by the deadline {due}"))
        else:
            reason = f"notified {found.value}; the panel's report is not in the register (deadline {due})"
        out.append(Evaluation("sch8-appointment", "paper", paper.id, view.paper_label(paper), due, met_on, status,
                              reason, proofs))
    for paper in papers:
        if labelled_date(view.paper_text(paper)[:6000], NOTIFIED) is None and paper.kind in _REPORTING_KINDS:
            out.append(Evaluation("sch8-appointment", "paper", paper.id, view.paper_label(paper), None,
                                  view.paper_date(paper), "cannot_tell",
                                  "the day the panel received notification of the proposed appointment is not in "
                                  "the register", [view.paper_head_proof(paper)]))
            break
    return out
