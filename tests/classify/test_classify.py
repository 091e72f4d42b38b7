"""Kinds and metadata from the openings of papers written in each genre's style."""

from __future__ import annotations

import pytest

from oversight.classify import classify_paper, describe_paper
from oversight.clean import clean_pages
from oversight.text import PaperText
from oversight.vocab import PAPER_KINDS


def paper(text: str) -> PaperText:
    doc = clean_pages([text])
    return PaperText(doc, 0, len(doc.text))


BODY = "\n\nThe Panel discussed the matter at length and noted the points raised by members.\n"

CASES = [
    ("panel_minutes", "MINUTES OF A MEETING OF THE WESTSHIRE POLICE AND CRIME PANEL\nON 3 MAY 2022\n\n"
     "1. Apologies for Absence\nApologies were received from Councillor Green." + BODY),
    ("panel_minutes", "WESTSHIRE POLICE AND CRIME PANEL\n\nMEETING HELD VIRTUALLY\n\n3 MAY 2022\n\nPRESENT: "
     "Councillor A Green (Chair)\n\nApologies for absence were received from Councillor Brown." + BODY),
    ("panel_report", "WESTSHIRE POLICE AND CRIME PANEL\nAgenda Item No. 6\n12 June 2022\nPublic Report\n\n"
     "Report of the Police and Crime Commissioner\n\nANNUAL REPORT\n\n1. PURPOSE" + BODY),
    ("forward_plan", "Westshire Police and Crime Panel\n\nAGENDA ITEM 9\n\nDRAFT AGENDA FORWARD PLAN 2022-23\n\n"
     "DATES\n\nITEMS\n\n12 JULY 2022\nPublic Questions" + BODY),
    ("plan_progress_report", "WESTSHIRE POLICE AND CRIME PANEL\nAgenda Item No. 7\n\nDELIVERY OF THE POLICE AND "
     "CRIME PLAN 2021-24 – PROGRESS REPORT\n\n1. PURPOSE" + BODY),
    ("panel_recommendation_report", "Westshire Police and Crime Panel\n\nREPORT OF THE WESTSHIRE POLICE AND CRIME "
     "PANEL\n\nRECOMMENDATION FOLLOWING CONSIDERATION OF THE PROPOSED PRECEPT" + BODY),
    ("s55_response", "Dear Home Secretary\n\nUnder section 55 of the Police Act 1996 I provide my response to the "
     "HMICFRS report on Westshire Constabulary.\n\nYours sincerely\n\nPolice and Crime Commissioner" + BODY),
    ("s55_response", "Commissioner responds to HMICFRS inspection report\n\nThe Police and Crime Commissioner "
     "said: “I welcome the report.”" + BODY),
    ("peel_report", "Westshire PEEL 2018\n\nHow effectively does the force reduce crime and keep people safe?\n\n"
     "Areas for improvement\n\n• The force should improve." + BODY),
    ("pcc_letter", "Office of the Police and Crime Commissioner\n\nPO Box 1\n\nDear Chair\n\nThank you for the "
     "Panel's report on the precept.\n\nYours sincerely\n\nA Person\nPolice and Crime Commissioner for Westshire"),
    ("pcc_decision", "Decision Reference Number: WPCC-0001\n\nDecision Title: Grants Scheme\n\nDate: 4 April 2022"
     + BODY),
    ("other", "Recipe for a sponge cake\n\nMix the flour and the sugar, then bake for twenty minutes."),
    ("other", "Dit is een tekst in een andere taal zonder bekende structuur."),
]


@pytest.mark.parametrize(("kind", "text"), CASES)
def test_kind_and_signals(kind: str, text: str) -> None:
    got, signals = classify_paper(paper(text))
    assert got == kind
    assert got in PAPER_KINDS
    assert signals and all(isinstance(s, str) and s for s in signals)


def test_single_line_paper_is_other_with_a_reason() -> None:
    kind, signals = classify_paper(paper("Hello"))
    assert kind == "other" and signals


def test_report_cover_metadata() -> None:
    text = ("WESTSHIRE POLICE AND CRIME PANEL\tAgenda Item No. 7\n18 March 2015\tPublic Report\n\n"
            "Report of Westshire Police and Crime Commissioner\n\nContact Officer – Pat Smith, Chief Executive\n\n"
            "POLICE AND CRIME PLAN OBJECTIVE FIVE\n\n1. PURPOSE\n\n1.1 Westshire Constabulary has met its targets, "
            "and Westshire Constabulary will report again." + BODY)
    view = paper(text)
    meta = describe_paper(view, "panel_report")
    assert meta.agenda_item == "7"
    assert meta.contact_officer == "Pat Smith"
    assert meta.document_date == "2015-03-18"
    assert meta.body is not None and meta.body.lower() == "westshire police and crime panel"
    assert meta.title == "POLICE AND CRIME PLAN OBJECTIVE FIVE"
    assert meta.force is None  # Westshire is not one of the 43 forces


def test_force_is_the_one_named_most_never_a_panel_or_commissioner() -> None:
    text = ("Surrey Police and Crime Panel\n\nThe Surrey Police and Crime Commissioner reported that Sussex Police "
            "had helped Surrey Police, and that Surrey Police would continue the joint work." + BODY)
    assert describe_paper(paper(text), "panel_report").force == "Surrey Police"


def test_force_written_in_capitals_is_given_its_own_spelling() -> None:
    text = "NORTHUMBRIA POLICE INSPECTION\n\nNORTHUMBRIA POLICE is good at keeping people safe." + BODY
    assert describe_paper(paper(text), "peel_report").force == "Northumbria Police"


def test_published_and_last_updated_dates() -> None:
    assert describe_paper(paper("A report\n\nPublished on: 7 January 2020\n\nText."), "peel_report").document_date \
        == "2020-01-07"
    assert describe_paper(paper("Page\n\nLast updated 20/01/2020\n\nText."), "peel_report").document_date \
        == "2020-01-20"
    # A data period in a sentence is not the paper's date.
    assert describe_paper(paper("Crimes recorded in the 12 months to 30 June 2017 fell."), "peel_report") \
        .document_date is None


def test_letter_date_and_body() -> None:
    text = ("Office of the Police and Crime Commissioner\n\nPO Box 1\n\n3 February 2023\n\nDear Chair\n\n"
            "I refer to your report.\n\nYours sincerely\n\nPolice and Crime Commissioner")
    meta = describe_paper(paper(text), "pcc_letter")
    assert meta.document_date == "2023-02-03"
    assert meta.body == "Office of the Police and Crime Commissioner"
    assert meta.title is None


def test_inspectorate_is_the_body_of_an_inspection_report() -> None:
    text = "HMICFRS inspected Kent Police in 2019 and found it good. Kent Police agreed." + BODY
    meta = describe_paper(paper(text), "peel_report")
    assert meta.body == "HMICFRS"
    assert meta.force == "Kent Police"
