"""Responses: per-recommendation blocks, quoted comments, letters after their preamble."""

from __future__ import annotations

from oversight.contract import Paper, Response
from oversight.extract.inspection.responses import extract_responses
from oversight.text import CleanText, PaperText


def responses(text: str, kind: str = "s55_response", force: str | None = None) -> list[Response]:
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind=kind, start=0, end=len(text), pages=[1, 1], force=force)
    extract_responses(PaperText(doc, 0, len(text)), record)
    for r in record.responses:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.quote
    return record.responses


def test_each_response_block_answers_the_recommendation_above_it() -> None:
    text = (
        "Recommendation 1 - Intelligence\n\nWith immediate effect, chief constables should act.\n\n"
        "### **Constabulary Response:**\n\nWe have an intelligence team.\n\nIt meets weekly.\n\n"
        "Recommendation 2 - Online content\n\nChief constables should monitor online content.\n\n"
        "Force response\n\nWe have two digital officers.\n"
    )
    got = responses(text, force="Exampleshire Constabulary")
    assert [(r.recommendation_id, r.text) for r in got] == [
        ("1", "We have an intelligence team. It meets weekly."),
        ("2", "We have two digital officers."),
    ]
    assert got[0].responder == "Exampleshire Constabulary"


def test_a_quoted_comment_is_one_response_however_many_paragraphs() -> None:
    text = (
        "Commissioner comments on HMICFRS report\n\n"
        "The Commissioner has commented on the report published by HMICFRS today.\n\n"
        "Jo said: “I welcome the latest inspection report.\n\n“There is much still to be done.”\n\n"
        "Chief Constable Sam Smith said: \"The force has already acted.\"\n\nThe full report can be read here.\n"
    )
    got = responses(text, kind="other")
    assert len(got) == 2
    assert got[0].text.startswith("I welcome the latest inspection report. “There is much still to be done")
    assert got[1].text.startswith("The force has already acted")
    assert got[1].responder == "Chief Constable Sam Smith"


def test_an_inspectors_quote_is_not_a_response() -> None:
    text = (
        "PEEL inspection published\n\nZoë Example, HM Inspector of Constabulary, said: “The force must improve.”\n"
    )
    assert responses(text, kind="peel_report") == []


def test_letter_body_starts_after_the_statutory_preamble() -> None:
    text = (
        "3 February 2023\n\nDear Chair\n\nI refer to the Panel’s report dated 2 February 2023.\n\n"
        "As the Panel will be aware, I have a statutory duty to respond. Therefore, this letter acts as my formal "
        "response. I note that the Panel agreed not to exercise its veto.\n\nI thank the Panel for its support.\n\n"
        "Yours sincerely\n\nA Person\nPolice and Crime Commissioner for Exampleshire\n"
    )
    got = responses(text, kind="pcc_letter")
    assert len(got) == 1
    assert got[0].text.startswith("I note that the Panel agreed not to exercise its veto.")
    assert got[0].responder == "Police and Crime Commissioner for Exampleshire"


def test_covering_letter_with_an_enclosed_response_has_none_of_its_own() -> None:
    text = (
        "Dear Home Secretary\n\nUnder Section 55(5) of the Police Act 1996, I am pleased to provide my formal "
        "response to the HMICFRS report.\n\nBoth the Chief Constable and I welcome this report.\n\n"
        "The Chief Constable's response to the recommendations is enclosed at Appendix 1.\n\nYours sincerely\n"
    )
    assert responses(text) == []


def test_third_person_welcome_when_nothing_is_quoted() -> None:
    text = (
        "12 March, 2024\n\nA Person, Exampleshire Police, Fire and Crime Commissioner, welcomes the latest report "
        "from His Majesty’s Inspectorate highlighting improvements.\n\nThe Inspectorate graded the force.\n"
    )
    got = responses(text, kind="other")
    assert [r.text[:20] for r in got] == ["A Person, Exampleshi"]


def test_a_defined_term_in_quotes_is_not_speech() -> None:
    text = (
        "HMICFRS inspection report\n\nI refer to the Police and Crime Panel (the “Panel”) and the Act as it "
        "comments “Panel” in its report.\n"
    )
    assert responses(text, kind="peel_report") == []


def test_unnumbered_recommendation_is_matched_by_its_text() -> None:
    from oversight.contract import Evidence, Recommendation

    rec_text = "By 31 March 2026, chief constables should review their public order command structures."
    ev = Evidence(page=1, start=0, end=1, quote="x")
    text = (
        "Recommendation:\n" + rec_text + "\n\nResponse: The force reviewed its command structure in May.\n\n"
        "Recommendation:\nChief constables should publish their plans.\n\nForce response\n\nPlans are published.\n"
    )
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind="s55_response", start=0, end=len(text), pages=[1, 1])
    record.recommendations.append(Recommendation(id="4", text=rec_text, evidence=ev))
    extract_responses(PaperText(doc, 0, len(text)), record)
    assert [(r.recommendation_id, r.text) for r in record.responses] == [
        ("4", "The force reviewed its command structure in May."),
        (None, "Plans are published."),
    ]


def test_an_inspectors_quote_running_over_two_paragraphs_is_still_not_a_response() -> None:
    text = (
        "His Majesty’s Inspector of Constabulary said: “The force has improved in several areas.\n\n"
        "“It still needs to answer calls more quickly.”\n\n"
        "The Chief Constable said: “We accept the findings and have a plan to act on them.”\n"
    )
    got = responses(text)
    assert [r.text[:20] for r in got] == ["We accept the findin"]
