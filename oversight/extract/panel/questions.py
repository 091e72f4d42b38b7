"""Questions panel members put, who answered first, and what was said.

Minutes record questions as numbered or bulleted points: "Councillor X asked ...", "A Member queried
...", "Councillor X stated ...; what had gone wrong?", "Regarding ..., a Member asked ...", and in the
passive "The PFCC was challenged whether ...", "Reassurance was sought that ...", "In response to a
query the Commissioner commented ...".  A point is a question only when a member (or an unnamed
questioner) asks something; members' statements and suggestions, officers' own remarks and questions
from members of the public are not questions.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from oversight.contract import Paper, Question
from oversight.extract.panel.layout import (
    LIST_MARKER,
    collapse,
    is_heading_like,
    lines_of,
    sentence_bounds,
    truncated_at_end,
)
from oversight.text import PaperText

_TRIGGER = re.compile(
    r"\b(?:asked|queried|questioned|enquired|inquired|probed)\b(?!\s+(?:to|of\s+him|of\s+her|questions)\b)"
    r"|\bsought\s+(?:and\s+\w+\s+)?(?:\w+\s+)?(?:reassurances?|assurances?|clarification|confirmation|an?\s+update|"
    r"further\s+information|details|views|an?\s+explanation)\b"
    r"|\bwas\s+(?:challenged|questioned|pressed)\s+(?:whether|as\s+to|on|about|over|why|how|what)\b"
    r"|\bin\s+(?:response|reply|answer)\s+to\s+(?:a|the|this|their|his|her|further)\s+(?:\w+\s+)?"
    r"(?:question|query|queries|questions)\b"
    r"|\b(?:reassurance|clarification|assurance|confirmation)\s+was\s+(?:sought|requested)\b"
    r"|\brequested\s+(?:if|whether)\b"
    r"|\?"
    r"|;\s*(?:what|how|why|when|where|whether|was|were|is|are|did|do|does|could|would|can|had|has)\b",
    re.IGNORECASE,
)
_NOT_A_QUESTION = re.compile(
    r"\bmembers?\s+of\s+the\s+public\b|\bpublic\s+questions?\b|\bquestioner\b|\bsupplementary\s+question\b"
    r"|\basked\s+questions\b|\bwishes\s+to\s+ask\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][a-zA-Z'’\-]+"
_MEMBER = (
    rf"(?:(?:Councillor|Cllr\.?|Councillors)\s+(?:[A-Z]{{1,3}}\s+)?{_NAME}(?:\s+{_NAME})?"
    r"|[Aa]n?(?:other)?\s+(?:Panel\s+|Independent\s+|Co-opted\s+)?[Mm]ember(?:\s+of\s+the\s+Panel)?"
    r"|[Aa]nother\s+(?:Panel\s+)?[Mm]ember|[Mm]embers"
    r"|[Tt]he\s+(?:Vice[- ])?Chair(?:man|woman|person)?"
    rf"|(?!(?:The|This|That|In|It|He|She|They|We|Regarding|Following|Discussing|Members|Panel|Police|Chief|Deputy"
    rf"|Concern|Reassurance|There|Councillor|Cllr)\b)(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame)\.?\s+)?"
    rf"{_NAME}\s+{_NAME})"
)
_SPEECH = (
    r"(?:asked|stated|queried|questioned|thanked|referred|sought|noted|said|commented|raised|added|welcomed|"
    r"expressed|enquired|inquired|highlighted|requested|wanted|suggested|pointed|felt|reported|observed|"
    r"explained|remarked|challenged|acknowledged|praised|congratulated|wished)"
)
_AFFILIATION = r"(?:\s*\([^()]{1,50}\))?"
_ASKER_AT_START = re.compile(
    rf"^(?P<who>{_MEMBER}){_AFFILIATION},?\s+(?:also\s+|then\s+|further\s+)?{_SPEECH}\b"
)
_ASKER_BEFORE_TRIGGER = re.compile(
    rf"(?P<who>{_MEMBER}){_AFFILIATION},?\s+(?:also\s+|then\s+|further\s+)?"
    r"(?:asked|queried|questioned|enquired|inquired|sought|requested(?=\s+(?:if|whether)\b))\b"
)
# "In reply to a question from Councillor X, it was confirmed ...": the asker named after the question.
_ASKER_AFTER_QUESTION = re.compile(
    r"^In\s+(?:response|reply|answer)\s+to\s+(?:a|the|further)\s+(?:\w+\s+)?(?:question|query)\s+from\s+"
    rf"(?P<who>{_MEMBER})"
)
_OFFICIAL = re.compile(
    r"\b(?:Commissioner|PCC|PFCC|DPCC|Constable|Chief|Officer|Treasurer|Director|Head|Superintendent|Inspector|"
    r"Executive|OPCC|OPFCC|Manager|Clerk|Lead)\b"
)
_ANSWER_VERB = (
    r"(?:stated|explained|responded|replied|confirmed|said|advised|assured|reiterated|clarified|commented|"
    r"noted|added|informed|acknowledged|agreed|indicated|reported|outlined|highlighted|stressed|emphasised|"
    r"emphasized|undertook|answered|accepted|recognised|recognized|told|described|set\s+out|provided|"
    r"updated|shared|gave|presumed|believed|felt|considered|agreed)"
)
_RESPONDENT = re.compile(
    r"^(?:(?:In\s+(?:response|reply|answer)(?:\s+to\s+(?:a|the|this|their|his|her|further)\s+(?:\w+\s+)?"
    r"(?:question|query|queries|questions)(?:\s+from\s+[^,]{1,60})?)?|In\s+turn|Responding)\s*,?\s*)?"
    r"(?P<who>(?:[Tt]he\s+(?:(?:[A-Z][\w&'’\-]*+|of|and|for|&)\s*){1,8}(?:\([^)]{1,40}\))?"
    rf"|{_NAME}\s+{_NAME}(?:\s+{_NAME})?))\s+(?:also\s+|then\s+|further\s+)?{_ANSWER_VERB}\b"
)


# Lines that end a point whatever came before: a bare item number ("6.", "22/21"), a cut-off marker
# ("(iii"), page furniture ("Additional documents:", "Minutes:") or an upper-case item heading.
_BREAK_LINE = re.compile(
    r"^(?:\d{1,3}[a-z]?\.?|\d{1,3}/\d{2}|\(\w{0,4}|(?:Additional documents|Minutes|Decision)\s*:?"
    r"|(?:\d{1,3}[.)]?\s+)?[A-Z][A-Z0-9 ,&'’()\-–/:]{6,100})$"
)


_PASSIVE_LEAD = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w\s,&'’\-]{0,40}?)\s+(?:was|were)\s+(?:challenged|questioned|pressed)"
)


@dataclass(frozen=True)
class _Point:
    start: int
    end: int


def _points(text: str) -> list[_Point]:
    """Minute points: numbered or bulleted items, else paragraphs (raw text has blank lines inside
    paragraphs, so inside a numbered point only the next marker or a decision line ends it)."""
    lines = lines_of(text)
    points: list[_Point] = []
    cur_start = -1
    cur_marked = False
    prev_text = ""
    _prev_end = 0
    for ln in lines:
        marker = LIST_MARKER.match(ln.text)
        marked = bool(marker) and marker is not None and 0 < marker.end() < len(ln.text)
        boundary = marked
        if not boundary and re.match(r"^(?:The\s+Panel\s+(?:unanimously\s+)?[A-Z]{4,}|RESOLVED|Resolved\b)", ln.text):
            boundary = True
        if not boundary and _BREAK_LINE.match(ln.text):
            boundary = True
        if not boundary and not cur_marked:
            boundary = not prev_text or prev_text.endswith((".", "?", "!", ":", "|")) or is_heading_like(prev_text)
        if boundary:
            if cur_start >= 0:
                points.append(_Point(cur_start, _prev_end))
            cur_start = ln.start + (marker.end() if marked and marker else 0)
            cur_marked = marked
        _prev_end = ln.end
        prev_text = ln.text
    if cur_start >= 0:
        points.append(_Point(cur_start, lines[-1].end))
    return points


def _skip_heading(text: str, point: _Point) -> int:
    """Offset where a point's words start, after a topic heading on its own line ("Minute 6 - ...")."""
    first_nl = text.find("\n", point.start, point.end)
    if first_nl == -1:
        return point.start
    first = text[point.start : first_nl].strip()
    rest = text[first_nl : point.end].strip()
    if rest and is_heading_like(first) and not _TRIGGER.search(first):
        return first_nl + 1 + (len(text[first_nl + 1 : point.end]) - len(text[first_nl + 1 : point.end].lstrip()))
    return point.start


