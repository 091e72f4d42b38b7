"""The precept timetable (PRSRA 2011 Sch 5; SI 2012/2271), evaluated for each financial year the
register holds precept papers about.

A year is evaluated only when a paper about that year's precept is dated in the season it is
scrutinised (November to March), so a forward plan listing next year's precept item does not raise a
whole timetable of "cannot tell" rows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from oversight.link.view import StoreView
from oversight.rules.catalogue import RULES
from oversight.rules.dates import days_late, status_for, veto_votes_needed
from oversight.rules.model import Evaluation, Proof, Status
from oversight.rules.text_dates import NOTIFIED, REPORT_DATED, labelled_date
from oversight.store import models as m

_YEAR_AFTER = re.compile(r"\bprecept\b[^\n]{0,40}?\b(20\d\d)\s?[/-]\s?(\d{2,4})\b", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(20\d\d)\s?[/-]\s?(\d{2,4})\s{1,3}(?:policing\s)?precept\b", re.IGNORECASE)
_NOT_VETOED = re.compile(r"\bnot\b[^.]{0,25}\b(?:exercise|use)\b[^.]{0,20}\bveto|\bnot\s+to\s+veto\b|"
                         r"\bdid not veto\b|\bnot_exercised\b", re.IGNORECASE)
_VETOED = re.compile(r"\b(?:agreed|resolved|voted|decided)\b[^.]{0,30}\bveto\b|\bexercised? (?:its|the) veto\b",
                     re.IGNORECASE)
_VOTES_FOR = re.compile(r"\b(\d{1,2})\s+(?:votes?\s+)?(?:for|in favour)\b", re.IGNORECASE)
_SEASON = (11, 12, 1, 2, 3)


def precept_year(text: str) -> int | None:
    """The financial year (its first calendar year) a precept paper is about: "Precept 2023/24" -> 2023."""
    for pattern in (_YEAR_AFTER, _YEAR_BEFORE):
        for match in pattern.finditer(text):
            first, second = int(match.group(1)), match.group(2)
            if int(second) % 100 == (first + 1) % 100:
                return first
    return None


@dataclass
class PreceptYear:
    year: int
    papers: list[m.Paper] = field(default_factory=list)


def precept_years(view: StoreView) -> dict[int, PreceptYear]:
    years: dict[int, PreceptYear] = {}
    for paper in view.papers.values():
        if paper.kind == "forward_plan":
            continue
        when = view.paper_date(paper)
        if when is None or when.month not in _SEASON:
            continue
        text = f"{paper.title or ''}\n{view.paper_text(paper)[:20000]}"
        year = precept_year(text)
        expected = when.year if when.month <= 3 else when.year + 1
        if year is None or year != expected:
            continue
        years.setdefault(year, PreceptYear(year)).papers.append(paper)
    return years


def timetable(year: int) -> dict[str, date]:
    """Each precept rule's due date for the financial year beginning in April of ``year``, from the catalogue."""
    out: dict[str, date] = {}
    for rule in RULES:
        if rule.id.startswith("precept-") and rule.due is not None:
            out[rule.id] = rule.due(date(year, 4, 1))
    return out


def _eval(rule: str, py: PreceptYear, due: date, met_on: date | None, status: Status, reason: str,
          proofs: list[Proof]) -> Evaluation:
    label = f"precept {py.year}/{str(py.year + 1)[-2:]}"
    return Evaluation(rule, "precept_year", py.year, label, due, met_on, status, reason, proofs)


def _dated(due: date, met_on: date, what: str) -> tuple[Status, str]:
    if met_on <= due:
        return "met", f"{what} on {met_on}, by the deadline {due}"
    return "overdue", f"{what} on {met_on}, {days_late(due, met_on)} days after the deadline {due}"


def _missing(due: date, today: date, what: str) -> tuple[Status, str]:
    status: Status = status_for(due, None, today)  # type: ignore[assignment]
    if status == "due":
        return status, f"due by {due}; {what} is not in the register yet"
    return status, f"the deadline was {due}; {what} is not in the register"


