"""Minutes bound into a pack under their agenda item are still minutes."""

from __future__ import annotations

from oversight.classify import classify_paper
from oversight.text import CleanText, PaperText


def _kind(text: str) -> str:
    return classify_paper(PaperText(CleanText(text), 0, len(text)))[0]


def test_minutes_headed_by_their_agenda_item_are_minutes() -> None:
    text = ("Agenda Item No: 5 Minutes of a meeting of the Police, Fire and Crime Panel held on 3 March 2022 "
            "at 2.00 pm\nPresent: Councillors A, B and C\nApologies: Councillor D\n")
    assert _kind(text) == "panel_minutes"


def test_an_agenda_item_cover_for_a_report_stays_a_report() -> None:
    text = ("Agenda Item 7\nReport of the Police and Crime Commissioner to the Police and Crime Panel\n"
            "1. PURPOSE\n1.1 To update the Panel on the victims' service.\n")
    assert _kind(text) == "panel_report"
