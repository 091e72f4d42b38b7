"""Display formatting: escaping before markup, balanced highlights, nested evidence spans."""

from __future__ import annotations

from datetime import date

from oversight.serve.formatters import govuk_date, highlight, label, mark_spans, plural, shorten
from tests.serve.audit import audit_html


def _well_formed(fragment: str) -> bool:
    page = f"<!DOCTYPE html><html><head><title>T</title></head><body><h1>T</h1><div>{fragment}</div></body></html>"
    return not audit_html(page).problems


def test_highlight_escapes_then_marks_and_balances() -> None:
    assert highlight("a [[<b>]] c") == "a <mark>&lt;b&gt;</mark> c"
    assert _well_formed(str(highlight("cut [[off")))
    assert _well_formed(str(highlight("stray]] end")))


def test_mark_spans_handles_nested_and_overlapping_evidence() -> None:
    text = "0123456789<script>"
    out = str(mark_spans(text, [(100, 108, "outer"), (102, 104, "inner"), (106, 112, "overlap")], offset=100))
    assert _well_formed(out)
    for element_id in ("outer", "inner", "overlap"):
        assert f'id="{element_id}"' in out
    assert "&lt;s" in out and "cript&gt;" in out and "<script>" not in out
    assert out.count("<mark") >= 3


def test_mark_spans_clips_spans_reaching_outside_the_page() -> None:
    out = str(mark_spans("abcdef", [(95, 102, "e1"), (104, 200, "e2"), (300, 310, "gone")], offset=100))
    assert '<mark class="app-mark">ab</mark>' in out and 'id="e2"' in out and "gone" not in out


def test_dates_counts_labels_and_shortening() -> None:
    assert govuk_date(date(2023, 2, 1)) == "1 February 2023"
    assert govuk_date("2024-03-09") == "9 March 2024"
    assert plural(1, "finding") == "1 finding" and plural(1204, "finding") == "1,204 findings"
    assert label("cause_of_concern", {"cause_of_concern": "Cause of concern"}) == "Cause of concern"
    assert label("brand_new", {}) == "Brand new" and label(None, {}) == "Not given"
    assert shorten("word " * 100, 20).endswith("…") and len(shorten("word " * 100, 20)) <= 21