def evaluate_precept(view: StoreView, today: date) -> list[Evaluation]:
    out: list[Evaluation] = []
    for py in sorted(precept_years(view).values(), key=lambda p: p.year):
        tt = timetable(py.year)
        out.append(_notify(view, py, tt, today))
        report = _report(view, py, tt, today)
        out.append(report)
        vetoed, veto_eval = _veto(view, py, tt)
        out.append(veto_eval)
        out.extend(_after_veto(view, py, tt, today, vetoed, report.met_on))
        out.append(_issue(view, py, tt, today))
    return out


def _notify(view: StoreView, py: PreceptYear, tt: dict[str, date], today: date) -> Evaluation:
    for paper in py.papers:
        found = labelled_date(view.paper_text(paper)[:6000], NOTIFIED)
        if found is not None:
            status, why = _dated(tt["precept-notify"], found.value, "notified")
            return _eval("precept-notify", py, tt["precept-notify"], found.value, status, why,
                         [view.span_proof(paper, found.start, found.end)])
    for paper in sorted((p for p in py.papers if p.kind == "panel_minutes"), key=lambda p: view.paper_date(p)
                        or date.max):
        when = view.paper_date(paper)
        if when is not None and when <= tt["precept-notify"]:
            return _eval("precept-notify", py, tt["precept-notify"], None, "met",
                         f"the panel reviewed the proposed precept at its meeting on {when}, so it had been "
                         f"notified by then (deadline {tt['precept-notify']})", [view.paper_head_proof(paper)])
    status, why = _missing(tt["precept-notify"], today, "the date the proposed precept was notified")
    return _eval("precept-notify", py, tt["precept-notify"], None, status, why,
                 [view.paper_head_proof(p) for p in py.papers[:1]])


def _report(view: StoreView, py: PreceptYear, tt: dict[str, date], today: date) -> Evaluation:
    reports = [p for p in py.papers if p.kind == "panel_recommendation_report"]
    for paper in reports:
        found = labelled_date(view.paper_text(paper)[:6000], REPORT_DATED)
        when = found.value if found else view.paper_date(paper)
        if when is None:
            continue
        proof = view.span_proof(paper, found.start, found.end) if found else view.paper_head_proof(paper)
        status, why = _dated(tt["precept-report"], when, "the panel reported")
        return _eval("precept-report", py, tt["precept-report"], when, status, why, [proof])
    status, why = _missing(tt["precept-report"], today, "the panel's report on the proposed precept")
    return _eval("precept-report", py, tt["precept-report"], None, status, why,
                 [view.paper_head_proof(p) for p in py.papers[:1]])


def _membership(view: StoreView, paper_ids: set[int]) -> int | None:
    """Members of the panel, counted from the meeting's attendance (present and apologies)."""
    for meeting in view.meetings:
        if meeting.paper_id in paper_ids:
            members = {a.person_name for a in view.attendance.get(meeting.id, []) if a.role == "member"}
            if members:
                return len(members)
    return None


def _veto(view: StoreView, py: PreceptYear, tt: dict[str, date]) -> tuple[bool | None, Evaluation]:
    ids = {p.id for p in py.papers}
    decisions = [d for d in view.decisions if d.paper_id in ids and ("veto" in d.type or "veto" in d.text.lower())]
    members = _membership(view, ids | {p.id for p in view.papers.values()
                                       if p.document_id in {q.document_id for q in py.papers}})
    threshold = (f"a veto needs at least {veto_votes_needed(members)} of the panel's {members} members "
                 "(two-thirds of its membership, counted from the attendance record, not of those present)"
                 if members else "a veto needs two-thirds of the panel's members (not of those present); the "
                 "register does not say how many members it has")
    for d in decisions:
        proof = view.proof(d.evidence_id)
        proofs = [proof] if proof else []
        if d.type == "veto_not_exercised" or _NOT_VETOED.search(d.text):
            how = "unanimously " if d.unanimous else ""
            return False, _eval("precept-veto", py, tt["precept-report"], None, "not_required",
                                f"the panel {how}decided not to veto; {threshold}", proofs)
        if "veto" in d.type or _VETOED.search(d.text):
            votes = _VOTES_FOR.search(f"{d.vote or ''} {d.text}")
            if votes and members:
                carried = int(votes.group(1)) >= veto_votes_needed(members)
                status: Status = "met" if carried else "not_met"
                verdict = "enough" if carried else "not enough"
                return carried, _eval("precept-veto", py, tt["precept-report"], None, status,
                                      f"the panel voted to veto with {votes.group(1)} votes: {verdict}; {threshold}",
                                      proofs)
            return True, _eval("precept-veto", py, tt["precept-report"], None, "cannot_tell",
                               f"the panel voted to veto but the register does not hold the vote; {threshold}", proofs)
    return None, _eval("precept-veto", py, tt["precept-report"], None, "cannot_tell",
                       f"the register does not record whether the panel vetoed; {threshold}",
                       [view.paper_head_proof(p) for p in py.papers[:1]])