def _same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return _last_word(a) == _last_word(b)


def _last_word(name: str) -> str:
    words = re.sub(r"\(.*?\)", "", name).split()
    return words[-1].lower() if words else ""


def _question_in(paper: PaperText, start: int, end: int) -> Question | None:
    text = paper.text
    col = collapse(text[start:end], base=start)
    flat = col.text
    if not flat or _NOT_A_QUESTION.search(flat):
        return None
    trig = _TRIGGER.search(flat)
    if not trig:
        return None
    sentences = sentence_bounds(flat)
    asker: str | None = None
    at_start = _ASKER_AT_START.match(flat)
    before = None
    for m in _ASKER_BEFORE_TRIGGER.finditer(flat):
        before = m
        break
    after_question = _ASKER_AFTER_QUESTION.match(flat)
    if before is not None and before.start() <= trig.start() + 1:
        asker = before.group("who")
    elif at_start:
        asker = at_start.group("who")
    elif after_question:
        asker = after_question.group("who")
    if asker and _OFFICIAL.search(asker) and not re.search(r"\bChair", asker):
        return None
    if asker is None:
        # No member named: only the passive and "in response to a question" forms count.
        passive = re.search(r"\bin\s+(?:response|reply|answer)\s+to\s+(?:a|the|this|their|his|her|further)\s+"
                            r"(?:\w+\s+)?"
                            r"(?:question|quer)"
                            r"|\bwas\s+(?:challenged|questioned|pressed)\b"
                            r"|\b(?:reassurance|clarification|assurance|confirmation)\s+was\s+(?:sought|requested)",
                            flat, re.IGNORECASE)
        if not passive:
            return None
        lead = _PASSIVE_LEAD.match(flat)
        if lead and not _OFFICIAL.search(lead.group("who")):
            return None
    q_sentence = next(((s, e) for s, e in sentences if s <= trig.start() < e), sentences[0] if sentences else (0, 0))
    respondent: str | None = None
    answer_from: int | None = None
    in_response = re.match(r"^In\s+(?:response|reply|answer)\s+to\s+(?:a|the|this|their|his|her|further)\s+(?:\w+\s+)?"
                           r"(?:question|query|queries|questions)\b", flat, re.IGNORECASE)
    for s, e in sentences:
        if s < q_sentence[0] or (s == q_sentence[0] and not in_response):
            continue
        found = _RESPONDENT.match(flat[s:e])
        if not found:
            continue
        who = found.group("who").strip()
        if _same_person(who, asker) or re.match(r"^(?:[Tt]he\s+)?(?:Panel|Members?|Councillor)\b", who):
            continue
        if not (_OFFICIAL.search(who) or re.match(rf"^{_NAME}\s+{_NAME}", who)):
            continue
        if who.split()[0] in ("The", "the") or _OFFICIAL.search(who) or asker is None or not _same_person(who, asker):
            respondent = who
            answer_from = s
            break
    q_end = answer_from if answer_from is not None and answer_from > 0 else q_sentence[1]
    question_text = flat[:q_end].strip()
    answer = flat[answer_from:].strip() if answer_from is not None else None
    return Question(asker=asker, respondent=respondent, text=question_text, answer=answer or None,
                    evidence=paper.evidence(start, end))


