"""Where papers start in a pack: the opening structures of the genre.

A meeting pack binds papers that each open in a recognisable way: a minutes heading ("MINUTES OF A
MEETING OF ..."), an agenda-item cover ("Agenda Item No. 7" under the panel's name), a report title
("REPORT OF THE ... PANEL"), or a letter's letterhead before its "Dear ...".  Papers also end in
recognisable ways: minutes with "The meeting ended at ..." and the chair's line, letters with
"Yours sincerely" and a signature block, after which whatever follows is another paper (an
enclosure, an action sheet).  Each finder returns character offsets of paper starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_MINUTES = re.compile(
    r"^(?:draft |unconfirmed |confirmed )?minutes of (?:a |the )?(?:[\w,&' -]{0,80} )?(?:meeting|panel|committee)\b",
    re.I,
)
_MINUTES_NOT_TITLE = re.compile(r"\b(?:were|was|be|are|previous|last|pdf)\b", re.I)
_MINUTES_NAMES_BODY = re.compile(r"\bminutes of a meeting\b|\b(?:panel|committee|board|authority|council)\b", re.I)
_AGENDA_ITEM = re.compile(r"^agenda item(?: no\.?| number)?\s*:?\s*\d{1,3}[a-z]?\b", re.I)
_REPORT_OF = re.compile(r"^report (?:of|from|by|to) (?:the )?", re.I)
_SALUTATION = re.compile(r"^dear [A-Z][\w.' -]{0,60},?$", re.I)
_SIGN_OFF = re.compile(r"^(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards)\b", re.I)
_MEETING_CLOSED = re.compile(
    r"\bmeeting (?:began at .{1,30} and )?(?:closed|ended|finished|concluded|terminated) at\b", re.I
)
_ORG_LINE = re.compile(
    r"\b(?:office|commissioner|constabulary|police|council|panel|inspectorate|hmicfrs|authority)\b", re.I
)
_ADDRESS_LINE = re.compile(
    r"^(?:p\.?o\.? box\b|tel(?:ephone)?\b|e-?mail\b|web(?:site)?\b|twitter\b|fax\b|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"
    r"|\d{1,4}[a-z]? [A-Z][\w' ]{2,40} (?:street|road|lane|avenue|way|square|place|house|court)\b)",
    re.I,
)
_HEADER_WORDS = re.compile(r"\b(?:panel|committee)\b", re.I)
_TITLE_CUE = re.compile(r"\b(?:response|report|appendix|annex|statement|update|plan)\b", re.I)
_ENCLOSURE = re.compile(r"^(?:enc(?:s|l|losures?)?\b|cc\b|copy to\b|attachments?\b)", re.I)


# Every opening or closing that paper_starts looks for contains one of these words; on an ASCII
# line, where matching without case is lower-casing, a line without them is passed over unexamined.
_CUE = re.compile(r"minutes|agenda item|report |dear |meeting |yours |regards")


@dataclass(slots=True)
class TextLine:
    """A line of the cleaned text with its offsets and the blank lines before it."""

    text: str
    start: int
    end: int
    blank_before: int


def text_lines(text: str) -> list[TextLine]:
    """Every non-blank line of ``text`` (for small texts and tests; see :func:`iter_text_lines`)."""
    return list(iter_text_lines(text))


def iter_text_lines(text: str) -> Iterator[TextLine]:
    """The non-blank lines of ``text`` one at a time, so a long file is never held as lines."""
    blanks = 0
    offset = 0
    length = len(text)
    while offset <= length:
        newline = text.find("\n", offset)
        end = length if newline < 0 else newline
        raw = text[offset:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield TextLine(stripped, offset + lead, offset + lead + len(stripped), blanks)
            blanks = 0
        else:
            blanks += 1
        offset = end + 1


_BLOCK = 2000
_CONTEXT = 40


def start_offsets(text: str) -> dict[int, str]:
    """Offsets where papers start in ``text``, each with its reason.

    Lines are examined in blocks with some context either side (the finders look at most 25 lines
    back and 9 ahead), so memory stays bounded however long the file is.
    """
    found: dict[int, str] = {}
    window: list[TextLine] = []
    first = 0  # index, within the whole text, of window[0]
    done = 0  # lines before this index have been examined
    lines = iter_text_lines(text)
    exhausted = False
    while not exhausted or done < first + len(window):
        while not exhausted and len(window) < (done - first) + _BLOCK + _CONTEXT:
            line = next(lines, None)
            if line is None:
                exhausted = True
            else:
                window.append(line)
        stop = min(first + len(window), done + _BLOCK) if not exhausted else first + len(window)
        for index, reason in paper_starts(window, done - first, stop - first).items():
            found.setdefault(window[index].start, reason)
        done = stop
        drop = max(0, done - first - _CONTEXT)
        del window[:drop]
        first += drop
        if exhausted and done >= first + len(window):
            break
    return found


def paper_starts(lines: list[TextLine], begin: int = 0, end: int | None = None) -> dict[int, str]:
    """Line indexes where a paper starts, each with the reason (kept as a splitting signal).

    Only lines ``begin`` to ``end`` are examined as openings; the others are context.
    """
    starts: dict[int, str] = {}
    for index in range(begin, len(lines) if end is None else end):
        line = lines[index]
        text = line.text
        if len(text) > 160 or (text.isascii() and _CUE.search(text.lower()) is None):
            continue
        if _minutes_heading(lines, index):
            starts.setdefault(_header_start(lines, index), "minutes heading")
        elif _AGENDA_ITEM.match(text) and len(text) < 60:
            starts.setdefault(_header_start(lines, index), "agenda item cover")
        elif _REPORT_OF.match(text) and text.isupper() and not _near_header(lines, index):
            starts.setdefault(_header_start(lines, index), "report title")
        elif _SALUTATION.match(text):
            letterhead = _letterhead_start(lines, index)
            if letterhead is not None and not _near_header(lines, letterhead, before=3, after=0):
                starts.setdefault(letterhead, "letterhead")
        elif _MEETING_CLOSED.search(text):
            after = _after_signature(lines, index, chair_only=True)
            if after is not None:
                starts.setdefault(after, "after minutes closed")
        elif _SIGN_OFF.match(text):
            after = _after_signature(lines, index, chair_only=False)
            if after is not None:
                starts.setdefault(after, "after letter signed")
    return starts


def _minutes_heading(lines: list[TextLine], index: int) -> bool:
    """A minutes title that names its meeting ("MINUTES OF A MEETING OF THE ... PANEL"), not an
    agenda item approving earlier minutes ("Minutes of the previous meeting")."""
    text = lines[index].text
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    if text in ("MINUTES", "DRAFT MINUTES"):
        # A bare capitalised heading under (or over) the body's name.
        preceding = lines[index - 1].text if index > 0 else ""
        return _MINUTES_NAMES_BODY.search(preceding + " " + following) is not None
    if not _MINUTES.match(text) or _MINUTES_NOT_TITLE.search(text) or text.endswith("."):
        return False
    return _MINUTES_NAMES_BODY.search(text + " " + following) is not None


def _is_header_line(line: TextLine) -> bool:
    text = line.text
    if len(text) > 90 or text.endswith((".", ";", ",")) or len(text.split()) > 12:
        return False
    letters = sum(1 for c in text if c.isalpha())
    return (text.isupper() and letters >= 3) or _HEADER_WORDS.search(text) is not None


def _header_start(lines: list[TextLine], index: int) -> int:
    """Walk back over the heading lines above ``index`` (the panel's name, a logo line)."""
    start = index
    for back in range(index - 1, max(-1, index - 5), -1):
        if lines[start].blank_before > 2 or not _is_header_line(lines[back]):
            break
        start = back
    return start


def _near_header(lines: list[TextLine], index: int, before: int = 12, after: int = 0) -> bool:
    """Whether an agenda-item or minutes heading stands just above (part of the same cover)."""
    for other in range(max(0, index - before), min(len(lines), index + after + 1)):
        if other == index:
            continue
        text = lines[other].text
        if (_AGENDA_ITEM.match(text) and len(text) < 60) or (
            _MINUTES.match(text) and not _MINUTES_NOT_TITLE.search(text)
        ):
            return True
    return False


def _letterhead_start(lines: list[TextLine], index: int) -> int | None:
    """The first line of the letterhead above a salutation: an organisation over an address."""
    found: int | None = None
    for back in range(index - 1, max(-1, index - 25), -1):
        line = lines[back]
        if len(line.text) > 120 or (line.text.endswith(".") and len(line.text.split()) > 8):
            break
        if _ORG_LINE.search(line.text) and back + 1 < index:
            following = lines[back + 1].text
            after_next = lines[back + 2].text if back + 2 < index else ""
            if _ADDRESS_LINE.match(following) or (
                not _ADDRESS_LINE.match(line.text) and len(following.split()) <= 3 and _ADDRESS_LINE.match(after_next)
            ):
                found = back
    return found


def _after_signature(lines: list[TextLine], index: int, chair_only: bool) -> int | None:
    """The first line after a paper's closing block (sign-off, name, role, enclosures)."""
    position = index + 1
    limit = min(len(lines), index + 9)
    while position < limit:
        line = lines[position]
        text = line.text
        if chair_only:
            if re.match(r"^(?:chair(?:man|person)?|signed|date)\b", text, re.I) and len(text) < 60:
                position += 1
                continue
            return position if line.blank_before else None
        if text.isupper() and sum(1 for c in text if c.isalpha()) >= 3:
            # A capitalised heading after the signature opens the next paper.
            return position
        if _ENCLOSURE.match(text):
            position += 1
            while position < limit and lines[position].blank_before == 0:
                position += 1
            continue
        words = len(text.split())
        if words <= 12 and not _TITLE_CUE.search(text) and not text.endswith((".", ":")):
            position += 1
            continue
        if words <= 20 and text.startswith(("A ", "An ")) and "signature" in text.lower():
            position += 1
            continue
        return position if position > index + 1 else None
    return position if position < len(lines) and position > index + 1 else None
