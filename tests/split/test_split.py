"""Splitting packs into papers: synthetic packs in the genre's layout, and properties over the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oversight.clean import clean_pages
from oversight.split import split_papers
from oversight.text import CleanText

SHARED = Path(__file__).resolve().parents[3] / "shared"

FILLER = "The Panel considered the report and discussed the matters it raised in some detail. " * 5

MINUTES = (
    "Northshire Police and Crime Panel\n"
    "MINUTES OF A MEETING OF THE NORTHSHIRE POLICE AND CRIME PANEL\n\nON 4 MARCH 2024\n\n"
    "1. Apologies for Absence\n\nApologies were received from Councillor Smith.\n\n"
    "2. Minutes of the previous meeting\n\nThe minutes were agreed.\n\n" + FILLER + "\n\n"
    "The meeting began at 2:00pm and ended at 4:10pm\nCHAIRMAN\n\n"
)
ACTIONS = "ITEM  ACTION\n\n1. Budget\n\nThe Panel NOTED the report and asked for a further update in June.\n" + FILLER
REPORT = (
    "NORTHSHIRE POLICE AND CRIME\nPANEL\n\nAgenda Item No. 5\n\n4 March 2024\n\nPublic Report\n\n"
    "Report of the Police and Crime Commissioner\n\nContact Officer – Sam Jones, Chief Executive\n\n"
    "ANNUAL UPDATE\n\n1. PURPOSE\n\n1.1 To update the Panel.\n\n" + FILLER + "\n\n"
)
LETTER = (
    "Office of the Police and Crime Commissioner\n\nPO Box 100\n\nNS1 2AB\n\n5 March 2024\n\n"
    "Dear Chair\n\nThank you for the Panel's report.\n\n" + FILLER + "\n\nYours sincerely\n\n"
    "Alex Brown\nPolice and Crime Commissioner for Northshire\n\n"
)
ENCLOSURE = "Northshire Constabulary's response to the inspection report\n\nRecommendation 1\n\n" + FILLER


def spans_of(text: str) -> tuple[CleanText, list[tuple[int, int]]]:
    doc = clean_pages([text])
    return doc, split_papers(doc)


def starts(doc: CleanText, spans: list[tuple[int, int]]) -> list[str]:
    return [doc.text[start : start + 25] for start, _ in spans]


def assert_well_formed(doc: CleanText, spans: list[tuple[int, int]]) -> None:
    assert spans, "every file yields at least one paper"
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(doc.text)
        assert not doc.text[previous_end:start].strip(), "text between papers is lost"
        previous_end = end
    assert not doc.text[previous_end:].strip()


def test_pack_is_cut_at_minutes_action_sheet_report_and_letter() -> None:
    doc, spans = spans_of(MINUTES + ACTIONS + "\n\n" + REPORT + LETTER)
    assert_well_formed(doc, spans)
    opened = starts(doc, spans)
    assert len(spans) == 4
    assert opened[0].startswith("Northshire Police and Cri")
    assert opened[1].startswith("ITEM  ACTION")
    assert opened[2].startswith("NORTHSHIRE POLICE AND CRI")
    assert opened[3].startswith("Office of the Police")


def test_bare_minutes_heading_under_the_panel_name_opens_a_paper() -> None:
    minutes = "EASTSHIRE POLICE AND CRIME PANEL\n\nMINUTES\n\n12 June 2024\n\nPresent: Councillor A\n\n" + FILLER
    doc, spans = spans_of(REPORT + minutes)
    assert len(spans) == 2
    assert doc.text[spans[1][0] :].startswith("EASTSHIRE POLICE AND CRIME PANEL\n\nMINUTES")


def test_letter_and_its_enclosure_are_two_papers() -> None:
    doc, spans = spans_of(LETTER + ENCLOSURE)
    assert_well_formed(doc, spans)
    assert len(spans) == 2
    assert doc.text[spans[1][0] :].startswith("Northshire Constabulary's response")


def test_approving_previous_minutes_is_not_a_new_paper() -> None:
    _, spans = spans_of(MINUTES)
    assert len(spans) == 1


def test_file_that_is_one_paper_is_one_span() -> None:
    doc, spans = spans_of(REPORT)
    assert spans == [(0, len(doc.text))]


def test_pack_with_no_headers_is_one_paper() -> None:
    doc, spans = spans_of(FILLER * 20)
    assert len(spans) == 1
    assert_well_formed(doc, spans)


def test_single_line_paper() -> None:
    _, spans = spans_of("Dear Chair")
    assert spans == [(0, len("Dear Chair"))]


def test_empty_text_still_yields_a_span() -> None:
    assert split_papers(CleanText(text="")) == [(0, 0)]


def test_text_in_another_language_is_one_paper() -> None:
    _, spans = spans_of("Cofnodion cyfarfod y panel. " * 50)
    assert len(spans) == 1


def test_long_adversarial_line_is_split_quickly() -> None:
    doc, spans = spans_of("Agenda Item No. 5 " * 6000)
    assert_well_formed(doc, spans)


@pytest.mark.skipif(not (SHARED / "gold" / "seeds").exists(), reason="seed gold not available")
def test_seed_packs_give_the_gold_number_of_papers_within_one() -> None:
    counts: dict[str, int] = {}
    for path in (SHARED / "gold" / "seeds").glob("*.json"):
        source = json.loads(path.read_text())["source"]
        counts[source] = counts.get(source, 0) + 1
    for source, expected in counts.items():
        doc = clean_pages((SHARED / "seeds" / source).read_text(encoding="utf-8").split("\f"))
        spans = split_papers(doc)
        assert_well_formed(doc, spans)
        assert abs(len(spans) - expected) <= 1, source


def test_openings_are_found_whatever_their_case() -> None:
    # Lines are passed over cheaply unless they hold an opening's words; case must not hide one.
    body = "\n".join(f"The panel discussed item {n} of the plan at some length." for n in range(12))
    for opening in ("Minutes Of A Meeting Of The Police And Crime Panel", "AGENDA ITEM NO. 7",
                    "DEAR COUNCILLOR SMITH,"):
        header = "Office of the Police and Crime Commissioner\nPO Box 688\n\n" if opening.startswith("DEAR") else ""
        text = body + "\n\n" + header + opening + "\n" + body + "\n"
        spans = split_papers(CleanText(text))
        assert len(spans) == 2, opening
