"""Areas for improvement and causes of concern: only what the paper lists as such.

HMICFRS states these findings in a few fixed ways, and only those are read:

* a heading ("Areas for improvement", "Cause of concern", "Causes for concern") and the list under it;
* a tracker or register marker line ("AFI", "Concern" with a status line) and the line after it;
* an introduction ending in a colon ("... three causes of concern, which were that the force:") and
  the bulleted fragments after it;
* a sentence that says so ("It is a cause of concern that ...");
* an area for improvement quoted as one ("one of the Areas for Improvement ... that ‘the force
  should ...’").

Sentences in the body that merely say "the force should ..." are not findings, nor are lists under
"The force should also:" or "Examples of good practice include:".
"""

from __future__ import annotations

import re

from oversight.contract import Paper, TextFinding
from oversight.extract.inspection.layout import Line, ends_sentence, heading_text, plain, split_lines, strip_list_tail
from oversight.extract.inspection.lists import Item, collect_items
from oversight.text import PaperText

_AFI_HEADING = re.compile(r"(?:areas? for improvement|afis?)(?: \d{1,2})?")
_CONCERN_HEADING = re.compile(r"(?:causes? (?:of|for) concern)(?: \d{1,2})?")
_AFI_MARKER = re.compile(r"afi")
_CONCERN_MARKER = re.compile(r"concern")
# "AFI 1: The force should ...", "Cause of concern 2 – The force does not ...": label and finding on one line.
_INLINE = re.compile(
    r"(?P<label>(?i:areas? for improvement|afi|causes? (?:of|for) concern))[ \t]{0,3}\d{0,2}[ \t]{0,3}"
    r"[:–—-][ \t]{0,3}(?P<text>\S.{10,600})"
)
_STATUS = re.compile(
    r"(?:open|closed|resolved|in progress|ongoing|awaiting[- ]review|no[- ]further[- ]action[- ]needed)"
)
_FINDING = re.compile(r"\b(?:should|needs? to|must|has to|is to)\b", re.IGNORECASE)
_AFI_INTRO = re.compile(r"\bareas? for improvement\b[^:\n]{0,120}:$", re.IGNORECASE)
_CONCERN_INTRO = re.compile(
    r"\bcauses? (?:of|for) concern\b[^:\n]{0,120}:$|"
    r"\b(?:into|in) (?:Engage|(?:our )?enhanced (?:level of |phase of )?monitoring)\b"
    r"[^:\n]{0,80}\bbecause\b[^:\n]{0,60}:$",
    re.IGNORECASE,
)
_CONCERN_SENTENCE = re.compile(r"\bIt is a cause of concern that\b")
_QUOTED_AFI = re.compile(
    r"\bareas? for improvement\b[^‘“\"\n]{0,160}?\bthat[ \t]{0,4}[‘“\"]([^’”\"\n]{20,500})[’”\"]", re.IGNORECASE
)


def reads_like_finding(text: str) -> bool:
    """A line that opens by saying who should or needs to do what: the shape of an AFI.

    The modal must come within the first dozen words ("The force needs to ...", "Exampleshire Police
    should ..."); explanatory prose that mentions "should" later in a sentence is not a finding.
    """
    head = " ".join(text.split()[:12])
    return bool(_FINDING.search(head))


def extract_areas_for_improvement(paper: PaperText, record: Paper) -> None:
    """Fill ``record.areas_for_improvement`` from headings, markers, introductions and quotations."""
    text = paper.text
    lines = split_lines(text)
    items = _listed(text, lines, _AFI_HEADING, _AFI_MARKER, _AFI_INTRO, singular="area for improvement")
    items += quoted_afis(text)
    record.areas_for_improvement.extend(_findings(paper, items, record.areas_for_improvement))


def extract_causes_of_concern(paper: PaperText, record: Paper) -> None:
    """Fill ``record.causes_of_concern`` from headings, markers, introductions and "It is a cause of concern"."""
    text = paper.text
    lines = split_lines(text)
    items = _listed(text, lines, _CONCERN_HEADING, _CONCERN_MARKER, _CONCERN_INTRO, singular="cause of concern")
    items += _concern_sentences(text)
    record.causes_of_concern.extend(_findings(paper, items, record.causes_of_concern))


def extract_quoted_afis(paper: PaperText, record: Paper) -> None:
    """Only the areas for improvement a paper quotes as such (for papers that are not inspections)."""
    record.areas_for_improvement.extend(_findings(paper, quoted_afis(paper.text), record.areas_for_improvement))


def quoted_afis(text: str) -> list[Item]:
    """Areas for improvement quoted as such in minutes or letters ("... AFIs ... that ‘the force should ...’")."""
    out = []
    for m in _QUOTED_AFI.finditer(text):
        if reads_like_finding(m.group(1)):
            out.append(Item(m.start(1), m.end(1), m.group(1).strip()))
    return out


