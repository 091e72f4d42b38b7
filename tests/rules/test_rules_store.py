"""Rules evaluated over records written through the ORM with proper Evidence rows, on each backend."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.link import refresh_links
from oversight.rules import evaluate, refresh_deadlines
from oversight.rules.model import Evaluation
from oversight.store import models as m
from oversight.store.db import session_scope
from tests.rules.builders import StoreBuilder

REPORT = """PEEL: Police effectiveness 2023 – Northshire Police
Recommendations
1. Within six months, the force should make sure that its call handlers assess the risk to every caller.
2. Within six months, the force should improve how it records crimes reported to it.
"""

RESPONSE = """Office of the Police and Crime Commissioner
Response to HMICFRS report 'Police effectiveness 2023 – Northshire Police' under section 55 of the Police Act 1996.
Recommendation 1: Within six months, the force should make sure that its call handlers assess the risk to every caller.
Response: A new risk assessment tool went live in May and is audited weekly.
Recommendation 2: Within six months, the force should improve how it records crimes reported to it.
"""


def _s55_store(engine: Engine, responded: date | None, explain_both: bool = False) -> None:
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        report = b.paper(REPORT, "peel_report", title="Police effectiveness 2023 – Northshire Police",
                         force="Northshire Police", when=date(2024, 3, 1))
        b.finding(report, "recommendation", REPORT.splitlines()[2][3:], number="1")
        b.finding(report, "recommendation", REPORT.splitlines()[3][3:], number="2")
        if responded is None:
            return
        second = "Response: The crime recording audit team now checks every report.\n"
        text = RESPONSE + (second if explain_both else "")
        response = b.paper(text, "s55_response", force="Northshire Police", when=responded)
        b.response(response, "1", "A new risk assessment tool went live in May and is audited weekly.")
        if explain_both:
            b.response(response, "2", "The crime recording audit team now checks every report.")


def _by_rule(evaluations: list[Evaluation], rule: str) -> list[Evaluation]:
    return [e for e in evaluations if e.rule == rule]


def test_s55_response_in_time_and_a_recommendation_left_unexplained(engine: Engine) -> None:
    _s55_store(engine, responded=date(2024, 4, 25))
    refresh_links(engine)
    results = evaluate(engine, today=date(2024, 6, 1))
    (timing,) = _by_rule(results, "s55-5A")
    assert (timing.due, timing.met_on, timing.status) == (date(2024, 4, 25), date(2024, 4, 25), "met")
    coverage = {e.subject.split(":")[0]: e for e in _by_rule(results, "s55-5B")}
    assert coverage["recommendation 1"].status == "met"
    assert coverage["recommendation 2"].status == "not_met"
    assert "no explanation" in coverage["recommendation 2"].reason
    assert coverage["recommendation 2"].evidence[0].quote.startswith("Within six months")


def test_s55_response_a_day_late_is_overdue(engine: Engine) -> None:
    _s55_store(engine, responded=date(2024, 4, 26), explain_both=True)
    refresh_links(engine)
    results = evaluate(engine, today=date(2024, 6, 1))
    (timing,) = _by_rule(results, "s55-5A")
    assert timing.status == "overdue" and "1 days after" in timing.reason
    assert {e.status for e in _by_rule(results, "s55-5B")} == {"met"}


def test_s55_without_a_response_is_due_then_cannot_tell(engine: Engine) -> None:
    _s55_store(engine, responded=None)
    refresh_links(engine)
    (before,) = _by_rule(evaluate(engine, today=date(2024, 4, 25)), "s55-5A")
    (after,) = _by_rule(evaluate(engine, today=date(2024, 4, 26)), "s55-5A")
    assert before.status == "due"
    assert after.status == "cannot_tell" and "no response to the report is in the register" in after.reason


MINUTES = """MINUTES OF THE NORTHSHIRE POLICE AND CRIME PANEL, 5 FEBRUARY 2025
Present: Councillor A, Councillor B, Councillor C, Councillor D, Councillor E, Councillor F, Councillor G
Apologies: Councillor H, Councillor I, Councillor J
3. Precept Report 2025/26
The Panel received a report on the proposed precept for 2025/26.
The Panel AGREED by 7 votes for to 0 against to veto the proposed precept.
"""

PANEL_REPORT = """REPORT OF THE NORTHSHIRE POLICE AND CRIME PANEL ON THE PROPOSED PRECEPT 2025/26
Date of Notification: 3 February 2025
Date of Panel Meeting: 5 February 2025
Date of Report: 9 February 2025
"""


def test_precept_report_late_and_veto_short_of_two_thirds_of_members(engine: Engine) -> None:
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        minutes = b.paper(MINUTES, "panel_minutes", body="Northshire Police and Crime Panel", when=date(2025, 2, 5))
        b.meeting(minutes, MINUTES.splitlines()[0], date(2025, 2, 5), members=list("ABCDEFG"),
                  apologies=list("HIJ"))
        b.decision(minutes, MINUTES.splitlines()[5], "veto")
        b.paper(PANEL_REPORT, "panel_recommendation_report", title=PANEL_REPORT.splitlines()[0],
                when=date(2025, 2, 9))
    refresh_links(engine)
    results = {e.rule: e for e in evaluate(engine, today=date(2025, 2, 12)) if e.rule.startswith("precept-")}
    assert results["precept-notify"].status == "overdue"  # notified 3 February, after 1 February
    assert results["precept-report"].met_on == date(2025, 2, 9)
    assert results["precept-report"].status == "overdue" and "1 days after" in results["precept-report"].reason
    assert results["precept-report"].evidence[0].quote == "Date of Report: 9 February 2025"
    veto = results["precept-veto"]
    # Seven attended and all seven voted to veto; the three who sent apologies are still members, so the
    # threshold is two-thirds of ten (7), which seven votes just reach.
    assert veto.status == "met" and "7 of the panel's 10 members" in veto.reason
    assert results["precept-response"].status == "due"  # after a veto, the response is due by 15 February
    assert results["precept-response"].due == date(2025, 2, 15)
    assert all(e.subject == "precept 2025/26" for e in results.values())


def test_veto_by_two_thirds_of_those_present_only_is_not_enough(engine: Engine) -> None:
    text = MINUTES.replace("by 7 votes for", "by 6 votes for")
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        minutes = b.paper(text, "panel_minutes", body="Northshire Police and Crime Panel", when=date(2025, 2, 5))
        b.meeting(minutes, text.splitlines()[0], date(2025, 2, 5), members=list("ABCDEFGHI"), apologies=["J"])
        b.decision(minutes, text.splitlines()[5], "veto")
    (veto,) = [e for e in evaluate(engine, today=date(2025, 2, 12)) if e.rule == "precept-veto"]
    assert veto.status == "not_met" and "not enough" in veto.reason


def test_panel_request_answered_within_the_period_it_set(engine: Engine) -> None:
    minutes_text = ("MINUTES OF THE PANEL, 10 JULY 2024\nThe Panel made a recommendation for the Commissioner to "
                    "report back on rural crime patrols in the northern district.\n")
    letter_text = "Dear Chair\nRural crime patrols in the northern district: my report back to the Panel.\n"
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        minutes = b.paper(minutes_text, "panel_minutes", when=date(2024, 7, 10))
        b.finding(minutes, "recommendation", minutes_text.splitlines()[1], due=date(2024, 8, 31))
        b.paper(letter_text, "pcc_letter", when=date(2024, 8, 20))
    refresh_links(engine)
    (request,) = [e for e in evaluate(engine, today=date(2024, 9, 30)) if e.rule == "s29-3"]
    assert (request.due, request.met_on, request.status) == (date(2024, 8, 31), date(2024, 8, 20), "met")


def test_panel_request_with_no_period_and_no_answer_cannot_be_told(engine: Engine) -> None:
    text = ("ACTIONS\nThe Commissioner to circulate the victim survey results to members.\n"
            "The Panel NOTED the proposed precept of the Commissioner.\n")
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        paper = b.paper(text, "other", when=date(2024, 7, 10))
        b.action(paper, text.splitlines()[1])
        b.action(paper, text.splitlines()[2])  # mentions the Commissioner but asks nothing of them
    results = [e for e in evaluate(engine, today=date(2024, 9, 30)) if e.rule == "s29-3"]
    assert len(results) == 1
    assert results[0].status == "cannot_tell" and "no response period" in results[0].reason


def test_empty_store_has_nothing_to_evaluate(engine: Engine) -> None:
    assert evaluate(engine, today=date(2024, 1, 1)) == []
    assert refresh_deadlines(engine) == 0


def test_refresh_is_idempotent_and_keeps_a_persons_deadline(engine: Engine) -> None:
    _s55_store(engine, responded=date(2024, 4, 25))
    with session_scope(engine) as s:
        s.add(m.Deadline(rule="local-review", subject_type="paper", subject_id=1, due=date(2024, 5, 1),
                         status="due", reason="entered by the panel secretariat"))
    refresh_links(engine)
    first = refresh_deadlines(engine, today=date(2024, 6, 1))
    with Session(engine) as s:
        rows = sorted((d.rule, d.subject_id, d.status, d.origin) for d in s.scalars(select(m.Deadline)))
        evidence = s.scalar(select(func.count()).select_from(m.Evidence))
    second = refresh_deadlines(engine, today=date(2024, 6, 1))
    with Session(engine) as s:
        again = sorted((d.rule, d.subject_id, d.status, d.origin) for d in s.scalars(select(m.Deadline)))
        assert s.scalar(select(func.count()).select_from(m.Evidence)) == evidence
        stored = s.scalars(select(m.Deadline).where(m.Deadline.origin == "derived")).all()
        assert all(d.evidence_id is not None for d in stored)
    assert first == second == 3 and rows == again
    assert ("local-review", 1, "due", "human") in again
