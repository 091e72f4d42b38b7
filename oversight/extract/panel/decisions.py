"""What a panel or commissioner decided, with its type and whether it was unanimous.

Three shapes of the genre:

* a resolution: "RESOLVED that the minutes ... be signed", "Resolved:  That Councillor ... be
  appointed", "RESOLVED:" / "Resolved that:" with the text on the next line, or introducing numbered or
  lettered parts ("UNANIMOUSLY RESOLVED that / 1.1 ... / 1.2 ...") that are decisions of their own;
* a recorded act of the panel: "The Panel unanimously AGREED to NOT exercise its veto", "The Panel
  NOTED ...", "The Panel made a recommendation ...", "The Minutes of the meeting held on ... were
  agreed as a correct record", or a bare "That Councillor ... be elected" under "Minutes:";
* a commissioner's decision record or log: "Decision summary:", one-sentence entries followed by a
  "Date:" line, rows of a decision-log table ending "View Decision".
"""

from __future__ import annotations

import re

from oversight.contract import Decision, Paper
from oversight.extract.panel.layout import (
    LIST_MARKER,
    Line,
    is_heading_like,
    lines_of,
    sentence_end,
    sentence_start,
    squash,
    truncated_at_end,
)
from oversight.text import PaperText

_RESOLVED = re.compile(
    r"(?:[Ii]t[ \t]+was[ \t]+(?:(?P<un0>unanimously|UNANIMOUSLY)[ \t]+)?)?(?:(?P<un>UNANIMOUSLY|Unanimously)[ \t]+)?"
    r"(?P<kw>RESOLVED|Resolved|AGREED|Agreed|RECOMMENDED|resolved(?=[ \t]+that)|agreed(?=[ \t]+(?:that|to)\b))\b"
    r"(?:[ \t]+(?P<un2>unanimously|UNANIMOUSLY))?"
)
_VOTE = re.compile(
    r"\b(?:by[ \t]+)?(?P<v>(?:\d{1,2}|[a-z]+)[ \t]+votes?[ \t]+(?:to|for|in[ \t]+favour)[^.;\n]{0,30}?"
    r"(?:\d{1,2}|[a-z]+)(?:[ \t]+against)?(?:[^.;\n]{0,30}?(?:\d{1,2}|[a-z]+)[ \t]+abstentions?)?)"
    r"|\((?P<v2>(?:For|for)[ \t:]*\d{1,2}[^)]{0,40})\)"
)
_NOT_CARRIED = re.compile(
    r"\b(?:motion|amendment|proposal|recommendation)[ \t\n]+(?:was[ \t\n]+)?(?:put[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?"
    r"vote[ \t\n]+and[ \t\n]+(?:was[ \t\n]+)?)?(?:lost|not[ \t\n]+carried|defeated|fell)\b",
    re.IGNORECASE,
)
_AFTER_MARKER = re.compile(r"[ \t]*(?:[:\-–—,][ \t]*)?(?:(?:that|THAT)\b[ \t]*)?(?:[:\-–—][ \t]*)?")
_PANEL_ACT = re.compile(
    r"(?:\b(?:The|the)[ \t\n]*|(?:(?<=\n)|(?<=\d[ \t])|(?<=\.[ \t])|(?<=^))(?=Panel[ \t]))"
    r"(?:Police(?:,)?[ \t\n]+(?:Fire[ \t\n]+)?and[ \t\n]+Crime[ \t\n]+)?"
    r"(?:Panel|Committee|Sub-Committee)[ \t\n]*(?:(?P<un>unanimously|UNANIMOUSLY)[ \t\n]+)?"
    r"(?:(?P<upper>AGREED|NOTED|RESOLVED|RECOMMENDED|ENDORSED|APPROVED|VETOED|SUPPORTED)\b"
    r"|(?P<lower>agreed|resolved|endorsed|approved|noted|vetoed|supported|voted)(?=[ \t\n]|a[ \t\n]|the\b))"
    r"|\bMembers[ \t\n]+(?:(?P<un3>unanimously|UNANIMOUSLY)[ \t\n]+)?(?P<upper2>AGREED|NOTED|RESOLVED)\b"
    r"|\bPanel[ \t]+[Mm]embers[ \t]+(?:(?P<un4>unanimously)[ \t]+)?(?P<lower2>agreed)(?=[ \t]+(?:that|to)\b)"
)
_PANEL_RECOMMENDATION = re.compile(
    r"\bThe[ \t\n]+Panel[ \t\n]+(?:made|agreed|agreed[ \t\n]+to[ \t\n]+make)[ \t\n]+(?:a[ \t\n]+)?recommendations?\b"
)
_MINUTES_APPROVED = re.compile(
    r"^(?:The[ \t\n]+)?(?:(?:Open|Exempt|Public|Draft|Confidential|non-exempt|and)[ \t\n]+){0,3}Minutes[ \t\n]+"
    r"(?:(?:of|from)[ \t\n]+(?:the|a)[ \t\n]+(?:\w+[ \t\n]+){0,8}?(?:meeting|Panel|Hearing|session)\b"
    r"|(?:were|was)[ \t\n]+(?:\w+[ \t\n]+)?(?:agreed|approved|confirmed|signed|accepted)\b)",
    re.I,
)
# An agenda-item title line ("Minutes of the meeting held on ... pdf icon PDF 184 KB"), not a minute.
_AGENDA_TITLE = re.compile(r"pdf[ \t]+icon\b|\bPDF[ \t]+\d{1,5}[ \t]*[KM]B\b", re.I)
# Where a ModernGov page flattened into "Heading: Minutes: text", the minute starts after the marker.
_INLINE_MINUTE = re.compile(r"\bMinutes:[ \t]*(?=\S)")
# A verdict standing alone under its item's heading: "Agreed." under "Minutes of the previous meeting".
# Elections and appointments recorded as facts: "Cllr A Smith was elected as Chair for the year 2031/32."
_ELECTED = re.compile(
    r"\b(?:was|were)[ \t]+(?:duly[ \t]+|unanimously[ \t]+)?(?:re-)?(?:elected|appointed)[ \t]+(?:as[ \t]+)?"
    r"(?:the[ \t]+)?(?:Vice[- ]?)?(?:Chair|Chairman|Chairperson|Chairwoman)\b"
)
# "... proposed that X would be elected": a nomination, not the election.
_PROSPECTIVE = re.compile(r"\b(?:will|would|to|shall)[ \t]+be[ \t]*$|\bnominat|\bpropos", re.I)
# The panel's noting recorded in the passive: "The Panel's terms of reference were noted."
_PASSIVE_NOTED = re.compile(
    r"^The[ \t]+(?:[\w’'\-]+[ \t]+){0,6}?(?:report|reports|update|terms[ \t]+of[ \t]+reference|work[ \t]+programme|"
    r"action[ \t]+log|forward[ \t]+plan|presentation|information)[ \t]+(?:was|were)[ \t]+(?:duly[ \t]+)?noted\b"
)
_AMENDMENTS_LEAD = re.compile(r"\b(?:subject[ \t]+to|with)[ \t]+the[ \t]+following[ \t]+(?:\w+[ \t]+)?(?:amendments?|"
                             r"corrections?|changes?)[ \t]*:$", re.I)
