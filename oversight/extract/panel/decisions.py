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
    r"(?:It[ \t]+was[ \t]+(?:(?P<un0>unanimously|UNANIMOUSLY)[ \t]+)?)?(?:(?P<un>UNANIMOUSLY|Unanimously)[ \t]+)?"
    r"(?P<kw>RESOLVED|Resolved|AGREED|Agreed|RECOMMENDED|resolved(?=[ \t]+that)|agreed(?=[ \t]+that))\b"
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
    r"\b(?:The|the)[ \t\n]*(?:Police(?:,)?[ \t\n]+(?:Fire[ \t\n]+)?and[ \t\n]+Crime[ \t\n]+)?"
    r"(?:Panel|Committee|Sub-Committee)[ \t\n]*(?:(?P<un>unanimously|UNANIMOUSLY)[ \t\n]+)?"
    r"(?:(?P<upper>AGREED|NOTED|RESOLVED|RECOMMENDED|ENDORSED|APPROVED|VETOED|SUPPORTED)\b"
    r"|(?P<lower>agreed|resolved|endorsed|approved|noted|vetoed|supported|voted)(?=[ \t\n]|a[ \t\n]|the\b))"
    r"|\bMembers[ \t\n]+(?:(?P<un3>unanimously|UNANIMOUSLY)[ \t\n]+)?(?P<upper2>AGREED|NOTED|RESOLVED)\b"
)
_PANEL_RECOMMENDATION = re.compile(
    r"\bThe[ \t\n]+Panel[ \t\n]+(?:made|agreed|agreed[ \t\n]+to[ \t\n]+make)[ \t\n]+(?:a[ \t\n]+)?recommendations?\b"
)
_MINUTES_APPROVED = re.compile(
    r"^(?:The[ \t\n]+)?Minutes[ \t\n]+of[ \t\n]+(?:the|a)[ \t\n]+(?:\w+[ \t\n]+){0,8}?(?:meeting|Panel)\b", re.I
)
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
_BARE_THAT = re.compile(r"^That[ \t]+[A-Z][^\n]{0,150}?\b(?:be|is|are)[ \t]+\w+(?:ed|en|ne)\b")
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

    def add(self, start: int, end: int, dtype: str, unanimous: bool | None) -> None:
        """Record ``text[start:end]`` as a decision unless it overlaps one already found or is cut off."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 8 or truncated_at_end(text, end):
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
        if before.strip() and not before.rstrip().endswith((":", ".", "|", ")")) and "\n" not in before:
            continue
        if kw.lower() == "agreed" and not kw.isupper() and not m.group(0).startswith("It"):
            nxt = text[m.end() : m.end() + 8]
            if not nxt.lstrip(" \t").startswith((":", "-", "–", "\n", "that", "That")):
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
            c.add(m.start(), end, decision_type(text[rest_start:end], default=default), unanimous)
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
        verb = m.group("upper") or m.group("lower") or m.group("upper2") or ""
        if verb.lower() == "noted" and re.match(r"[ \t\n]*that\b", text[m.end() :]):
            continue
        if m.group("lower") and re.match(r"[ \t\n]*to[ \t\n]+(?:receive|consider|hold|meet)\b", text[m.end() :]):
            continue
        unanimous = True if m.group("un") or m.group("un3") else None
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        lead_in = text[m.end() : line_end].strip()
        if lead_in.endswith(":") and len(lead_in) <= 40 and _next_line_marked(text, line_end):
            # "The Panel RESOLVED to:" followed by lettered parts: each part is a decision.
            _parts_after(c, line_end, unanimous, decision_type("", verb))
            continue
        start = sentence_start(text, m.start())
        end = sentence_end(text, m.end())
        if m.group("lower") and _PAST_CONTEXT.search(text[start:end]):
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


def _minutes_and_bare_resolutions(c: _Collector) -> None:
    text = c.text
    for ln in lines_of(text):
        line = ln.text
        body = LIST_MARKER.match(line)
        offset = body.end() if body and _has_marker(line) else 0
        rest = line[offset:]
        start = ln.start + offset
        if _MINUTES_APPROVED.match(rest):
            if is_heading_like(rest) and not _APPROVAL.search(rest):
                continue
            end = sentence_end(text, start)
            if _APPROVAL.search(text[start:end]):
                c.add(start, end, "minutes_approved", None)
        elif _BARE_THAT.match(rest):
            if _RECOMMENDATION_CONTEXT.search(text[max(0, start - 120) : start]):
                continue  # a report's recommendation to the panel, not a decision yet
            end = sentence_end(text, start)
            c.add(start, end, decision_type(text[start:end]), None)


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
