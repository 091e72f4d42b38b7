"""Full dates in the forms panel papers use; ranges and partial dates left out."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.common.dates import extract_dates, find_dates, find_times
from oversight.text import CleanText, PaperText


def test_date_forms() -> None:
    text = "Thursday, 2nd February, 2017; 21ST FEBRUARY 2020; 3July2015; 31/01/24; 2025-01-10; 18.01.2016"
    assert [h.iso for h in find_dates(text)] == [
        "2017-02-02", "2020-02-21", "2015-07-03", "2024-01-31", "2025-01-10", "2016-01-18"]


def test_times_to_24_hour_clock_and_money_is_not_a_time() -> None:
    assert [t for _, _, t in find_times("10.00 am, 1:30pm, Time: 2PM, 12 noon, 13:30, £8.50 pm-ish")] == [
        "10:00", "13:30", "14:00", "12:00", "13:30"]


def test_dates_mentioned_skip_ranges_and_month_only_dates() -> None:
    text = ("Published on 29th November 2021. Data from 1 December 2018 to 31 May 2019. Due in May 2023. "
            "Meeting: 15 March 2023.")
    record = Paper(kind="other", start=0, end=len(text), pages=[1])
    extract_dates(PaperText(CleanText(text), 0, len(text)), record)
    assert record.dates_mentioned == ["2021-11-29", "2023-03-15"]
