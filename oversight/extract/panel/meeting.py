"""The meeting a set of minutes records: date, times, venue, attendance, apologies, declarations.

The date and start time come from the heading ("Kent and Medway Police and Crime Panel - Thursday,
2nd February, 2017 10.00 am", "MINUTES OF A MEETING ... ON 1 FEBRUARY 2023", "Date: Thursday 31st
August 2023 / Time: 2PM") and never from an item about a previous meeting ("Minutes of the meeting
held on ...").  "The meeting began at 1:30pm and ended at 3:50pm" gives both times.
"""

from __future__ import annotations

import re

from oversight.contract import Meeting, Paper
from oversight.extract.common.dates import find_dates, find_times
from oversight.extract.panel.layout import collapse, lines_of, sentence_bounds, squash
from oversight.extract.panel.people import person_with_role, split_names
from oversight.extract.panel.sections import find_sections, first_content_line, minute_body
from oversight.text import PaperText

# Where the heading of a set of minutes ends: the first agenda item or attendance block.
_HEADING_END = re.compile(
    r"^[ \t]*(?:\d{1,3}[a-z]?[.)]?[ \t]+)?(?:apolog|items\b|no\.?[ \t|]*item|present\b|members present|"
    r"declarations?\b|election of|appointment of|welcome\b|chair'?s announcements)",
    re.IGNORECASE | re.MULTILINE,
)
_PREVIOUS = re.compile(r"(?:\bprevious\b|\bminutes\b[ \t]*[-–:]|\blast meeting\b)[^\n]{0,20}$", re.I)
# "... held on Thursday 5 March 2020 at 10.00 am in the Council Chamber, County Hall, Lewes".
_HELD_AT_BEFORE = re.compile(
    r"\bheld[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?P<v>[A-Z][^\n]{3,100}?),?[ \t]+on[ \t]+(?:\w+day,?[ \t]+)?$"
)
# "6th February 2015, Wakefield Suite, Wakefield One": a heading line giving the date, then the place.
_DATE_THEN_PLACE = re.compile(
    r"^[^,\n]{3,40}?\b(?:19|20)\d\d(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?)?,[ \t]+"
    r"(?P<v>[A-Z][^\n]{3,100})$"
)
_HELD_IN = re.compile(r"\b(?:in|at)[ \t]+(?:the[ \t]+)?(?P<v>[A-Z][^\n.;]{3,120})")
_DATE_LABEL = re.compile(r"\bDate(?: of meeting)?\s*:\s*", re.IGNORECASE)
_TIME_LABEL = re.compile(r"\bTime\s*:\s*", re.IGNORECASE)
_BEGAN = re.compile(r"\b(?:began|commenced|started|opened|start)\s+at\s+", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:ended|closed|finished|concluded|terminated|rose|close)\s+at\s+", re.IGNORECASE)
_VENUE = re.compile(r"^[ \t]*(?:Venue|Location|Place)\s*:\s*(?P<v>[^\n]+)", re.IGNORECASE | re.MULTILINE)
_VENUE_WORD = re.compile(
    r"\b(?:Room|Rooms|Hall|Suite|Chamber|House|Centre|Center|Offices|Building|Buildings|Council|Headquarters|"
    r"Library|Virtual|Online|Teams|Zoom)\b"
)
_VENUE_TAIL = re.compile(r"\.?\s*(?:View directions|View map|Directions)\b.*$", re.IGNORECASE)

_APOLOGY = re.compile(
    r"\bapolog(?:y|ies)(?:\s+for\s+(?:absence|lateness))?\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:received|submitted|given|tendered|noted|reported|made)\s+(?:from|by|on\s+behalf\s+of|for)\s+",
    re.IGNORECASE,
)
_APOLOGY_LEAD = re.compile(r"^\s*(?:Apologies(?:\s+for\s+absence)?|Apologies\s+received)\s*(?:from)?\s*[:\-–]\s*",
                           re.IGNORECASE)