_BARE_VERDICT = re.compile(r"^(?P<v>Agreed|Approved|Noted|Resolved|Accepted)\.?$")
# "on being put to the vote, unanimously," / "it was unanimously" just before a bare "That ..." resolution.
_UNANIMOUS_LEAD = re.compile(r"\bunanimously\b[ \t,:]*$", re.I)
_APPROVAL = re.compile(
    r"\b(?:were|was|be|is|are)[ \t\n]+(?:\w+[ \t\n]+)?(?:agreed|approved|confirmed|signed|accepted|taken[ \t\n]+as"
    r"[ \t\n]+read)\b|\b(?:correct|accurate|true)[ \t\n]+record\b",
    re.I,
)
_PAST_CONTEXT = re.compile(
    r"\b(?:previously|last\s+year|at\s+its\s+(?:meeting|last\s+meeting)|in\s+(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+(?:19|20)\d\d)\b"
)
_RECOMMENDATION_CONTEXT = re.compile(r"\brecommend(?:ation|ations|ed)?\b[^\n]{0,40}:?\s*$", re.IGNORECASE)
_BARE_THAT = re.compile(r"^That[ \t]+[A-Za-z(][^\n]{0,150}?\b(?:be|is|are)[ \t]+(?:re-)?\w+(?:ed|en|ne)\b")
_DECISION_LABEL = re.compile(r"^[ \t]*(?:Decision[ \t]+summary|Summary[ \t]+of[ \t]+decision|Decision)[ \t]*:?[ \t]*$",
                             re.I | re.M)
