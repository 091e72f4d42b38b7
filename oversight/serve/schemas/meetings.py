"""Panel meetings (Popolo / Open Civic Data: Event), their participants and the records of their minutes."""

from __future__ import annotations

from typing import Literal

from oversight.serve.schemas.base import DownloadLinks, Schema, StatusChange
from oversight.serve.schemas.records import ActionFields, DecisionFields, QuestionFields


class EventSummary(Schema):
    """A meeting in the list (the columns of ``meetings.csv``, with its Popolo type and fields).

    Text columns are empty strings, not null, where the minutes give no value, as in the downloads.
    """

    type: Literal["Event"]
    """The Popolo / Open Civic Data type: always Event."""
    id: int
    """The meeting's id."""
    url: str
    """Its page in the web app."""
    date: str
    """The day of the meeting (ISO 8601); empty when the minutes do not say."""
    start_time: str
    """When it started (HH:MM); empty when not minuted."""
    body: str
    """The body that met."""
    venue: str
    """Where it met."""
    present: int
    """How many people the minutes list as present."""
    apologies: int
    """How many sent apologies."""
    document_id: int
    """The document its minutes were read from."""
    start_date: str | None
    """Open Civic Data ``start_date``: the date and, when minuted, the time (``2023-06-12T10:00``)."""
    organization_id: str | None
    """The Popolo id of the body that met (see ``/api/v1/organizations``)."""


class EventList(Schema):
    """A page of meetings, newest first."""

    total: int
    """How many meetings there are."""
    page: int
    """This page's number (from 1)."""
    page_size: int
    """Meetings per page."""
    results: list[EventSummary]
    """This page's meetings."""
    links: DownloadLinks
    """Every meeting as a file."""


class EventParticipant(Schema):
    """Someone the minutes list (Open Civic Data: EventParticipant)."""

    name: str
    """The name as the minutes write it, post included."""
    role: str
    """member, officer or other (e.g. the Commissioner, visitors)."""
    status: str
    """present, apology or substitute."""
    entity_type: Literal["person"]
    """Open Civic Data ``entity_type``: always person."""
    person_id: str
    """The Popolo Person id (see ``/api/v1/people/{person_id}``)."""
    note: str | None
    """The post the minutes give in brackets after the name, if any."""


class EventLocation(Schema):
    name: str
    """The venue as the minutes give it."""


class MeetingEvidence(Schema):
    page: int
    """The page the meeting's details were read from."""
    quote: str
    """The verbatim words."""
    url: str
    """The quote on its page in the web app."""


class MinutedRecord(Schema):
    """Where a record of the minutes came from."""

    id: int
    """The record's id."""
    paper_id: int
    """The paper it was read from."""
    evidence_id: int
    """Its evidence."""
    page: int
    """The page of its evidence."""
    quote: str
    """The verbatim words it stands on."""
    url: str
    """Where it is shown in the web app."""


class MinutedQuestion(MinutedRecord, QuestionFields):
    """A question and its answer."""


class MinutedDecision(MinutedRecord, DecisionFields):
    """A decision; the same decision is a Popolo VoteEvent at ``vote_event``."""

    vote_event: str
    """The decision as a VoteEvent (JSON)."""


class MinutedAction(MinutedRecord, ActionFields):
    """An action, with its status history."""

    status_history: list[StatusChange]
    """Changes of its status made by people, oldest first."""


class MinutedRecords(Schema):
    question: list[MinutedQuestion]
    """Questions and answers, in minuted order."""
    decision: list[MinutedDecision]
    """Decisions, in minuted order."""
    action: list[MinutedAction]
    """Actions, in minuted order."""


class Event(Schema):
    """One meeting (Popolo / Open Civic Data: Event) with its participants and the records of its minutes."""

    type: Literal["Event"]
    """The Popolo / Open Civic Data type: always Event."""
    id: int
    """The meeting's id."""
    url: str
    """Its page in the web app."""
    name: str
    """Open Civic Data ``name``: the body and the date."""
    classification: Literal["committee-meeting"]
    """Open Civic Data ``classification``: always committee-meeting."""
    body: str | None
    """The body that met."""
    organization_id: str | None
    """The Popolo id of the body that met."""
    date: str | None
    """The day of the meeting (ISO 8601)."""
    start_time: str | None
    """When it started (HH:MM)."""
    end_time: str | None
    """When it ended (HH:MM)."""
    start_date: str | None
    """Open Civic Data ``start_date``: the date and, when minuted, the time."""
    end_date: str | None
    """Open Civic Data ``end_date``: the date and the time it ended, when minuted."""
    venue: str | None
    """Where it met."""
    location: EventLocation | None
    """Open Civic Data ``location``: the venue, when minuted."""
    declarations: list[str]
    """Declarations of interest."""
    declarations_none: bool
    """True when the minutes say there were none."""
    participants: list[EventParticipant]
    """Who was there, sent apologies or substituted."""
    evidence: MeetingEvidence
    """Where the meeting's details were read."""
    records: MinutedRecords
    """The questions, decisions and actions of its minutes."""