def _listed(
    text: str, lines: list[Line], heading: re.Pattern[str], marker: re.Pattern[str], intro: re.Pattern[str],
    singular: str,
) -> list[Item]:
    out: list[Item] = []
    for idx, line in enumerate(lines):
        key = heading_text(line)
        inline = _INLINE.fullmatch(line.body.replace("**", "").strip())
        label = inline.group("label").casefold() if inline else ""
        if inline and (heading.match(label) or marker.fullmatch(label)):
            body = inline.group("text")
            if reads_like_finding(body) or (singular == "cause of concern" and len(body.split()) >= 5):
                start = line.body_start + line.body.find(body)
                out.append(Item(start, start + len(body), plain(body)))
            continue
        nxt = idx + 1
        if nxt >= len(lines):
            break
        if marker.fullmatch(key):
            if _STATUS.fullmatch(heading_text(lines[nxt])) and nxt + 1 < len(lines):
                nxt += 1
            target = lines[nxt]
            if not (target.bullet or target.numbered) and heading.fullmatch(heading_text(target)) is None:
                end = target.body_start + _unpunctuated_end(target.body)
                out.append(Item(target.body_start, end, plain(text[target.body_start : end])))
        elif heading.fullmatch(key):
            if marker.fullmatch(heading_text(lines[nxt])):
                continue
            if key.startswith(singular):
                found = collect_items(text, lines, nxt, unbulleted=None)[:1]
            else:
                found = collect_items(text, lines, nxt, unbulleted=reads_like_finding)
            out.extend(found)
        elif intro.search(line.text) and (lines[nxt].bullet or lines[nxt].numbered):
            for item in collect_items(text, lines, nxt):
                cleaned = strip_list_tail(item.text)
                out.append(Item(item.start, item.end, cleaned))
        elif intro.search(line.text) and _LIST_LINE_END.search(lines[nxt].body):
            out.extend(_unbulleted_fragments(text, lines, nxt))
    return out


_LIST_LINE_END = re.compile(r"(?:;|; and|; or|, and)$")
_JOINED_ITEMS = re.compile(r"(?<=;)(?: and| or)? (?=[a-z])")


def _unbulleted_fragments(text: str, lines: list[Line], first: int) -> list[Item]:
    """Fragments completing an introduction one per line without bullets ("... because the force
    needs to:" then "attend calls ...;" ... "improve its planning."): the list runs while each line
    ends like a list item, and closes with the first line that ends a sentence."""
    out: list[Item] = []
    for line in lines[first : first + 30]:
        body = text[line.body_start : line.end]
        if len(body) > 600 or line.gap > 2:
            break
        pos = 0
        for cut in _JOINED_ITEMS.finditer(body):
            out.append(Item(line.body_start + pos, line.body_start + cut.start(),
                            strip_list_tail(plain(body[pos : cut.start()]))))
            pos = cut.end()
        out.append(Item(line.body_start + pos, line.end, strip_list_tail(plain(body[pos:]))))
        if not _LIST_LINE_END.search(body):
            if not ends_sentence(body):
                out.pop()
            break
    return out


_RUN_ON = re.compile(
    r"(?<=[a-z0-9)]) (?=(?:There|The|This|These|Those|It|Its|We|Our|In|During|However|When|While|Although|Since|"
    r"As|For|A|An|Based|If|At|On|Of|From|Officers|Staff|Supervisors)\b)"
)


def _unpunctuated_end(line: str) -> int:
    """Where a tracker's unpunctuated title line ends when a cleaner ran it into the next paragraph.

    "... answer emergency and non-emergency calls There are capacity ..." -> just before "There".
    """
    stop = re.search(r"[.!?](?:\s|$)", line)
    limit = stop.start() if stop else len(line)
    m = _RUN_ON.search(line, 0, limit)
    return m.start() if m and m.start() >= 20 else len(line)


def _concern_sentences(text: str) -> list[Item]:
    out = []
    for m in _CONCERN_SENTENCE.finditer(text):
        end = _sentence_end(text, m.start())
        out.append(Item(m.start(), end, re.sub(r"\s+", " ", text[m.start() : end]).strip()))
    return out


def _sentence_end(text: str, start: int, limit: int = 800) -> int:
    """Offset just after the full stop that ends the sentence starting at ``start``."""
    stop = min(len(text), start + limit)
    m = re.compile(r"[.!?](?=[\"'’”)]{0,2}(?:\s|$))|\n[ \t]*\n").search(text, start, stop)
    if m is None:
        return stop
    return m.end() if text[m.start()] != "\n" else m.start()


def _findings(paper: PaperText, items: list[Item], existing: list[TextFinding]) -> list[TextFinding]:
    seen = {_key(f.text) for f in existing}
    out = []
    for item in items:
        key = _key(item.text)
        if len(key) < 12 or key in seen:
            continue
        seen.add(key)
        out.append(TextFinding(text=item.text, evidence=paper.evidence(item.start, item.end)))
    return out


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()
