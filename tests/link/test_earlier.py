"""Reading an inspection report's own note that a finding repeats an earlier one."""

from __future__ import annotations

import time

from oversight.link.earlier import find_earlier_notes


def test_note_of_an_earlier_area_for_improvement_is_read_with_its_year_and_clause() -> None:
    text = ("The force does not always attend calls in time. An area for improvement highlighted in the 2019 "
            "inspection was that the force should ensure it has enough officers to attend\nurgent calls. "
            "Otherwise it is good.")
    (note,) = find_earlier_notes(text)
    assert note.year == 2019 and note.what == "area for improvement"
    assert note.clause == "the force should ensure it has enough officers to attend urgent calls"
    assert text[note.start:note.end].startswith("area for improvement highlighted")


def test_theme_of_an_earlier_inspection_is_read() -> None:
    (note,) = find_earlier_notes("A theme of our 2015 effectiveness inspection had been that the force should "
                                 "improve supervision of investigations. However, ...")
    assert note.year == 2015 and note.clause.endswith("supervision of investigations")


def test_a_year_without_a_finding_is_not_a_note() -> None:
    assert find_earlier_notes("In 2016 the force was that size; the area was rural. Crime fell in 2017.") == []


def test_long_lines_do_not_hang() -> None:
    started = time.perf_counter()
    find_earlier_notes("area for improvement " + "2016 x " * 20000 + "was that")
    find_earlier_notes("recommendation " * 10000)
    find_earlier_notes("recommendation 2016 " * 5000)  # every start finds a year but never "was that"
    assert time.perf_counter() - started < 5.0
