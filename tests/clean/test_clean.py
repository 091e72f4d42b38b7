"""The cleaner on small strings in the style of PDF and web text dumps, and properties over the seeds."""

from __future__ import annotations

import time

import pytest

from oversight.clean import clean_pages
from oversight.samples import PAPERS

SEEDS = PAPERS  # the seed papers, as shipped in the package


def clean(*pages: str) -> str:
    return clean_pages(pages).text


def test_letter_spaced_line_with_wide_word_gaps_is_rejoined() -> None:
    text = clean("Feedback\n\n• I  f e e l  t h e  s e s s i o n  w a s  u s e f u l  – 9 . 6 9\n")
    assert "• I feel the session was useful – 9.69" in text


def test_letter_spaced_line_without_word_gaps_is_segmented_from_the_file_vocabulary() -> None:
    body = "The panel reviewed the training programme. Officers said the training was helpful.\n\n"
    text = clean(body + "• T h e t r a i n i n g p r o g r a m m e w a s h e l p f u l - 9 . 1 0\n")
    assert "• The training programme was helpful - 9.10" in text


def test_symbol_font_bullets_become_list_items() -> None:
    text = clean("The force should:\n\uf0b7 review its policy;\n\uf0a7 train its staff; and\n▪ report back.\n")
    assert "\n• review its policy;\n• train its staff; and\n• report back." in text


def test_any_private_use_glyph_opening_a_line_is_a_bullet() -> None:
    text = clean("Actions:\n\uf0a8 first action\n\uf02d second action\n")
    assert "• first action\n• second action" in text


def test_pdfium_line_end_hyphen_mark_is_a_hyphen() -> None:
    assert "re-offending rates" in clean("Work on re\x02\noffending rates continues.\n")


def test_markdown_bullets_and_markers_are_removed() -> None:
    text = clean("### **Constabulary Response:**\n\n- first point;\n* second point.\n")
    assert text.startswith("Constabulary Response:")
    assert "• first point;\n• second point." in text
    assert "**" not in text and "#" not in text


def test_hyphenated_line_end_is_rejoined_keeping_the_hyphen() -> None:
    text = clean("Investigating crime and reducing re-\n\noffending is the question.\n")
    assert "reducing re-offending is the question." in text


def test_double_spaced_wrapped_paragraph_is_unwrapped() -> None:
    page = (
        "The force has improved how it records crime and how it supports the victims of\n\n"
        "crime across the county, and it now reviews every case that is closed without\n\n"
        "a suspect being identified. It has trained its staff in the new process and it\n\n"
        "checks the quality of their work every month.\n\n"
        "Areas for improvement\n\n"
        "• The force should review its approach.\n"
    )
    text = clean(page)
    assert "supports the victims of crime across the county, and it now reviews every case" in text
    assert "\nAreas for improvement\n" in text


def test_blank_line_between_paragraphs_is_kept_in_single_spaced_text() -> None:
    text = clean("First paragraph ends here.\n\nSecond paragraph starts here.\n")
    assert text == "First paragraph ends here.\n\nSecond paragraph starts here."


def test_bare_page_number_between_page_gaps_is_removed_and_sentence_rejoined() -> None:
    page = (
        "More than two hundred officers across the county have received \n\n27\n\n\n\n"
        "specialised training in the new powers.\n"
    )
    text = clean(page)
    assert "have received specialised training" in text
    assert "27" not in text


def test_table_cells_with_bare_numbers_are_kept() -> None:
    text = clean("Question  Grade\nLast inspected\n\nPreventing crime\nGood\n\n2016\n\nOverall\n3\n\nEnd.\n")
    assert "2016" in text and "\n3\n" in text


def test_footnote_block_is_moved_out_of_the_paragraph_and_markers_unfused() -> None:
    page = (
        "The force reviewed 2,70022 files in the 12 months to 30 June 20175,6 and found that\n\n"
        "                                            \n"
        "5 Figures exclude one force.\n\n"
        "6 Data from the Home Office.\n\n"
        "22 Sixty files per force.\n"
        " most were of a good standard.\n\n"
        "The next paragraph.\n"
    )
    text = clean(page)
    assert "reviewed 2,700 files in the 12 months to 30 June 2017 and found that most were of a good standard." in text
    assert "5 Figures exclude one force." in text
    assert text.index("22 Sixty files per force.") > text.index("most were of a good standard.")


