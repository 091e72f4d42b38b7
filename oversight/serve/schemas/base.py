"""The base of every response model, and the small shapes many responses share."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field


class Schema(BaseModel):
    """A response shape.  Attribute docstrings become the schema's field descriptions.

    Unknown keys are ignored rather than refused, so a field a view adds before the model learns of it
    is dropped from the JSON instead of failing the request; ``tests/serve/test_openapi.py`` checks
    that the models cover the columns and tables the views draw on.
    """

    model_config = ConfigDict(use_attribute_docstrings=True, from_attributes=True)


class Facet(Schema):
    """One value of a filter and how many records have it (with the other filters applied)."""

    value: str
    """The value, as it is passed back in the query string."""
    count: int
    """How many records have this value."""


class DownloadLinks(Schema):
    """The complete list behind a page, as files."""

    csv: str
    """Every matching row as CSV."""
    json_: str = Field(alias="json")
    """Every matching row as a JSON array."""


class StatusChange(Schema):
    """One change of a tracked record's status, made by a person (never by extraction)."""

    status: str
    """The status from ``effective_on``: open, in_progress, closed, superseded or no_further_action."""
    effective_on: date
    """The day the status took effect (ISO 8601), which may be earlier than when it was recorded."""
    recorded_at: datetime | None
    """When the change was entered in the register (ISO 8601 with time zone)."""
    username: str | None
    """The user name of the person who made the change (accounts are disabled, never deleted)."""
    note: str
    """Why the status changed, in the person's words; empty when they gave none."""
    evidence_quote: str | None
    """Words from a paper in the register that support the change, if given."""
    evidence_url: str | None
    """A link (http or https) to evidence outside the register, if given."""
