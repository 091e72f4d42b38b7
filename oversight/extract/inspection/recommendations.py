"""Recommendations as the paper lists them: number, title, text, addressees and due date.

Read from the genre's fixed shapes only:

* "Recommendation 1 - Title" headings (HMICFRS reports, and the s55 responses that quote them),
  with the text under the heading and any "They should plan to:" list that completes it;
* a "Recommendation(s)" heading and the numbered items or paragraphs under it (an inspection
  report's list; a report's own recommendation to a committee: "That Members note the report.");
* an introduction ending in a colon ("We made the following recommendations, in which we said that
  the force should:") and the bulleted fragments after it;
* a paragraph in the inspectorate's own form, deadline first ("Within three months, West Mercia
  Police should ..."), as the recommendations register prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.contract import Paper, Recommendation
from oversight.extract.common.dates import find_dates
from oversight.extract.inspection.layout import (
    Line,
    ends_sentence,
    heading_text,
    looks_like_heading,
    plain,
    split_lines,
    strip_list_tail,
)
from oversight.extract.inspection.lists import Item, collect_items
from oversight.text import PaperText

_NUMBERED_HEADING = re.compile(
    r"(?:[#*\s]{0,8})recommendation[ \t]{1,3}(?P<id>\d{1,3}[a-z]?)\b[ \t]*(?:[-–—:.][ \t]*(?P<title>.{0,200}?))?[*\s]*",
    re.IGNORECASE,
)
_LIST_HEADING = re.compile(r"recommendations?")
_RESPONSE_HEADING = re.compile(r"(?:[\w’'& ]{0,60}\s)?(?:response|comments?)(?: to recommendation \d{1,3})?",
                               re.IGNORECASE)
_INTRO = re.compile(r"\brecommendations?\b[^:\n]{0,160}:$", re.IGNORECASE)
_DUE_FIRST = re.compile(
    r"(?P<due>(?:With immediate effect|Immediately|Within (?:\w+ ){1,3}(?:days?|weeks?|months?|years?)|"
    r"By (?:the end of )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) (?:19|20)\d\d)),[ \t]{1,3}"
    r"(?P<who>[^.;:]{3,200}?)[ \t]{1,3}should\b"
)
_ADDRESSEE = re.compile(
    r"^(?P<who>[^.;:]{3,200}?)[ \t]{1,3}(?:should|is recommended|are recommended|is asked|are asked)\b"
)
_THAT_WHO = re.compile(r"That (?:the )?((?:[A-Z]\w+ ?){1,3}?) (?:note|notes|approve|approves|agree|agrees|consider|"
                       r"considers|endorse|endorses|support|supports)\b")
_REGISTER_ID = re.compile(r"\((\d{3,6})\)\s*$")
_THAT_FORM = re.compile(r"(?:That|To)\s+(?:the\s+)?\w+", re.IGNORECASE)
_RECOMMEND_WORD = re.compile(r"\b(?:should|recommended|recommends?|asked to)\b", re.IGNORECASE)


@dataclass
class _Found:
    id: str | None
    title: str | None
    text: str
    start: int
    end: int
    addressees: list[str]


def extract_recommendations(paper: PaperText, record: Paper) -> None:
    """Fill ``record.recommendations`` from the shapes above, each recommendation once."""
    text = paper.text
    lines = split_lines(text)
    found = numbered_blocks(text, lines)
    found += _listed(text, lines)
    found += _due_first(text, lines)
    seen = {_key(r.text) for r in record.recommendations}
    covered: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        key = _key(f.text)
        if len(key) < 8 or key in seen or any(s <= f.start < e for s, e in covered):
            continue
        seen.add(key)
        covered.append((f.start, f.end))
        record.recommendations.append(Recommendation(
            id=f.id, title=f.title, text=f.text, evidence=paper.evidence(f.start, f.end),
            due=due_date(f.text), addressees=f.addressees or addressees(f.text)))


def is_recommendation_heading(line: Line) -> re.Match[str] | None:
    """The "Recommendation 2 - Title" heading on ``line``, if it is one."""
    if len(line.text) > 240:
        return None
    return _NUMBERED_HEADING.fullmatch(line.text.replace("**", "").strip())


def is_response_heading(line: Line) -> bool:
    """"Constabulary Response:", "Force response", "PCC comments": the start of a reply to a recommendation."""
    s = line.text.replace("**", "").replace("#", "").strip()
    return len(s) <= 70 and bool(_RESPONSE_HEADING.fullmatch(s.rstrip(" :").strip())) and looks_like_heading(
        s.rstrip(":").strip() or "x")


def numbered_blocks(text: str, lines: list[Line]) -> list[_Found]:
    """Each "Recommendation N" heading with the text under it (exposed for the responses reader)."""
    out: list[_Found] = []
    for idx, line in enumerate(lines):
        m = is_recommendation_heading(line)
        if not m:
            continue
        span = _block(text, lines, idx + 1)
        if span is None:
            continue
        start, end = span
        title = (m.group("title") or "").strip(" *:-–") or None
        out.append(_Found(m.group("id"), title, plain(text[start:end]), start, end, []))
    return out


def _block(text: str, lines: list[Line], first: int) -> tuple[int, int] | None:
    """The recommendation's first paragraph, plus a "They should ...:" sentence and its list."""
    idx = first
    if idx >= len(lines) or is_recommendation_heading(lines[idx]) or is_response_heading(lines[idx]):
        return None
    start = lines[idx].body_start
    end = lines[idx].end
    idx += 1
    while idx < len(lines) and not ends_sentence(text[start:end]) and not text[start:end].endswith(":"):
        if is_recommendation_heading(lines[idx]) or is_response_heading(lines[idx]) or idx - first > 12:
            break
        end = lines[idx].end
        idx += 1
    while idx < len(lines):
        line = lines[idx]
        current = text[start:end].rstrip()
        if is_recommendation_heading(line) or is_response_heading(line):
            break
        if current.endswith(":") and (line.bullet or line.numbered):
            items = collect_items(text, lines, idx)
            if not items:
                break
            end = items[-1].end
            while idx < len(lines) and lines[idx].start < end:
                idx += 1
            continue
        if re.match(r"(?:They|These|This|It|Each|All|The plan) (?:should|must|will need)\b", line.body):
            end = line.end
            idx += 1
            while idx < len(lines) and not ends_sentence(text[start:end]) and not text[start:end].endswith(":"):
                end = lines[idx].end
                idx += 1
            continue
        break
    return start, end


