"""A report's purpose and terms of reference, from numbered sections, plain headings or a sentence."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.report_fields import extract_report_fields
from oversight.text import CleanText, PaperText

NUMBERED = """REPORT OF THE POLICE, FIRE AND CRIME COMMISSIONER

1. PURPOSE

1.1 To give the Panel an overview of how complaints against the force are handled and
reviewed by the Commissioner's office.

2. RECOMMENDATION

2.1 The Panel is asked to note the report.

3. TERMS OF REFERENCE

3.1 Item 4 – to review or scrutinise decisions made, or other action taken, by the Commissioner.

3.2 Item 7 – to make reports or recommendations to the Commissioner.

4. BACKGROUND

4.1 Complaints fell last year.
"""

SENTENCE = """Police and Crime Panel, 12 June 2024
Its purpose is to set out the Commissioner's response to the Panel's report on the proposed precept. The
Panel met on 2 February."""


def _run(text: str) -> Paper:
    record = Paper(kind="panel_report", start=0, end=len(text), pages=[1])
    extract_report_fields(PaperText(CleanText(text), 0, len(text)), record)
    return record


def test_numbered_sections_give_purpose_and_each_term_of_reference() -> None:
    record = _run(NUMBERED)
    assert record.purpose is not None
    assert record.purpose.text == ("To give the Panel an overview of how complaints against the force are handled "
                                   "and reviewed by the Commissioner's office.")
    assert [t.text[:9] for t in record.terms_of_reference] == ["Item 4 – ", "Item 7 – "]
    for passage in [record.purpose, *record.terms_of_reference]:
        assert NUMBERED[passage.evidence.start:passage.evidence.end] == passage.evidence.quote


def test_a_purpose_sentence_is_read_when_there_is_no_heading() -> None:
    record = _run(SENTENCE)
    assert record.purpose is not None
    assert record.purpose.text.startswith("Its purpose is to set out") and record.purpose.text.endswith("precept.")
    assert record.terms_of_reference == []


def test_the_purpose_of_a_deliverable_in_an_update_is_not_the_report_purpose() -> None:
    text = "Update: The purpose of this deliverable is to commission a provider.\nNo other headings here."
    assert _run(text).purpose is None
