"""The Police and Crime Plan: deliverables grouped by status."""

from __future__ import annotations

from oversight.serve.schemas.base import Schema, StatusChange


class Deliverable(Schema):
    """A deliverable (the columns of ``deliverables.csv``, with its updates and status history).

    Text columns are empty strings, not null, where the paper gives no value, as in the downloads.
    """

    id: int
    """The deliverable's id."""
    theme: str
    """The plan theme it belongs to."""
    title: str
    """What is to be delivered."""
    status: str
    """The status its progress report gives (completed, current, new, candidate, planned)."""
    target: str
    """The target as written (e.g. "Q1 2023/24")."""
    target_start: str
    """The first day of the target period (ISO 8601); empty when it cannot be read as dates."""
    target_end: str
    """The last day of the target period (ISO 8601)."""
    document_id: int
    """The document it was read from."""
    page: int
    """The page of its evidence."""
    quote: str
    """The verbatim words it stands on."""
    updates: list[str]
    """Progress updates reported for it, oldest first."""
    url: str
    """Where it is shown in the web app."""
    status_history: list[StatusChange]
    """Changes of its status made by people, oldest first (the reported ``status`` is left as read)."""


class DeliverableGroup(Schema):
    status: str | None
    """The status shared by the group; null for deliverables given none."""
    deliverables: list[Deliverable]
    """The deliverables with that status."""


class DeliverableList(Schema):
    """Every deliverable, grouped by status in the vocabulary's order."""

    statuses: list[DeliverableGroup]
    """One group per status."""
