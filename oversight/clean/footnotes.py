"""Footnotes: find the blocks that interrupt the flow of text and unfuse their markers.

A PDF text layer puts a page's footnotes where the page ends, which is usually mid-sentence, and
glues each footnote marker onto the word before it (``June 20175,6``, ``(NFIB)4``, ``2,70022``).
A block is recognised by the separator rule that text dumps keep as a long run of spaces, or, on a
real page, by numbered lines at the foot of the page whose numbers are fused onto words above.
Markers are taken off only for numbers that have a footnote in the block, so a figure is never
shortened on a guess.  The block's lines are marked ``footnote``; the paragraph builder moves them
to the end of the paragraph they interrupted.
"""

from __future__ import annotations

import re
from operator import attrgetter

from oversight.clean.lines import Line

_SEPARATOR = attrgetter("separator")
# How far a footnote may run on past a full stop before the page visibly resumes.
_RUN_ON_LINES = 8
# Footnotes sit in the last lines of a page.
_FOOT_LINES = 15
_HAS_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_START = re.compile(r"^(\d{1,3})\s+(?=\S)")
_URL = re.compile(r"^(?:https?://|www\.)\S*$", re.I)
_SENTENCE_END = re.compile(r"[.!?][)\]’”'\"]?$")
_MARKERS = r"(\d{1,3}(?:,\d{1,3}){0,5})"
_FUSED_WORD = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=[)\]’'”\"])|(?<=[^\W\d_]\.))" + _MARKERS + r"(?=[\s,.;:)!?]|$)"
)
_FUSED_YEAR = re.compile(r"\b(?:19|20)\d{2}" + r"(\d{1,2}(?:,\d{1,2}){0,5})\b")
_FUSED_THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3}){1,4}" + r"(\d{1,2}(?:,\d{1,2}){0,5})\b")


def mark_footnotes(lines: list[Line], paged: bool) -> list[Line]:
    """``lines`` of one page with footnote blocks marked and their markers removed from the text."""
    if not any(map(_SEPARATOR, lines)):
        # No separator rule: only a real page's foot can hold footnotes.
        if paged:
            _mark_page_foot(lines)
        return lines
    out: list[Line] = []
    region_start = 0
    index = 0
    found = False
    count = len(lines)
    while index < count:
        line = lines[index]
        if not line.separator:
            out.append(line)
            index += 1
            continue
        start = index + 1
        if start < count and _START.match(lines[start].text):
            end = _block_end(lines, start)
            block = lines[start:end]
            numbers = _numbers(block)
            _unfuse(out[region_start:], numbers)
            for note in block:
                note.footnote = True
            out.extend(block)
            if end < count:
                lines[end].blank_before = max(line.blank_before, lines[end].blank_before if end > start else 0)
            region_start = len(out)
            found = True
            index = end
        else:
            if start < count:
                lines[start].blank_before = max(lines[start].blank_before, line.blank_before)
            index += 1
    if paged and not found:
        _mark_page_foot(out)
    return out


def _block_end(lines: list[Line], start: int) -> int:
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if line.indented or line.separator or line.blank_before >= 3:
            break
        text = line.text
        if not (_START.match(text) or _URL.match(text)):
            previous = lines[index - 1].text
            if _SENTENCE_END.search(previous) and not text[:1].islower() and not _page_resumes(lines, index):
                break
        index += 1
    return index


def _page_resumes(lines: list[Line], index: int) -> bool:
    """Whether an indented line (a text dump's mark of a new page) follows within a few lines:
    then everything up to it is still the foot of the page, a footnote that runs on."""
    for line in lines[index + 1 : index + 1 + _RUN_ON_LINES]:
        if line.separator:
            return False
        if line.indented:
            return True
    return False


def _numbers(block: list[Line]) -> set[str]:
    numbers: set[str] = set()
    for note in block:
        match = _START.match(note.text)
        if match:
            numbers.add(str(int(match.group(1))))
    return numbers


def _unfuse(body: list[Line], numbers: set[str]) -> None:
    """Remove the last fused marker for each footnote number from ``body`` (searched backwards)."""
    unused = set(numbers)
    for line in reversed(body):
        if not unused:
            return
        if line.footnote or not _HAS_DIGIT.search(line.text):
            continue
        spans = [(match.start(1), match.end(1), match.group(1).split(",")) for match in _all_fused(line.text)]
        spans.sort(reverse=True)
        text = line.text
        for start, end, marks in spans:
            if marks and all(m in unused for m in marks):
                text = text[:start] + text[end:]
                unused.difference_update(marks)
        line.text = text


def _mark_page_foot(lines: list[Line]) -> None:
    """On a real page with no separator: numbered lines at the foot whose markers appear above."""
    count = len(lines)
    floor = max(1, int(count * 0.5), count - _FOOT_LINES)
    candidates = [i for i in range(floor, count) if lines[i].text[:1].isdigit() and _START.match(lines[i].text)]
    if not candidates:
        return
    fused = _fused_numbers("\n".join(line.text for line in lines[: candidates[-1]]))
    if not fused:
        return
    for start in candidates:
        match = _START.match(lines[start].text)
        if match is None or match.group(1) not in fused:
            continue
        block = lines[start:]
        expected = int(match.group(1))
        ok = True
        for note in block:
            note_match = _START.match(note.text)
            if note_match:
                if int(note_match.group(1)) != expected:
                    ok = False
                    break
                expected += 1
        if not ok:
            continue
        _unfuse(lines[:start], _numbers(block))
        for note in block:
            note.footnote = True
        return


def _fused_numbers(text: str) -> set[str]:
    """Every number that could be a footnote marker fused onto a word or figure in ``text``."""
    found: set[str] = set()
    if not _HAS_DIGIT.search(text):
        return found
    for match in _all_fused(text):
        found.update(match.group(1).split(","))
    return found


_PATTERNS = (_FUSED_WORD, _FUSED_YEAR, _FUSED_THOUSANDS)


def _all_fused(text: str) -> list[re.Match[str]]:
    """What ``finditer`` gives for each of the three fused-marker patterns, found faster.

    Each of them starts a match only on the first digit of a run of digits (it looks behind for
    a letter, a closing mark or a word boundary), so it is tried only there: one scan for runs of
    digits is quick, while the patterns, which open with look-behinds, would be tried at every
    character.  Each pattern resumes after its own last match, as its own scan would.
    """
    out: list[re.Match[str]] = []
    resume = [0, 0, 0]
    for run in _DIGIT_RUN.finditer(text):
        start = run.start()
        for index, pattern in enumerate(_PATTERNS):
            if start < resume[index]:
                continue
            match = pattern.match(text, start)
            if match is not None:
                out.append(match)
                resume[index] = match.end()
    return out
