"""The statutory rules as data: each duty's citation, what starts its clock and how its due date is computed.

Evaluators (one module per family of duties) look a rule up here for its wording and its due-date
function, so a change in the law is a change to this table, not to the code that reads the store.
``due`` maps the date that starts the clock (``anchor``) to the last day on which the duty is met;
it is None where the period is not fixed by law (s29(3): the panel sets it per request).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from oversight.rules.dates import appointment_report_deadline, precept_timetable, s55_deadline


@dataclass(frozen=True)
class Rule:
    id: str
    citation: str
    short_citation: str
    title: str
    description: str
    anchor: str
    due_rule: str
    due: Callable[[date], date] | None


def _precept(step: str) -> Callable[[date], date]:
    """Due date of a precept step, from the first day (1 April) of the financial year it funds."""

    def due(year_start: date) -> date:
        timetable = precept_timetable(year_start.year)
        result: date = getattr(timetable, step)
        return result

    return due


_PRECEPT_SI = "Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012 (SI 2012/2271)"
_PRSRA = "Police Reform and Social Responsibility Act 2011"

RULES: tuple[Rule, ...] = (
    Rule(
        id="s55-5A",
        citation="Police Act 1996, s55(5A)",
        short_citation="s55(5A) PA 1996",
        title="Response to an inspection report published in time",
        description=("The local policing body publishes its comments, the chief constable's comments and its "
                     "response to them before the end of 56 days beginning with the day the report is published."),
        anchor="the day the inspection report is published (day 1)",
        due_rule="publication date + 55 days",
        due=s55_deadline,
    ),
    Rule(
        id="s55-5B",
        citation="Police Act 1996, s55(5B)",
        short_citation="s55(5B) PA 1996",
        title="Every recommendation explained",
        description=("For every recommendation in the report, the response explains the action taken or "
                     "proposed, or why none is to be taken."),
        anchor="the day the inspection report is published (day 1)",
        due_rule="with the s55(5A) response: publication date + 55 days",
        due=s55_deadline,
    ),
    Rule(
        id="precept-notify",
        citation=f"{_PRSRA}, Sch 5; {_PRECEPT_SI}",
        short_citation="Sch 5 PRSRA; SI 2012/2271",
        title="Proposed precept notified to the panel",
        description="The Commissioner notifies the panel of the proposed precept.",
        anchor="the financial year the precept funds",
        due_rule="1 February before the year begins",
        due=_precept("notify_by"),
    ),
    Rule(
        id="precept-report",
        citation=f"{_PRSRA}, Sch 5; {_PRECEPT_SI}",
        short_citation="Sch 5 PRSRA; SI 2012/2271",
        title="Panel's report on the proposed precept",
        description="The panel reviews the proposed precept and reports to the Commissioner.",
        anchor="the financial year the precept funds",
        due_rule="8 February before the year begins",
        due=_precept("panel_report_by"),
    ),
    Rule(
        id="precept-veto",
        citation=f"{_PRSRA}, Sch 5; {_PRECEPT_SI}",
        short_citation="Sch 5 PRSRA; SI 2012/2271",
        title="Veto of the proposed precept",
        description=("A veto needs at least two-thirds of the persons who are members of the panel at the time "
                     "the decision is made (not two-thirds of those present)."),
        anchor="the financial year the precept funds",
        due_rule="with the panel's report: 8 February",
        due=_precept("panel_report_by"),
    ),
    Rule(
        id="precept-response",
        citation=f"{_PRSRA}, Sch 5; {_PRECEPT_SI}",
        short_citation="Sch 5 PRSRA; SI 2012/2271",
        title="Commissioner's response to a veto, with a revised precept",
        description="After a veto the Commissioner responds to the panel's report with a revised precept.",
        anchor="the financial year the precept funds",
        due_rule="15 February before the year begins (only after a veto)",
        due=_precept("response_by"),
    ),
    Rule(
        id="precept-revised-report",
        citation=f"{_PRSRA}, Sch 5; {_PRECEPT_SI}",
        short_citation="Sch 5 PRSRA; SI 2012/2271",
        title="Panel's report on the revised precept",
        description="The panel reviews the revised precept and reports on it.",
        anchor="the financial year the precept funds",
        due_rule="22 February before the year begins (only after a veto)",
        due=_precept("revised_report_by"),
    ),
    Rule(
        id="precept-issue",
        citation=f"{_PRSRA}, Sch 5; {_PRECEPT_SI}",
        short_citation="Sch 5 PRSRA; SI 2012/2271",
        title="Precept issued",
        description="The Commissioner issues the precept.",
        anchor="the financial year the precept funds",
        due_rule="1 March before the year begins",
        due=_precept("issue_by"),
    ),
    Rule(
        id="sch8-appointment",
        citation=f"{_PRSRA}, Sch 8",
        short_citation="Sch 8 PRSRA 2011",
        title="Panel's report on a proposed chief constable appointment",
        description=("The panel reviews the proposed appointment of a chief constable and reports to the "
                     "Commissioner within 3 weeks beginning with the day it received notification."),
        anchor="the day the panel receives notification of the proposed appointment (day 1)",
        due_rule="notification date + 20 days",
        due=appointment_report_deadline,
    ),
    Rule(
        id="s29-3",
        citation=f"{_PRSRA}, s29(3)",
        short_citation="s29(3) PRSRA 2011",
        title="Commissioner's response to a panel report or recommendation",
        description=("The Commissioner responds to a report or recommendation of the panel within the period "
                     "the panel sets."),
        anchor="the day the panel makes the report or recommendation",
        due_rule="the period the panel sets, stored with each request",
        due=None,
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