_DATE_LINE = re.compile(r"^[ \t]*Date[ \t]*:[ \t]*\d", re.M)
_COMMISSIONER_SUBJECT = re.compile(
    r"^(?:The[ \t]+)?(?:(?:Deputy[ \t]+)?Police(?:,[ \t]+Fire)?[ \t]+and[ \t]+Crime[ \t]+Commissioner|PCC|PFCC|"
    r"Commissioner|Deputy[ \t]+PCC)\b"
)
_LOG_ROW_END = re.compile(r"^[ \t]*(?:(?:Yes|No|N/A)[ \t]+)?View[ \t]+Decision\b", re.I | re.M)
_LOG_ROW_ID = re.compile(r"^[ \t]*(?:\d{4}[./]\d{2,4}|[A-Z]{2,6}\d?[-/]\d{2,5})\b")


def decision_type(text: str, verb: str = "", default: str = "resolved") -> str:
    """The decision's type from its words: veto, minutes, noted, recommendation, agreed, resolved."""
    low = " ".join(text.lower().split())
    if re.search(r"\b(?:was|were)\s+(?:lost|not\s+carried|defeated)\b|\bmotion\s+fell\b", low):
        return "not_carried"
    if "veto" in low:
        if re.search(r"\bnot\s+(?:to\s+)?(?:exercise|use|apply)\b|\bdecided\s+not\s+to\s+veto\b|\bnot\s+veto", low):
            return "veto_not_exercised"
        return "veto_exercised"
    if re.search(r"\bminutes\b", low[:160]) and re.search(r"record|agreed|approved|confirmed|signed|accepted", low):
        return "minutes_approved"
    verb = verb.lower()
    if verb == "recommended" or re.match(r"^(?:the panel )?(?:made|agreed to make) (?:a )?recommendation", low):
        return "recommendation"
    if verb == "noted":
        return "noted"
    if re.search(r"^(?:that )?(?:the (?:panel|committee) )?(?:notes?|noted)\b|\bbe noted\b|\bwas noted\b", low[:200]):
        return "noted"
    if verb in ("agreed", "endorsed", "approved", "supported", "voted"):
        return "agreed"
    if verb == "vetoed":
        return "veto_exercised"
    return default


