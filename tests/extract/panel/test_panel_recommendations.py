"""Recommendations to and from the panel."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.recommendations import extract_panel_recommendations, extract_report_recommendations
from oversight.text import CleanText, PaperText


def _recs(text: str, panel: bool = False) -> list[tuple[str | None, str, list[str]]]:
    record = Paper(kind="panel_report", start=0, end=len(text), pages=[1])
    fn = extract_panel_recommendations if panel else extract_report_recommendations
    fn(PaperText(CleanText(text), 0, len(text)), record)
    return [(r.id, r.text, r.addressees) for r in record.recommendations]


def test_numbered_recommendation_section() -> None:
    text = ("1. PURPOSE\n1.1 To update.\n2. RECOMMENDATION\n\n2.1 The Panel is recommended to note the report.\n\n"
            "3. TERMS\n")
    assert _recs(text) == [("2.1", "The Panel is recommended to note the report.", ["The Panel"])]


def test_lettered_heading_and_narrated_recommendation() -> None:
    assert _recs("A. Recommendation\nThat Members note the report.\nB. Supporting information\n") == [
        (None, "That Members note the report.", ["Members"])]
    got = _recs("The recommendation to the panel was to approve a £15 increase.")
    assert got == [(None, "The recommendation to the panel was to approve a £15 increase.", ["panel"])]


def test_recommendation_the_panel_made() -> None:
    text = "The Panel made a recommendation for the Commissioner to report back on social care."
    assert _recs(text, panel=True) == [(None, text, ["the Commissioner"])]
