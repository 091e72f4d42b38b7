"""Flattened table cells stay apart; wrapped sentences still join."""

from __future__ import annotations

from oversight.clean import clean_pages

TABLE = """DATE ITEMS VENUE
19 JULY 2023
Review of the previous meeting's actions and the matters arising from
them
Annual Report of the Commissioner
Integrity in Policing
Rules of Procedure
Panel Annual Report
Council Chamber
"""


def test_title_like_cells_are_not_joined_into_one_line() -> None:
    lines = clean_pages([TABLE]).text.splitlines()
    assert "Annual Report of the Commissioner" in lines
    assert "Integrity in Policing" in lines
    assert "Rules of Procedure" in lines


def test_a_wrapped_line_going_on_in_lower_case_still_joins() -> None:
    text = clean_pages([TABLE]).text
    assert "Review of the previous meeting's actions and the matters arising from them" in text


def test_prose_wrapped_onto_a_capitalised_word_still_joins() -> None:
    prose = (
        "The panel received the annual report and asked the Commissioner how the force had improved the\n"
        "Victims Service since the last inspection, and what would change in the coming year for callers.\n"
        "It noted the answers given by the Chief Constable and thanked both officers for their attendance.\n"
    )
    assert "improved the Victims Service since" in clean_pages([prose]).text
