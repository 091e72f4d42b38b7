"""The fields of each kind of extracted record, as stored (one model per record table).

Every record also stands on evidence (a quote and its page), which the models that embed these
fields carry beside them.
"""

from __future__ import annotations

from datetime import date

from oversight.serve.schemas.base import Schema


class RecordFields(Schema):
    record_key: str | None
    """Identity from the record's declared content: the same record extracted again gets the same key."""


class JudgementFields(RecordFields):
    """An inspectorate's graded judgement on one question."""

    question: str
    """The question or area graded (e.g. "Investigating crime")."""
    grade: str
    """Outstanding, Good, Adequate, Requires improvement, Inadequate or Ungraded."""
    year: int | None
    """The year the grade was given, when the paper says."""


class FindingFields(RecordFields):
    """An area for improvement, recommendation or cause of concern."""

    kind: str
    """area_for_improvement, recommendation or cause_of_concern."""
    number: str | None
    """The recommendation's number in its report, when it has one."""
    title: str | None
    """The heading the report gives it, if any."""
    text: str
    """What the inspectorate found or asked for."""
    addressees: list[str]
    """Who it is addressed to (e.g. chief constables), as the report names them."""
    due: date | None
    """When it is to be done by, if the report says."""
    status: str
    """Where it stands: open, in_progress, closed, superseded or no_further_action."""


class ResponseFields(RecordFields):
    """A response to an inspection's recommendation (e.g. a section 55 response)."""

    finding_id: int | None
    """The finding responded to, once linked."""
    recommendation_ref: str | None
    """The recommendation's number as the response cites it."""
    responder: str | None
    """Who responded (e.g. the Police and Crime Commissioner)."""
    text: str
    """The response."""
    date: date | None
    """The date of the response, if the paper gives one."""


class MetricFields(RecordFields):
    """A key figure reported in a paper."""

    name: str
    """What was measured."""
    period: str | None
    """The period it covers, in the paper's words."""
    value: float
    """The number."""
    value_text: str | None
    """The number as the paper writes it (e.g. "£1.2m")."""
    unit: str | None
    """The unit, when the paper gives one."""


class MeetingFields(RecordFields):
    """A meeting whose minutes were read."""

    body: str | None
    """The body that met (e.g. the Police and Crime Panel)."""
    date: date | None
    """The day of the meeting."""
    start_time: str | None
    """When it started (HH:MM, 24-hour clock)."""
    end_time: str | None
    """When it ended (HH:MM, 24-hour clock)."""
    venue: str | None
    """Where it was held."""
    declarations: list[str]
    """Declarations of interest as recorded."""
    declarations_none: bool
    """True when the minutes say there were no declarations of interest."""


class QuestionFields(RecordFields):
    """A question put at a meeting, and its answer."""

    asker: str | None
    """Who asked."""
    respondent: str | None
    """Who answered."""
    text: str
    """The question."""
    answer: str | None
    """The answer as minuted."""


class DecisionFields(RecordFields):
    """A decision (resolution) recorded in minutes or a record of decision."""

    text: str
    """What was decided."""
    type: str
    """agreed, noted, resolved, recommendation, veto_exercised, veto_not_exercised, minutes_approved or
    not_carried."""
    vote: str | None
    """The vote as the minutes record it (e.g. "7 votes for, 2 against"), when they do."""
    unanimous: bool | None
    """True when recorded as unanimous; None when the minutes do not say."""


class ActionFields(RecordFields):
    """An action someone was asked to take at a meeting."""

    text: str
    """What is to be done."""
    owner: str | None
    """Who is to do it."""
    due: date | None
    """When it is due, if the minutes say."""
    status: str
    """Where it stands: open, in_progress, closed, superseded or no_further_action."""


class DeliverableFields(RecordFields):
    """A Police and Crime Plan deliverable."""

    theme: str | None
    """The plan theme it belongs to."""
    title: str
    """What is to be delivered."""
    status: str | None
    """The status the progress report gives: completed, current, new, candidate or planned."""
    target: str | None
    """The target as written (e.g. "Q1 2023/24")."""
    target_start: date | None
    """The first day of the target period, when it can be read as dates."""
    target_end: date | None
    """The last day of the target period."""


class ForwardPlanFields(RecordFields):
    """An entry of a panel's forward plan."""

    date: date | None
    """The planned meeting's date."""
    time: str | None
    """Its start time (HH:MM)."""
    venue: str | None
    """Where it will be held."""
    items: list[str]
    """The business planned for it."""


# Which field model describes each record table (``tests/serve/test_openapi.py`` checks they match).
FIELDS_BY_TABLE: dict[str, type[RecordFields]] = {
    "judgement": JudgementFields, "finding": FindingFields, "response": ResponseFields, "metric": MetricFields,
    "meeting": MeetingFields, "question": QuestionFields, "decision": DecisionFields, "action": ActionFields,
    "deliverable": DeliverableFields, "forward_plan_entry": ForwardPlanFields,
}
