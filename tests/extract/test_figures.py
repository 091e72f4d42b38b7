"""Key figures: what counts as a figure, its value, name and period."""

from __future__ import annotations

import time

from oversight.contract import Metric, Paper
from oversight.extract.common.figures import extract_metrics, parse_value
from oversight.text import CleanText, PaperText


def metrics(text: str) -> list[Metric]:
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind="peel_report", start=0, end=len(text), pages=[1, 1])
    extract_metrics(PaperText(doc, 0, len(text)), record)
    for m in record.metrics:
        assert text[m.evidence.start : m.evidence.end] == m.evidence.quote
    return record.metrics


def test_rate_with_its_twelve_month_period() -> None:
    got = metrics("In the 12 months to 30 June 2017, there were 52.8 arrests for every 100 domestic abuse offences.")
    assert [(m.value, m.period) for m in got] == [(52.8, "12 months to 30 June 2017")]
    assert got[0].name.startswith("arrests")


def test_counts_take_the_noun_and_verb_and_the_year() -> None:
    got = metrics("The Unit attended over 11,213 incidents in 2014, and dealt with 2614 collisions.")
    assert [(m.value, m.period, m.name) for m in got] == [
        (11213, "2014", "incidents attended by The Unit"),
        (2614, "2014", "collisions dealt with"),
    ]
    assert got[0].value_text == "over 11,213"


def test_percentages_read_as_proportions() -> None:
    got = metrics("Officers in the hub investigate 40 percent of reported crime.")
    assert [(m.value, m.unit, m.name) for m in got] == [(40, "percent", "proportion of reported crime")]


def test_dates_times_sections_and_standards_are_not_figures() -> None:
    text = (
        "5.4.2 The meeting on 1 February 2023 started at 13:30 and referred to section 55 of the Police Act 1996. "
        "Calls should be answered within 10 seconds and attended within 1 hour. Tel: 0300 333 3456, PE29 9LA.\n"
        "3 Footnote text about the data.\n"
    )
    assert metrics(text) == []


def test_year_lists_take_their_name_from_the_introduction() -> None:
    text = (
        "A key indicator is the number of people killed and seriously injured.\n\n"
        "- 2013 - 393\n- 2014 - 392\n\nThere is a downward trend.\n"
    )
    got = metrics(text)
    assert [(m.value, m.period) for m in got] == [(393, "2013"), (392, "2014")]
    assert all("killed and seriously injured" in m.name for m in got)


def test_period_from_the_line_that_introduces_a_bullet_list() -> None:
    text = "Output between March 2022 and end of February 2023\n\n• 40 press releases\n• 472 social media posts\n"
    got = metrics(text)
    assert [(m.value, m.period) for m in got] == [
        (40, "March 2022 to end of February 2023"),
        (472, "March 2022 to end of February 2023"),
    ]


def test_money_and_multipliers() -> None:
    assert parse_value("1.8", "m") == 1_800_000
    assert parse_value("500", "k") == 500_000
    assert parse_value("634,285", "k") == 634285
    assert parse_value("9.00") == 9.0
    assert isinstance(parse_value("1,315"), int)
    got = metrics("Total investment from all four rounds of Safer Streets funding comes to £1.8m.")
    assert [(m.value, m.unit) for m in got] == [(1_800_000, "GBP")]
    assert "Safer Streets funding" in got[0].name


def test_repeated_figure_is_listed_once() -> None:
    got = metrics("The force recruited 50 officers. Those 50 officers started work.")
    assert [m.value for m in got] == [50]


def test_long_line_does_not_hang() -> None:
    started = time.perf_counter()
    metrics(("1 " * 30_000) + ("word " * 20_000) + "\n")
    assert time.perf_counter() - started < 10


def test_confidence_intervals_emergency_numbers_and_cut_off_figures_are_left_out() -> None:
    text = (
        "We estimate that 75.3 percent (with a confidence interval of +/- 6.1 percent) of searches were recorded. "
        "The force answered 999 calls quickly. The force told us that 71 percent of officers com"
    )
    assert [m.value for m in metrics(text)] == [75.3]


def test_measured_duration_is_a_figure_but_a_standard_is_not() -> None:
    text = (
        "Calls should be attended within 1 hour. In Peterborough the average time for attendance to these calls "
        "in September 2017 was 15 hours.\n"
    )
    got = metrics(text)
    assert [(m.value, m.period) for m in got] == [(15, "September 2017")]
    assert "average time for attendance" in got[0].name
