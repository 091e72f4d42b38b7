"""Areas for improvement and causes of concern on small strings in the genre's layouts."""

from __future__ import annotations

from collections.abc import Callable

from oversight.contract import Paper
from oversight.extract.inspection.findings import extract_areas_for_improvement, extract_causes_of_concern
from oversight.text import CleanText, PaperText


def run(fn: Callable[[PaperText, Paper], None], text: str, kind: str = "peel_report") -> Paper:
    doc = CleanText(text=text, page_starts=[0])
    record = Paper(kind=kind, start=0, end=len(text), pages=[1, 1])
    fn(PaperText(doc, 0, len(text)), record)
    return record


def afis(text: str) -> list[str]:
    return [f.text for f in run(extract_areas_for_improvement, text).areas_for_improvement]


def concerns(text: str) -> list[str]:
    return [f.text for f in run(extract_causes_of_concern, text).causes_of_concern]


PDF_LIST = (
    "The force is effectively targeting high-risk offenders. \n\n \n\nAreas for improvement \n\n"
    "• The force should ensure that there is regular and active supervision of \n\n"
    "investigations, to improve quality and progress.  \n\n"
    "• The force should review its use of DVPOs, DVPNs and Clare’s Law to \n\n"
    "ensure that it is making best use of these powers.  \n"
    " Protecting vulnerable people and supporting victims \n\n \nRequires improvement \n"
)


def test_pdf_wrapped_bullets_are_joined_into_whole_items() -> None:
    assert afis(PDF_LIST) == [
        "The force should ensure that there is regular and active supervision of investigations, "
        "to improve quality and progress.",
        "The force should review its use of DVPOs, DVPNs and Clare’s Law to ensure that it is making best use "
        "of these powers.",
    ]


def test_cleaned_layout_gives_the_same_items() -> None:
    cleaned = (
        "Areas for improvement\n\n• The force should ensure regular and active supervision of the quality and "
        "progress of investigations. This supervision should be properly recorded.\n"
        "• The force should evaluate and share problem-solving plans routinely.\n\nDetailed findings for question 2\n"
    )
    assert afis(cleaned) == [
        "The force should ensure regular and active supervision of the quality and progress of investigations. "
        "This supervision should be properly recorded.",
        "The force should evaluate and share problem-solving plans routinely.",
    ]


def test_should_sentences_and_should_also_lists_are_not_afis() -> None:
    text = (
        "The force should make sure that its staff understand unconscious bias.\n"
        "The force should also:\n- improve how it listens to community concerns; and\n"
        "- develop a more systematic way of bringing research to problem solving.\n"
        "Examples of good practice include:\n- neighbourhood teams working well with the local authority.\n"
    )
    assert afis(text) == []


def test_item_cut_off_at_the_end_of_the_text_is_dropped() -> None:
    text = (
        "Areas for improvement\n\n  • The force should conduct a workforce skills audit.\n"
        "  • The force should make sure it is fully aware of officer workload when allocating and deploying "
    )
    assert afis(text) == ["The force should conduct a workforce skills audit."]


def test_needs_to_paragraphs_under_the_heading_without_bullets() -> None:
    text = (
        "Areas for improvement\n\nThe force needs to ensure that public expectations form part of planning.\n\n"
        "The force needs to better understand its future demand.\n\nHow well does the force plan?\n"
    )
    assert afis(text) == [
        "The force needs to ensure that public expectations form part of planning.",
        "The force needs to better understand its future demand.",
    ]


def test_tracker_marker_lines_take_only_the_title_line() -> None:
    text = (
        "11 areas for improvement\nAreas for improvement\nAFI\n"
        "The force needs to improve its training on stop and search\n"
        "During our inspection, we reviewed 194 records. Officers should understand the rules.\n"
        "Causes for concern\nConcern\nOpen\nThe constabulary needs to answer calls faster\n"
        "There are capacity issues in the control room.\n"
    )
    assert afis(text) == ["The force needs to improve its training on stop and search"]
    assert concerns(text) == ["The constabulary needs to answer calls faster"]


def test_marker_title_run_into_its_paragraph_by_the_cleaner_is_cut_at_the_new_sentence() -> None:
    text = "AFI\nThe force needs to improve how it records crimes There are delays in recording. It is slow.\n"
    assert afis(text) == ["The force needs to improve how it records crimes"]


def test_quoted_area_for_improvement_in_minutes() -> None:
    text = (
        "A Panel member asked how one of the Areas for Improvement identified in the 2019 inspection that "
        "‘the force should ensure its aversion to risk is not constraining ideas’ had been addressed.\n"
        "Another member noted the ‘areas for improvement’ (AFIs) in the report.\n"
    )
    assert afis(text) == ["the force should ensure its aversion to risk is not constraining ideas"]


def test_causes_of_concern_fragments_after_an_introduction() -> None:
    text = (
        "We identified three causes of concern, which were that the force:\n"
        "- was failing to identify the vulnerability of victims at first contact;\n"
        "- did not protect vulnerable people from harm; and\n"
        "- did not have adequate strategic plans in place.\n"
        "On 24 June 2022, we decided to place the force into engage.\n"
    )
    assert concerns(text) == [
        "was failing to identify the vulnerability of victims at first contact",
        "did not protect vulnerable people from harm",
        "did not have adequate strategic plans in place",
    ]


def test_cause_of_concern_sentence_keeps_decimals_and_brackets() -> None:
    text = (
        "Work remains. It is a cause of concern that the recording rate for violent crime is only 84.3 percent "
        "(with a confidence interval of +/- 2.84 percent). And many are domestic abuse."
    )
    assert concerns(text) == [
        "It is a cause of concern that the recording rate for violent crime is only 84.3 percent "
        "(with a confidence interval of +/- 2.84 percent)."
    ]


def test_press_paraphrase_is_not_a_cause_of_concern() -> None:
    text = "The report notes that the historical backlog in vetting officers is a cause for concern.\n"
    assert concerns(text) == []


def test_evidence_quotes_the_item_span() -> None:
    record = run(extract_areas_for_improvement, PDF_LIST)
    for item in record.areas_for_improvement:
        assert PDF_LIST[item.evidence.start : item.evidence.end] == item.evidence.quote
        assert item.evidence.quote.startswith("The force should")


def test_mentions_for_panel_papers_read_only_explicit_forms() -> None:
    from oversight.extract.inspection.mentions import extract_inspection_mentions

    text = (
        "Key points raised in the discussion:\n\n"
        "2. A Panel member asked how one of the Areas for Improvement identified in the 2019 PEEL inspection that "
        "‘the force should ensure its aversion to risk is not constraining ideas’ had been addressed. In response, "
        "the PCC said the force was not pleased with the overall Requires Improvement rating for Efficiency.\n\n"
        "Areas for improvement\n\n• The force should improve its data.\n\nPerformance | Good\nGood\n"
    )
    record = run(extract_inspection_mentions, text, kind="panel_report")
    assert [f.text for f in record.areas_for_improvement] == [
        "the force should ensure its aversion to risk is not constraining ideas"
    ]
    assert [(g.question, g.grade, g.year) for g in record.grades] == [("Efficiency", "Requires improvement", 2019)]


def test_label_and_finding_on_one_line() -> None:
    text = (
        "AFI 1: The force should improve how it supervises investigations.\n"
        "Response: The force has appointed supervisors.\n"
        "Cause of concern 2 – The force does not answer emergency calls quickly enough.\n"
        "AFI 2: see above\n"
    )
    assert afis(text) == ["The force should improve how it supervises investigations."]
    assert concerns(text) == ["The force does not answer emergency calls quickly enough."]
