"""s55(5A) and s55(5B) Police Act 1996: the statutory response to an inspection report, and an
explanation for every recommendation in it."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from oversight.link.view import INSPECTION_KINDS, StoreView
from oversight.rules.catalogue import RULES_BY_ID
from oversight.rules.dates import days_late, status_for
from oversight.rules.model import Evaluation, Proof, Status
from oversight.rules.text_dates import PUBLISHED, labelled_date
from oversight.store import models as m

_CHIEF_CONSTABLE = re.compile(r"\b(?:chief constable'?s?|constabulary'?s?|force'?s?)\s+(?:response|comments)\b",
                              re.IGNORECASE)


def _response_groups(view: StoreView) -> dict[int, list[m.Paper]]:
    """s55 response papers grouped by document: a covering letter and its appendix are one response."""
    groups: dict[int, list[m.Paper]] = defaultdict(list)
    for paper in view.papers_of_kind({"s55_response"}):
        groups[paper.document_id].append(paper)
    return groups


def _answered_reports(view: StoreView, group: list[m.Paper]) -> list[m.Paper]:
    return [view.papers[link.to_id] for p in group for link in view.links_from("responds_to", "paper", p.id)
            if link.to_type == "paper" and link.to_id in view.papers]


def _response_date(view: StoreView, group: list[m.Paper]) -> date | None:
    dates = [d for d in (view.paper_date(p) for p in group) if d is not None]
    return min(dates) if dates else None


def _components(view: StoreView, group: list[m.Paper]) -> str:
    has_cc = any(_CHIEF_CONSTABLE.search(view.paper_text(p)[:20000]) for p in group) or any(
        r.paper_id in {p.id for p in group} for r in view.responses)
    return ("it includes the chief constable's comments" if has_cc
            else "the chief constable's comments are not identified in it")


def _explain(rule: str, due: date | None, met_on: date | None, today: date) -> tuple[Status, str]:
    status: Status = status_for(due, met_on, today)  # type: ignore[assignment]
    if due is None:
        return status, ""
    if status == "met":
        return status, f"published {met_on}, on or before the deadline {due}"
    if status == "overdue" and met_on is not None:
        return status, f"published {met_on}, {days_late(due, met_on)} days after the deadline {due}"
    if status == "due":
        return status, f"due by {due}; no response in the register yet"
    return status, (f"the deadline was {due} and no response to the report is in the register: it is "
                    "overdue unless the response is simply missing from the register")


def evaluate_s55(view: StoreView, today: date) -> list[Evaluation]:
    out: list[Evaluation] = []
    rule_a = RULES_BY_ID["s55-5A"]
    groups = _response_groups(view)
    answered_by: dict[int, list[list[m.Paper]]] = defaultdict(list)
    for group in groups.values():
        for report in _answered_reports(view, group):
            answered_by[report.id].append(group)
    # Each inspection report in the register, with the response(s) linked to it.
    for report in view.papers_of_kind(INSPECTION_KINDS):
        published = view.paper_date(report)
        head = view.paper_head_proof(report)
        responses = answered_by.get(report.id, [])
        if published is None:
            out.append(Evaluation("s55-5A", "paper", report.id, view.paper_label(report), None, None, "cannot_tell",
                                  "the report's publication date is not in the register", [head]))
            continue
        due = rule_a.due(published) if rule_a.due else None
        dates = [d for d in (_response_date(view, g) for g in responses) if d is not None]
        met_on = min(dates) if dates else None
        status, why = _explain("s55-5A", due, met_on, today)
        proofs = [head] + [view.dated_proof(g[0]) for g in responses]
        if responses and met_on is None:
            status, why = "cannot_tell", "a response is in the register but its date is not"
        elif responses:
            why += "; " + _components(view, responses[0])
        out.append(Evaluation("s55-5A", "paper", report.id, view.paper_label(report), due, met_on, status,
                              f"report published {published}; {why}", proofs))
        out.extend(_coverage(view, report, responses, due, today))
    # Responses whose report is not in the register: the clock cannot be read unless they say when it was published.
    for group in groups.values():
        if _answered_reports(view, group):
            continue
        first = group[0]
        met_on = _response_date(view, group)
        stated = next((labelled_date(view.paper_text(p)[:8000], PUBLISHED) for p in group), None)
        proofs = [view.dated_proof(first)]
        if stated is not None and (met_on is None or stated.value <= met_on):
            due = rule_a.due(stated.value) if rule_a.due else None
            proofs.append(view.span_proof(first, stated.start, stated.end))
            status, why = _explain("s55-5A", due, met_on, today)
            reason = f"the response says the report was published {stated.value}; {why}"
        else:
            due, status = None, "cannot_tell"
            reason = ("the inspection report it answers is not in the register, so the day the 56 days began "
                      f"is unknown; the response is dated {met_on or 'nowhere in the register'}")
        reason += "; " + _components(view, group)
        out.append(Evaluation("s55-5A", "paper", first.id, view.paper_label(first), due, met_on, status, reason,
                              proofs))
        out.extend(_coverage(view, None, [group], due, today))
    return out


def _explanations(view: StoreView, group: list[m.Paper]) -> dict[str, m.Response]:
    ids = {p.id for p in group}
    return {r.recommendation_ref: r for r in view.responses
            if r.paper_id in ids and r.recommendation_ref and r.text.strip()}


def _coverage(view: StoreView, report: m.Paper | None, responses: list[list[m.Paper]], due: date | None,
              today: date) -> list[Evaluation]:
    """s55(5B): one evaluation per recommendation, quoted in the response or made in the linked report."""
    out: list[Evaluation] = []
    papers = [p for g in responses for p in g]
    ids = {p.id for p in papers}
    responses_by_id = {r.id: r for r in view.responses}
    by_ref: dict[str, m.Response] = {}
    for g in responses:
        by_ref.update(_explanations(view, g))
    scope = ids | ({report.id} if report is not None else set())
    seen: set[str] = set()
    any_response = any(r.paper_id in ids for r in view.responses)
    for f in (f for paper_id in sorted(scope) for f in view.findings_in(paper_id)):
        if f.kind != "recommendation":
            continue
        key = f.number or f"#{f.id}"
        if key in seen:
            continue
        seen.add(key)
        proof = view.proof(f.evidence_id)
        proofs: list[Proof] = [proof] if proof else []
        linked = [link.from_id for link in view.links_to("responds_to", "finding", f.id)
                  if link.from_type == "response"]
        answer = responses_by_id.get(linked[0] if linked else -1) or (by_ref.get(f.number) if f.number else None)
        label = f"recommendation {f.number}" if f.number else "a recommendation"
        subject = f"{label}: {' '.join(f.text.split())[:80]}"
        if answer is not None:
            extra = view.proof(answer.evidence_id)
            proofs += [extra] if extra else []
            met_on = answer.date or next((view.paper_date(p) for p in papers if p.id == answer.paper_id), None)
            who = answer.responder or "responder not named"
            out.append(Evaluation("s55-5B", "finding", f.id, subject, due, met_on, "met",
                                  f"the response explains the action for {label} ({who})", proofs))
        elif not papers:
            status: Status = "due" if due is not None and today <= due else "cannot_tell"
            out.append(Evaluation("s55-5B", "finding", f.id, subject, due, None, status,
                                  "no response to the report is in the register yet", proofs))
        elif not any_response:
            out.append(Evaluation("s55-5B", "finding", f.id, subject, due, None, "cannot_tell",
                                  "the register holds no explanations from this response (they may not have been "
                                  "read from it)", proofs))
        else:
            out.append(Evaluation("s55-5B", "finding", f.id, subject, due, None, "not_met",
                                  f"the response gives no explanation of action taken, proposed or not taken for "
                                  f"{label}", proofs))
    return out