def test_pdf_pages_footnotes_at_the_foot_running_header_and_page_number() -> None:
    header = "Westshire Constabulary Inspection 2017"
    first = (f"{header}\nThe force reviewed its approach to domestic abuse during the\n"
             "summer and found that the golden hour3 was not always used well by\n"
             "officers who attended, and the Bureau (NFIB)4 referred 578 cases to the force for further\n"
             "3 Golden hour refers to the time after a crime has been committed.\n"
             "4 The Bureau is a police unit.\n1")
    second = f"{header}\ninvestigation. All were examined properly.\nAreas for improvement\n2"
    doc = clean_pages([first, second])
    text = doc.text
    assert "the golden hour was not always used well" in text
    assert "(NFIB) referred 578 cases to the force for further investigation. All were examined" in text
    assert text.count(header) == 1
    assert text.index("3 Golden hour") > text.index("All were examined properly.")
    assert doc.page_at(text.index("investigation.")) == 2


def test_marker_without_matching_footnote_is_left_alone() -> None:
    text = clean("The force executed 64 warrants in 20175 cases.\n")
    assert "20175" in text


def test_page_starts_follow_the_pages() -> None:
    doc = clean_pages(["First page text.\n", "Second page text.\n", "", "Fourth page.\n"])
    assert doc.page_count == 4
    assert doc.page_text(2).strip() == "Second page text."
    assert doc.page_at(doc.text.index("Fourth")) == 4


def test_running_header_repeated_on_every_page_is_removed() -> None:
    pages = [
        f"Force Inspection Report 2023\n\nSection {n}\n\nBody text of page {n} goes here.\n\nMore.\n\nPage {n} of 6\n"
        for n in range(1, 7)
    ]
    text = clean(*pages)
    assert text.count("Force Inspection Report 2023") <= 2
    assert "Page 4 of 6" not in text
    assert "Body text of page 6 goes here." in text


@pytest.mark.parametrize("line", ["a " * 50_000, "T h e " * 30_000, "*a" * 50_000, "1" * 100_000, "-" * 100_000,
                                  "word, " * 20_000, "[x](" * 25_000])
def test_adversarial_long_lines_do_not_hang(line: str) -> None:
    started = time.perf_counter()
    clean_pages([line])
    assert time.perf_counter() - started < 5


def test_ten_thousand_pages_clean_quickly() -> None:
    page = "The panel considered the report of the Commissioner on the\n\nprecept for the coming year.\n\n12\n"
    started = time.perf_counter()
    doc = clean_pages(page for _ in range(10_000))
    assert doc.page_count == 10_000
    assert time.perf_counter() - started < 20


def test_other_language_text_survives() -> None:
    text = clean("Adroddiad y Comisiynydd Heddlu a Throseddu ar gyfer\nDyfed-Powys.\n")
    assert "Adroddiad y Comisiynydd Heddlu a Throseddu ar gyfer Dyfed-Powys." in text


# Properties of the cleaner on the seed papers: sentences the raw layout breaks read as prose.

needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="seed papers not available")


def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return clean_pages(path.read_text(encoding="utf-8").split("\f")).text


@needs_seeds
def test_letter_spaced_slides_of_the_pack_read_as_prose() -> None:
    text = _seed("004")
    assert "The discussions with the other people attending the workshop were helpful and useful – 9.62" in text
    assert "Overall, I am satisfied with the quality of the workshop – 9.77" in text
    assert "I feel the workshop was useful to me in terms of my performance in my leadership role" in text


@needs_seeds
def test_footnote_interrupted_paragraphs_of_the_peel_report_read_as_prose() -> None:
    text = _seed("002")
    assert ("We reviewed a small sample of telephone investigations during our inspection and found them to be "
            "mostly an appropriate response for this type of resolution.") in text
    assert "for offences recorded in the 12 months to 30 June 2017\n" in text
    assert "during the ‘golden hour’ immediately after an incident." in text
    assert ("The IOM cohort includes offenders who are violent as well as those who repeatedly commit "
            "domestic abuse offences.") in text


@needs_seeds
def test_cleaning_keeps_every_word_of_the_seeds() -> None:
    import re

    for path in SEEDS.glob("*.txt"):
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_pages(raw.split("\f")).text
        raw_words = {w for w in re.findall(r"[A-Za-z]{4,}", raw) if w.lower() != "http"}
        kept = set(re.findall(r"[A-Za-z]{4,}", cleaned))
        missing = raw_words - kept
        # Letter-spaced words are rebuilt, so only words made of spaced letters may be absent.
        assert len(missing) <= 5, (path.name, sorted(missing)[:20])
