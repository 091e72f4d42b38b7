"""Date arithmetic of the statutes, as pure functions the rules and their tests share.

Statutes count periods "beginning with" a day: that day is day 1, so a period of n days beginning
with day d ends on d + (n - 1) days.  Getting this off by one is the commonest error in compliance
tools, which is why every period in the catalogue goes through :func:`last_day_of_period`.  Periods
run over weekends and bank holidays: none of these provisions extends a deadline that falls on one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta


def last_day_of_period(first_day: date, days: int) -> date:
    """The last day of a period of ``days`` days beginning with ``first_day`` (which is day 1)."""
    if days < 1:
        raise ValueError("a period has at least one day")
    return first_day + timedelta(days=days - 1)


def last_day_of_weeks(first_day: date, weeks: int) -> date:
    """The last day of a period of ``weeks`` weeks beginning with ``first_day``."""
    return last_day_of_period(first_day, 7 * weeks)


def s55_deadline(published_on: date) -> date:
    """s55(5A) Police Act 1996: the response is due before the end of 56 days beginning with publication."""
    return last_day_of_period(published_on, 56)


def appointment_report_deadline(notified_on: date) -> date:
    """PRSRA 2011 Sch 8: the panel reports within 3 weeks beginning with the day it received notification."""
    return last_day_of_weeks(notified_on, 3)


def days_late(due: date, done: date) -> int:
    """How many days after ``due`` something was done (0 or less means on time)."""
    return (done - due).days


@dataclass(frozen=True)
class PreceptTimetable:
    """The fixed dates of the precept scrutiny for the financial year that begins in April of ``year``."""

    year: int
    notify_by: date
    panel_report_by: date
    response_by: date
    revised_report_by: date
    issue_by: date

    @property
    def label(self) -> str:
        return f"{self.year}/{str(self.year + 1)[-2:]}"


def precept_timetable(year: int) -> PreceptTimetable:
    """The timetable of SI 2012/2271 for the precept of financial year ``year``/``year + 1``.

    All the dates fall in the February and March before the year begins, so the 2023/24 precept is
    notified by 1 February 2023.
    """
    return PreceptTimetable(
        year=year,
        notify_by=date(year, 2, 1),
        panel_report_by=date(year, 2, 8),
        response_by=date(year, 2, 15),
        revised_report_by=date(year, 2, 22),
        issue_by=date(year, 3, 1),
    )


def veto_votes_needed(members: int) -> int:
    """Votes needed to veto: at least two-thirds of the panel's members at the time, not of those present."""
    if members < 1:
        raise ValueError("a panel has at least one member")
    return math.ceil(2 * members / 3)


def veto_carried(votes_for: int, members: int) -> bool:
    """Whether ``votes_for`` is enough to veto, given the panel's membership (vacancies excluded)."""
    return votes_for >= veto_votes_needed(members)


def status_for(due: date | None, met_on: date | None, today: date) -> str:
    """The status of a dated duty from what the register records.

    Done by the deadline is ``met``; done after it is ``overdue`` (late, with the delay for the reason
    to give).  Nothing recorded is ``due`` while the deadline is ahead, and ``cannot_tell`` once it has
    passed: the register may simply not hold the paper that shows it was done.  With no deadline to
    measure against, nothing can be said.
    """
    if due is None:
        return "cannot_tell"
    if met_on is not None:
        return "met" if met_on <= due else "overdue"
    return "due" if today <= due else "cannot_tell"
