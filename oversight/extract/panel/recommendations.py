"""Recommendations in panel papers: a report's own recommendation to the panel ("2. RECOMMENDATION /
2.1 The Panel is recommended to note ...", "A. Recommendation / That Members note the report."), one
narrated in a minute ("The recommendation to the panel was to approve ..."), and a recommendation the
panel itself made ("The Panel made a recommendation for the Commissioner to report back ...").
"""

from __future__ import annotations

import re

from oversight.contract import Paper, Recommendation
from oversight.extract.panel.layout import lines_of, sentence_end, sentence_start, squash, truncated_at_end
from oversight.text import PaperText

_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?[ \t]*|[A-Z]\.[ \t]*)?(?:RECOMMENDATIONS?|Recommendations?)(?:[ \t]+to[ \t]+the[ \t]+\w+)?"
    r"[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_NUMBERED = re.compile(r"^(?:[-–•][ \t]*)?(?P<id>\d{1,2}\.\d{1,2})[ \t]+(?P<text>\S.*)$")
_NEXT_SECTION = re.compile(r"^(?:\d{1,2}\.?|[A-Z]\.)[ \t]+[A-Z][A-Z &'’\-]{3,}$|^[A-Z]\.[ \t]+\w")
_NARRATED = re.compile(
    r"\bThe[ \t\n]+recommendations?[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?(?P<to>panel|committee|members)\b", re.IGNORECASE
)
_PANEL_MADE = re.compile(
    r"\bThe[ \t\n]+Panel[ \t\n]+(?:made|agreed[ \t\n]+to[ \t\n]+make|agreed)[ \t\n]+(?:a[ \t\n]+)?recommendations?"
    r"[ \t\n]+(?:for|to|that)[ \t\n]+(?P<to>the[ \t\n]+(?:[A-Z][\w&'’\-]*+[ \t\n]*){1,5})"
)
_ADDRESSEE = re.compile(r"^(?:That[ \t]+)?(?P<who>(?:the[ \t]+)?(?:Panel|Committee|Members|Board|Commissioner))\b",
                        re.IGNORECASE)


def _addressees(text: str) -> list[str]:
    m = _ADDRESSEE.match(text)
    return [m.group("who")] if m else []


def extract_report_recommendations(paper: PaperText, record: Paper) -> None:
    """The recommendation a report makes to the panel or committee it is written for."""
    text = paper.text
    found = False
    for head in _HEADING.finditer(text):
        lines = lines_of(text[head.end() : head.end() + 3000])
        numbered = False
        for ln in lines:
            m = _NUMBERED.match(ln.text)
            if m:
                numbered = True
                start = head.end() + ln.start + m.start("text")
                end = sentence_end(text, start)
                _add(paper, record, m.group("id"), start, end)
                found = True
                continue
            if numbered and _NEXT_SECTION.match(ln.text):
                break
            if not numbered:
                if _NEXT_SECTION.match(ln.text) or len(ln.text) < 8:
                    break
                start = head.end() + ln.start
                _add(paper, record, None, start, sentence_end(text, start))
                found = True
                break
        if found:
            break
    for m in _NARRATED.finditer(text):
        start = sentence_start(text, m.start())
        _add(paper, record, None, start, sentence_end(text, m.end()), [m.group("to")])


def extract_panel_recommendations(paper: PaperText, record: Paper) -> None:
    """Recommendations the panel made to the Commissioner (or another body) at the meeting."""
    text = paper.text
    for m in _PANEL_MADE.finditer(text):
        start = sentence_start(text, m.start())
        _add(paper, record, None, start, sentence_end(text, m.end()), [squash(m.group("to"))])


def _add(paper: PaperText, record: Paper, rid: str | None, start: int, end: int,
         addressees: list[str] | None = None) -> None:
    text = paper.text
    if end - start < 8 or truncated_at_end(text, end):
        return
    body = squash(text[start:end])
    if any(r.text == body for r in record.recommendations):
        return
    record.recommendations.append(Recommendation(
        id=rid, text=body, evidence=paper.evidence(start, end),
        addressees=addressees if addressees is not None else _addressees(body)))
