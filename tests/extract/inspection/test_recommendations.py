"""Recommendations: numbered blocks with their lists, report recommendations, register entries."""

from __future__ import annotations

from oversight.contract import Paper, Recommendation
from oversight.extract.inspection.recommendations import addressees, due_date, extract_recommendations
from oversight.text import CleanText, PaperText


def recs(text: str, kind: str = "s55_response") -> list[Recommendation]:
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind=kind, start=0, end=len(text), pages=[1, 1])
    extract_recommendations(PaperText(doc, 0, len(text)), record)
    for r in record.recommendations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.quote
    return record.recommendations


NUMBERED = (
    "**Recommendation 1 - Command resilience**\n\n"
    "By 31 March 2026, the National Police Chiefs' Council and chief constables, working with the Home Office, "
    "should review their public order command structures.\n\nThey should plan to:\n\n"
    "- establish clear command roles;\n\n- test these arrangements; and\n"
    "- report on progress.\n\n### **Constabulary Response:**\n\nThe force has reviewed its structures.\n\n"
    "### **Recommendation 2 - Intelligence**\n\nWith immediate effect, chief constables should share intelligence.\n"
)


def test_numbered_block_keeps_its_list_title_due_and_addressees() -> None:
    got = recs(NUMBERED)
    assert [r.id for r in got] == ["1", "2"]
    first = got[0]
    assert first.title == "Command resilience"
    assert first.text == (
        "By 31 March 2026, the National Police Chiefs' Council and chief constables, working with the Home Office, "
        "should review their public order command structures. They should plan to: establish clear command roles; "
        "test these arrangements; and report on progress."
    )
    assert first.due == "2026-03-31"
    assert first.addressees == ["National Police Chiefs' Council", "chief constables"]
    assert got[1].due is None
    assert "The force has reviewed" not in first.text


def test_report_recommendation_to_a_committee() -> None:
    text = (
        "Summary\nThis report updates members.\nA. Recommendation\nThat Members note the report.\n"
        "B. Supporting information\n"
    )
    got = recs(text, kind="other")
    assert [(r.id, r.text, r.addressees) for r in got] == [(None, "That Members note the report.", ["Members"])]


def test_numbered_report_recommendation_takes_its_paragraph_number() -> None:
    text = "2. RECOMMENDATION\n\n2.1 The Panel is recommended to note the contents of this report.\n\n3. BACKGROUND\n"
    got = recs(text, kind="other")
    assert [(r.id, r.text) for r in got] == [("2.1", "The Panel is recommended to note the contents of this report.")]


def test_register_entry_in_deadline_first_form() -> None:
    text = (
        "Crime inspection force reports (7789)\n\nWithin three months, Exampleshire Police should review its "
        "practice. By March 2015, the force should implement a process.\n\n[on]27th November 2014[/on]\n"
    )
    got = recs(text, kind="peel_report")
    assert len(got) == 1
    assert got[0].id == "7789"
    assert got[0].due is None
    assert got[0].addressees == ["Exampleshire Police"]


def test_fragments_after_an_introduction_take_its_addressee() -> None:
    text = (
        "We made the following recommendations, in which we said that the force should:\n"
        "- improve the process of risk assessing callers;\n- make sure that call handlers are trained.\n"
        "Responding to the public\n"
    )
    got = recs(text, kind="peel_report")
    assert [r.text for r in got] == ["improve the process of risk assessing callers",
                                     "make sure that call handlers are trained"]
    assert all(r.addressees == ["the force"] for r in got)


def test_prose_should_and_mentions_are_not_recommendations() -> None:
    text = (
        "The force should make better use of its data. We also found the force:\n"
        "• created an action plan to address our 2014 recommendations and areas for improvement;\n"
        "• introduced an investigation team.\n"
    )
    assert recs(text, kind="peel_report") == []


def test_due_and_addressee_helpers() -> None:
    assert due_date("By 31 March 2026, chief constables should act.") == "2026-03-31"
    assert due_date("By March 2015, the force should act.") is None
    assert due_date("Within six months, forces should act.") is None
    assert addressees("Forces should publish their plans.") == ["Forces"]


def test_lead_in_ending_in_a_colon_keeps_its_bulleted_parts() -> None:
    text = (
        "Cause of concern\nThe force does not answer emergency calls quickly enough.\n"
        "Recommendations\n"
        "By 30 June 2025, the force should make sure that, for every emergency call:\n"
        "- it answers within the national standard;\n"
        "- call handlers assess risk using all the information it holds; and\n"
        "- it records the outcome.\n"
        "We found long delays at peak times.\n"
    )
    got = recs(text, kind="peel_report")
    assert len(got) == 1
    assert got[0].text.startswith("By 30 June 2025, the force should make sure that, for every emergency call:")
    assert got[0].text.endswith("it records the outcome.")
    assert got[0].due == "2025-06-30"
