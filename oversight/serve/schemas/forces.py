"""Police forces (Popolo: Organization) and one force's record."""

from __future__ import annotations

from datetime import date
from typing import Literal

from oversight.serve.schemas.base import Schema


class ForceSummary(Schema):
    """A force named in a paper (Popolo: Organization, classification police_force)."""

    type: Literal["Organization"]
    """The Popolo type: always Organization."""
    id: str
    """The Popolo id: the force's slug, the same as ``slug``."""
    classification: Literal["police_force"]
    """The Popolo classification: always police_force."""
    name: str
    """The force's name as its papers give it."""
    slug: str
    """The force's name in its URL."""
    findings: int
    """How many findings are about it."""
    open_findings: int
    """How many of them are open."""
    latest: date | None
    """The date of its latest paper."""
    url: str
    """Its page in the web app."""


class GradeRow(Schema):
    """One question's grades, one per year of ``years`` (null where it was not graded that year)."""

    question: str
    """The question or area graded."""
    grades: list[str | None]
    """The grade each year, in the order of ``years``."""


class GradeTable(Schema):
    """Grades by question and year."""

    years: list[int]
    """The years graded, oldest first."""
    questions: list[GradeRow]
    """One row per question."""


class OpenFinding(Schema):
    id: int
    """The finding's id."""
    kind: str
    """Its kind."""
    text: str
    """Its text."""
    number: str | None
    """Its number, if a recommendation."""
    url: str
    """Its page in the web app."""


class OpenFindings(Schema):
    """The force's open and in-progress findings, newest report first."""

    total: int
    """How many there are."""
    shown: list[OpenFinding]
    """The first of them."""
    all: str
    """The findings register's JSON filtered to all of them."""


class RecurringFinding(Schema):
    """A finding that repeats an earlier one."""

    id: int
    """The finding's id."""
    kind: str
    """Its kind."""
    text: str
    """Its text."""
    recurrences: int
    """How many earlier findings it repeats."""
    url: str
    """Its page in the web app."""


class ForceResponse(Schema):
    """A response published to one of the force's inspections."""

    id: int
    """The response's id."""
    responder: str | None
    """Who responded."""
    text: str
    """The response."""
    date: date | None
    """Its date."""
    page: int
    """The page of its evidence."""
    url: str
    """The evidence on its page in the web app."""


class ForceDetail(Schema):
    """One force (Popolo: Organization): grades, open and recurring findings, responses."""

    type: Literal["Organization"]
    """The Popolo type: always Organization."""
    id: str
    """The Popolo id: the force's slug."""
    classification: Literal["police_force"]
    """The Popolo classification: always police_force."""
    name: str
    """The force's name."""
    slug: str
    """The force's name in its URL."""
    url: str
    """Its page in the web app."""
    grades: GradeTable
    """Graded judgements by question and year."""
    open_findings: OpenFindings
    """Open findings."""
    recurring_findings: list[RecurringFinding]
    """Findings that keep coming back."""
    responses: list[ForceResponse]
    """Responses to its inspections, newest first."""
