"""Decisions read as votes (Popolo / Open Civic Data: VoteEvent): the motion, its result, the counts
the minutes give and the meeting (Event) it was taken at.

Minutes rarely record who voted which way, so a vote event carries counts only where the minutes
state them ("by 7 votes to 3", "(For: 8, Against: 1, Abstentions: 2)"), and no individual votes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.store import models as m

# Result of the motion each decision type records: not_carried is a motion that fell; every other
# type records something the body resolved (to agree, note, recommend, veto or not veto).
_FAILED = frozenset({"not_carried"})
_TOKEN = re.compile(r"[a-z]+|\d+")
_NUMBER_WORDS = {"nil": 0, **{w: n for n, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"))}}
_OPTION_WORDS = {"for": "yes", "favour": "yes", "favor": "yes", "against": "no", "abstention": "abstain",
                 "abstentions": "abstain", "abstained": "abstain", "abstaining": "abstain"}
_FILLER = frozenset({"vote", "votes", "in", "with", "and", "members", "member"})


def result_of(decision_type: str) -> str | None:
    """``pass`` or ``fail`` (the Open Civic Data values), or None for a type it cannot tell."""
    if decision_type in _FAILED:
        return "fail"
    return "pass" if decision_type else None


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token) if len(token) <= 4 else None
    return _NUMBER_WORDS.get(token)


def vote_counts(vote: str | None) -> dict[str, int]:
    """The counts a minuted vote states, by Open Civic Data option (yes, no, abstain).

    Reads a number followed by what it counts ("7 for", "two against", "one abstention"), an option
    followed by its number ("For: 8"), and "N votes to M" (M against).  Unclear wording gives no count
    rather than a guess.
    """
    if not vote:
        return {}
    tokens = _TOKEN.findall(vote.lower()[:500])
    first = next((t for t in tokens if t in _OPTION_WORDS or _number(t) is not None), None)
    counts: dict[str, int] = {}
    if first in _OPTION_WORDS:  # "For: 8, Against: 1"
        for i, token in enumerate(tokens[:-1]):
            number = _number(tokens[i + 1])
            if token in _OPTION_WORDS and number is not None:
                counts.setdefault(_OPTION_WORDS[token], number)
        return counts
    for i, token in enumerate(tokens):  # "7 for, 2 against", "by 7 votes to 3"
        number = _number(token)
        if number is None:
            continue
        ahead = [t for t in tokens[i + 1:i + 4] if t not in _FILLER]
        option = _OPTION_WORDS.get(ahead[0]) if ahead else None
        if option is None and ahead[:1] == ["to"] and tokens[i + 1] in ("vote", "votes"):
            option = "yes"
        elif option is None and i >= 2 and tokens[i - 1] == "to" and tokens[i - 2] in ("vote", "votes"):
            option = "no"
        if option is not None:
            counts.setdefault(option, number)
    return counts


@dataclass
class VoteEventRow:
    id: int
    text: str
    type: str
    vote: str | None
    unanimous: bool | None
    meeting_id: int | None
    meeting_date: date | None
    body: str | None
    paper_date: date | None
    document_id: int
    page: int
    quote: str
    evidence_id: int

    @property
    def result(self) -> str | None:
        return result_of(self.type)

    @property
    def counts(self) -> dict[str, int]:
        return vote_counts(self.vote)


def _base() -> Any:
    meeting = (select(m.Meeting.paper_id, func.min(m.Meeting.id).label("meeting_id"))
               .group_by(m.Meeting.paper_id).subquery())
    return (select(m.Decision.id, m.Decision.text, m.Decision.type, m.Decision.vote, m.Decision.unanimous,
                   m.Meeting.id, m.Meeting.date, func.coalesce(m.Meeting.body, m.Paper.body), m.Paper.document_date,
                   m.Paper.document_id, m.Evidence.page, m.Evidence.quote, m.Evidence.id)
            .join(m.Paper, m.Paper.id == m.Decision.paper_id)
            .join(m.Evidence, m.Evidence.id == m.Decision.evidence_id)
            .outerjoin(meeting, meeting.c.paper_id == m.Decision.paper_id)
            .outerjoin(m.Meeting, m.Meeting.id == meeting.c.meeting_id))


def _when() -> Any:
    return func.coalesce(m.Meeting.date, m.Paper.document_date)


def list_vote_events(engine: Engine, limit: int | None = None, offset: int = 0,
                     meeting_id: int | None = None) -> list[VoteEventRow]:
    """Decisions as vote events, newest first (in minuted order within a meeting)."""
    query = _base()
    if meeting_id is not None:
        query = query.where(m.Meeting.id == meeting_id)
    query = query.order_by(_when().desc().nulls_last(), m.Decision.paper_id.desc(), m.Decision.id)
    with Session(engine) as s:
        return [VoteEventRow(*r) for r in s.execute(query.limit(limit).offset(offset)).all()]


def count_vote_events(engine: Engine, meeting_id: int | None = None) -> int:
    query = select(func.count()).select_from(m.Decision)
    if meeting_id is not None:
        query = query.join(m.Meeting, m.Meeting.paper_id == m.Decision.paper_id).where(m.Meeting.id == meeting_id)
    with Session(engine) as s:
        return s.scalar(query) or 0


def vote_event(engine: Engine, decision_id: int) -> VoteEventRow | None:
    with Session(engine) as s:
        r = s.execute(_base().where(m.Decision.id == decision_id)).first()
    return VoteEventRow(*r) if r is not None else None
