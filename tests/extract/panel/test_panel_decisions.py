"""Decisions: resolutions (inline, on the next line, in numbered parts), panel acts and decision logs."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.decisions import extract_commissioner_decisions, extract_decisions
from oversight.text import CleanText, PaperText


def _decisions(text: str, commissioner: bool = False) -> list[tuple[str, str, bool | None]]:
    record = Paper(kind="panel_minutes", start=0, end=len(text), pages=[1])
    paper = PaperText(CleanText(text), 0, len(text))
    (extract_commissioner_decisions if commissioner else extract_decisions)(paper, record)
    for d in record.decisions:
        assert d.evidence.quote == text[d.evidence.start : d.evidence.end]
    return [(d.text, d.type, d.unanimous) for d in record.decisions]


def test_inline_resolution_starts_at_the_marker_and_is_typed_from_its_words() -> None:
    text = ("Minutes:\n\nRESOLVED that the minutes of the meeting held on 3 May 2019 be signed as a correct record.\n\n"
            "RESOLVED - That the dates of meetings for 2020 be noted.\n")
    got = _decisions(text)
    assert [(t[:30], k) for t, k, _ in got] == [
        ("RESOLVED that the minutes of t", "minutes_approved"),
        ("RESOLVED - That the dates of m", "noted"),
    ]


def test_marker_on_its_own_line_starts_the_decision_at_the_next_line() -> None:
    got = _decisions("Election of Chair Minutes: RESOLVED:\nThat Councillor Ann Able be elected as Chair. |\n")
    assert got == [("That Councillor Ann Able be elected as Chair.", "resolved", None)]


def test_numbered_parts_are_decisions_of_their_own_and_inherit_unanimity() -> None:
    text = ("UNANIMOUSLY RESOLVED that\n\n1.1  Councillor A be appointed Chair;\n\n1.2  Mr B be appointed Vice-Chair.\n"
            "\n2.\n\nAPOLOGIES\n")
    got = _decisions(text)
    assert got == [("Councillor A be appointed Chair;", "resolved", True),
                   ("Mr B be appointed Vice-Chair.", "resolved", True)]
    lettered = _decisions("Decision:\n\nRESOLVED that:\n\na)  The Panel notes the report.\n\nb)  The Panel asks for "
                          "a further update.\n\nMinutes:\n")
    assert [(t, k) for t, k, _ in lettered] == [("The Panel notes the report.", "noted"),
                                                 ("The Panel asks for a further update.", "resolved")]


def test_panel_acts_take_the_whole_sentence_and_veto_types() -> None:
    text = ("Decision\nIn accordance with the Act and following consideration of the information, the Panel "
            "unanimously AGREED to NOT exercise its veto power over the precept.\n\nThe Panel made a recommendation "
            "for the Commissioner to report back on the estate.\n\nThe Panel noted that the plan was late.\n")
    got = _decisions(text)
    assert [(t[:25], k, u) for t, k, u in got] == [
        ("In accordance with the Ac", "veto_not_exercised", True),
        ("The Panel made a recommen", "recommendation", None),
    ]


def test_minutes_agreed_sentence_but_not_the_item_heading() -> None:
    text = ("42. Minutes of the Meeting held on 23 November 2022\n\nMinutes of the meeting held on 23 November 2022 "
            "were agreed as an accurate record.\n")
    got = _decisions(text)
    assert got == [("Minutes of the meeting held on 23 November 2022 were agreed as an accurate record.",
                    "minutes_approved", None)]


def test_votes_lost_motions_and_narrative_that_is_not_a_decision() -> None:
    record = Paper(kind="panel_minutes", start=0, end=0, pages=[1])
    text = ("RESOLVED that the proposed precept be supported by 7 votes to 3.\n\n"
            "The motion was put to the vote and was lost.\n")
    record.end = len(text)
    extract_decisions(PaperText(CleanText(text), 0, len(text)), record)
    assert [(d.type, d.vote) for d in record.decisions] == [("resolved", "7 votes to 3"), ("not_carried", None)]
    assert _decisions("The Panel received a report. The issue was resolved with partners.") == []


def test_a_resolution_cut_off_at_the_end_of_an_excerpt_is_left_out() -> None:
    assert _decisions("RESOLVED that the Panel approves the propo") == []


def test_commissioner_decision_notice_log_and_listing() -> None:
    notice = "Decision summary:\n\nThe PCC has awarded grants to 40 projects.\n\nSignature: A N Other\n"
    assert _decisions(notice, commissioner=True) == [("The PCC has awarded grants to 40 projects.", "agreed", None)]
    listing = ("The Police and Crime Commissioner approves grant funding to a youth project in the county.\n"
               "Date: 2025-01-08 / PDF (251 KB)\nThe Police and Crime Commissioner approves grant funding to a")
    assert [t[:40] for t, _, _ in _decisions(listing, commissioner=True)] == [
        "The Police and Crime Commissioner approv"]
    log = ("2015.068 A Officer\n\nCapital Monitoring Report\n\nThat the forecast is approved.\n\nYes View Decision\n")
    assert _decisions(log, commissioner=True) == [("That the forecast is approved.", "agreed", None)]


def test_lead_in_on_the_marker_line_introduces_numbered_parts() -> None:
    text = ("RESOLVED: That the Panel:\n\n(1) supports the proposed precept;\n\n(2) asks the Commissioner to report "
            "back in July.\n\nACTION: Officers to circulate the strategy.\n")
    assert [(t, k) for t, k, _ in _decisions(text)] == [
        ("supports the proposed precept;", "resolved"),
        ("asks the Commissioner to report back in July.", "resolved"),
    ]


def test_a_reports_recommendation_and_recalled_past_decisions_are_not_decisions() -> None:
    assert _decisions("2. RECOMMENDATION\n\nThat the report be noted.\n") == []
    assert _decisions("The Panel agreed the Plan in February 2022 and it was published later.") == []
    assert _decisions("Minutes:\n\nThat Councillor A be elected as Chair.\n") == [
        ("That Councillor A be elected as Chair.", "resolved", None)]
