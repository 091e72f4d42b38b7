"""Graded judgements from tables, question headings and prose."""

from __future__ import annotations

import time

from oversight.contract import Paper
from oversight.extract.inspection.grades import extract_grades, normalise_grade, paper_year, question_key
from oversight.text import CleanText, PaperText


def grades(text: str) -> list[tuple[str, str, int | None]]:
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind="peel_report", start=0, end=len(text), pages=[1, 1])
    extract_grades(PaperText(doc, 0, len(text)), record)
    for g in record.grades:
        assert text[g.evidence.start : g.evidence.end] == g.evidence.quote
    return [(g.question, g.grade, g.year) for g in record.grades]


FLATTENED_TABLE = (
    "Judgments \n\nOverall effectiveness 2017 \nRequires improvement \n\nQuestion  Grade \nLast \ninspected \n\n"
    "Preventing crime and tackling anti-social \n\nbehaviour  \nGood \n\n2016 \n\n"
    "Investigating crime and reducing re-\n\noffending  \nRequires improvement \n\n2017 \n\n"
    "Specialist capabilities Ungraded 2017 \n\nSummary \n\n"
    "The force requires improvement in its approach to keeping people safe and reducing crime.\n"
)


def test_flattened_table_gives_one_grade_per_row_with_its_year() -> None:
    assert grades(FLATTENED_TABLE) == [
        ("Overall effectiveness", "Requires improvement", 2017),
        ("Preventing crime and tackling anti-social behaviour", "Good", 2016),
        ("Investigating crime and reducing re-offending", "Requires improvement", 2017),
        ("Specialist capabilities", "Ungraded", 2017),
    ]


def test_question_heading_with_grade_line_and_lead_sentence_is_one_grade() -> None:
    text = (
        "Northumbria PEEL 2018\n\n\nHow efficiently does the force operate and how sustainable are its services?\n\n"
        "Last updated 09/09/2019\nRequires improvement\n\n"
        "Northumbria Police requires improvement so that it operates efficiently.\n\n"
        "The force requires improvement in the way it plans for the future.\n"
    )
    assert grades(text) == [
        ("How efficiently does the force operate and how sustainable are its services?", "Requires improvement",
         2018),
        ("the way it plans for the future", "Requires improvement", 2018),
    ]


def test_lead_sentence_grades_its_heading_question() -> None:
    text = (
        "Skip to content\n\nExampleshire PEEL 2018\n\n\nHow effectively does the force reduce crime and keep "
        "people safe?\n\nLast updated 20/01/2020\n\nExampleshire Constabulary is good at reducing crime and keeping "
        "people safe.\n\nIt is good at identifying and understanding vulnerability.\n\n"
        "In 2017, we judged the force to be good at tackling serious and organised crime.\n"
    )
    assert grades(text) == [
        ("How effectively does the force reduce crime and keep people safe?", "Good", 2018),
        ("tackling serious and organised crime", "Good", 2017),
    ]


def test_descriptive_good_is_not_a_grade() -> None:
    text = (
        "Community engagement is generally good. The force keeps good records of when it uses force. "
        "The force is good at prioritising its use of resources, and at flexing resources to meet demand. "
        "The force is consistently good at seeking feedback from its workforce.\n"
    )
    assert grades(text) == []


def test_not_yet_graded_is_not_a_grade() -> None:
    text = (
        "The extent to which the force is effective at keeping people safe and reducing crime is not yet graded.\n\n"
        "How effective is the force at keeping people safe and reducing crime?\n\nTo be graded\n"
    )
    assert grades(text) == []


def test_quoted_ratings_in_a_news_item() -> None:
    text = (
        "Inspectors have rated Exampleshire Police as ‘Good’ for Effectiveness, Efficiency and Legitimacy. "
        "The force was found to be ‘Good’ at investigating crime and ‘Good’ at tackling serious and organised "
        "crime. However, its work to prevent crime was deemed to ‘Require improvement’ while it was rated "
        "‘Inadequate’ at protecting those who are vulnerable from harm. In conclusion, the overall assessment is "
        "that the force ‘Requires Improvement’.\n"
    )
    got = grades(text)
    assert ("Effectiveness", "Good", None) in got
    assert ("Legitimacy", "Good", None) in got
    assert ("investigating crime", "Good", None) in got
    assert ("its work to prevent crime", "Requires improvement", None) in got
    assert ("protecting those who are vulnerable from harm", "Inadequate", None) in got
    assert ("overall assessment", "Requires improvement", None) in got


def test_grade_first_list_and_graded_lines() -> None:
    text = (
        "The Inspectorate graded the force across four areas of policing:\n\n"
        "• Good – Crime Data Integrity*\n• Adequate – Responding to the public\n\n"
        "How effective is the force at recording reported crime?\n\ngraded good\n\n"
        "Overall judgment graded requires improvement\n"
    )
    assert grades(text) == [
        ("Crime Data Integrity", "Good", None),
        ("Responding to the public", "Adequate", None),
        ("How effective is the force at recording reported crime?", "Good", None),
        ("Overall judgment", "Requires improvement", None),
    ]


def test_helpers() -> None:
    assert normalise_grade("requiring improvement") == "Requires improvement"
    assert normalise_grade("OUTSTANDING") == "Outstanding"
    assert question_key("How legitimate is the force at keeping people safe?") == "legitimacy"
    assert question_key("treating its workforce fairly") == "workforce_fairness"
    assert question_key("identifying and understanding vulnerability") is None
    assert paper_year("Skip to content\n\nEssex 2018/19\n\nRead more") == 2018
    assert paper_year("PEEL: Police effectiveness 2016 – Force Response") == 2016
    assert paper_year("12 March, 2024\n\nPFCC welcomes the report") is None


def test_long_line_does_not_hang() -> None:
    text = ("The force is good at " + "x" * 100_000 + "\n") * 2 + "Good\n" + "a " * 50_000
    started = time.perf_counter()
    grades(text)
    assert time.perf_counter() - started < 5


def test_a_row_of_grade_names_is_a_table_header_not_grades() -> None:
    text = (
        "Our judgments\n\nOutstanding\nGood\nAdequate\nRequires improvement\nInadequate\n\n"
        "Preventing crime and anti-social behaviour\n\nGood\n\nThis section sets out our findings.\n"
    )
    assert grades(text) == [("Preventing crime and anti-social behaviour", "Good", None)]
