"""Police and Crime Plan deliverables: theme, status from the section they sit in, update and target.

A progress report lists, per theme ("5.1 Putting Communities First – Priorities for Action"), the
deliverables under "Completed deliverables / activities of note", "Current Deliverables" and "New
Deliverables", each a bullet followed by "Update: ...".  The status comes from the heading, never from
words in the update ("This work is now complete" under Current stays current).  The target is the
timescale the update gives for the deliverable itself ("To be delivered Q1 2023/24", "Scheduled for
completion 2022/23 Q3/Q4", "by 31/01/24"), kept as written and read as a date range.
"""

from __future__ import annotations

import re

from oversight.contract import Deliverable, Paper
from oversight.extract.panel.layout import BULLETS, lines_of, squash
from oversight.extract.panel.targets import find_target, target_range
from oversight.text import PaperText

_STATUS_HEADING = re.compile(
    r"^[ \t]*(?P<status>Completed|Current|New|Planned|Candidate)[ \t]+(?:deliverables|activities)\b[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
)
_THEME_HEADING = re.compile(
    r"^[ \t]*\d{1,2}\.\d{1,2}[ \t]+(?P<theme>[^\n]{3,80}?)[ \t]*(?:[-–—:][ \t]*)?Priorities[ \t]+for[ \t]+Action\b",
    re.IGNORECASE | re.MULTILINE,
)
_THEME_LIST_INTRO = re.compile(r"\bstructured\s+around\s+(?:\w+\s+){0,2}themes\b[^\n]*", re.IGNORECASE)
_UPDATE = re.compile(r"\bUpdate\s*:", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])\d{1,2}(?=\s*[;.]?\s*$)")


def _themes(text: str) -> list[str]:
    """The plan's themes as the report lists them (the bulleted list after "structured around ... themes")."""
    m = _THEME_LIST_INTRO.search(text)
    if not m:
        return []
    themes: list[str] = []
    for ln in lines_of(text[m.end() : m.end() + 800]):
        t = ln.text.lstrip(BULLETS + " \t-–")
        if not t:
            continue
        if len(t.split()) > 6 or t.endswith((".", ":")):
            if themes:
                break
            continue
        themes.append(t)
    return themes


def _theme_name(raw: str, themes: list[str]) -> str:
    raw = squash(raw).strip(" -–—:")
    key = re.sub(r"\W+", " ", raw).strip().lower()
    for t in themes:
        tk = re.sub(r"\W+", " ", t).strip().lower()
        if tk == key or tk.endswith(key) or key.endswith(tk) or tk.startswith(key):
            return t
    return raw


def _clean_title(title: str) -> str:
    title = squash(title)
    title = re.sub(r"(?:\s*[.;])+\s*$", "", title)
    title = _FOOTNOTE_MARK.sub("", title)
    return title.strip().rstrip(";.").strip()


def _title_start(text: str, update_at: int, floor: int) -> int:
    """Where a deliverable's title starts: the bullet line(s) just before its "Update:", walking back
    over wrapped lines until the previous line ends a sentence (the end of the last update)."""
    line_start = text.rfind("\n", floor, update_at) + 1
    if text[line_start:update_at].strip():
        start = line_start  # the title shares the line with "Update:"
    else:
        prev_end = line_start - 1
        while prev_end > floor and text[prev_end - 1].isspace():
            prev_end -= 1
        start = text.rfind("\n", floor, prev_end) + 1
    for _ in range(3):
        if _BULLET_START.match(text, start):
            break
        prev_end = start - 1
        while prev_end > floor and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end <= floor:
            break
        prev_start = text.rfind("\n", floor, prev_end) + 1
        prev = text[prev_start:prev_end].strip()
        if not prev or prev.endswith((".", ":", "!", "?")) or _STATUS_HEADING.match(prev):
            break
        start = prev_start
    return start


_BULLET_START = re.compile(rf"[ \t]*[{BULLETS}]")


def extract_deliverables(paper: PaperText, record: Paper) -> None:
    """Every deliverable under a status heading, with its theme, update and target."""
    text = paper.text
    themes = _themes(text)
    theme_marks = [(m.start(), _theme_name(m.group("theme"), themes)) for m in _THEME_HEADING.finditer(text)]
    status_marks = [(m.start(), m.end(), m.group("status").lower()) for m in _STATUS_HEADING.finditer(text)]
    for k, (s_start, s_end, status) in enumerate(status_marks):
        next_marks = [p for p, _ in theme_marks if p > s_start] + [s for s, _, _ in status_marks[k + 1 :]]
        region_end = min(next_marks) if next_marks else len(text)
        theme = next((name for p, name in reversed(theme_marks) if p < s_start), None)
        updates = list(_UPDATE.finditer(text, s_end, region_end))
        titles = [_title_start(text, u.start(), s_end) for u in updates]
        for i, upd in enumerate(updates):
            t_start = titles[i]
            item_end = titles[i + 1] if i + 1 < len(updates) else region_end
            title = _clean_title(text[t_start : upd.start()])
            if not title or len(title) > 250:
                continue
            update = squash(text[upd.end() : item_end])
            target = find_target(update)
            start, end = target_range(target) if target else (None, None)
            record.deliverables.append(Deliverable(
                theme=theme, title=title, status=status, target=target, update=update or None,
                evidence=paper.evidence(t_start, item_end), target_start=start, target_end=end))


# A delivery plan flattened from a table with a "Timescale" column: "1.1 <action> Ongoing PCC GE ...".
_TIMESCALE_HEADER = re.compile(r"\bActions?\s+Timescales?\b", re.IGNORECASE)
_TIMESCALE = (
    r"(?:Ongoing|On-going|Annually|Quarterly|Monthly|TBC|"
    r"Q[1-4]\s*(?:20)?\d{2}(?:/\d{2})?|(?:20)?\d{2}/\d{2}\s*Q[1-4]|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})"
)
_PLAN_ROW = re.compile(
    rf"(?<![\d.])(?P<id>\d{{1,2}}\.\d{{1,2}})\s+(?P<title>[A-Z][^\n]{{10,300}}?)\s+(?P<ts>{_TIMESCALE})(?=\s|$)"
)


def extract_plan_table(paper: PaperText, record: Paper) -> None:
    """Actions of a delivery-plan table with a Timescale column (status: current, the plan being live)."""
    text = paper.text
    header = _TIMESCALE_HEADER.search(text)
    if not header:
        return
    for m in _PLAN_ROW.finditer(text, header.end()):
        title = _clean_title(m.group("title"))
        target = m.group("ts")
        start, end = target_range(target)
        record.deliverables.append(Deliverable(
            theme=None, title=title, status="current", target=target, update=None,
            evidence=paper.evidence(m.start(), m.end()), target_start=start, target_end=end))
