"""A register with more panel business than ``register.py``: a second meeting naming the same people in
other words, a substitute, an officer and a visitor, votes with counts, a Commissioner's decision outside
any meeting, and a person and membership entered in the register's own tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from oversight.store import models as m
from tests.serve.register import Built, _Doc, build_register

PANEL = "Exampleshire Police and Crime Panel"


@dataclass
class Panel:
    built: Built
    september: int
    veto: int
    endorsed: int
    commissioner_decision: int


def build_panel_register(engine: Engine) -> Panel:
    built = build_register(engine, today=date(2024, 1, 10))
    with Session(engine) as s:
        minutes = _Doc(s, "panel-minutes-2023-09.pdf", "panel_minutes", "Minutes of the panel, September", [
            [("meeting", "Minutes of the meeting held on 20 September 2023 at 2.00pm, Shire Hall."),
             ("veto", "A motion to veto the proposed precept was put to the vote and was not carried "
                      "(4 votes for, 5 against, 1 abstention)."),
             ("endorse", "RESOLVED that the precept be endorsed (For: 6, Against: 3).")],
        ], body=PANEL.upper(), when=date(2023, 9, 20))
        meeting = minutes.record(m.Meeting(body=PANEL.upper(), date=date(2023, 9, 20), start_time="14:00",
                                           venue="Shire Hall", declarations=[], declarations_none=True),
                                 "meeting", "Panel meeting 20 September 2023")
        for name, role, status in (("Cllr A Smith (Chair)", "member", "present"),
                                   ("Councillor C Brown", "member", "substitute"),
                                   ("Jane Webb (Monitoring Officer)", "officer", "present"),
                                   ("Police and Crime Commissioner", "other", "present")):
            s.add(m.Attendance(meeting_id=meeting.id, person_name=name, role=role, status=status))
        veto = minutes.record(m.Decision(text="The motion to veto the proposed precept was not carried.",
                                         type="not_carried", vote="4 votes for, 5 against, 1 abstention",
                                         unanimous=False), "veto", "Decision (not carried)")
        endorsed = minutes.record(m.Decision(text="That the precept be endorsed.", type="agreed",
                                             vote="For: 6, Against: 3"), "endorse", "Decision (agreed)")
        record = _Doc(s, "pcc-decision-2023-11.pdf", "pcc_decision", "Record of decision 2023/11", [
            [("d", "Decision: the Commissioner approves the victims' services contract.")],
        ], when=date(2023, 11, 2))
        decision = record.record(m.Decision(text="Approve the victims' services contract.", type="agreed"),
                                 "d", "Decision (agreed)")
        person = m.Person(name="Professor D Green")
        panel = m.Organisation(name=PANEL, classification="police_and_crime_panel")
        s.add_all([person, panel])
        s.flush()
        s.add(m.Membership(person_id=person.id, organisation_id=panel.id, role="independent member",
                           start_date=date(2022, 4, 1)))
        s.commit()
        return Panel(built, meeting.id, veto.id, endorsed.id, decision.id)