def _listed(text: str, lines: list[Line]) -> list[_Found]:
    out: list[_Found] = []
    for idx, line in enumerate(lines):
        nxt = idx + 1
        if nxt >= len(lines):
            break
        key = re.sub(r"^(?:\d{1,2}\.?|[a-z][.)])\s*", "", heading_text(line))
        if _LIST_HEADING.fullmatch(key) and line.text.replace("**", "").strip()[:1].isalnum():
            if is_recommendation_heading(lines[nxt]):
                continue
            for item in collect_items(text, lines, nxt, unbulleted=_reads_like_recommendation):
                if not _reads_like_recommendation(item.text):
                    continue
                ident = _item_id(text, item.start, lines)
                start, body = item.start, item.text
                whole = _with_sublist(text, lines, item.start)
                if whole is not None and whole > item.end:
                    item = Item(item.start, whole, plain(text[item.start : whole]))
                    body = item.text
                sub = re.match(r"(\d{1,2}\.\d{1,2})\.?[ \t]+", text[start : start + 12])
                if sub:
                    ident, start = sub.group(1), start + sub.end()
                    body = plain(text[start : item.end])
                out.append(_Found(ident, None, body, start, item.end, []))
        elif _INTRO.search(line.text) and (lines[nxt].bullet or lines[nxt].numbered):
            who = _ADDRESSEE.search(_intro_clause(line.text))
            names = _split_addressees(who.group("who")) if who else []
            for item in collect_items(text, lines, nxt):
                out.append(_Found(None, None, strip_list_tail(item.text), item.start, item.end, names))
    return out


def _with_sublist(text: str, lines: list[Line], start: int) -> int | None:
    """Where a recommendation ends whose lead-in ("... should make sure that, in respect of X:") is
    completed by the bulleted parts under it: the end of the last part, or None."""
    for idx, line in enumerate(lines):
        if line.body_start != start:
            continue
        if not line.text.rstrip().endswith(":") or idx + 1 >= len(lines):
            return None
        if not (lines[idx + 1].bullet or lines[idx + 1].numbered):
            return None
        parts = collect_items(text, lines, idx + 1)
        return parts[-1].end if parts else None
    return None


def _intro_clause(intro: str) -> str:
    """The words before "should:" in an introduction ("..., in which we said that the force should:")."""
    tail = re.split(r"\b(?:that|which|whom)\b", intro)[-1]
    return tail.strip()


def _item_id(text: str, start: int, lines: list[Line]) -> str | None:
    for line in lines:
        if line.body_start == start and line.numbered:
            m = re.match(r"\(?(\d{1,2}|[a-z])[.)]", line.text)
            return m.group(1) if m else None
    m = re.match(r"(\d{1,2}\.\d{1,2})\s", text[start : start + 8])
    return m.group(1) if m else None


def _reads_like_recommendation(text: str) -> bool:
    return bool(_RECOMMEND_WORD.search(text[:300]) or _THAT_FORM.match(text))


def _due_first(text: str, lines: list[Line]) -> list[_Found]:
    out: list[_Found] = []
    for idx, line in enumerate(lines):
        if not _DUE_FIRST.match(line.body):
            continue
        start, end = line.body_start, line.end
        ident = None
        if idx > 0:
            m = _REGISTER_ID.search(lines[idx - 1].text)
            ident = m.group(1) if m else None
        out.append(_Found(ident, None, plain(text[start:end]), start, end, []))
    return out


def due_date(text: str) -> str | None:
    """The ISO due date of "By 31 March 2026, ..."; None for relative or month-only deadlines."""
    m = re.match(r"\s*By (?:the end of )?", text)
    if not m:
        return None
    hits = find_dates(text[m.end() : m.end() + 40])
    return hits[0].iso if hits and hits[0].start == 0 else None


def addressees(text: str) -> list[str]:
    """Who "should" act, as written: "the National Police Chiefs' Council and chief constables"."""
    body = text
    m = _DUE_FIRST.match(body)
    if m:
        return _split_addressees(m.group("who"))
    m = _ADDRESSEE.match(body)
    if m:
        return _split_addressees(m.group("who"))
    m = _THAT_WHO.match(body)
    if m:
        return [m.group(1)]
    return []


def _split_addressees(who: str) -> list[str]:
    who = re.sub(r",?\s*(?:working|in partnership|together|in consultation) with\b[^,]*,?", "", who)
    who = re.sub(r"^(?:That|that)\s+", "", who.strip())
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", who) if p.strip()]
    out = []
    for p in parts:
        if re.match(r"the\s+[A-Z]\w+\s+[A-Z]", p):
            p = p[4:]
        if len(p.split()) <= 8:
            out.append(p)
    return out


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()