class _Collector:
    def __init__(self, paper: PaperText) -> None:
        self.paper = paper
        self.text = paper.text
        self.spans: list[tuple[int, int]] = []
        self.decisions: list[Decision] = []

    def add(self, start: int, end: int, dtype: str, unanimous: bool | None, min_len: int = 8) -> None:
        """Record ``text[start:end]`` as a decision unless it overlaps one already found or is cut off."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < min_len or truncated_at_end(text, end):
            return
        if any(s < end and start < e for s, e in self.spans):
            return
        self.spans.append((start, end))
        vote = _VOTE.search(text, start, end)
        self.decisions.append(Decision(text=squash(text[start:end]), type=dtype, unanimous=unanimous,
                                       evidence=self.paper.evidence(start, end),
                                       vote=squash(vote.group("v") or vote.group("v2")) if vote else None))


def _resolutions(c: _Collector) -> None:
    text = c.text
    for m in _RESOLVED.finditer(text):
        kw = m.group("kw")
        # A marker only counts where a resolution starts ("The Panel RESOLVED ..." is read as a panel act).
        before = text[max(0, m.start() - 3) : m.start()]
        it_was = m.group(0)[:2].lower() == "it"
        opens = (":", ".", "|", ")", ",") if it_was else (":", ".", "|", ")")
        if before.strip() and not before.rstrip().endswith(opens) and "\n" not in before:
            continue
        if it_was and m.group(0)[0] == "i" and kw != "agreed":
            continue  # "... it was resolved" mid-sentence is narrative, not a resolution
        if kw.lower() == "agreed" and not kw.isupper() and not it_was:
            nxt = text[m.end() : m.end() + 12]
            if not nxt.lstrip(" \t").startswith((":", "-", "–", "\n", "that", "That", "the minutes", "the Minutes")):
                continue
        unanimous = True if (m.group("un") or m.group("un2") or m.group("un0")) else None
        default = {"agreed": "agreed", "recommended": "recommendation"}.get(kw.lower(), "resolved")
        after = _AFTER_MARKER.match(text, m.end())
        rest_start = after.end() if after else m.end()
        line_end = text.find("\n", rest_start)
        line_end = len(text) if line_end == -1 else line_end
        lead_in = text[rest_start:line_end].strip()
        if lead_in.endswith(":") and len(lead_in) <= 40 and _next_line_marked(text, line_end):
            _parts_after(c, line_end, unanimous, default)  # "RESOLVED: That the Panel:" then (1), (2)
            continue
        if lead_in:
            end = sentence_end(text, rest_start)
            if re.search(r"\bunanimous(?:ly)?\b", text[m.start() : end], re.IGNORECASE):
                unanimous = True
            # "Agreed the minutes of ..." carries its verb in the marker itself.
            typed = text[m.start() if kw.lower() == "agreed" else rest_start : end]
            c.add(m.start(), end, decision_type(typed, default=default), unanimous)
            continue
        _parts_after(c, line_end, unanimous, default)


def _parts_after(c: _Collector, pos: int, unanimous: bool | None, default: str = "resolved") -> None:
    """Decisions on the lines after a bare "RESOLVED that:"; numbered parts are decisions each."""
    text = c.text
    lines = [ln for ln in lines_of(text[pos : pos + 4000])]
    if not lines:
        return
    first = lines[0]
    if first.text.endswith(":") and len(lines) > 1 and _has_marker(lines[1].text):
        if _AMENDMENTS_LEAD.search(first.text):
            # "To approve the minutes ... subject to the following amendments:" is one decision; the
            # numbered lines are its amendments, not decisions of their own.
            start = pos + first.start
            c.add(start, pos + first.end, decision_type(first.text, default=default), unanimous)
            return
        lines = lines[1:]  # "That the Panel:" leading into numbered parts
        first = lines[0]
    if not _has_marker(first.text):
        start = pos + first.start
        end = sentence_end(text, start)
        c.add(start, end, decision_type(text[start:end], default=default), unanimous)
        return
    prev = ""
    shape = _marker_shape(first.text)
    for ln in lines:
        if _has_marker(ln.text) and _marker_shape(ln.text) != shape:
            break
        if not _has_marker(ln.text):
            ends_part = prev.endswith((".", "?", "!"))
            if (is_heading_like(ln.text) and not ln.text[:1].islower()) or (ends_part and ln.text[:1].isupper()):
                break
            prev = ln.text
            continue
        prev = ln.text
        m = LIST_MARKER.match(ln.text)
        assert m is not None
        start = pos + ln.start + m.end()
        end = _part_end(text, start)
        c.add(start, end, decision_type(text[start:end], default=default), unanimous)


def _marker_shape(line: str) -> str:
    """The kind of list marker a line starts with: "1.1" and "2." and "(a)" are different lists."""
    m = LIST_MARKER.match(line)
    marker = m.group(0).strip() if m else ""
    # Letters and roman numerals count as one kind: "(h)", "(i)", "(j)" and "i)", "ii)" are both lists.
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", marker))


def _next_line_marked(text: str, pos: int) -> bool:
    nxt = lines_of(text[pos : pos + 400])
    return bool(nxt) and _has_marker(nxt[0].text)


def _has_marker(line: str) -> bool:
    m = LIST_MARKER.match(line)
    return bool(m) and m is not None and 0 < m.end() < len(line)


def _part_end(text: str, start: int) -> int:
    """A numbered part ends at the end of its line group: the next marker line or a blank line."""
    pos = start
    while True:
        nl = text.find("\n", pos)
        if nl == -1:
            return len(text)
        nxt = text[nl + 1 : nl + 200]
        stripped = nxt.lstrip(" \t")
        if not stripped or stripped.startswith("\n") or _has_marker(stripped.split("\n", 1)[0]):
            return nl
        pos = nl + 1


def _panel_acts(c: _Collector) -> None:
    text = c.text
    for m in _PANEL_ACT.finditer(text):
        verb = m.group("upper") or m.group("lower") or m.group("upper2") or m.group("lower2") or ""
        if verb.lower() == "noted" and re.match(r"[ \t\n]*that\b", text[m.end() :]):
            continue
        if m.group("lower") and re.match(r"[ \t\n]*to[ \t\n]+(?:receive|consider|hold|meet)\b", text[m.end() :]):
            continue
        unanimous = True if m.group("un") or m.group("un3") or m.group("un4") else None
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        lead_in = text[m.end() : line_end].strip()
        if lead_in.endswith(":") and len(lead_in) <= 40 and _next_line_marked(text, line_end):
            # "The Panel RESOLVED to:" followed by lettered parts: each part is a decision.
            _parts_after(c, line_end, unanimous, decision_type("", verb))
            continue
        start = sentence_start(text, m.start())
        end = sentence_end(text, m.end())
        if (m.group("lower") or m.group("lower2")) and _PAST_CONTEXT.search(text[start:end]):
            continue  # a report recalling an earlier decision, not one taken here
        if re.search(r"\bunanimously\b", text[start:end], re.I):
            unanimous = True
        c.add(start, end, decision_type(text[start:end], verb), unanimous)
    for m in _NOT_CARRIED.finditer(text):
        start = sentence_start(text, m.start())
        c.add(start, sentence_end(text, m.end()), "not_carried", None)
    for m in _PANEL_RECOMMENDATION.finditer(text):
        start = sentence_start(text, m.start())
        c.add(start, sentence_end(text, m.end()), "recommendation", None)


def _line_starts(text: str) -> list[tuple[int, str]]:
    """Every place a minute's sentence can open: each line (after its list marker) and, on lines that a
    flattened table joined up, the text after an inline "Minutes:" marker."""
    out: list[tuple[int, str]] = []
    for ln in lines_of(text):
        line = ln.text
        body = LIST_MARKER.match(line)
        offset = body.end() if body and _has_marker(line) else 0
        # The minute after an inline marker comes first, so a whole flattened row ("Election of Chair
        # To elect a Chair. Minutes: Cllr A was elected ...") does not claim it from its heading.
        for m in _INLINE_MINUTE.finditer(line):
            out.append((ln.start + m.end(), line[m.end() :]))
        out.append((ln.start + offset, line[offset:]))
    return out


def _minutes_and_bare_resolutions(c: _Collector) -> None:
    text = c.text
    heading = ""
    for start, rest in _line_starts(text):
        if _MINUTES_APPROVED.match(rest):
            if (is_heading_like(rest) and not _APPROVAL.search(rest)) or _AGENDA_TITLE.search(rest):
                continue
            end = sentence_end(text, start)
            approval = _APPROVAL.search(text, start, end)
            if approval and not re.search(r"\n[ \t]*\n", text[start : approval.start()]):
                c.add(start, end, "minutes_approved", None)
        elif _BARE_THAT.match(rest):
            if _RECOMMENDATION_CONTEXT.search(text[max(0, start - 120) : start]):
                continue  # a report's recommendation to the panel, not a decision yet
            end = sentence_end(text, start)
            unanimous = True if _UNANIMOUS_LEAD.search(text[max(0, start - 60) : start].rstrip()) else None
            c.add(start, end, decision_type(text[start:end]), unanimous)
        elif _ELECTED.search(rest) and not _RECOMMENDATION_CONTEXT.search(text[max(0, start - 120) : start]):
            elected = _ELECTED.search(rest)
            assert elected is not None
            prospective = _PROSPECTIVE.search(rest[: elected.start()])
            if not prospective:
                end = sentence_end(text, start + elected.start())
                c.add(start, end, "resolved", True if re.search(r"\bunanimously\b", rest, re.I) else None)
        elif _PASSIVE_NOTED.match(rest):
            c.add(start, sentence_end(text, start), "noted", None)
        elif _BARE_VERDICT.match(rest.strip()) and heading:
            verb = _BARE_VERDICT.match(rest.strip())
            assert verb is not None
            about_minutes = re.search(r"\bminutes\b", heading, re.I)
            dtype = "minutes_approved" if about_minutes else decision_type("", verb.group("v"))
            c.add(start, start + len(rest.rstrip()), dtype, None, min_len=6)
        if rest.strip() and not re.match(r"^(?:Minutes|Additional documents)\s*:?\s*$", rest.strip(), re.I):
            heading = rest if is_heading_like(rest) or rest.isupper() else ""


def extract_decisions(paper: PaperText, record: Paper) -> None:
    """Decisions recorded in minutes, action sheets and the panel's own reports."""
    c = _Collector(paper)
    _resolutions(c)
    _panel_acts(c)
    _minutes_and_bare_resolutions(c)
    _store(c, record)