_OFFICIAL_OPENING = re.compile(
    r"^(?:The\s+)?(?:Deputy\s+|Chief\s+|Police\s+|and\s+|Crime\s+|Fire\s+|Finance\s+|Executive\s+){0,5}"
    r"(?:Commissioner|PCC|PFCC|DPCC|Constable|Officer|Treasurer|Director)\b"
)


def _asks(sentence: str) -> bool:
    """A sentence in which a member (named or not) asks something."""
    if not _TRIGGER.search(sentence):
        return False
    m = _ASKER_AT_START.match(sentence) or _ASKER_BEFORE_TRIGGER.search(sentence)
    return m is not None and not (_OFFICIAL.search(m.group("who")) and "Chair" not in m.group("who"))


def _answers(sentence: str) -> bool:
    m = _RESPONDENT.match(sentence)
    return m is not None and bool(_OFFICIAL.search(m.group("who")) or re.match(rf"^{_NAME}\s+{_NAME}", m.group("who")))


def _split_point(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One point can hold several exchanges ("Councillor A asked ... The PCC replied ... Councillor B
    asked ..."): a new question starts where a member asks again after an answer.  Officers' opening
    remarks before the first question are not part of it."""
    col = collapse(text[start:end], base=start)
    flat = col.text
    sentences = sentence_bounds(flat)
    if len(sentences) < 2:
        return [(start, end)]
    cuts: list[int] = []
    answered = False
    for k, (s, e) in enumerate(sentences):
        sentence = flat[s:e]
        if _asks(sentence):
            if not cuts:
                lead_by_officials = k > 0 and all(_OFFICIAL_OPENING.match(flat[a:b]) and not _TRIGGER.search(flat[a:b])
                                                  for a, b in sentences[:k])
                cuts.append(s if lead_by_officials else 0)
            elif answered:
                cuts.append(s)
            answered = False
        elif cuts and _answers(sentence):
            answered = True
    if not cuts:
        return [(start, end)]
    bounds = [*cuts, len(flat)]
    out = []
    for a, b in itertools.pairwise(bounds):
        p_start, _ = col.span(a, a + 1)
        _, p_end = col.span(max(a, b - 1), b)
        out.append((p_start, p_end))
    return out


def extract_questions(paper: PaperText, record: Paper) -> None:
    """Questions put by members, one per exchange in a minute point that asks something."""
    text = paper.text
    points = _points(text)
    for k, point in enumerate(points):
        start = _skip_heading(text, point)
        if point.end - start < 15 or truncated_at_end(text, point.end):
            continue
        for q_start, q_end in _split_point(text, start, point.end):
            q = _question_in(paper, q_start, q_end)
            if q is None:
                continue
            if q.respondent is None and q.asker is not None and k + 1 < len(points) and q_end == point.end:
                q.respondent = _answer_opening(text, points[k + 1])
            record.questions.append(q)


def _answer_opening(text: str, point: _Point) -> str | None:
    """Who answers, when a member's question ends its paragraph and the reply opens the next one
    ("Councillor X asked ...?" / "The PCC responded by saying ...")."""
    flat = collapse(text[point.start : point.end], base=point.start).text
    bounds = sentence_bounds(flat)
    if not bounds:
        return None
    first = flat[bounds[0][0] : bounds[0][1]]
    if _TRIGGER.search(first):
        return None
    found = _RESPONDENT.match(first)
    if found and _OFFICIAL.search(found.group("who")):
        return found.group("who").strip()
    return None
