"""Layouts met on panels' public pages beyond the development set: resolutions whose "RESOLVED" label
was lost, minutes approved in several wordings, flattened ModernGov tables, run-on attendance lists,
apologies sent by the member, officers among apologies and questions answered in the next paragraph."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.decisions import extract_decisions
from oversight.extract.panel.meeting import extract_meeting
from oversight.extract.panel.people import split_names
from oversight.extract.panel.questions import extract_questions
from oversight.text import CleanText, PaperText


def _record(text: str) -> tuple[Paper, PaperText]:
    return Paper(kind="panel_minutes", start=0, end=len(text), pages=[1]), PaperText(CleanText(text), 0, len(text))


def _decisions(text: str) -> list[tuple[str, str, bool | None]]:
    record, paper = _record(text)
    extract_decisions(paper, record)
    for d in record.decisions:
        assert d.evidence.quote == text[d.evidence.start : d.evidence.end]
    return [(d.text, d.type, d.unanimous) for d in record.decisions]


def _meeting(text: str) -> Paper:
    record, paper = _record(text)
    extract_meeting(paper, record)
    return record


def test_bare_that_resolution_after_a_unanimous_vote_is_unanimous_and_lowercase_openings_count() -> None:
    text = ("Election of Chair\n\nNominations were sought. On being put to the vote, unanimously,\n\n\n"
            "That Councillor Pat Tern be elected as Chair of the Panel for 2031/32.\n\n"
            "Exclusion\n\nThat under Section 100A(4) of the Local Government Act 1972 the public be excluded.\n\n"
            "Update\n\nThe Chair thanked the officer.\n\nThat the report be noted.\n")
    got = _decisions(text)
    assert ("That Councillor Pat Tern be elected as Chair of the Panel for 2031/32.", "resolved", True) in got
    assert any(t.startswith("That under Section 100A(4)") and k == "resolved" for t, k, _ in got)
    assert ("That the report be noted.", "noted", None) in got


def test_hyphenated_participle_in_a_bare_resolution() -> None:
    got = _decisions("Upon being put to the vote, it was\n\nThat Ms Ida Example be re-elected Chair of the Panel.\n")
    assert got == [("That Ms Ida Example be re-elected Chair of the Panel.", "resolved", None)]


def test_minutes_approved_in_several_wordings() -> None:
    text = ("Minutes\n\nThe minutes were agreed as a true and accurate record.\n\n"
            "Minutes\n\nAgreed the minutes of the meeting held on 2 March 2031 subject to one correction.\n\n"
            "Hearing minutes\n\nThe minutes of the Confirmation Hearing held on 4 April 2031 were confirmed.\n")
    got = _decisions(text)
    assert [k for _, k, _ in got] == ["minutes_approved"] * 3
    assert got[1][0].startswith("Agreed the minutes of the meeting held on 2 March 2031")


def test_agenda_title_line_for_the_minutes_is_not_an_approval() -> None:
    text = ("Minutes of the meeting held on 1st May 2031 pdf icon PDF 120 KB\n\nTo confirm as a correct record.\n\n"
            "The Chair noted the date.\n")
    assert _decisions(text) == []


def test_flattened_table_row_with_inline_minutes_marker() -> None:
    text = ("To confirm the Minutes of the Meeting held on 9th June 2031. Additional documents: Minutes: The Open "
            "Minutes of the Meeting held on 9th June 2031 were confirmed and signed as a correct record.\n")
    got = _decisions(text)
    assert len(got) == 1 and got[0][1] == "minutes_approved"
    assert got[0][0].startswith("The Open Minutes of the Meeting held on 9th June 2031 were confirmed")


def test_bare_agreed_under_a_minutes_heading_and_panel_without_article() -> None:
    text = ("2 MINUTES OF THE PREVIOUS MEETING OF 3 JUNE 2031\n\nAgreed.\n\n"
            "3.1 Panel endorsed the nomination of Cllr Ray Ndom.\n")
    got = _decisions(text)
    assert ("Agreed.", "minutes_approved", None) in got
    assert ("Panel endorsed the nomination of Cllr Ray Ndom.", "agreed", None) in got


def test_minutes_amendments_list_belongs_to_one_decision_but_resolved_parts_split() -> None:
    text = ("RESOLVED:\n\nTo approve, as a correct record, the Minutes of the meeting held on 1 May 2031 subject to "
            "the following amendments:\n\n1)   Add Councillor Bee to those present;\n\n2)   Correct a typo.\n\n"
            "Next item\n\nRESOLVED that the Panel:\n\n1)   Agrees to co-opt the members named; and\n\n"
            "2)   Notes that the appointments need approval.\n")
    got = _decisions(text)
    assert got[0][1] == "minutes_approved" and got[0][0].startswith("To approve, as a correct record")
    assert not any(t.startswith("Add Councillor Bee") for t, _, _ in got)
    assert [t[:10] for t, _, _ in got[1:]] == ["Agrees to ", "Notes that"]


def test_it_was_agreed_to_mid_sentence_is_a_decision_but_it_was_resolved_in_narrative_is_not() -> None:
    got = _decisions("Having heard the update, it was agreed to write to the Minister about funding.\n")
    assert got == [("it was agreed to write to the Minister about funding.", "agreed", None)]


def test_apologies_sent_by_each_member_and_officers_left_out() -> None:
    sent = _meeting("APOLOGIES FOR ABSENCE\n\nMinutes:\n\nCouncillors Ann Ode had sent her apology to the Panel.\n\n"
                    "Councillor Ben Ode has sent his apology to the Panel. Councillor Cy Sub was substitute.\n")
    assert sent.meeting is not None and sent.meeting.apologies == ["Ann Ode", "Councillor Ben Ode"]
    officers = _meeting("Apologies for Absence: Minutes: Apologies for absence were received from Councillor Di Vee, "
                        "and Ed Wye (Chief Executive, Office of the Police and Crime Commissioner).\n")
    assert officers.meeting is not None and officers.meeting.apologies == ["Councillor Di Vee"]


def test_disclosure_of_interests_heading_reads_none() -> None:
    rec = _meeting("Disclosure of Interests (if any):\n\nAt this point, Members were invited to disclose any relevant "
                   "interests. No interests were disclosed.\n")
    assert rec.meeting is not None and rec.meeting.declarations == "none"


def test_members_with_council_after_a_dash_one_a_line() -> None:
    rec = _meeting("PRESENT: Councillor Aye (Chair) - Northtown Council\nCouncillor Bee - City of Southville MDC\n"
                   "Cy Dee - Independent\nIN ATTENDANCE: Ed Eff - Southville MDC\n")
    assert rec.meeting is not None and rec.meeting.members_present == ["Councillor Aye", "Councillor Bee", "Cy Dee"]


def test_run_on_attendance_list_splits_at_titles_and_drops_councils_and_substitutes() -> None:
    names = split_names("Cllr A Aye, North District Council Cllr Mrs B Bee, City Council Cllr C Cee (substitute), "
                        "Borough Council Cty Cllr D Dee, County Council Dr E Eee, Co-opted Member")
    assert names == ["Cllr A Aye", "Cllr Mrs B Bee", "Cty Cllr D Dee", "Dr E Eee"]
    dashes = split_names("Councillor Fay Eff - Councillor Gus Gee - Town Council Councillor Hal Aitch - Town Council "
                         "Mrs Ivy Eye - Independent")
    assert dashes == ["Councillor Fay Eff", "Councillor Gus Gee", "Councillor Hal Aitch", "Mrs Ivy Eye"]
    assert split_names("Councillor Jo Jay and Councillor Kit Kay") == ["Councillor Jo Jay", "Councillor Kit Kay"]


def _questions(text: str) -> list[tuple[str | None, str | None, str]]:
    record, paper = _record(text)
    extract_questions(paper, record)
    for q in record.questions:
        assert q.evidence.quote == text[q.evidence.start : q.evidence.end]
    return [(q.asker, q.respondent, q.text[:30]) for q in record.questions]


def test_question_answered_in_the_next_paragraph_takes_its_respondent() -> None:
    text = ("Councillor Ash asked what effect the new triage model would have on the plan?\n\n"
            "The PCC responded by saying that it would reduce demand on officers.\n")
    assert _questions(text) == [("Councillor Ash", "The PCC", "Councillor Ash asked what effe")]


def test_in_reply_to_a_question_from_a_named_member() -> None:
    got = _questions("In reply to a question from Councillor Elm, it was confirmed that substitutes would come.\n")
    assert got == [("Councillor Elm", None, "In reply to a question from Co")]


def test_a_member_requested_if_is_a_question() -> None:
    text = ("Further to discussion, a Member requested if more detail was available and queried future attendance.\n"
            "In response, the Democratic Services Officer informed Members that apologies had been sent.\n")
    got = _questions(text)
    assert got and got[0][0] == "a Member" and got[0][1] == "the Democratic Services Officer"
    assert _questions("The Chair requested that the report be circulated to all members.\n") == []


def test_heading_line_with_the_place_after_the_date() -> None:
    rec = _meeting("Borsetshire Police and Crime Panel\nDraft Minutes\n4th March 2031, Oak Suite, Shire Hall\n"
                   "PRESENT: Councillor Aye - Northtown Council\n")
    assert rec.meeting is not None and rec.meeting.venue == "Oak Suite, Shire Hall"
    online = _meeting("Draft Minutes\n\n5th April 2031, held via video conference\n\nPRESENT: Councillor Bee\n")
    assert online.meeting is not None and online.meeting.venue is None


def test_bulleted_apologies_drop_each_members_council() -> None:
    rec = _meeting("Apologies for Absence\n\nApologies were received from:\n\n"
                   "  • Councillor Ann Ode, Northtown Council\n"
                   "  • Cllr Ben Ode (Southville Borough Council)\n\nThe Chairman noted that Cy Dee had resigned "
                   "from the Council.\n")
    assert rec.meeting is not None and rec.meeting.apologies == ["Councillor Ann Ode", "Cllr Ben Ode"]


def test_elections_recorded_as_facts_and_passive_noting_are_decisions() -> None:
    text = ("Election of Chair To elect a Chair for 2031/32. Minutes: Cllr Ann Ode was elected as Chair for 2031/32.\n"
            "Following a vote Cllr Ben Ode was elected as Vice Chair.\n\n"
            "Nominations: it was proposed that Cllr Cy Dee would be elected as Chair at the next meeting.\n\n"
            "18.1     The Panel’s terms of reference were noted.\n\n"
            "18.2     Panel members agreed that a work planning session would help.\n")
    got = _decisions(text)
    assert ("Cllr Ann Ode was elected as Chair for 2031/32.", "resolved", None) in got
    assert any(t.startswith("Following a vote Cllr Ben Ode was elected") and k == "resolved" for t, k, _ in got)
    assert not any("Cy Dee" in t for t, _, _ in got)
    assert ("The Panel’s terms of reference were noted.", "noted", None) in got
    assert any(t.startswith("Panel members agreed that a work planning") and k == "agreed" for t, k, _ in got)
