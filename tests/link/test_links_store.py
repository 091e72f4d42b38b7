"""Links derived over records written through the ORM, on each backend: recurrence, the chain, idempotence."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from oversight.link import refresh_links
from oversight.store import models as m
from oversight.store.db import session_scope
from tests.rules.builders import StoreBuilder

PROMPT_2019 = ("The force should ensure that it has enough response officers available to attend urgent "
               "(within one hour) calls for service, particularly incidents of domestic abuse.")
PROMPT_2021 = ("The force should make sure that it has sufficient response officers available to attend "
               "urgent calls for service, particularly domestic abuse incidents.")
VETTING_2021 = "The force should clear its vetting backlog so that new recruits are vetted before they start."
CUSTODY_2019 = "The force should improve how it records the detention of children in custody suites."


def _links(engine: Engine) -> list[m.Link]:
    with Session(engine) as s:
        return list(s.scalars(select(m.Link).order_by(m.Link.id)))


def _two_inspections(b: StoreBuilder, second_force: str = "Westshire Constabulary") -> tuple[m.Finding, ...]:
    note = ("An area for improvement highlighted in the 2019 inspection was that the force should ensure it has "
            "enough response officers to attend urgent calls for service.")
    first = b.paper(f"PEEL 2019\nAreas for improvement\n{PROMPT_2019}\n{CUSTODY_2019}\n", "peel_report",
                    title="PEEL 2019", force="Westshire Police", when=date(2019, 9, 1))
    second = b.paper(f"PEEL 2021\n{note}\nAreas for improvement\n{PROMPT_2021}\n{VETTING_2021}\n", "peel_report",
                     title="PEEL 2021", force=second_force, when=date(2021, 10, 1))
    return (b.finding(first, "area_for_improvement", PROMPT_2019), b.finding(first, "area_for_improvement",
            CUSTODY_2019), b.finding(second, "area_for_improvement", PROMPT_2021),
            b.finding(second, "area_for_improvement", VETTING_2021))


def test_the_same_finding_in_a_later_inspection_recurs_and_unrelated_ones_do_not(engine: Engine) -> None:
    with session_scope(engine) as s:
        prompt_2019, custody, prompt_2021, vetting = _two_inspections(StoreBuilder(s))
    refresh_links(engine)
    recurs = [link for link in _links(engine) if link.kind == "recurs"]
    assert [(link.from_id, link.to_id) for link in recurs] == [(prompt_2019.id, prompt_2021.id)]
    assert "same force" in recurs[0].reason and "2019 → 2021" in recurs[0].reason
    assert 0.27 <= recurs[0].score <= 1.0 and recurs[0].evidence_id == prompt_2021.evidence_id
    assert {custody.id, vetting.id}.isdisjoint({link.from_id for link in recurs} | {link.to_id for link in recurs})


def test_another_forces_finding_on_the_same_problem_is_similar_not_recurring(engine: Engine) -> None:
    with session_scope(engine) as s:
        _two_inspections(StoreBuilder(s), second_force="Eastshire Police")
    refresh_links(engine)
    kinds = {link.kind for link in _links(engine)}
    assert "similar" in kinds and "recurs" not in kinds


def test_the_reports_own_note_of_an_earlier_finding_is_recorded_with_its_sentence(engine: Engine) -> None:
    with session_scope(engine) as s:
        _, _, prompt_2021, _ = _two_inspections(StoreBuilder(s))
    refresh_links(engine)
    (note,) = [link for link in _links(engine) if link.kind == "repeats_earlier"]
    assert (note.from_id, note.to_type, note.to_id) == (prompt_2021.id, "earlier_inspection", 2019)
    with Session(engine) as s:
        evidence = s.get(m.Evidence, note.evidence_id)
        assert evidence is not None and evidence.quote.startswith("area for improvement highlighted in the 2019")
        document = s.get(m.Document, evidence.document_id)
        assert document is not None and document.text[evidence.start:evidence.end] == evidence.quote


def test_chain_response_report_meeting_and_deliverable_updates(engine: Engine) -> None:
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        report = b.paper("Recommendations\n1. Chief constables should review public order command.\n",
                         "inspection_report", title="Public order command review", when=date(2024, 1, 10))
        rec = b.finding(report, "recommendation", "Chief constables should review public order command.",
                        number="1")
        reply = b.paper("Response to 'Public order command review'\nRecommendation 1\nThe review is complete.\n",
                        "s55_response", when=date(2024, 2, 20))
        answer = b.response(reply, "1", "The review is complete.")
        minutes = b.paper("MINUTES OF THE PANEL MEETING, 6 MARCH 2024\n", "panel_minutes", body="Westshire Panel",
                          when=date(2024, 3, 6))
        meeting = b.meeting(minutes, "MINUTES OF THE PANEL MEETING, 6 MARCH 2024", date(2024, 3, 6), ["A", "B"])
        to_panel = b.paper("REPORT TO THE PANEL\nMeeting: 6 March 2024\nRural crime update\n", "panel_report",
                           title="Rural crime update", body="Westshire Panel", when=date(2024, 3, 6))
        q1 = b.paper("Plan progress Q1\nDeliver the rural crime action plan\n", "plan_progress_report",
                     when=date(2023, 7, 1))
        q2 = b.paper("Plan progress Q2\nDeliver the rural crime action plan.\n", "plan_progress_report",
                     when=date(2023, 10, 1))
        early = b.deliverable(q1, "Deliver the rural crime action plan", update="Drafted.")
        later = b.deliverable(q2, "Deliver the rural crime action plan.")
    refresh_links(engine)
    found = {(link.kind, link.from_type, link.from_id, link.to_type, link.to_id) for link in _links(engine)}
    assert ("responds_to", "response", answer.id, "finding", rec.id) in found
    assert ("responds_to", "paper", reply.id, "paper", report.id) in found
    assert ("received_at", "paper", to_panel.id, "meeting", meeting.id) in found
    assert ("later_update", "deliverable", early.id, "deliverable", later.id) in found
    assert any(kind == "update_of" and to == early.id for kind, _, _, _, to in found)
    assert all(link.evidence_id is not None for link in _links(engine))


def test_refresh_is_idempotent_and_never_removes_a_persons_link(engine: Engine) -> None:
    with session_scope(engine) as s:
        prompt_2019, custody, _, _ = _two_inspections(StoreBuilder(s))
        s.add(m.Link(from_type="finding", from_id=custody.id, to_type="finding", to_id=prompt_2019.id,
                     kind="recurs", score=1.0, reason="linked by an analyst"))
    first = refresh_links(engine)
    before = [(x.kind, x.from_id, x.to_id, x.score, x.origin) for x in _links(engine)]
    second = refresh_links(engine)
    after = [(x.kind, x.from_id, x.to_id, x.score, x.origin) for x in _links(engine)]
    assert first == second > 0 and sorted(before) == sorted(after)
    assert ("recurs", custody.id, prompt_2019.id, 1.0, "human") in after


def test_a_report_that_only_mentions_an_earlier_meeting_was_not_received_there(engine: Engine) -> None:
    with session_scope(engine) as s:
        b = StoreBuilder(s)
        minutes = b.paper("MINUTES OF THE PANEL MEETING, 6 MARCH 2024\n", "panel_minutes", body="Westshire Panel",
                          when=date(2024, 3, 6))
        b.meeting(minutes, "MINUTES OF THE PANEL MEETING, 6 MARCH 2024", date(2024, 3, 6), ["A", "B"])
        b.paper("REPORT TO THE PANEL\nAt the meeting on 6 March 2024 the Panel asked for this update.\n",
                "panel_report", title="Rural crime update", body="Westshire Panel", when=date(2024, 6, 12))
    refresh_links(engine)
    assert not [link for link in _links(engine) if link.kind == "received_at"]
