"""Decisions as votes (Popolo / Open Civic Data: VoteEvent)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from oversight.serve.schemas.base import Schema


class VoteCount(Schema):
    """Open Civic Data ``counts``: how many voted one way."""

    option: Literal["yes", "no", "abstain"]
    """yes (for), no (against) or abstain."""
    value: int
    """How many."""


class VoteEvidence(Schema):
    page: int
    """The page the decision was read from."""
    quote: str
    """The verbatim words."""
    url: str
    """The quote on its page in the web app."""


class VoteEvent(Schema):
    """A decision of a panel or a Commissioner as a Popolo / Open Civic Data VoteEvent.

    Mapping: ``motion_text`` is the decision's ``text``; ``classification`` its ``type``; ``result`` is
    ``fail`` for a motion not carried and ``pass`` for anything resolved; ``counts`` are read from the
    minuted ``vote`` where it states numbers; ``event_id`` is the meeting (Event) it was taken at.
    """

    type: Literal["VoteEvent"]
    """The Popolo type: always VoteEvent."""
    id: int
    """The decision's id."""
    motion_text: str
    """Open Civic Data ``motion_text``: what was decided."""
    text: str
    """The same words under the register's name for them."""
    classification: str
    """The decision's type: agreed, noted, resolved, recommendation, veto_exercised, veto_not_exercised,
    minutes_approved or not_carried."""
    result: Literal["pass", "fail"] | None
    """Open Civic Data ``result``: pass or fail."""
    unanimous: bool | None
    """True when the minutes say it was unanimous; null when they do not say."""
    vote: str | None
    """The vote in the minutes' words, when they give it."""
    counts: list[VoteCount]
    """Open Civic Data ``counts``, where the minutes state numbers; empty otherwise."""
    start_date: date | None
    """Open Civic Data ``start_date``: the meeting's date, or the paper's when there is no meeting."""
    event_id: int | None
    """The meeting (Event) the decision was taken at; null for a decision outside minutes."""
    organization: str | None
    """The body that decided."""
    organization_id: str | None
    """Popolo ``organization_id`` of that body."""
    document_id: int
    """The document it was read from."""
    evidence: VoteEvidence
    """The words it stands on."""
    url: str
    """Where it is shown in the web app."""


class VoteEventList(Schema):
    """A page of vote events, newest first."""

    total: int
    """How many there are."""
    page: int
    """This page's number (from 1)."""
    page_size: int
    """Vote events per page."""
    results: list[VoteEvent]
    """This page's vote events."""
    next: str | None
    """The next page's JSON, or null on the last page."""
