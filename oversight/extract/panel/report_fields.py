"""A report's purpose and the panel terms of reference it cites.

Reports to a Police and Crime Panel open with numbered sections in a common order ("1. PURPOSE",
"2. RECOMMENDATION(S)", "3. TERMS OF REFERENCE"), or with unnumbered headings ("Purpose of the
report", "Terms of Reference"); some state the purpose in a sentence instead ("The purpose of this
report is to ...", "Its purpose is to ...").  A section runs until the next heading.
"""

from __future__ import annotations

import re

from oversight.contract import Paper, Passage
from oversight.text import PaperText

_HEAD_LIMIT = 8000
_PURPOSE_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:purpose(?:[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+)?(?:report|paper))?"
    r"|report[ \t]+purpose)[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_TOR_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:panel'?s?[ \t]+)?terms[ \t]+of[ \t]+reference[ \t]*:?[ \t]*$", re.I | re.M
)
# The next section: a numbered heading ("2. RECOMMENDATIONS"), or a short line in capitals.
_NEXT_HEADING = re.compile(r"^[ \t]*(?:\d{1,2}\.?[ \t]+[A-Z][A-Za-z ,&()’'/-]{2,60}|[A-Z][A-Z ,&()’'/-]{3,60})[ \t]*$",
                           re.M)
_PURPOSE_SENTENCE = re.compile(r"\b(?:The|Its)[ \t]+purpose[ \t]+of[ \t]+this[ \t]+(?:report|paper)[ \t]+is[ \t]+to"
                               r"|\bIts[ \t]+purpose[ \t]+is[ \t]+to", re.I)
_NUMBER = re.compile(r"^(?:•[ \t]*)?(?:\d{1,2}\.\d{1,2}\.?|\(?[a-z]\)|[a-z]\.)[ \t]+")
_ITEM = re.compile(r"^(?:Item|Paragraph)[ \t]+\d{1,2}\b", re.I)
_SECTION_LIMIT = 3000


def _section(text: str, heading: re.Match[str]) -> tuple[int, int]:
    start = heading.end()
    nxt = _NEXT_HEADING.search(text, start + 1, min(len(text), start + _SECTION_LIMIT))
    return start, nxt.start() if nxt else min(len(text), start + _SECTION_LIMIT)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The section's paragraphs, with any "3.1" or "(a)" numbering left off the start.

    A numbered section gives its run of numbered paragraphs; an unnumbered one only its first
    paragraph, since what follows an unnumbered section with no next heading is often a signature
    block or the body of the report.
    """
    spans: list[tuple[int, int]] = []
    numbered_run: bool | None = None
    for match in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*", text[start:end]):
        a, b = start + match.start(), start + match.end()
        chunk = text[a:b]
        stripped = chunk.lstrip()
        a += len(chunk) - len(stripped)
        numbering = _NUMBER.match(stripped) or _ITEM.match(stripped)
        if numbering and _NUMBER.match(stripped):
            a += numbering.end()
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a < 8:
            continue
        if numbered_run is None:
            numbered_run = numbering is not None
        elif not numbered_run or numbering is None:
            break
        spans.append((a, b))
    return spans


def _collapse(text: str) -> str:
    return " ".join(text.split())


def extract_report_fields(paper: PaperText, record: Paper) -> None:
    text = paper.text
    head = text[:_HEAD_LIMIT]
    heading = _PURPOSE_HEADING.search(head)
    if heading:
        paragraphs = _paragraphs(text, *_section(text, heading))
        if paragraphs:
            a, b = paragraphs[0]
            record.purpose = Passage(text=_collapse(text[a:b]), evidence=paper.evidence(a, b))
    if record.purpose is None:
        sentence = _PURPOSE_SENTENCE.search(head)
        if sentence:
            end = text.find(".", sentence.end())
            end = end + 1 if 0 < end < sentence.start() + 600 else min(len(text), sentence.start() + 600)
            record.purpose = Passage(text=_collapse(text[sentence.start():end]),
                                     evidence=paper.evidence(sentence.start(), end))
    tor = _TOR_HEADING.search(head)
    if tor:
        for a, b in _paragraphs(text, *_section(text, tor))[:10]:
            record.terms_of_reference.append(Passage(text=_collapse(text[a:b]), evidence=paper.evidence(a, b)))
