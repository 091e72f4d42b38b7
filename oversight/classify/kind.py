"""Decide a paper's kind from the structures of its genre, recording the signals that decided it.

Rules are tried in order, most specific first, and each names what it saw so the interface can say
why a paper got its kind.  Most rules look only at the paper's opening (its title block), where a
paper says what it is; a few look at the whole paper (a statutory reference, a letter's sign-off).
When nothing fires the kind is ``other``: a wrong confident guess is worse than no guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from oversight.classify.plan import plan_progress_title
from oversight.text import PaperText

_HEAD = 1500
_BODY = 30000

Rule = tuple[str, str, Callable[[str, str], "str | None"]]


def _find(pattern: str, flags: int = re.I, cues: tuple[str, ...] = ()) -> Callable[[str], str | None]:
    """A search for ``pattern``; ``cues`` (if given) are strings one of which every match contains,
    checked first because a substring test is far cheaper than the pattern over a long body."""
    compiled = re.compile(pattern, flags)

    def search(text: str) -> str | None:
        if cues and not any(cue in text for cue in cues):
            return None
        match = compiled.search(text)
        return " ".join(match.group(0).split())[:80] if match else None

    return search


# Minutes bound into a pack are often headed by their agenda item ("Agenda Item No: 4 Minutes of ...").
_MINUTES_TITLE = _find(
    r"^[ \t]*(?:agenda item[ \t]*(?:no\.?|number)?[ \t]*:?[ \t]*\d{1,3}[ \t]*[:.–-]?[ \t]*)?"
    r"(?:draft |unconfirmed )?minutes of (?:a |the )?[^\n.]{0,100}?(?:meeting|panel|committee)\b"
    r"(?![^\n]{0,80}\b(?:were|was)\b)",
    re.I | re.M,
)
_AGENDA_AND_MINUTES = _find(r"^[ \t]*agenda and (?:draft |approved )?minutes\b", re.I | re.M)
_FORWARD_PLAN = _find(r"\bforward (?:agenda |work )?plan\b|\bwork ?programme\b|\bagenda plan\b")
_AGENDA_ITEM_COVER = _find(r"^[ \t]*agenda item\b(?:[ \t]*(?:no\.?|number)?[ \t]*\d{1,3})?", re.I | re.M)
_PANEL_REPORT_TITLE = _find(r"^[ \t]*report of the [^\n]{0,80}\bpanel\b", re.I | re.M)
_RECOMMENDATION = _find(r"\brecommendations?\b")
# Section 55 itself, or the Act cited for publishing comments: the inspectorate's own reports cite the
# same Act for its section 54 ("Presented to Parliament pursuant to section 54 of the Police Act 1996").
_S55 = _find(
    r"\bsection 55\b|\bs\.? ?55\b|\b55\(5|\b(?:comment|respon|publish)\w*\b[^\n]{0,100}?\bpolice act 1996\b",
    cues=("55", "1996"),
)
# One response, not a habit: a page saying the Commissioner "responds to all inspection reports" (or
# listing "responses") describes the duty; "responsible" and "responsibility" are not responses at all.
_ONE_RESPONSE = r"\brespon(?:se|ds?|ded|ding)\b(?! to (?:all|every|each)\b)"
_RESPONSE_TO_INSPECTION = _find(
    _ONE_RESPONSE + r"[^\n]{0,80}\b(?:hmicfrs|hmic|inspection|inspectorate|peel)\b"
    r"|\b(?:hmicfrs|hmic|inspection|peel)\b[^\n]{0,80}\brespon(?:se|ds?)\b"
)
_COMMISSIONER_VOICE = _find(
    r"\b(?:commissioner|pcc|pfcc|chief constable)\b[^\n]{0,60}(?:\b(?:welcom\w*|comment\w*|said|pleased)\b|"
    + _ONE_RESPONSE + r")"
    r"|\brespon(?:se|ded|ds?) from\b[^\n]{0,80}\b(?:commissioner|pcc|pfcc|constabulary|police)\b"
    r"|\bI (?:have )?(?:asked|welcomed?)\b"
    # A news item that opens with the Commissioner receiving the inspectorate's verdict.
    r"|\b(?:commissioner|pcc|pfcc)\b[^\n]{0,60}\breceiv(?:ed|es)\b[^\n]{0,40}\b(?:hmicfrs|hmic|inspect\w*|judge?ments?)\b"
)
_INSPECTORATE = _find(
    r"\bhmicfrs\b|\bhmic\b|\binspectorate of constabulary\b|\bhis majesty'?s inspector|\bher majesty'?s inspector"
)
_PEEL = _find(r"\bpeel\b")
_INSPECTION_WORD = _find(r"\binspection\b")
_INSPECTION = _find(
    r"\bhmicfrs\b|\bhmic\b|\binspectorate\b|\bhis majesty'?s inspector|\bher majesty'?s inspector|\binspection\b"
)
_GRADE = r"(?:outstanding|good|adequate|inadequate|requir\w+ improvement)"
# PEEL's own forms: its questions, asked of the force ("How effective is the force at ...", "How well has
# the force ...", not a page explaining "how well forces are ..."); a graded verdict ("judged to be good",
# "assessed as outstanding", but not the scale itself, "graded as outstanding, good, adequate ..."); the
# inspectorate's quoted grade ("is 'good' at ..."), which a plain "is good at" in prose is not.
_PEEL_STRUCTURE = _find(
    r"\bareas? for improvement\b|\bcauses? of concern\b"
    r"|\bhow (?:effective(?:ly)?|efficient(?:ly)?|legitimate(?:ly)?|well|good)"
    r" (?:does|do|is|are|has) (?:the|a|this|its)\b"
    rf"|\b(?:judged|graded|rated|assessed) (?:as |to be )?['‘’\"“]?{_GRADE}(?!['’”\"]?,? (?:or |and )?{_GRADE})"
    rf"|\b(?:is|are|was|been) ['‘’\"“]{_GRADE}['‘’\"”]|\bjudgments?\b"
)
# The inspectorate writing its own report: its voice or a report title, not a page that mentions it.
_INSPECTORATE_VOICE = _find(
    r"\b(?:we|our) (?:inspect\w*|found|find|assess\w*|judged?|recommend\w*)\b|\binspectors (?:found|judged)\b"
    r"|\b(?:hmicfrs|hmic) (?:has |have )?(?:today )?published\b|\binspection report\b"
    r"|^[ \t]*(?:an? )?(?:joint |thematic )?inspection (?:of|into)\b",
    re.I | re.M,
)
_RESPONSE_LINE = re.compile(
    r"^[^\n]{0,40}\brespon(?:se|ds?)\b[^\n]{0,80}\b(?:hmicfrs|hmic|inspection|inspectorate|peel)\b[^\n]{0,60}$",
    re.I | re.M,
)
_DECISION_RECORD = _find(
    r"\brecord of (?:a )?decision\b|\bdecision (?:reference )?(?:number|notice|record|log|title)\b|\bdecision record\b"
)
_LETTER = _find(r"^[ \t]*dear [^\n]{1,60}$[\s\S]{0,20000}?^[ \t]*yours (?:sincerely|faithfully)", re.I | re.M)
_PERFORMANCE = _find(r"\bperformance (?:report|update|monitoring|summary)\b")
_PANEL_NAME = _find(r"\bpolice,? (?:fire )?(?:and|&) crime panel\b")
_REPORT_TITLE = _find(r"\b(?:monitoring|progress|update|annual|performance) report\b|\breport (?:of|to|from) the\b")
_PANEL = _find(r"\bpolice,? (?:fire )?(?:and|&) crime panel\b|\bpanel\b")
_REPORT_COVER = _find(r"^[ \t]*(?:report (?:of|from|by|to)\b|public report\b|contact officer\b)", re.I | re.M)


def _both(first: Callable[[str], str | None], second: Callable[[str], str | None]) -> Callable[[str], str | None]:
    def search(text: str) -> str | None:
        a = first(text)
        if a is None:
            return None
        b = second(text)
        return f"{a}; {b}" if b is not None else None

    return search


def _list_of_responses(head: str) -> str | None:
    """An index page: several short lines each naming a different response to an inspection."""
    if "respon" not in head.lower():
        return None
    lines = {" ".join(m.group(0).split()).lower() for m in _RESPONSE_LINE.finditer(head)}
    return f"{len(lines)} lines each naming a response to an inspection" if len(lines) >= 3 else None


def _meeting_record(head: str) -> str | None:
    """A meeting heading or at least two of the openings minutes have (present, apologies, ...)."""
    found = [m.group(0).strip().lower()[:5] for m in _MEETING_RE.finditer(head)]
    openings = set(found)
    if (len(openings) >= 2 or found.count("minut") >= 2) and not _AGENDA_ITEM_COVER(head[:200]):
        return "minutes openings: " + ", ".join(sorted(openings))
    return None


_MEETING_RE = re.compile(
    r"^[ \t]*(?:present|members present|apologies(?: for absence)?|declarations? of interests?|resolved"
    r"|meeting held)\b|\bminutes:",
    re.I | re.M,
)

# (kind, name, test(head, body)) in order; the first that fires decides.
_RULES: list[Rule] = [
    ("panel_minutes", "minutes heading", lambda head, body: _MINUTES_TITLE(head[:600])),
    ("panel_minutes", "agenda and minutes page", lambda head, body: _AGENDA_AND_MINUTES(head[:300])),
    ("forward_plan", "forward plan title", lambda head, body: _FORWARD_PLAN(head[:400])),
    ("panel_minutes", "meeting record", lambda head, body: _meeting_record(head)),
    ("plan_progress_report", "plan progress title", lambda head, body: plan_progress_title(head[:800])),
    ("panel_recommendation_report", "panel's report with recommendations",
     lambda head, body: _both(_PANEL_REPORT_TITLE, _RECOMMENDATION)(head)),
    ("panel_report", "agenda item cover", lambda head, body: _AGENDA_ITEM_COVER(head[:300])),
    ("panel_report", "report to the panel", lambda head, body: _both(_PANEL_NAME, _REPORT_TITLE)(head[:400])),
    ("other", "a list of responses, not one", lambda head, body: _list_of_responses(head)),
    ("s55_response", "response to an inspection in the title", lambda head, body: _RESPONSE_TO_INSPECTION(head[:300])),
    ("s55_response", "statutory reference", lambda head, body: _both(_S55, _INSPECTORATE)(body)),
    ("s55_response", "response to an inspection",
     lambda head, body: _both(_RESPONSE_TO_INSPECTION, _COMMISSIONER_VOICE)(head)),
    ("s55_response", "commissioner or force on an inspection",
     lambda head, body: _both(_COMMISSIONER_VOICE, _INSPECTORATE)(head)),
    ("peel_report", "PEEL inspection findings", lambda head, body: _both(_PEEL, _PEEL_STRUCTURE)(body[:8000])),
    ("peel_report", "inspectorate findings", lambda head, body: _both(_INSPECTION, _PEEL_STRUCTURE)(head)),
    ("pcc_decision", "record of decision", lambda head, body: _DECISION_RECORD(head)),
    ("pcc_letter", "letter from the Commissioner", lambda head, body: _commissioner_letter(body)),
    ("inspection_report", "inspectorate report",
     lambda head, body: _both(_both(_INSPECTORATE, _INSPECTION_WORD), _INSPECTORATE_VOICE)(head)),
    ("performance_report", "performance report title", lambda head, body: _PERFORMANCE(head[:400])),
    ("panel_report", "report to the panel", lambda head, body: _both(_REPORT_COVER, _PANEL)(head)),
]


def _commissioner_letter(body: str) -> str | None:
    letter = _LETTER(body)
    if letter is None:
        return None
    tail = body[-600:]
    if re.search(r"\bcommissioner\b|\bpcc\b|\bpfcc\b", tail, re.I):
        return "Dear ... Yours sincerely, signed by the Commissioner"
    return None


def classify_paper(paper: PaperText) -> tuple[str, list[str]]:
    """The paper's kind from :data:`oversight.vocab.PAPER_KINDS` and the signals behind it."""
    text = paper.text
    head = text[:_HEAD]
    body = text[:_BODY]
    for kind, name, test in _RULES:
        seen = test(head, body)
        if seen:
            return kind, [f"{name}: {seen}"]
    return "other", ["no opening or structure of a known kind"]
