"""Panel meetings: the list, and one meeting with its attendance and the records of its minutes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.store import models as m
from oversight.store.db import streaming_session


@dataclass
class MeetingRow:
    id: int
    date: date | None
    start_time: str | None
    body: str | None
    venue: str | None
    paper_title: str | None
    document_id: int
    present: int
    apologies: int


@dataclass
class MeetingDetail:
    row: MeetingRow
    meeting: m.Meeting
    evidence: m.Evidence
    attendance: list[m.Attendance]
    records: dict[str, list[tuple[Any, m.Evidence]]] = field(default_factory=dict)


def _attendance_counts(status: str) -> Any:
    return (select(func.count()).select_from(m.Attendance)
            .where(m.Attendance.meeting_id == m.Meeting.id, m.Attendance.status == status).scalar_subquery())


def _base() -> Any:
    return (select(m.Meeting.id, m.Meeting.date, m.Meeting.start_time, m.Meeting.body, m.Meeting.venue,
                   m.Paper.title, m.Paper.document_id, _attendance_counts("present"),
                   _attendance_counts("apology"))
            .join(m.Paper, m.Paper.id == m.Meeting.paper_id)
            .order_by(m.Meeting.date.desc().nulls_last(), m.Meeting.id.desc()))


def list_meetings(engine: Engine, limit: int | None = None, offset: int = 0) -> list[MeetingRow]:
    with Session(engine) as s:
        return [MeetingRow(*r) for r in s.execute(_base().limit(limit).offset(offset)).all()]


def count_meetings(engine: Engine) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(m.Meeting)) or 0


def iter_meetings(engine: Engine) -> Iterator[MeetingRow]:
    with streaming_session(engine) as s:
        for r in s.execute(_base().execution_options(yield_per=1000)):
            yield MeetingRow(*r)


# Records a meeting's minutes carry, in the order a reader meets them.
MINUTE_RECORDS: tuple[Any, ...] = (m.Question, m.Decision, m.Action)


def meeting_detail(engine: Engine, meeting_id: int) -> MeetingDetail | None:
    with Session(engine, expire_on_commit=False) as s:
        r = s.execute(_base().where(m.Meeting.id == meeting_id)).first()
        if r is None:
            return None
        meeting = s.get(m.Meeting, meeting_id)
        assert meeting is not None
        evidence = s.get(m.Evidence, meeting.evidence_id)
        assert evidence is not None
        attendance = list(s.scalars(select(m.Attendance).where(m.Attendance.meeting_id == meeting_id)
                                    .order_by(m.Attendance.status.desc(), m.Attendance.role, m.Attendance.id)))
        detail = MeetingDetail(MeetingRow(*r), meeting, evidence, attendance)
        for model in MINUTE_RECORDS:
            rows = s.execute(select(model, m.Evidence).join(m.Evidence, m.Evidence.id == model.evidence_id)
                             .where(model.paper_id == meeting.paper_id).order_by(model.id)).all()
            detail.records[model.__tablename__] = [(row, ev) for row, ev in rows]
        return detail
