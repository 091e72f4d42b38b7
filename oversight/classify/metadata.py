"""A paper's title, force, body, date, agenda item and contact officer, read from its own words.

Each value comes from where papers of the genre state it: the cover block of a report to a panel
(panel name, "Agenda Item No. 7", the meeting date, "Contact Officer – ..."), a minutes heading
("MINUTES OF A MEETING OF THE ... PANEL ON 1 FEBRUARY 2023"), a letter's date line above
"Dear ...", a web page's "Published on" or "Last updated".  A value the paper does not state is
None rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from oversight.classify.dates import find_dates
from oversight.classify.forces import canonical, forces_named
from oversight.text import PaperText


@dataclass
class PaperMetadata:
    title: str | None = None
    force: str | None = None
    body: str | None = None
    document_date: str | None = None
    agenda_item: str | None = None
    contact_officer: str | None = None


_HEAD = 2500
# A paper names its force early and often; the first stretch of it is enough to tell.
_FORCE_SCAN = 20000
# Kinds whose cover block carries the meeting date the paper is for.
_COVER_DATED = {"panel_report", "plan_progress_report", "forward_plan", "performance_report"}
_AGENDA_ITEM = re.compile(r"\bagenda item(?:[ \t]+no\.?|[ \t]+number)?[ \t]*:?[ \t]*(\d{1,3}[a-z]?)\b", re.I)
_CONTACT = re.compile(
    r"\b(?i:contact officer)\s*(?:[:–—-]|\bis\b)?\s*(?:is\s+)?"
    r"((?:(?:Dr|Mr|Mrs|Ms|Miss)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})"
)
# Labels that state a paper's own date, most telling first.
_DATE_LABELS = [
    r"date of (?:report|publication|decision|letter)",
    r"published(?: on)?",
    r"last updated",
    r"(?:sent|posted|issued) on",
    r"date(?: approved| signed)?",
    r"as at",
    r"today",
]
_LABELLED_DATE = [
    re.compile(rf"\b{label}\b\s{{0,3}}[:\-–—(]?\s{{0,3}}(?:\w+day,?[ \t]+)?(?=\d)", re.I) for label in _DATE_LABELS
]
_PANEL = re.compile(
    r"\b((?:[A-Z][\w’'-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,4}Police,?[ \t]*(?:Fire[ \t]+)?(?:and|&)[ \t]*Crime[ \t]+"
    r"Panel)\b",
    re.I,
)
_FUSED_PANEL = re.compile(r"\b([A-Z][a-z]+ ?Police\s?(?:and|&)\s?Crime\s*Panel)")
_OFFICE = re.compile(
    r"\b(Office of the Police,?\s+(?:Fire\s+)?(?:and|&)\s+Crime\s+Commissioner(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"| for [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})?)"
)
_COMMISSIONER = re.compile(
    r"\b((?:[A-Z][\w’'-]*(?:’s|'s)?[ \t]+(?:(?:and|&)[ \t]+)?){1,3}Police,?[ \t]+(?:Fire[ \t]+)?(?:and|&)[ \t]+"
    r"Crime[ \t]+Commissioner)\b"
)
_OPCC = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)? OPCC|OPCC [A-Z][a-z]+)\b")
_COMMITTEE = re.compile(r"\b((?:(?:[A-Z][\w,]*|&|and)[ \t]+){1,6}Committee)\b")
_INSPECTORATE = re.compile(r"\bHMICFRS\b|\bHMIC\b")
_RESPONDER = re.compile(r"^(.{3,60}?)['’]s response to\b", re.M)
_SALUTATION = re.compile(r"^dear\b[^\n]{0,60}$", re.I | re.M)
_WEEKDAY_NOISE = re.compile(r"\s+")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")
_PANEL_LINE = re.compile(r"[\w ,&'’-]*police,? (?:fire )?(?:and|&) crime(?: panel| commissioner)?")
_NAME_WORDS = {"police", "and", "crime", "panel", "fire", "commissioner", "&"}
_NOT_PLACE = {"the", "a", "of", "and", "this", "report", "panel", "to", "by", "for", "from", "with", "our", "its"}


# A word every match of the pattern contains: a cheap test before the costly search.
_CUES: dict[re.Pattern[str], str] = {
    _PANEL: "panel", _FUSED_PANEL: "panel", _OFFICE: "commissioner", _COMMISSIONER: "commissioner",
    _OPCC: "opcc", _COMMITTEE: "committee",
}


def describe_paper(paper: PaperText, kind: str) -> PaperMetadata:
    """Everything the paper states about itself, for the kind it was given."""
    text = paper.text
    head = text[:_HEAD]
    return PaperMetadata(
        title=_title(head, kind),
        force=_force(text),
        body=_body(text, head, kind),
        document_date=_date(head, kind),
        agenda_item=_agenda_item(head),
        contact_officer=_contact(head),
    )


def _agenda_item(head: str) -> str | None:
    match = _AGENDA_ITEM.search(head[:800])
    return match.group(1) if match else None


def _contact(head: str) -> str | None:
    match = _CONTACT.search(head)
    return match.group(1).strip() if match else None


def _force(text: str) -> str | None:
    """The force the paper is about: the one it names most, mentions near the top counting double."""
    mentions = forces_named(text[:_FORCE_SCAN])
    if not mentions:
        return None
    scores: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for offset, name in mentions:
        force = canonical(name) or name
        scores[force] += 3 if offset < 3000 else 1
        spellings.setdefault(force, Counter())[name] += 2 if name.casefold() == force.casefold() else 1
    best, score = scores.most_common(1)[0]
    if len(scores) >= 4 and score < 0.4 * sum(scores.values()):
        return None  # a national paper that names many forces equally
    written = spellings[best].most_common(1)[0][0]
    if written.isupper():
        written = best
    return written


def _body(text: str, head: str, kind: str) -> str | None:
    responder = _RESPONDER.search(head[:400])
    panel = _first(_PANEL, head) or _first(_FUSED_PANEL, head)
    inspectorate = _first(_INSPECTORATE, text[:20000])
    if kind == "plan_progress_report" and panel is None:
        # An office's own delivery plan, not one reported to a panel: the office that keeps it.
        return _earliest_of(head, _OFFICE, _COMMISSIONER, _OPCC) or _first(_COMMITTEE, head)
    if kind in ("panel_minutes", "panel_report", "panel_recommendation_report", "forward_plan",
                "plan_progress_report", "performance_report"):
        return panel or _earliest_of(head, _OFFICE, _COMMISSIONER) or _first(_COMMITTEE, head)
    if kind in ("peel_report", "inspection_report"):
        return inspectorate
    if kind == "s55_response" and responder is not None and "commissioner" not in responder.group(1).lower():
        return " ".join(responder.group(1).split())
    if kind in ("s55_response", "pcc_letter", "pcc_decision"):
        return _earliest_of(head, _OFFICE, _COMMISSIONER, _OPCC) or panel
    return _earliest_of(head, _OFFICE, _COMMISSIONER, _OPCC, _PANEL) or _first(_COMMITTEE, head[:1000])


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = _earliest(pattern, text)
    return found[1] if found else None


def _earliest(pattern: re.Pattern[str], text: str) -> tuple[int, str] | None:
    """The first match as ``(offset, name)``, without leading words that are not part of a name."""
    cue = _CUES.get(pattern)
    if cue is not None and cue not in text.lower():
        return None
    if pattern is _INSPECTORATE and "HMIC" not in text:
        return None
    for match in pattern.finditer(text):
        words = match.group(1 if pattern.groups else 0).split()
        while len(words) > 1 and (words[0].lower() in _NOT_PLACE or not words[0][:1].isupper()):
            words.pop(0)
        if len(words) > 1 or pattern is _INSPECTORATE:
            return match.start(), " ".join(words)
    return None


def _earliest_of(text: str, *patterns: re.Pattern[str]) -> str | None:
    found = [hit for hit in (_earliest(p, text) for p in patterns) if hit is not None]
    return min(found)[1] if found else None


def _date(head: str, kind: str) -> str | None:
    dates = find_dates(head)
    if not dates:
        return None
    if kind == "panel_minutes":
        return dates[0][2] if dates[0][0] < 600 else _labelled(head, dates) or dates[0][2]
    if kind in _COVER_DATED and dates[0][0] < 300:
        return dates[0][2]
    labelled = _labelled(head, dates)
    if labelled:
        return labelled
    for start, end, iso in dates:
        if start < 800 and _alone_on_line(head, start, end):
            return iso
    salutation = _SALUTATION.search(head)
    if salutation is not None:
        before = [d for d in dates if d[1] <= salutation.start()]
        if before:
            return before[-1][2]
    if dates[0][0] < 700 and kind in _COVER_DATED | {"pcc_letter", "s55_response", "pcc_decision", "other"}:
        return dates[0][2]
    return None


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The date is the whole line (a cover or letter date), perhaps after a weekday."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip().rstrip(",").strip()
    after = text[end : len(text) if line_end < 0 else line_end].strip()
    return not after and (not before or before.lower().endswith("day"))


def _labelled(head: str, dates: list[tuple[int, int, str]]) -> str | None:
    starts = {start: iso for start, _, iso in dates}
    for pattern in _LABELLED_DATE:
        for match in pattern.finditer(head):
            iso = starts.get(match.end())
            if iso is not None:
                return iso
    return None


def _title(head: str, kind: str) -> str | None:
    lines = [line.strip() for line in head.split("\n")]
    if kind in ("pcc_letter", "s55_response"):
        salutation = _SALUTATION.search(head)
        if salutation is not None:
            after = head[salutation.end():].lstrip("\n").split("\n", 1)[0].strip()
            if after and not after.endswith(".") and len(after) < 250:
                return after
            return None
    run: list[str] = []
    for line in lines[:40]:
        if not line:
            continue
        if _NUMBERED.match(line) and run:
            break
        if _is_title_line(line, started=bool(run)):
            run.append(line)
        elif run:
            run = [] if _NUMBERED.match(line) else run
            break
    if run:
        return " ".join(" ".join(run).split())
    # A bare number above the text is a page number or count, never the title.
    first = next((line for line in lines if line and not line.isdigit()), "")
    return first if 0 < len(first) < 200 else None


def _is_title_line(line: str, started: bool) -> bool:
    if not line.isupper() or len(line) > 200 or sum(1 for c in line if c.isalpha()) < 4 or _NUMBERED.match(line):
        return False
    if started:
        return True
    lowered = line.lower()
    if _AGENDA_ITEM.search(line) or lowered.startswith(("report of", "report from", "public report", "contact")):
        return False
    if set(lowered.replace(",", " ").split()) <= _NAME_WORDS or _PANEL_LINE.fullmatch(lowered):
        return False
    return not (find_dates(line) and len(line) < 30)