def extract_commissioner_decisions(paper: PaperText, record: Paper) -> None:
    """Decisions in a commissioner's decision notice or decision log (all of type ``agreed``)."""
    c = _Collector(paper)
    text = c.text
    for m in _DECISION_LABEL.finditer(text):
        lines = lines_of(text[m.end() : m.end() + 3000])
        if not lines or re.match(r"RESOLVED|Resolved", lines[0].text):
            continue
        start = m.end() + lines[0].start
        end = m.end() + lines[0].end
        c.add(start, end, "agreed", None)
    lines = lines_of(text)
    for i, ln in enumerate(lines):
        if _DATE_LINE.match(ln.text) and i > 0:
            prev = lines[i - 1]
            if _COMMISSIONER_SUBJECT.match(prev.text) and len(prev.text) > 40:
                c.add(prev.start, prev.end, "agreed", None)
        if _LOG_ROW_END.match(ln.text):
            _log_row(c, lines, i)
    _store(c, record)


def _log_row(c: _Collector, lines: list[Line], i: int) -> None:
    """A decision-log table row: id + officer, title, summary lines, then 'View Decision'."""
    j = i - 1
    while j >= 0 and not _LOG_ROW_ID.match(lines[j].text) and i - j <= 12:
        j -= 1
    if j < 0 or not _LOG_ROW_ID.match(lines[j].text) or j + 2 > i - 1:
        return
    c.add(lines[j + 2].start, lines[i - 1].end, "agreed", None)


def _store(c: _Collector, record: Paper) -> None:
    if not c.decisions:
        return
    order = sorted(range(len(c.decisions)), key=lambda k: c.spans[k][0])
    existing = {(d.evidence.start, d.evidence.end) for d in record.decisions}
    for k in order:
        d = c.decisions[k]
        if (d.evidence.start, d.evidence.end) not in existing:
            record.decisions.append(d)
