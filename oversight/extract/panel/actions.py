"""Formal actions: what the panel asked someone to do, with the owner and due date where given.

Only formal actions count: "Action i: The Commissioner to update the panel ...", action-log entries
("Action 10 - Domestic Abuse"), each entry of an action sheet ("ITEM | ACTION" table), and a
resolution that directs someone ("... and that the Commissioner provide an update on ...").
Promises in the narrative ("an update would be provided") are not actions.
"""

from __future__ import annotations

import re

from oversight.contract import Action, Paper
from oversight.extract.common.dates import find_dates
from oversight.extract.panel.layout import BULLETS, lines_of, sentence_end, sentence_start, squash, truncated_at_end
from oversight.text import PaperText

_ACTION_LINE = re.compile(
    r"^[ \t]*Action[ \t]+(?P<id>\d{1,3}[a-z]?|[ivx]{1,5}|[A-Z]?\d{1,3}(?:\.\d{1,2})?)[ \t]*(?P<sep>[:\-–—.])"
    r"[ \t]*(?P<rest>\S[^\n]*)$",
    re.MULTILINE,
)
# "ACTION: The Commissioner to circulate ...", "Action – Officers to arrange ..." (no number).
_BARE_ACTION = re.compile(r"^[ \t]*(?:ACTION|Action)[ \t]*[:\-–—][ \t]*(?P<rest>\S[^\n]*)$", re.MULTILINE)
_OWNER_TO = re.compile(
    r"^(?:for[ \t]+)?(?P<owner>(?:[Tt]he[ \t]+)?"
    r"(?:[A-Z][\w&'’\-]*+[ \t]*(?:\([^)]{1,20}\)[ \t]*)?|of[ \t]+|and[ \t]+){1,6}?)"
    r"[ \t]+to[ \t]+(?P<verb>[a-z]+)\b"
)
_DIRECTED = re.compile(
    r"\band[ \t\n]+that[ \t\n]+(?P<owner>the[ \t\n]+(?:[A-Z][\w&'’\-]*+[ \t\n]*){1,5})[ \t\n]*"
    r"(?P<verb>provide|report|circulate|bring|present|write|arrange|share|supply|send|update|investigate|review)\b"
)
_SHEET_HEADER = re.compile(r"^[ \t]*(?:ITEM|Item|Minute(?:[ \t]+No\.?)?)[ \t|]+(?:ACTION|Action)S?[ \t|]*(?:\S.*)?$",
                           re.MULTILINE)
_SHEET_ENTRY = re.compile(
    r"(?<![\w,])(?:The[ \t\n]+Panel\b|(?:The[ \t\n]+)?(?:Commissioner|PCC|PFCC|Chair(?:man)?|Chief[ \t\n]+Constable|"
    r"Monitoring[ \t\n]+Officer|Scrutiny[ \t\n]+Officer|Democratic[ \t\n]+Services[ \t\n]+Officer)[ \t\n]+to\b)"
)
_FOR_OWNER = re.compile(
    r"\bfor[ \t\n]+(?P<owner>the[ \t\n]+(?:[A-Z][\w&'’\-]*+[ \t\n]*){1,4}?)[ \t\n]*to[ \t\n]+[a-z]+"
)
_DUE = re.compile(r"\b(?:by|before|no later than|due)[ \t\n]+(?:the[ \t\n]+)?", re.IGNORECASE)


def _due(text: str) -> str | None:
    for m in _DUE.finditer(text):
        hits = find_dates(text[m.end() : m.end() + 30])
        if hits and hits[0].start == 0:
            return hits[0].iso
    return None


def _add(paper: PaperText, record: Paper, start: int, end: int, owner: str | None) -> None:
    text = paper.text
    if end - start < 4 or (truncated_at_end(text, end) and end - start > 40):
        return
    if any(a.evidence.start <= paper.start + start < a.evidence.end for a in record.actions):
        return
    body = squash(text[start:end])
    record.actions.append(Action(text=body, owner=squash(owner) if owner else None, due=_due(body),
                                 evidence=paper.evidence(start, end)))


def _action_lines(paper: PaperText, record: Paper) -> None:
    text = paper.text
    for m in _ACTION_LINE.finditer(text):
        rest = m.group("rest")
        owner_m = _OWNER_TO.match(rest)
        if owner_m or len(rest.split()) > 8:
            start = m.start("rest")
            end = sentence_end(text, start)
            _add(paper, record, start, end, owner_m.group("owner") if owner_m else None)
        else:
            _add(paper, record, m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), m.end(), None)