# "Councillor X has sent his apology to the Panel": one sentence per absent member.
_SENT_APOLOGY = re.compile(
    r"(?<![\w'’\-])(?P<who>(?:(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Professor)[ \t]+)?[A-Z][\w'’\-]{0,30}"
    r"(?:[ \t]+[A-Z][\w'’\-.]{0,30}){0,3})[ \t]+(?:had|has|have)[ \t]+(?:sent|given|tendered|offered)[ \t]+"
    r"(?:his|her|their)[ \t]+apolog(?:y|ies)\b"
)
# "Apologies were received from:" followed by one bulleted member a line.
_APOLOGY_LIST_LEAD = re.compile(r"\bapolog(?:y|ies)\b[^\n:]{0,60}?\b(?:from|by)[ \t]*:[ \t]*$",
                                re.IGNORECASE | re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*(?:[•·▪◦*\-–]|\d{1,2}[.)]|\(?[a-z]\))[ \t]*")
_NO_APOLOGIES = re.compile(r"^(?:none\.?|nil\.?|there were no apologies|no apologies)", re.IGNORECASE)
_NO_APOLOGIES_SENTENCE = re.compile(
    r"\bthere\s+were\s+no\s+apologies\b|\bno\s+apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been)\s+(?:received|"
    r"submitted|given)",
    re.IGNORECASE,
)
_NAMES_LINE = re.compile(r"^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Professor)\s+[A-Z]")
_APOLOGIES_HEADING = re.compile(r"\bapologies\b", re.IGNORECASE)
_DECLARATIONS_HEADING = re.compile(r"\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,3}interests?\b"
                                   r"|\binterests?\s+declared\b",
                                   re.IGNORECASE)
_NO_DECLARATIONS = re.compile(
    r"^\s*(?:none|nil)\b\.?|\bno\s+(?:\w+\s+){0,3}(?:declarations|interests|issues)\b|\bthere\s+were\s+(?:no|none)\b"
    r"|\bnone\s+(?:were\s+)?(?:declared|made|received)\b|\bnothing\s+(?:was\s+)?(?:declared|disclosed)\b",
    re.IGNORECASE,
)
_DECLARED = re.compile(r"\bdeclared\b|\bdeclaration\s+of\b", re.IGNORECASE)

_PRESENT_LABEL = re.compile(
    r"^[ \t]*(?:(?:Panel\s+)?Members?\s+(?:[Pp]resent|in\s+attendance)\b\s*:?|(?:PRESENT|Present)\s*:)[ \t]*",
    re.MULTILINE,
)
_OFFICERS_LABEL = re.compile(r"^[ \t]*(?:Officers?\s+(?:Present|in\s+attendance)|Officers)\s*:[ \t]*",
                             re.IGNORECASE | re.MULTILINE)
