"""Grade layouts met on pages from forces outside the development set (written here, not copied)."""

from __future__ import annotations

import time

from oversight.extract.inspection.grades import paper_year
from tests.extract.inspection.test_grades import grades


def test_year_from_a_title_line_below_a_banner() -> None:
    text = "Skip to content\n\nHave your say on our plans by Friday 3 March 2017.\n\nNorthshire 2016\n\nRead more\n"
    assert paper_year(text) == 2016


def test_year_from_a_cycle_range_and_a_grades_heading() -> None:
    assert paper_year("The assessment of Northshire Police for 2023-25 by PEEL.") is None
    assert paper_year("Our PEEL (Police Effectiveness, Efficiency, Legitimacy) review for 2023-25.") == 2023
    assert paper_year("It published its 2021-22 PEEL report today.") == 2021
    assert paper_year("Intro\n\n2018/19 grades\n\nHow well ...?Good\n") == 2018


def test_question_and_grade_run_together_on_one_or_several_lines() -> None:
    text = (
        "2017/18 grades\n\n"
        "How effective is the force at keeping people safe?Requires improvement\n"
        "How efficient is the force at using its money?Good How legitimate is the force in its dealings?Good\n"
    )
    assert grades(text) == [
        ("How effective is the force at keeping people safe?", "Requires improvement", 2017),
        ("How efficient is the force at using its money?", "Good", 2017),
        ("How legitimate is the force in its dealings?", "Good", 2017),
    ]


def test_counts_of_areas_are_not_grades() -> None:
    text = ("Inspectors graded the force across seven areas and found it was ‘inadequate’ in two areas, "
            "‘adequate’ in four areas and ‘good’ in one area.\n")
    assert grades(text) == []


def test_carried_over_judgement_without_a_comma_keeps_its_own_year() -> None:
    text = ("Northshire PEEL 2018\n\nThe force is good at protecting vulnerable people.\n\n"
            "In 2016 we judged the force as good at tackling serious and organised crime.\n")
    assert ("tackling serious and organised crime", "Good", 2016) in grades(text)


def test_colon_before_the_grade_in_a_summary_line() -> None:
    text = ("Northshire 2015\n\nThis is our second assessment.\n\n"
            "The extent to which the force is legitimate at keeping people safe is: outstanding.\n")
    assert grades(text) == [
        ("The extent to which the force is legitimate at keeping people safe", "Outstanding", 2015)]


def test_one_sentence_grading_two_activities_and_a_subjectless_second_clause() -> None:
    text = ("Northshire PEEL 2017\n\nThe force is judged to be good at treating the people it serves with fairness "
            "and respect and ensuring that its staff behave ethically and lawfully but is judged to require "
            "improvement in how it treats its workforce fairly.\n")
    got = grades(text)
    assert ("treating the people it serves with fairness and respect", "Good", 2017) in got
    assert ("ensuring that its staff behave ethically and lawfully", "Good", 2017) in got
    assert ("how it treats its workforce fairly", "Requires improvement", 2017) in got


def test_an_and_inside_one_question_or_closing_a_list_does_not_split() -> None:
    text = ("Northshire PEEL 2016\n\nIts work to prevent crime, tackle anti-social behaviour and keep people safe "
            "was judged to be good.\n\nThe force is good at investigating crime and reducing re-offending.\n")
    got = grades(text)
    assert ("investigating crime and reducing re-offending", "Good", 2016) in got
    assert not any(q == "keep people safe" for q, _, _ in got)


def test_grade_first_bullet_listing_several_areas() -> None:
    text = (
        "The report graded the force as:\n\n"
        "  • Good – at preventing crime, police powers and public treatment\n"
        "  • Requires improvement – in responding to the public; investigating crime; "
        "managing offenders and leadership and force management.\n"
    )
    assert [(q, g) for q, g, _ in grades(text)] == [
        ("preventing crime", "Good"),
        ("police powers and public treatment", "Good"),
        ("responding to the public", "Requires improvement"),
        ("investigating crime", "Requires improvement"),
        ("managing offenders", "Requires improvement"),
        ("leadership and force management", "Requires improvement"),
    ]


def test_one_area_whose_name_contains_and_stays_whole() -> None:
    text = "Grades:\n\n  • Good – Preventing crime and anti-social behaviour and reducing vulnerability\n"
    assert [q for q, _, _ in grades(text)] == ["Preventing crime and anti-social behaviour and reducing vulnerability"]


def test_bullets_completing_a_judged_that_sentence() -> None:
    text = (
        "PEEL: police effectiveness 2017\n\nInspectors judged that Northshire Police:\n\n"
        "  • is ‘good’ at investigating crime and reducing re-offending;\n"
        "  • is ‘requires improvement’ at protecting vulnerable people; and\n"
    )
    assert grades(text) == [
        ("investigating crime and reducing re-offending", "Good", 2017),
        ("protecting vulnerable people", "Requires improvement", 2017),
    ]


def test_topic_drops_the_inspection_it_came_from() -> None:
    text = "The force was graded as ‘outstanding’ in disrupting organised crime in its regional inspection.\n"
    assert [q for q, _, _ in grades(text)] == ["disrupting organised crime"]


def test_long_lines_do_not_hang() -> None:
    text = "How " + "a" * 100_000 + "?Good " * 3 + "\n" + "Good – " + "x, " * 30_000 + "\n"
    t = time.perf_counter()
    grades(text)
    assert time.perf_counter() - t < 5


def test_quoted_area_lists_in_reported_prose() -> None:
    text = (
        "The 2023-25 PEEL report was published on Monday. Inspectors rated the force good at preventing crime, "
        "and adequate at ‘investigating crime’ and ‘developing a positive workplace’. ‘Managing offenders’ "
        "and ‘responding to the public’ were deemed to require improvement with ‘leadership and force "
        "management’ judged to be ‘inadequate’.\n"
    )
    got = grades(text)
    assert ("investigating crime", "Adequate", 2023) in got
    assert ("developing a positive workplace", "Adequate", 2023) in got
    assert ("Managing offenders", "Requires improvement", 2023) in got
    assert ("responding to the public", "Requires improvement", 2023) in got
    assert ("leadership and force management", "Inadequate", 2023) in got
    assert not any(q.startswith("preventing crime, and") for q, _, _ in got)


def test_a_quoted_list_of_grade_names_is_a_legend_not_grades() -> None:
    text = "Forces are graded ‘outstanding’, ‘good’, ‘adequate’ and ‘inadequate’ in each area.\n"
    assert grades(text) == []


def test_force_name_with_and_owning_the_graded_topic() -> None:
    text = ("PEEL effectiveness 2017\n\nPress releases follow.\n\n"
            "North and East Shire Constabulary's effectiveness at keeping people safe is good\n")
    assert [(q, g) for q, g, _ in grades(text)] == [
        ("North and East Shire Constabulary's effectiveness at keeping people safe", "Good")]