def _bare_actions(paper: PaperText, record: Paper) -> None:
    text = paper.text
    for m in _BARE_ACTION.finditer(text):
        rest = m.group("rest")
        owner_m = _OWNER_TO.match(rest)
        if not owner_m and len(rest.split()) < 4:
            continue
        start = m.start("rest")
        _add(paper, record, start, sentence_end(text, start), owner_m.group("owner") if owner_m else None)


_ROLE = (r"(?:[Tt]he[ \t\n]+)?(?:Chair(?:man|person)?|Vice[- ]Chair(?:man)?|"
         r"(?:Police(?:,[ \t\n]+Fire)?[ \t\n]+and[ \t\n]+Crime[ \t\n]+)?Commissioner|PCC|PFCC|"
         r"Chief[ \t\n]+Executive|Chief[ \t\n]+Constable|Monitoring[ \t\n]+Officer|"
         r"Scrutiny[ \t\n]+Officer|Democratic[ \t\n]+Services[ \t\n]+Officer|Clerk|Secretariat|[Oo]fficers|"
         r"Lead[ \t\n]+Member)")
_DIRECTING_DECISION = re.compile(
    rf"^(?:That[ \t\n]+)?(?P<owner>{_ROLE})[ \t\n]+(?:be[ \t\n]+asked[ \t\n]+to[ \t\n]+)?"
    r"(?:write|provide|report|circulate|bring|present|arrange|share|supply|send|update|investigate|review|"
    r"prepare|seek|raise|contact|respond)\b",
    re.IGNORECASE,
)
_ACTIONS_HEADING = re.compile(r"^[ \t]*(?:Agreed[ \t]+)?Actions?(?:[ \t]+(?:points|agreed|arising))?[ \t]*:?[ \t]*$",
                              re.IGNORECASE | re.MULTILINE)
_LISTED_ACTION = re.compile(
    rf"^[ \t]*(?:[{BULLETS}]|\d{{1,2}}[.)]|\(?[a-z][.)])[ \t]*(?P<rest>{_ROLE}[ \t]+to[ \t]+[a-z][^\n]*)$", re.MULTILINE
)


def _directing_decisions(paper: PaperText, record: Paper) -> None:
    """A resolution (or one of its parts) that tells someone to do something is also an action."""
    for d in record.decisions:
        m = _DIRECTING_DECISION.match(d.text)
        if not m:
            continue
        start, end = d.evidence.start - paper.start, d.evidence.end - paper.start
        _add(paper, record, start, end, squash(m.group("owner")))


def _listed_actions(paper: PaperText, record: Paper) -> None:
    """Lines under an "Actions" heading that say who is to do what."""
    text = paper.text
    for head in _ACTIONS_HEADING.finditer(text):
        for m in _LISTED_ACTION.finditer(text, head.end(), min(len(text), head.end() + 3000)):
            owner = _OWNER_TO.match(m.group("rest"))
            _add(paper, record, m.start("rest"), m.end("rest"), owner.group("owner") if owner else None)


def _directed_in_resolutions(paper: PaperText, record: Paper) -> None:
    text = paper.text
    for m in _DIRECTED.finditer(text):
        head = text[max(0, m.start() - 600) : m.start()]
        if not re.search(r"RESOLVED|Resolved", head):
            continue
        start = m.start("owner")
        _add(paper, record, start, sentence_end(text, start), m.group("owner"))


def _action_sheet(paper: PaperText, record: Paper) -> None:
    text = paper.text
    header = _SHEET_HEADER.search(text)
    if not header:
        return
    region_end = len(text)
    # The sheet ends where a new paper's heading starts (a line in capitals after the entries).
    for ln in lines_of(text[header.end() :]):
        if re.match(r"^(?:REPORT|MINUTES|AGENDA)\b", ln.text) or re.match(r"^[A-Z][A-Z ]{20,}$", ln.text):
            region_end = header.end() + ln.start
            break
    starts = [m.start() for m in _SHEET_ENTRY.finditer(text, header.end(), region_end)
              if sentence_start(text, m.start(), header.end()) == m.start()]
    for i, s in enumerate(starts):
        limit = starts[i + 1] if i + 1 < len(starts) else region_end
        end = min(sentence_end(text, s), limit)
        entry = text[s:end]
        owner_m = _FOR_OWNER.search(entry) or _OWNER_TO.match(squash(entry))
        owner = owner_m.group("owner") if owner_m else None
        if owner and re.match(r"^(?:the[ \t\n]+)?Panel\b", owner.strip(), re.IGNORECASE):
            owner = None
        _add(paper, record, s, end, owner)


def extract_actions(paper: PaperText, record: Paper) -> None:
    """Formal actions in minutes, action sheets and action logs."""
    _action_sheet(paper, record)
    _action_lines(paper, record)
    _bare_actions(paper, record)
    _listed_actions(paper, record)
    _directing_decisions(paper, record)
    _directed_in_resolutions(paper, record)
