"""Responses to an inspection: who answered which recommendation, and what they said.

Two families of paper carry them:

* formal responses that answer recommendation by recommendation: a "Recommendation 2 - ..." block
  followed by a "Constabulary Response:" / "Force response" / "PCC comments" block.  The response is
  tied to the recommendation it follows;
* general responses that answer the report as a whole: a quoted comment in a news item ("Keith said:
  “I welcome ...”", one response per speaker however many paragraphs the quote runs to), the
  author's own first-person paragraph after a quoted one, a "Response from:" block, a third-person
  "X welcomes the latest report" paragraph where nothing is quoted, or the body of a first-person
  letter after its statutory preamble ("this letter acts as my formal response ...").

A covering letter whose response is "enclosed at Appendix 1" has none of its own: the enclosure has.
Quotations from the inspectorate (an HMI's comment) are not responses.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from oversight.contract import Paper, Recommendation, Response
from oversight.extract.inspection.layout import Line, ends_sentence, looks_like_heading, plain, split_lines, wants_more
from oversight.extract.inspection.recommendations import is_recommendation_heading, is_response_heading
from oversight.text import PaperText

_RESPONSE_KINDS = {"s55_response", "pcc_letter"}
_INTRO_QUOTE = re.compile(
    r"\b(?:said|says|saying|commented|comments|added|adds|stated|states|responded|response was|response is|"
    r"welcomed the report saying|explained)\s{0,3}:?\s{0,3}[“\"]"
)
_OPEN_QUOTE = "“\""
_INSPECTORATE = re.compile(r"Inspector\b|\bHMIs?\b|HMICFRS|HMIC\b|Inspectorate|Her Majesty|His Majesty")
_FIRST_PERSON = re.compile(r"^(?:[A-Z][\w’']*,?\s){0,3}?I\s(?:am|have|was|will|would|welcome|note|refer|want|"
                           r"look|believe|remain|recognise|recognize|can|do|also|trust|wish|accept|support)\b")
_WELCOMES = re.compile(r"\b(?:Commissioner|PCC|PFCC|Chief Constable|Mayor)\b[^.]{0,120}?\bwelcome[sd]?\b[^.]{0,40}?"
                       r"\b(?:report|inspection|findings)\b")
_BOILERPLATE = re.compile(
    r"formal response|statutory (?:duty|requirement|obligation)|in accordance with (?:section|schedule)|"
    r"I am (?:pleased|writing|required) to (?:provide|respond|publish)|(?:my|our) response (?:to|under)",
    re.IGNORECASE,
)
_ENCLOSED = re.compile(r"response[^.]{0,120}\b(?:is|are) (?:enclosed|attached|appended)|enclosed at \*{0,2}Appendix|"
                       r"at \*{0,2}Appendix \d[^.]{0,60}(?:response|comments)", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:Yours (?:sincerely|faithfully)|Kind regards|Best wishes)", re.IGNORECASE)
_SALUTATION = re.compile(r"^Dear\b")
_RESPONSE_FROM = re.compile(r"^(?:Response|Comments?) from:?\s*(?P<who>.{0,160})$", re.IGNORECASE)
_UNNUMBERED = re.compile(r"(?:HMICFRS |HMIC )?[Rr]ecommendation\s{0,3}(?::|$)\s{0,3}")
_INLINE_RESPONSE = re.compile(r"(?:[\w’' ]{0,40}\s)?[Rr]esponse\s{0,2}[:–-]\s{0,3}(?P<text>\S.{2,})")
_ABOUT_INSPECTION = re.compile(r"\b(?:HMIC|HMICFRS|[Ii]nspectorate|[Ii]nspection|PEEL)\b")


@dataclass
class _Para:
    start: int
    end: int
    text: str


def extract_responses(paper: PaperText, record: Paper) -> None:
    """Fill ``record.responses``: per-recommendation blocks if the paper has them, else general ones."""
    text = paper.text
    lines = split_lines(text)
    per_recommendation = recommendation_responses(paper, lines, record.force, record.recommendations)
    if per_recommendation:
        record.responses.extend(per_recommendation)
        return
    if not _ABOUT_INSPECTION.search(text) and record.kind not in _RESPONSE_KINDS:
        return
    if _ENCLOSED.search(text):
        return
    paras = paragraphs(text, lines)
    found = _quoted(paper, paras)
    if not found:
        found = _response_from(paper, paras) or _welcomes(paper, paras)
    if not found and (record.kind in _RESPONSE_KINDS or re.search(r"\bresponse\b", text[:400], re.IGNORECASE)):
        found = _letter_body(paper, paras)
    record.responses.extend(found)


def recommendation_responses(paper: PaperText, lines: list[Line], force: str | None,
                             known: list[Recommendation] | None = None) -> list[Response]:
    """Responses under a "... Response:" heading, each tied to the recommendation block above it.

    The block is a "Recommendation N" heading (the id is N) or an unnumbered "Recommendation:" label,
    whose text is then matched against the paper's numbered recommendations (``known``).
    """
    text = paper.text
    out: list[Response] = []
    current: str | None = None
    block_start: int | None = None
    idx = 0
    while idx < len(lines):
        line = lines[idx]
        m = is_recommendation_heading(line)
        label = _UNNUMBERED.match(line.body.replace("**", "").lstrip("# "))
        if m or label:
            current = m.group("id") if m else ""
            block_start = line.end if m else line.body_start + (label.end() if label else 0)
            idx += 1
            continue
        inline = _INLINE_RESPONSE.fullmatch(line.body.replace("**", "").strip())
        if current is not None and (is_response_heading(line) or inline):
            first = line.body_start + line.body.find(inline.group("text")) if inline else None
            j = idx + 1
            while j < len(lines) and not is_recommendation_heading(lines[j]) and not is_response_heading(lines[j]) \
                    and not _UNNUMBERED.match(lines[j].body) and not _SIGN_OFF.match(lines[j].body):
                j += 1
            start = first if first is not None else (lines[idx + 1].body_start if j > idx + 1 else None)
            if start is not None:
                end = lines[j - 1].end
                ident = current or _match_recommendation(text[block_start or 0 : line.start], known or [])
                out.append(Response(recommendation_id=ident, responder=_responder(line.body, force),
                                    text=plain(text[start:end]), evidence=paper.evidence(start, end)))
            current = None
            idx = j
            continue
        idx += 1
    return out


def _match_recommendation(block: str, known: list[Recommendation]) -> str | None:
    """The id of the numbered recommendation whose text the unnumbered block repeats, if any."""
    said = plain(block).casefold()
    best: tuple[float, str | None] = (0.0, None)
    for rec in known:
        if rec.id is None:
            continue
        ratio = SequenceMatcher(None, said[:400], rec.text.casefold()[:400], autojunk=False).ratio()
        if ratio > best[0]:
            best = (ratio, rec.id)
    return best[1] if best[0] >= 0.8 else None


def paragraphs(text: str, lines: list[Line]) -> list[_Para]:
    """Paragraphs, whether the text wraps lines with blank lines between them (PDF) or not (web)."""
    wrapped = _wrapped_with_blanks(lines)
    out: list[_Para] = []
    cur: list[Line] = []
    for line in lines:
        if cur and _breaks(cur[-1], line, wrapped):
            out.append(_make(text, cur))
            cur = []
        cur.append(line)
    if cur:
        out.append(_make(text, cur))
    return out


def _breaks(prev: Line, line: Line, wrapped: bool) -> bool:
    if ends_sentence(prev.text) or prev.text.endswith(":") or line.bullet or line.numbered:
        return True
    if _SIGN_OFF.match(line.body) or _SALUTATION.match(line.body) or line.text[:1] in _OPEN_QUOTE:
        return True
    if len(prev.text) <= 60 and looks_like_heading(prev.text) and not wants_more(prev.text):
        return True
    if prev.bullet and not line.body[:1].islower():
        return True
    return line.gap > 1 if wrapped else line.gap >= 1


def _wrapped_with_blanks(lines: list[Line]) -> bool:
    """True for PDF text that puts a blank line after every wrapped line (so blank lines are not breaks)."""
    unfinished = [(a, b) for a, b in itertools.pairwise(lines) if b.gap >= 1 and not ends_sentence(a.text)]
    if len(unfinished) < 4:
        return False
    lower = sum(1 for _, b in unfinished if b.body[:1].islower())
    return lower / len(unfinished) >= 0.3


def _make(text: str, lines: list[Line]) -> _Para:
    start, end = lines[0].start, lines[-1].end
    return _Para(start, end, plain(text[start:end]))


def _quoted(paper: PaperText, paras: list[_Para]) -> list[Response]:
    """Quoted comments, one response per speaker, plus the author's first-person paragraph after one."""
    out: list[Response] = []
    run: list[int] | None = None  # [start, end] of the open quotation
    speaker: str | None = None
    after_quote = False  # the previous paragraph closed a quotation
    pending_intro: str | None = None  # a paragraph ending in ":" that introduces the next quotation
    muted = False  # the previous paragraph was the inspectorate speaking; its quotation may run on

    def close() -> None:
        nonlocal run
        if run is not None:
            out.append(_response(paper, run[0], run[1], speaker))
            run = None

    for para in paras:
        raw = paper.text[para.start : para.end]
        quote_at = para.start + len(raw) - len(raw.lstrip())
        opens = raw.lstrip()[:1] in _OPEN_QUOTE and not _defined_term(paper.text, quote_at + 1)
        if opens and run is not None:
            run[1] = para.end
            continue
        if opens and muted and pending_intro is None:
            continue
        muted = False
        close()
        intro = _INTRO_QUOTE.search(paper.text, para.start, para.end)
        if intro is not None and not _defined_term(paper.text, intro.end()):
            speaker = _speaker(paper.text[para.start : intro.start()])
            after_quote = not (speaker and _INSPECTORATE.search(speaker))
            muted = not after_quote
            run = [intro.end(), para.end] if after_quote else None
            continue
        if opens:
            speaker = _speaker(pending_intro) if pending_intro else None
            pending_intro = None
            after_quote = not (speaker and _INSPECTORATE.search(speaker))
            muted = not after_quote
            run = [quote_at + 1, para.end] if after_quote else None
            continue
        if after_quote and _FIRST_PERSON.match(para.text):
            out.append(_response(paper, para.start, para.end, None))
        pending_intro = para.text if para.text.endswith(":") else None
        after_quote = after_quote and pending_intro is not None and not _FIRST_PERSON.match(para.text)
    close()
    return out