def _after_veto(view: StoreView, py: PreceptYear, tt: dict[str, date], today: date, vetoed: bool | None,
                reported: date | None) -> list[Evaluation]:
    letters = sorted((p for p in py.papers if p.kind == "pcc_letter" and view.paper_date(p) is not None),
                     key=lambda p: view.paper_date(p) or date.max)
    reply = letters[0] if letters else None
    reply_on = view.paper_date(reply) if reply else None
    if vetoed is False:
        note = (f"; the Commissioner replied to the panel's report on {reply_on}" if reply_on else "")
        proofs = [view.dated_proof(reply)] if reply else []
        return [
            _eval("precept-response", py, tt["precept-response"], reply_on, "not_required",
                  f"only after a veto, and the panel did not veto{note}", proofs),
            _eval("precept-revised-report", py, tt["precept-revised-report"], None, "not_required",
                  "only after a veto, and the panel did not veto", []),
        ]
    if vetoed is None:
        why = "whether the panel vetoed is not in the register, so whether this applies cannot be told"
        return [_eval("precept-response", py, tt["precept-response"], reply_on, "cannot_tell", why, []),
                _eval("precept-revised-report", py, tt["precept-revised-report"], None, "cannot_tell", why, [])]
    out: list[Evaluation] = []
    if reply_on is not None and reply is not None:
        status, why = _dated(tt["precept-response"], reply_on, "the Commissioner responded")
        out.append(_eval("precept-response", py, tt["precept-response"], reply_on, status, why,
                         [view.dated_proof(reply)]))
    else:
        status, why = _missing(tt["precept-response"], today, "the Commissioner's response with a revised precept")
        out.append(_eval("precept-response", py, tt["precept-response"], None, status, why, []))
    later = [p for p in py.papers if p.kind == "panel_recommendation_report" and reported is not None
             and (view.paper_date(p) or date.min) > reported]
    if later:
        when = view.paper_date(later[0])
        assert when is not None
        status, why = _dated(tt["precept-revised-report"], when, "the panel reported on the revised precept")
        out.append(_eval("precept-revised-report", py, tt["precept-revised-report"], when, status, why,
                         [view.paper_head_proof(later[0])]))
    else:
        status, why = _missing(tt["precept-revised-report"], today, "the panel's report on the revised precept")
        out.append(_eval("precept-revised-report", py, tt["precept-revised-report"], None, status, why, []))
    return out


def _issue(view: StoreView, py: PreceptYear, tt: dict[str, date], today: date) -> Evaluation:
    issued = [p for p in py.papers if p.kind == "pcc_decision"]
    for paper in issued:
        when = view.paper_date(paper)
        if when is not None:
            status, why = _dated(tt["precept-issue"], when, "the Commissioner's decision issuing the precept is dated")
            return _eval("precept-issue", py, tt["precept-issue"], when, status, why, [view.paper_head_proof(paper)])
    status, why = _missing(tt["precept-issue"], today, "a record of the precept being issued")
    return _eval("precept-issue", py, tt["precept-issue"], None, status, why, [])


def by_year(evaluations: list[Evaluation]) -> dict[int, list[Evaluation]]:
    grouped: dict[int, list[Evaluation]] = defaultdict(list)
    for e in evaluations:
        grouped[e.subject_id].append(e)
    return grouped