_OTHERS_LABEL = re.compile(
    r"^[ \t]*(?:Others?\s+Present|Also\s+(?:Present|in\s+attendance)|In\s+attendance|Witnesses)\s*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
_ANY_LABEL = re.compile(
    r"^(?:Officers?|Others?|Also|In\s+attendance|Witnesses|Apologies|Members|Present)\b[^:\n]{0,30}:", re.I
)
_MEMBER_LINE = re.compile(
    r"^(?:Councillors?|Cllrs?\.?|Independent|Co-opted|Lay|Members?)\b"
    r"|^[A-Z][\w'’\-]{1,30}(?:[ \t]+[A-Z][\w'’\-]{1,30}){1,3}[ \t]+[-–][ \t]+(?:Independent|Co-opted|Lay)\b"
)
_OFFICIAL_BRACKET = re.compile(r"\([^)]*(?:Commissioner|Constable|Officer|OPCC|Executive|Treasurer)[^)]*\)", re.I)


def heading_zone(text: str) -> str:
    m = _HEADING_END.search(text, 0, 3000)
    end = m.start() if m and m.start() > 0 else min(len(text), 1200)
    return text[:end]


def _meeting_date(text: str) -> tuple[str | None, int]:
    """The meeting's own date and its offset (or -1)."""
    for m in _DATE_LABEL.finditer(text, 0, 2500):
        hits = find_dates(text[m.end() : m.end() + 40])
        if hits and hits[0].start <= 12:
            return hits[0].iso, m.end() + hits[0].start
    zone = heading_zone(text)
    for hit in find_dates(zone):
        if _PREVIOUS.search(zone[max(0, hit.start - 25) : hit.start]):
            continue
        return hit.iso, hit.start
    return None, -1


def _meeting_times(text: str, date_at: int) -> tuple[str | None, str | None]:
    start: str | None = None
    end: str | None = None
    for m in _BEGAN.finditer(text):
        times = find_times(text[m.end() : m.end() + 15])
        if times and times[0][0] == 0:
            start = times[0][2]
            break
    for m in _ENDED.finditer(text):
        times = find_times(text[m.end() : m.end() + 15])
        if times and times[0][0] == 0:
            end = times[0][2]
            break
    if start is None:
        for m in _TIME_LABEL.finditer(text, 0, 2500):
            times = find_times(text[m.end() : m.end() + 20])
            if times and times[0][0] <= 3:
                start = times[0][2]
                break
    if start is None and date_at >= 0:
        times = find_times(text[date_at : date_at + 60])
        if times:
            start = times[0][2]
    return start, end


def _venue(text: str, date_at: int) -> str | None:
    m = _VENUE.search(text, 0, 3000)
    if not m:
        if date_at < 0:
            return None
        line_start = text.rfind("\n", 0, date_at) + 1
        held_at = _HELD_AT_BEFORE.search(text[line_start:date_at])
        if held_at and _VENUE_WORD.search(held_at.group("v")):
            return squash(held_at.group("v"))
        line_end = text.find("\n", date_at)
        tail = text[date_at : line_end if line_end != -1 else len(text)]
        placed = _DATE_THEN_PLACE.match(tail)
        if placed and _VENUE_WORD.search(placed.group("v")):
            return squash(placed.group("v").strip(" ,."))
        for held in _HELD_IN.finditer(tail):
            venue = held.group("v").strip(" ,")
            if _VENUE_WORD.search(venue) and not find_times(venue[:10]):
                return squash(venue)
        return None
    venue = _VENUE_TAIL.sub("", m.group("v")).strip(" .;|")
    return squash(venue) or None


def _without_officials(sentence: str) -> str:
    """Drop "Name (Chief Executive, OPCC)" entries: officers sending apologies are not absent members."""
    for _ in range(10):
        m = _OFFICIAL_BRACKET.search(sentence)
        if not m:
            break
        head = sentence[: m.start()]
        cut = max(head.rfind(","), head.rfind(" and "), head.rfind("&"), 0)
        sentence = sentence[:cut] + sentence[m.end() :]
    return sentence


def _bulleted_apologies(text: str) -> list[str] | None:
    """Names listed one a line under "Apologies were received from:", each without its council."""
    lead = _APOLOGY_LIST_LEAD.search(text)
    if not lead:
        return None
    names: list[str] = []
    for line in lines_of(text[lead.end() : lead.end() + 3000]):
        bullet = _BULLET.match(line.text)
        if not bullet:
            break
        entry = re.split(r"[,(]|[ \t][-–][ \t]", line.text[bullet.end() :], maxsplit=1)[0]
        names.extend(n for n in split_names(entry) if n not in names)
    return names or None


def _apologies(text: str) -> list[str] | None:
    listed = _bulleted_apologies(text)
    if listed:
        return listed
    col = collapse(text)
    flat = col.text
    for m in _APOLOGY.finditer(flat):
        return split_names(_without_officials(_first_sentence(flat[m.end() : m.end() + 600])))
    sent = [n for m in _SENT_APOLOGY.finditer(flat) for n in split_names(m.group("who"))]
    if sent:
        return list(dict.fromkeys(sent))
    for line in lines_of(text):
        lead = _APOLOGY_LEAD.match(line.text)
        if lead and line.text[lead.end() :].strip():
            rest = line.text[lead.end() :].strip()
            if _NO_APOLOGIES.match(rest):
                return []
            names = split_names(rest)
            if names:
                return names
    if _NO_APOLOGIES_SENTENCE.search(flat):
        return []
    for sec in find_sections(text, _APOLOGIES_HEADING, max_len=800):
        start, end = minute_body(text, sec)
        first = first_content_line(text, start, end)
        if first and _NO_APOLOGIES.match(first.text):
            return []
        if first and _NAMES_LINE.match(first.text) and len(first.text) < 300:
            names = split_names(first.text)
            if names:
                return names
    return None


_SENTENCE_STOP = re.compile(r"(?<!\bCllr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)(?<!\b[A-Z])\.(?=\s|$)|\|")


def _first_sentence(text: str) -> str:
    m = _SENTENCE_STOP.search(text)
    return text[: m.start()] if m else text


def _without_furniture(text: str) -> str:
    return "\n".join(ln for ln in text.split("\n")
                     if not re.match(r"^\s*(?:Additional documents|Minutes|Decision)\s*:?\s*$", ln, re.I))


_SUB_IN_BRACKETS = re.compile(r"\((?P<sub>[^()]{3,80}?)\s+(?:substituted|substituting|attended as (?:a )?substitute)\)",
                              re.IGNORECASE)
_SUB_LABELLED = re.compile(r"\(\s*substitute(?:d)?(?:\s+by)?\s*[:\-–]?\s*(?P<sub>[^()]{3,80}?)\)", re.IGNORECASE)
_SUB_SENTENCE = re.compile(
    r"(?P<sub>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+"
    r"(?:attended|was\s+present|substituted)\s+(?:as\s+(?:a\s+)?substitute\s+)?for\s+"
    r"(?P<for>(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
)


def _substitutes(text: str) -> list[str]:
    """Members attending in place of absent members, "Substitute (for Member)" where the member is named."""
    flat = collapse(text).text
    out: list[str] = []
    for m in _APOLOGY.finditer(flat):
        sentence = _first_sentence(flat[m.end() : m.end() + 600])
        for sm in (*_SUB_IN_BRACKETS.finditer(sentence), *_SUB_LABELLED.finditer(sentence)):
            before = sentence[: sm.start()]
            absent = split_names(before.rsplit(",", 1)[-1].rsplit(" and ", 1)[-1]) if before.strip() else []
            name = squash(sm.group("sub"))
            out.append(f"{name} (for {absent[-1]})" if absent else name)
    for sm in _SUB_SENTENCE.finditer(flat):
        out.append(f"{sm.group('sub')} (for {sm.group('for')})")
    return list(dict.fromkeys(out))


def _declarations(text: str) -> str | list[str] | None:
    for sec in find_sections(text, _DECLARATIONS_HEADING, max_len=2000):
        start, end = minute_body(text, sec)
        body = collapse(_without_furniture(text[start:end])).text
        found: list[str] = []
        for s, e in sentence_bounds(body):
            sentence = body[s:e].strip(" |")
            if _NO_DECLARATIONS.search(sentence):
                return "none"
            if _DECLARED.search(sentence) and not re.search(r"\b(?:reminded|required|must|should|table below)\b",
                                                            sentence, re.I):
                found.append(sentence)
        if found:
            return found
    col = collapse(text).text
    m = re.search(r"\bno\s+declarations\s+of\s+(?:\w+\s+){0,2}interests?\s+(?:were|was)\b", col, re.IGNORECASE)
    if m:
        return "none"
    return None


def _block_after(text: str, label: re.Pattern[str], member_lines: bool) -> tuple[list[str], int, int]:
    """The lines of an attendance block that starts with ``label``; returns (lines, start, end)."""
    m = label.search(text)
    if not m:
        return [], -1, -1
    lines = lines_of(text[m.end() :])
    out: list[str] = []
    end = m.end()
    prev = ""
    for i, line in enumerate(lines):
        t = line.text
        if i > 0:
            if _ANY_LABEL.match(t):
                break
            continues = (prev.endswith((",", "&", " and")) or t[:1].islower() or t.startswith(("and ", "& ")))
            if member_lines and (_OFFICIAL_BRACKET.search(t) or (not continues and not _MEMBER_LINE.match(t))):
                break
            if not member_lines and not continues and not person_with_role(t) and not _is_wrapped_role(t):
                break
        if re.match(r"^\d{1,3}[.)]?\s", t) or len(out) > 40:
            break
        out.append(t)
        end = m.end() + line.end
        prev = t
    return out, m.start(), end


def _join_listed(lines: list[str]) -> str:
    """Join attendance lines so that a line break between two names reads as a list separator."""
    out = ""
    for t in lines:
        if out and not out.rstrip().endswith((",", "&", ";", " and")) and not t.startswith(("and ", "& ")):
            out += ", "
        out += " " + t
    return out


def _is_wrapped_role(line: str) -> bool:
    """A role or place that wrapped onto its own line ("Council", "Crime, Peterborough City Council")."""
    words = line.split()
    return len(words) <= 5 and (len(words) == 1 or words[0].endswith(","))


def _people_lines(lines: list[str]) -> list[str]:
    people: list[str] = []
    split: list[str] = []
    for t in lines:
        # "Ms A (Commissioner), Mr B (Chief Executive)": one person per bracketed role.
        split.extend(re.split(r"(?<=\))\s*(?:,|;|\band\b)\s*(?=[A-Z])", t))
    for t in split:
        if _is_wrapped_role(t) and people:
            last = people[-1]
            if last.endswith(")"):
                people[-1] = last[:-1] + " " + t + ")"
            continue
        bracketed = re.match(r"^(?P<name>[^()]{3,60}?)\s*\((?P<role>[^()]{2,80})\)$", t)
        person = (f"{bracketed.group('name').strip()} ({bracketed.group('role').strip()})" if bracketed
                  else person_with_role(t))
        if person:
            people.append(person)
    return people


def extract_meeting(paper: PaperText, record: Paper) -> None:
    """Fill ``record.meeting`` when the paper records (or announces) a meeting."""
    text = paper.text
    date, date_at = _meeting_date(text)
    start_time, end_time = _meeting_times(text, date_at)
    venue = _venue(text, date_at)
    apologies = _apologies(text)
    declarations = _declarations(text)
    member_lines, m_start, _ = _block_after(text, _PRESENT_LABEL, member_lines=True)
    members = split_names(_join_listed(member_lines)) if member_lines else []
    officer_lines = _block_after(text, _OFFICERS_LABEL, member_lines=False)[0]
    other_lines = _block_after(text, _OTHERS_LABEL, member_lines=False)[0]
    officers = _people_lines(officer_lines)
    others = _people_lines(other_lines)
    if not any((date, start_time, venue, apologies is not None, declarations, members, officers, others)):
        return
    meeting = Meeting(date=date, start_time=start_time, end_time=end_time, venue=venue,
                      apologies=apologies or [], members_present=members, officers_present=officers,
                      others_present=others, declarations=declarations, substitutes=_substitutes(text))
    anchor = date_at if date_at >= 0 else max(0, m_start)
    line_end = text.find("\n", anchor)
    ev_end = line_end if line_end > anchor else min(len(text), anchor + 80)
    if text[anchor:ev_end].strip():
        meeting.evidence = paper.evidence(anchor, ev_end)
    record.meeting = meeting
