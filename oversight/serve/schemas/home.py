"""The register's front page: what it holds and what is overdue or falling due."""

from __future__ import annotations

from datetime import date

from oversight.serve.schemas.base import Schema


class RegisterCounts(Schema):
    """How many of each thing the register holds."""

    documents: int
    """Documents ingested."""
    papers: int
    """Papers within them."""
    area_for_improvement: int
    """Areas for improvement."""
    recommendation: int
    """Recommendations."""
    cause_of_concern: int
    """Causes of concern."""
    decisions: int
    """Decisions recorded."""
    meetings: int
    """Meetings minuted."""


class DueItem(Schema):
    """An open finding or action with a due date."""

    record_type: str
    """finding or action."""
    id: int
    """The record's id."""
    document_id: int
    """The document it was read from."""
    summary: str
    """One line describing it."""
    due: date
    """When it is or was due."""
    url: str
    """Where it is shown in the web app."""


class LatestDocument(Schema):
    id: int
    """The document's id."""
    title: str | None
    """Its title."""
    source: str
    """Its file name or address."""
    url: str
    """Its page in the web app."""
    published_on: date | None
    """When it was published."""


class RegisterLinks(Schema):
    """The API's lists."""

    findings: str
    """The findings register."""
    meetings: str
    """Panel meetings (Popolo: Event)."""
    deliverables: str
    """Police and Crime Plan deliverables."""
    documents: str
    """Every document."""
    search: str
    """Full-text search."""
    people: str
    """People named in minutes (Popolo: Person)."""
    organizations: str
    """Forces, panels and other bodies (Popolo: Organization)."""
    memberships: str
    """Who belongs to which body in which role (Popolo: Membership)."""
    vote_events: str
    """Decisions as votes (Popolo: VoteEvent)."""
    deadlines: str
    """The statutory calendar."""


class Register(Schema):
    """What is in the register."""

    counts: RegisterCounts
    """How many of each thing it holds."""
    overdue: list[DueItem]
    """Open items whose due date has passed, most recently missed first."""
    due_next: list[DueItem]
    """Open items falling due from today, soonest first."""
    latest_documents: list[LatestDocument]
    """The most recently published documents."""
    links: RegisterLinks
    """Where the API's lists are."""
