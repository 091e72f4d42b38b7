"""Genre-level signals: plan progress papers, inspectorate press pages, PEEL pages and pages that only
describe inspection responses.  Every text is written here in the shape of its genre, for a made-up
force, so the rules are tested on the pattern rather than on any one paper's wording."""

from __future__ import annotations

import time

import pytest

from oversight.classify import classify_paper, describe_paper
from oversight.clean import clean_pages
from oversight.text import PaperText


def paper(text: str) -> PaperText:
    doc = clean_pages([text])
    return PaperText(doc, 0, len(doc.text))


def kind_of(text: str) -> str:
    return classify_paper(paper(text))[0]


# An office's delivery plan flattened into one paragraph by a PDF mirror: a count above the text, a RAG
# key, then a contents list whose third part is a tracker of responses to inspection reports.
OFFICE_DELIVERY_PLAN = (
    "14\nStatus key: Green on track or done; Amber slipping or at risk; Red well behind or failed 1 Westshire "
    "OPCC Delivery Plan 2022/23 (as at 03.10.2022) The plan is in three parts: Part A tracks work of the "
    "Office of the Police and Crime Commissioner on the Police and Crime Plan; Part B covers the other duties "
    "of the PCC and the OPCC. Part C: HMICFRS report response tracker Part A Priority 1 Safer streets Action "
    "Due Owner Progress RAG 1.1 Review how the force tackles knife crime in town centres Ongoing PCC JB Work "
    "continues with partners. 1.2 Fund two more youth diversion workers Q3 PCC KL Recruitment under way."
)


def test_office_delivery_plan_with_a_response_tracker_is_plan_progress_not_a_response() -> None:
    kind, signals = classify_paper(paper(OFFICE_DELIVERY_PLAN))
    assert kind == "plan_progress_report"
    assert "as at 03.10.2022" in signals[0]


def test_office_delivery_plan_metadata_names_the_office_and_its_as_at_date() -> None:
    meta = describe_paper(paper(OFFICE_DELIVERY_PLAN), "plan_progress_report")
    assert meta.body == "Westshire OPCC"
    assert meta.document_date == "2022-10-03"
    assert meta.title != "14"  # a page count above the text is not its title


@pytest.mark.parametrize("title", [
    "Police, Fire and Crime Plan Delivery Progress – Panel meeting 2 May 2023",
    "Police & Crime Plan 2021-25: progress update, quarter 3",
    "Progress report on the Police and Crime Plan",
])
def test_plan_progress_titles_of_any_force_are_plan_progress(title: str) -> None:
    text = (f"{title}\n\nDashboard\n\nCompleted projects 12\nCurrent projects 9\nCandidate projects 3\n\n"
            "Project\nObjective\nForecast end date\nNew case management system\nTo replace the old one\nMar 24\n")
    assert kind_of(text) == "plan_progress_report"


def test_a_plan_monitored_by_indicators_is_not_a_plan_progress_paper() -> None:
    text = ("Westshire Police and Crime Panel\nPolice & Crime Plan Monitoring Report Q2 2022/23\n\n"
            "Headlines: cadet scheme launched; speed watch extended\nKey indicators: 999 answer times\n")
    assert kind_of(text) == "panel_report"


def test_council_page_minuting_a_plan_update_is_the_panels_record_of_the_item() -> None:
    text = ("Agenda item\n\nPolice and Crime Plan Delivery Update (Quarter 1)\n\nMinutes:\n\nThe Panel considered "
            "a report of the Commissioner on delivery of the plan. A member asked about response times and the "
            "Commissioner replied that they had improved.\n")
    assert kind_of(text) == "panel_report"


def test_response_that_mentions_a_delivery_plan_stays_a_response() -> None:
    text = ("Commissioner's response to the HMICFRS inspection of Westshire Police\n\nI welcome the report. "
            "The force has a delivery plan; its progress update will come to my board in June.\n")
    assert kind_of(text) == "s55_response"


