"""The statutes' date arithmetic: "beginning with" counts the first day as day 1; no weekend extensions."""

from __future__ import annotations

from datetime import date

import pytest

from oversight.rules.catalogue import RULES_BY_ID
from oversight.rules.dates import (
    appointment_report_deadline,
    last_day_of_period,
    precept_timetable,
    s55_deadline,
    status_for,
    veto_carried,
    veto_votes_needed,
)


@pytest.mark.parametrize(
    ("published", "last_day"),
    [
        (date(2023, 3, 1), date(2023, 4, 25)),  # the worked example: day 1 is 1 March
        (date(2024, 2, 1), date(2024, 3, 27)),  # leap year: 29 February is one of the 56 days
        (date(2023, 2, 1), date(2023, 3, 28)),  # the same date a year earlier ends a day later
        (date(2023, 1, 31), date(2023, 3, 27)),  # month end into a short February
        (date(2023, 12, 31), date(2024, 2, 24)),  # year end
        (date(2023, 3, 4), date(2023, 4, 28)),  # published on a Saturday: still counts as day 1
        (date(2023, 3, 5), date(2023, 4, 29)),  # deadline on a Saturday is not moved to Monday
    ],
)
def test_s55_deadline_is_the_56th_day_counting_publication_as_day_1(published: date, last_day: date) -> None:
    assert s55_deadline(published) == last_day
    assert (last_day - published).days + 1 == 56


def test_a_one_day_period_ends_the_day_it_begins() -> None:
    assert last_day_of_period(date(2024, 2, 29), 1) == date(2024, 2, 29)
    with pytest.raises(ValueError):
        last_day_of_period(date(2024, 2, 29), 0)


@pytest.mark.parametrize(
    ("notified", "last_day"),
    [
        (date(2023, 1, 2), date(2023, 1, 22)),  # a Monday: the period ends on the Sunday three weeks on
        (date(2024, 2, 15), date(2024, 3, 6)),  # across 29 February
        (date(2023, 2, 15), date(2023, 3, 7)),  # the same day in a common year
        (date(2023, 12, 25), date(2024, 1, 14)),  # across the year end and bank holidays
    ],
)
def test_sch8_report_is_due_within_3_weeks_beginning_with_notification(notified: date, last_day: date) -> None:
    assert appointment_report_deadline(notified) == last_day
    assert (last_day - notified).days + 1 == 21


@pytest.mark.parametrize("year", [2023, 2024, 2025])
def test_precept_timetable_dates_fall_before_the_year_they_fund(year: int) -> None:
    tt = precept_timetable(year)
    assert (tt.notify_by, tt.panel_report_by, tt.response_by, tt.revised_report_by, tt.issue_by) == (
        date(year, 2, 1), date(year, 2, 8), date(year, 2, 15), date(year, 2, 22), date(year, 3, 1))
    assert tt.label == f"{year}/{str(year + 1)[-2:]}"


def test_catalogue_precept_dates_are_computed_from_the_financial_year() -> None:
    start_of_2024_25 = date(2024, 4, 1)
    assert RULES_BY_ID["precept-report"].due(start_of_2024_25) == date(2024, 2, 8)  # type: ignore[misc]
    assert RULES_BY_ID["precept-issue"].due(start_of_2024_25) == date(2024, 3, 1)  # type: ignore[misc]
    assert RULES_BY_ID["s29-3"].due is None  # the panel sets the period per request


@pytest.mark.parametrize(("members", "needed"), [(3, 2), (9, 6), (10, 7), (12, 8), (13, 9), (15, 10)])
def test_veto_needs_two_thirds_of_the_membership_rounded_up(members: int, needed: int) -> None:
    assert veto_votes_needed(members) == needed
    assert veto_carried(needed, members) and not veto_carried(needed - 1, members)


def test_veto_counts_the_panel_not_those_present() -> None:
    # Nine of ten members attend and six vote to veto: two-thirds of those present, not of the panel.
    assert not veto_carried(6, members=10)
    assert veto_carried(7, members=10)


@pytest.mark.parametrize(
    ("due", "met_on", "today", "status"),
    [
        (date(2024, 3, 1), date(2024, 3, 1), date(2024, 6, 1), "met"),  # on the last day is in time
        (date(2024, 3, 1), date(2024, 3, 2), date(2024, 6, 1), "overdue"),  # a day late
        (date(2024, 3, 1), None, date(2024, 3, 1), "due"),  # nothing yet, deadline today
        (date(2024, 3, 1), None, date(2024, 3, 2), "cannot_tell"),  # nothing recorded, deadline passed
        (None, date(2024, 3, 2), date(2024, 6, 1), "cannot_tell"),  # s29(3) with no period set
    ],
)
def test_response_period_status(due: date | None, met_on: date | None, today: date, status: str) -> None:
    assert status_for(due, met_on, today) == status


def test_every_rule_has_a_citation_and_a_description() -> None:
    for rule in RULES_BY_ID.values():
        assert rule.citation and rule.short_citation and rule.description and rule.due_rule
