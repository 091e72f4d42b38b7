"""Causes of concern in the inspectorate's Engage announcements (synthetic text in the genre's style)."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.inspection.findings import extract_causes_of_concern
from oversight.text import CleanText, PaperText


def concerns(text: str) -> list[str]:
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind="peel_report", start=0, end=len(text), pages=[1, 1])
    extract_causes_of_concern(PaperText(doc, 0, len(text)), record)
    for c in record.causes_of_concern:
        assert text[c.evidence.start : c.evidence.end] == c.evidence.quote
    return [c.text for c in record.causes_of_concern]


def test_unbulleted_fragments_after_an_engage_introduction() -> None:
    text = (
        "The Chief Inspector has moved Northshire Police into Engage because the force needs to:\n\n"
        "answer emergency calls within the national standard;\n\n"
        "supervise investigations effectively; and\n\n"
        "improve how it manages registered sex offenders.\n\n"
        "More detail will follow in the next inspection report.\n"
    )
    assert concerns(text) == [
        "answer emergency calls within the national standard",
        "supervise investigations effectively",
        "improve how it manages registered sex offenders",
    ]


def test_bulleted_fragments_after_an_enhanced_monitoring_introduction() -> None:
    text = (
        "The force was placed in enhanced monitoring because:\n"
        "  • the force doesn't record crime accurately; and\n"
        "  • it lacks adequate strategic plans.\n"
    )
    assert concerns(text) == ["the force doesn't record crime accurately", "it lacks adequate strategic plans"]


def test_a_sentence_mentioning_engage_is_not_a_list() -> None:
    text = "The force moved into Engage in 2023 because of call handling: this is now resolved.\nThe end.\n"
    assert concerns(text) == []


def test_two_fragments_joined_on_one_line_are_two_concerns() -> None:
    text = (
        "We placed the force into Engage because the force needs to:\n\n"
        "answer calls on time;\n\n"
        "improve its understanding of demand; and have adequate strategic plans in place.\n"
    )
    assert concerns(text) == [
        "answer calls on time",
        "improve its understanding of demand",
        "have adequate strategic plans in place",
    ]