def _defined_term(text: str, after_quote: int) -> bool:
    """A quotation that closes within a few words is a defined term or title (“Panel”, “Act”), not speech."""
    m = re.match(r"[^“”\"\n]{0,40}[”\"]", text[after_quote : after_quote + 45])
    return bool(m) and not re.search(r"[.!?,]\s*[”\"]$", m.group(0) if m else "")


def _response_from(paper: PaperText, paras: list[_Para]) -> list[Response]:
    for i, para in enumerate(paras[:-1]):
        m = _RESPONSE_FROM.match(para.text)
        if m:
            nxt = paras[i + 1]
            end = nxt.end
            for later in paras[i + 2 :]:
                if _SIGN_OFF.match(later.text):
                    break
                end = later.end
            return [_response(paper, nxt.start, end, m.group("who").strip() or None)]
    return []


def _welcomes(paper: PaperText, paras: list[_Para]) -> list[Response]:
    for para in paras:
        m = _WELCOMES.search(para.text[:300])
        if m and m.start() < 200:
            who = para.text[: para.text.find("welcome")].strip(" ,")
            return [_response(paper, para.start, para.end, who or None)]
    return []


def _letter_body(paper: PaperText, paras: list[_Para]) -> list[Response]:
    """The body of a first-person letter, after its salutation and statutory preamble."""
    first = 0
    for i, para in enumerate(paras):
        if _SALUTATION.match(para.text):
            first = i + 1
            break
    body = paras[first:]
    last_boiler = -1
    for i, para in enumerate(body):
        if _SIGN_OFF.match(para.text):
            body = body[:i]
            break
        if _BOILERPLATE.search(para.text):
            last_boiler = i
    if not body:
        return []
    end = body[-1].end
    if last_boiler >= 0:
        tail = _after_boilerplate(paper.text, body[last_boiler])
        if tail is not None:
            return [_response(paper, tail, end, _signatory(paper.text))]
    for para in body[last_boiler + 1 :]:
        if re.search(r"\bI\b", para.text) and len(para.text) > 40:
            return [_response(paper, para.start, end, _signatory(paper.text))]
    return []


