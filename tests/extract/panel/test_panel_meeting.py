"""Meeting heading, attendance, apologies and declarations read from minutes in the genre's layouts."""

from __future__ import annotations

from oversight.contract import Paper
from oversight.extract.panel.meeting import extract_meeting
from oversight.text import CleanText, PaperText


def _meeting(text: str) -> Paper:
    record = Paper(kind="panel_minutes", start=0, end=len(text), pages=[1])
    extract_meeting(PaperText(CleanText(text), 0, len(text)), record)
    return record


MODERNGOV = """Agenda and minutes

Borsetshire Police and Crime Panel - Thursday, 2nd February, 2017 10.00 am

Venue: Blue Room, Shire Hall, Borchester. View directions

Contact: A Clerk  01234 567890

Items
No. Item

1.

Apologies for Absence

Minutes:

Apologies were received from Cllr Ann Able (Borchester) and Bob Baker (Felpersham).

2.

Minutes of the meeting held on 15 November 2016

Minutes:

RESOLVED that the minutes of the meeting held on 15 November 2016 were an accurate record.

3.

Declarations of Interest

Members are reminded to declare any interest.

Minutes:

No declarations of interest were made.
"""

PDF_MINUTES = """MINUTES OF A MEETING OF THE
BORSETSHIRE POLICE AND CRIME PANEL
ON 1 MARCH 2023

Members Present: Jane Doe (Chair), Councillors A Able, B Baker,
C Cole and Dean
Officers Present:  Fay Green      Democratic Services Officer, Borsetshire Council
Others Present: Gil Hart            Police and Crime Commissioner
Ian Jones             Chief Finance Officer OPCC

1. Apologies for Absence
Apologies were received from Councillors Kent and Lamb.

2. Declarations of Interest
None.

The meeting began at 1:30pm and ended at 3:50pm
"""


def test_moderngov_heading_gives_date_time_and_venue_not_the_previous_meeting() -> None:
    m = _meeting(MODERNGOV).meeting
    assert m is not None
    assert (m.date, m.start_time, m.venue) == ("2017-02-02", "10:00", "Blue Room, Shire Hall, Borchester")


def test_apologies_drop_affiliations_and_declarations_read_none_after_guidance() -> None:
    m = _meeting(MODERNGOV).meeting
    assert m is not None
    assert m.apologies == ["Cllr Ann Able", "Bob Baker"]
    assert m.declarations == "none"


def test_pdf_minutes_attendance_blocks_and_times() -> None:
    m = _meeting(PDF_MINUTES).meeting
    assert m is not None
    assert m.date == "2023-03-01"
    assert (m.start_time, m.end_time) == ("13:30", "15:50")
    assert m.members_present == ["Jane Doe", "A Able", "B Baker", "C Cole", "Dean"]
    assert [p.split(" (")[0] for p in m.officers_present] == ["Fay Green"]
    assert [p.split(" (")[0] for p in m.others_present] == ["Gil Hart", "Ian Jones"]
    assert m.apologies == ["Kent", "Lamb"]
    assert m.declarations == "none"
    assert m.evidence is not None and m.evidence.quote == "1 MARCH 2023"


def test_none_under_apologies_heading_is_an_explicit_empty_list_and_roles_are_not_names() -> None:
    text = "PANEL MEETING\n3 FEBRUARY 2021\n\n2 APOLOGIES FOR ABSENCE\n\nNone.\n\n3 ANNOUNCEMENTS\n\nNone.\n"
    m = _meeting(text).meeting
    assert m is not None and m.apologies == [] and m.date == "2021-02-03"
    text2 = "Apologies for absence were received from the Chief Constable, Councillors John Thomas and Kelly Roberts."
    m2 = _meeting(text2).meeting
    assert m2 is not None and m2.apologies == ["John Thomas", "Kelly Roberts"]


def test_substitute_in_brackets_is_not_an_apology() -> None:
    text = ("Apologies for absence were submitted by Councillor Sam Smith (North Council) (Councillor Tim Toe "
            "substituted) and Councillor Una Vale (West Council).")
    m = _meeting(text).meeting
    assert m is not None and m.apologies == ["Councillor Sam Smith", "Councillor Una Vale"]
    assert m.substitutes == ["Councillor Tim Toe (for Councillor Sam Smith)"]
    m2 = _meeting("Apologies were received from Cllr A Able.\nCouncillor C Cole attended as a substitute for "
                  "Councillor D Dean.").meeting
    assert m2 is not None and m2.substitutes == ["Councillor C Cole (for Councillor D Dean)"]


def test_a_declaration_sentence_is_kept_verbatim() -> None:
    text = ("Declarations of interest\n\nAdditional documents:\n\nCouncillor Robertson declared that he was a "
            "candidate in the election.\n\nMinutes of the meeting held on 5 May 2024\n")
    m = _meeting(text).meeting
    assert m is not None
    assert m.declarations == ["Councillor Robertson declared that he was a candidate in the election."]


def test_heading_held_on_date_with_time_and_venue_in_prose() -> None:
    text = ("MINUTES of a meeting of the Police and Crime Panel held on Thursday 5 March 2020 at 10.00 am in the "
            "Council Chamber, County Hall, Lewes\n\nPresent: Councillor A Smith (Chairman), Councillors B Jones and\n"
            "D Green\n\n1. Apologies\nThere were no apologies for absence.\n")
    m = _meeting(text).meeting
    assert m is not None
    assert (m.date, m.start_time, m.venue) == ("2020-03-05", "10:00", "Council Chamber, County Hall, Lewes")
    assert m.members_present == ["Councillor A Smith", "B Jones", "D Green"]
    assert m.apologies == []


def test_no_meeting_when_nothing_is_recorded() -> None:
    assert _meeting("The Panel is asked to note the report on road safety.").meeting is None


def test_one_line_of_attendees_with_bracketed_roles_gives_one_person_each() -> None:
    text = ("ALSO PRESENT: Ms W Green (Police and Crime Commissioner), Mr X Hill (Chief Executive, OPCC)\n\n"
            "1. Apologies\n")
    m = _meeting(text).meeting
    assert m is not None
    assert m.others_present == ["Ms W Green (Police and Crime Commissioner)", "Mr X Hill (Chief Executive, OPCC)"]
