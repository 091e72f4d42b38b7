"""Layout helpers shared by the panel extractors: lines, list points, sentences, collapsed text.

Panel papers reach the extractors in two shapes: the raw text layer (wrapped lines, blank lines inside
paragraphs, bullet glyphs from private-use fonts) and the cleaned text (paragraphs joined, list items
on their own lines starting with "• ").  Rules here are written so that both shapes give the same
answer: matching happens on white-space-collapsed strings, and every match is mapped back to an
offset in the paper so that evidence quotes the text exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from oversight.extract.collapsed import Collapsed
from oversight.extract.collapsed import collapse as collapse_view

# Bullet glyphs seen in panel papers: the cleaned "•", private-use Symbol-font bullets, middle dots.
BULLETS = "•\uf0b7\uf0a7\uf0d8\uf076\uf0fc·▪●◦‣\u2043"
_BLANKS = frozenset(BULLETS)
_BULLET_RE = re.compile(rf"[ \t]*[{BULLETS}][ \t]*")
# A list marker at the start of a line: "12.", "5.1", "(ii)", "a)", "1.1", or a bullet glyph.
LIST_MARKER = re.compile(
    rf"[ \t]*(?:[{BULLETS}]|\(?(?:\d{{1,3}}(?:\.\d{{1,2}})?|[a-z]|[ivx]{{1,5}})[.)](?!\d)"
    r"|\d{1,3}\.\d{1,2}(?=[ A-Z]))[ \t]*"
)
_WS = re.compile(r"\s+")


class Line(NamedTuple):
    """One line of a paper: ``start``/``end`` are paper offsets of the stripped text."""

    start: int
    end: int
    text: str


_LINE = re.compile(r"(?P<t>[^\s](?:[^\n]*[^\s])?)")


def lines_of(text: str) -> list[Line]:
    """Non-blank lines with their offsets, white space trimmed at both ends."""
    return list(_lines_cached(text))


@lru_cache(maxsize=16)
def _lines_cached(text: str) -> tuple[Line, ...]:
    return tuple(Line(m.start("t"), m.end("t"), m.group("t")) for m in _LINE.finditer(text))


def squash(text: str) -> str:
    """White space collapsed to single spaces, bullet glyphs dropped."""
    text = _BULLET_RE.sub(" ", text)
    return _WS.sub(" ", text).strip()


def strip_marker(text: str) -> str:
    """``text`` without a leading list marker."""
    m = LIST_MARKER.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


@lru_cache(maxsize=32)
def collapse(text: str, base: int = 0) -> Collapsed:
    """Collapse runs of white space and bullet glyphs in ``text``; ``base`` is its paper offset.
    (Cached: several extractors collapse the same paper; callers must not modify the result.)"""
    return collapse_view(text, base, _BLANKS)


_SENTENCE_END = re.compile(r"(?<=[.?!])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9])")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a collapsed string (a full stop after an initial or 'No.' still splits:
    good enough for the short minute points this is used on)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        cut = m.start()
        if _is_abbreviation(text, cut):
            continue
        spans.append((start, cut))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_ABBREVIATIONS = ("Cllr.", "Mr.", "Mrs.", "Ms.", "Dr.", "No.", "St.", "Prof.", "e.g.", "i.e.", "c.")


def _is_abbreviation(text: str, cut: int) -> bool:
    head = text[max(0, cut - 6) : cut]
    if any(head.endswith(a) for a in _ABBREVIATIONS):
        return True
    # A single capital initial ("A. Smith") is not a sentence end.
    return cut >= 2 and text[cut - 1] == "." and text[cut - 2].isupper() and (cut < 3 or text[cut - 3] == " ")


def is_heading_like(text: str) -> bool:
    """A short line that names something rather than saying something (no closing full stop)."""
    t = text.strip()
    if not t or t[0].islower() or t.split()[-1] in _FUNCTION_WORDS:
        return False
    return len(t) <= 90 and not t.endswith((".", "?", "!", ",", ";")) and len(t.split()) <= 12


_FUNCTION_WORDS = frozenset((
    "the", "a", "an", "of", "for", "to", "and", "or", "in", "on", "with", "by", "that", "this", "from", "at",
    "as", "is", "was", "were", "be", "are", "their", "his", "her", "its",
))


def truncated_at_end(paper_text: str, end: int) -> bool:
    """True when ``end`` reaches the end of the paper and the text there stops mid-sentence
    (an excerpt cut off part-way: such items must not be reported)."""
    if _NON_SPACE.search(paper_text, end):
        return False
    last = end - 1
    while last >= 0 and paper_text[last].isspace():
        last -= 1
    return last < 0 or paper_text[last] not in ".?!)”\"’"


_NON_SPACE = re.compile(r"\S")


_TERMINAL = re.compile(r"[.?!](?=[\"'”’)]?(?:\s|$))")


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "?", "!", ":", ".”", ".’", '."', "|"))


def sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts, never crossing a heading line, a list marker or a
    line that ends a sentence (so "Decision\\nIn accordance with ..." starts at "In")."""
    line_start = text.rfind("\n", floor, pos) + 1
    start = line_start
    while start > floor:
        prev_end = start - 1
        while prev_end > floor and text[prev_end - 1].isspace():
            prev_end -= 1
        prev_start = text.rfind("\n", floor, prev_end) + 1
        prev = text[prev_start:prev_end].strip()
        if not prev or _ends_sentence(prev) or is_heading_like(prev) or LIST_MARKER.match(text[start:pos] + " "):
            break
        start = prev_start
    # Within the paragraph, the last sentence end before pos.
    cut = start
    for m in _TERMINAL.finditer(text, start, pos):
        after = m.end()
        nxt = after
        while nxt < pos and text[nxt] in " \t\n\"'”’)":
            nxt += 1
        if nxt <= pos and (text[nxt].isupper() or text[nxt].isdigit()) and not _is_abbreviation(text, m.end()):
            cut = nxt
    start = max(start, cut)
    while start < pos and text[start].isspace():
        start += 1
    marker = LIST_MARKER.match(text, start)
    if marker and marker.end() <= pos and text[start] != "(":
        start = marker.end()
    return start


def sentence_end(text: str, pos: int, limit: int = 1500) -> int:
    """The end of the sentence holding ``pos`` (after its full stop), or of its paragraph."""
    stop = min(len(text), pos + limit)
    for m in _TERMINAL.finditer(text, pos, stop):
        if _is_abbreviation(text, m.end()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() > line_start and text[line_start : m.start()].strip().isdigit():
            continue  # "1." opening a numbered line, not a full stop
        return m.end()
    return stop
