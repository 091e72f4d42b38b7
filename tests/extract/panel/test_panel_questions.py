"""Members' questions: who asked, who answered first, statements and public questions left out."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.questions import extract_questions
from oversight.text import CleanText, PaperText


def _questions(text: str) -> list[tuple[str | None, str | None, str]]:
    record = Paper(kind="panel_minutes", start=0, end=len(text), pages=[1])
    extract_questions(PaperText(CleanText(text), 0, len(text)), record)
    for q in record.questions:
        assert q.evidence.quote == text[q.evidence.start : q.evidence.end]
    return [(q.asker, q.respondent, q.text[:24]) for q in record.questions]


POINTS = """The Panel made comment, asked questions, and received responses, these included:

1. The Chair thanked the Commissioner for the report.

2. Councillor Ash stated there had been a fall in survey responses; what had gone wrong? The
Commissioner stated that the survey had changed.

3. Councillor Birch thanked the office for the report and asked the Commissioner about estates.
Councillor Birch also asked about budgets. Dan Elm responded that the estate was under review.

4. Councillor Cedar stated that the budget was tight and the Panel should watch it closely.

5. A member of the public asked why the station had closed. The Commissioner explained the reasons.
"""


def test_numbered_points_that_ask_are_questions_with_the_first_answerer() -> None:
    assert _questions(POINTS) == [
        ("Councillor Ash", "The Commissioner", "Councillor Ash stated th"),
        ("Councillor Birch", "Dan Elm", "Councillor Birch thanked"),
    ]


def test_in_response_to_a_query_gives_a_question_without_an_asker() -> None:
    text = ("5.1Minute 6 – Rural Crime\n\nIn response to a query the Police Commissioner commented that figures had "
            "fallen.\n\n6.\n\nANNUAL REPORT\n")
    assert _questions(text) == [(None, "the Police Commissioner", "In response to a query t")]


def test_passive_challenges_count_but_concerns_and_cut_off_points_do_not() -> None:
    text = ("· Concern was raised that 134 families could not be contacted.\n"
            "· The PFCC was challenged whether the figures reflected population.\n"
            "· A member sought and gained reassurance that calls were triaged.\n"
            "· The PFCC was questioned as to how the van proje")
    assert _questions(text) == [
        (None, None, "The PFCC was challenged "),
        ("A member", None, "A member sought and gain"),
    ]


def test_a_topic_before_the_asker_and_a_role_answering() -> None:
    text = ("  1. Regarding the finding that repeat victims are missed, a Member asked if best practice could be "
            "used. The Head of Contact (OPCC) explained that a new system was in place.\n")
    assert _questions(text) == [("a Member", "The Head of Contact (OPCC)", "Regarding the finding th")]


def test_officers_remarks_are_not_questions() -> None:
    assert _questions("1. The Chief Constable asked officers to review the data. It was done.\n") == []


def test_a_paragraph_with_two_exchanges_gives_two_questions_without_the_officers_opening() -> None:
    text = ("The Commissioner presented the report. Councillor A Smith asked about response times. The Chief "
            "Constable said they had improved. Councillor B Jones asked whether calls were answered. The PCC "
            "explained that they were.\n")
    assert _questions(text) == [
        ("Councillor A Smith", "The Chief Constable", "Councillor A Smith asked"),
        ("Councillor B Jones", "The PCC", "Councillor B Jones asked"),
    ]
