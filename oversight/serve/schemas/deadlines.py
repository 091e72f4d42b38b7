"""The statutory calendar: each duty, when it fell due and whether it was met."""

from __future__ import annotations

from oversight.serve.schemas.base import Schema


class DeadlineRow(Schema):
    """A statutory deadline (the same columns as ``deadlines.csv``; empty strings where there is no value)."""

    id: int
    """The deadline's id."""
    rule: str
    """The rule that set it (e.g. s55-5A)."""
    rule_title: str
    """The rule in words."""
    citation: str
    """The statute the rule comes from."""
    status: str
    """met, due, overdue, cannot_tell, not_met or not_required."""
    due: str
    """When it fell or falls due (ISO 8601); empty when unknown."""
    met_on: str
    """When it was met (ISO 8601); empty when it was not."""
    subject_type: str
    """The table of the record it applies to."""
    subject_id: int
    """That record's id."""
    subject_url: str
    """Where that record is shown in the web app; empty when it cannot be found."""
    reason: str
    """How the status was decided."""
    evidence_url: str
    """The evidence on its page in the web app; empty when there is none."""


class DeadlineCounts(Schema):
    """How many deadlines have each status (all of them, whatever the filter)."""

    met: int = 0
    """Met in time."""
    due: int = 0
    """Not yet due."""
    overdue: int = 0
    """Past due and not met."""
    cannot_tell: int = 0
    """The papers do not say enough to tell."""
    not_met: int = 0
    """Met late, or never."""
    not_required: int = 0
    """The duty did not apply."""


class DeadlineList(Schema):
    counts: DeadlineCounts
    """How many deadlines have each status."""
    results: list[DeadlineRow]
    """The deadlines, latest due date first."""