def _after_boilerplate(text: str, para: _Para) -> int | None:
    """Where the reply starts inside a paragraph that opens with the statutory preamble, if it does."""
    chunk = text[para.start : para.end]
    last = None
    for m in _BOILERPLATE.finditer(chunk):
        last = m
    if last is None:
        return None
    stop = re.compile(r"[.!?](?=[\"'’”)]{0,2}\s+[A-Z])").search(chunk, last.end())
    if stop is None:
        return None
    rest = chunk[stop.end() :]
    lead = len(rest) - len(rest.lstrip())
    return para.start + stop.end() + lead if len(rest.strip()) > 20 else None


def _response(paper: PaperText, start: int, end: int, responder: str | None) -> Response:
    return Response(recommendation_id=None, responder=responder, text=plain(paper.text[start:end]).strip("“”\" "),
                    evidence=paper.evidence(start, end))


def _speaker(before: str) -> str | None:
    """The name or role that introduces a quotation ("New Chief Constable Craig Guildford")."""
    s = plain(before)
    s = re.split(r"[.!?)”]\s|Commenting on [^,]{0,80},\s*", s)[-1]
    words = s.strip(" ,:").split()
    return " ".join(words[-12:]) or None


def _signatory(text: str) -> str | None:
    """The role line under the signature of a letter ("Police and Crime Commissioner for ...")."""
    m = _SIGN_OFF_ANY.search(text)
    if not m:
        return None
    for raw in text[m.end() : m.end() + 600].split("\n"):
        s = raw.replace("*", "").strip()
        if re.search(r"Commissioner|Chief Constable|Mayor", s) and len(s) < 120:
            return s
    return None


_SIGN_OFF_ANY = re.compile(r"Yours (?:sincerely|faithfully)", re.IGNORECASE)


def _responder(heading: str, force: str | None) -> str | None:
    """Who a "Constabulary Response:" heading speaks for."""
    h = heading.replace("*", "").replace("#", "").strip(" :")
    if re.search(r"\b(?:constabulary|force|police)\b", h, re.IGNORECASE):
        return force or re.sub(r"\s*response$", "", h, flags=re.IGNORECASE) or None
    if re.search(r"\b(?:PCC|PFCC|Commissioner|OPCC)\b", h):
        return re.sub(r"\s*(?:response|comments?)$", "", h, flags=re.IGNORECASE)
    return force