INSPECTORATE_PRESS_PAGE = (
    "PEEL: police legitimacy 2019 – force press releases\n\n"
    "As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), we looked "
    "at how fairly forces treat the public. Below are the releases for each force.\n\n"
    "Westshire Constabulary treats the public fairly\n\nInspectors found that Westshire Constabulary:\n\n"
    "• is ‘good’ at treating the public fairly;\n• is ‘outstanding’ at behaving ethically; and\n"
    "• is ‘good’ at treating its workforce fairly.\n\nHM Inspector of Constabulary A Person said:\n\n"
    "“The constabulary has done well this year.”\n"
)


def test_inspectorate_press_page_with_quoted_grades_is_a_peel_report() -> None:
    kind, signals = classify_paper(paper(INSPECTORATE_PRESS_PAGE))
    assert kind == "peel_report"
    assert "‘good’" in signals[0] or "‘outstanding’" in signals[0]


def test_peel_page_asking_its_questions_of_the_force_is_a_peel_report() -> None:
    assert kind_of("Westshire PEEL 2017\nOther inspections\nHow well has the force performed in our other "
                   "inspections?\nHMICFRS inspects many areas of policing through the year.\n") == "peel_report"
    assert kind_of("2016 PEEL police effectiveness inspection\n\nHMIC inspected the force. The inspection "
                   "asked:\n1. How effective is the force at preventing crime?\n2. How effective is the force at "
                   "protecting vulnerable people?\n") == "peel_report"


def test_commissioner_receiving_the_inspectorates_verdict_is_a_response() -> None:
    text = ("The Police and Crime Commissioner for Westshire today received HMIC’s judgement of Westshire "
            "Police, which was judged as ‘requires improvement’ for effectiveness in the latest PEEL inspection.\n"
            "He said the force would act on every point.\n")
    assert kind_of(text) == "s55_response"


def test_inspectorate_annual_assessment_citing_section_54_is_not_a_statutory_response() -> None:
    text = ("The Annual Assessment of Policing 2015\nHM Chief Inspector of Constabulary\n\nSection 54 of the "
            "Police Act 1996 requires me to report each year on inspections by HMIC.\n\nContents\n")
    assert kind_of(text) in ("inspection_report", "other")


def test_page_listing_several_responses_is_an_index_not_a_response() -> None:
    text = ("Inspections\n\nHMICFRS inspects the force and the Commissioner publishes comments here.\n"
            "PCC Response to HMICFRS Custody Inspection 2019\nPCC Response to PEEL Effectiveness 2018\n"
            "PCC & Force Response to PEEL Legitimacy 2017\nPCC & Force Response to PEEL Efficiency 2017\n")
    kind, signals = classify_paper(paper(text))
    assert kind == "other"
    assert "list of responses" in signals[0]


def test_page_describing_the_response_duty_and_grade_scale_is_other() -> None:
    text = ("HMICFRS inspections\n\nThe force is inspected by HMICFRS. Each force is graded as outstanding, good, "
            "adequate, requires improvement or inadequate in the PEEL inspection.\n\nThe Commissioner responds "
            "to all inspection reports and publishes each reply on this website.\n")
    assert kind_of(text) == "other"


def test_commissioners_responsibility_is_not_a_response() -> None:
    text = ("Holding the force to account\n\nThe Commissioner's responsibility is to hold the Chief Constable to "
            "account for policing. HMICFRS also inspects the force.\n")
    assert kind_of(text) == "other"


def test_pcc_press_release_on_another_subject_stays_other() -> None:
    text = ("Commissioner opens community fund\n\nThe Police and Crime Commissioner said groups can bid for up "
            "to £3,000 for projects that cut anti-social behaviour. Bids close on 1 March 2024.\n")
    assert kind_of(text) == "other"


@pytest.mark.parametrize("line", [
    "Police and Crime Plan " * 6000,
    "Delivery Plan as at " * 6000,
    "Response to HMICFRS inspection\n" * 3000,
    "judged as good, " * 8000,
    "how well does the " * 6000,
    "Commissioner received " * 6000,
])
def test_new_signals_stay_fast_on_adversarial_text(line: str) -> None:
    started = time.perf_counter()
    classify_paper(paper(line))
    assert time.perf_counter() - started < 2
