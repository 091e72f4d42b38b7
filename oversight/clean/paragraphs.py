"""Unwrap lines into paragraphs, keep headings and list items on their own lines, place footnotes.

A line is joined to the one before when the text runs on: the earlier line stops mid-sentence and
the next goes on in lower case, or the earlier line is as long as the page's lines get (it was
wrapped).  Text dumps that put a blank line after every line ("double-spaced") are told apart from
ones where a blank line means a new paragraph by counting which kind of gap sentences run across.
Footnote lines wait until the paragraph they interrupted is finished and follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter, methodcaller

from oversight.clean.lines import BULLET, Line

_ITEM_START = re.compile(
    r"^(?:• |\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s|\d{1,2}(?:\.\d{1,2})+\.?\s"
    r"|(?:Action|Item|Recommendation)\s+\d)"
)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
_SENTENCE_MARKS = frozenset(".!?:;")
_CLOSERS = frozenset(")]’”'\"")
_DANGLING_WORDS = frozenset(
    (
        "the", "a", "an", "of", "to", "and", "or", "in", "for", "with", "by", "that", "on", "at", "from", "as",
        "is", "are", "was", "were", "be", "his", "her", "their", "its", "our", "this", "these", "which", "who",
        "has", "have", "had", "will", "would", "not", "into", "than",
    )
)
_LONGEST_DANGLING = max(map(len, _DANGLING_WORDS))
_FIELD = re.compile(r"^[A-Z][A-Za-z’'/&]{0,20}(?: [A-Za-z’'/&]{1,20}){0,3}(?::|\s[–—-])\s")
# The furthest _FIELD's colon or dash can stand: a capital, 20 letters, three words of 1 + 20.
_FIELD_REACH = 1 + 20 + 3 * 21 + 2
_COLUMNS = re.compile(r"\S {3,}\S")

_FOOTNOTE = attrgetter("footnote")
_TEXT = attrgetter("text")
_ENDS = attrgetter("ends")
_FIRST_LOWER = attrgetter("first_lower")
_ENDS_HYPHEN = methodcaller("endswith", "-")

_CHUNK = 160
_COMPACT = 2048
_WINDOW = 12
_MAX_WRAP = 140


@dataclass
class Layout:
    """What a stretch of lines says about its own layout."""

    width: float
    double_spaced: bool


def layouts(lines: list[Line], ends: list[bool] | None = None, lowers: list[bool] | None = None) -> list[Layout]:
    """One :class:`Layout` per line.

    Width is measured over chunks of lines; double spacing over a window of lines around each one,
    so a pack that binds single- and double-spaced papers gets a local answer for each.  ``ends``
    may give :func:`ends_sentence` of each line's text, and ``lowers`` whether it opens with a
    lower-case letter, when the caller has them already.
    """
    count = len(lines)
    if ends is None:
        ends = [ends_sentence(line.text) for line in lines]
    if lowers is None:
        lowers = [line.text[:1].islower() for line in lines]
    widths = [_width(lines[start : start + _CHUNK]) for start in range(0, count, _CHUNK)]
    # Lines where a sentence runs on from the line before.
    run_on = [index for index in range(1, count) if lowers[index] and not ends[index - 1]]
    if sum([lines[index].blank_before == 1 for index in run_on]) < 2:
        # No sentence runs across a blank line anywhere here: single-spaced throughout.
        single = [Layout(width=width, double_spaced=False) for width in widths]
        if len(single) == 1:
            return single * count
        return [single[index // _CHUNK] for index in range(count)]
    across_blank = [0] * (count + 1)
    across_none = [0] * (count + 1)
    for index in run_on:
        gap = lines[index].blank_before
        if gap == 1:
            across_blank[index + 1] = 1
        elif gap == 0:
            across_none[index + 1] = 1
    across_blank = list(accumulate(across_blank))
    across_none = list(accumulate(across_none))
    out: list[Layout] = []
    shared: dict[tuple[float, bool], Layout] = {}
    for index in range(count):
        low, high = max(0, index - _WINDOW), min(count, index + _WINDOW + 1)
        blank = across_blank[high] - across_blank[low]
        none = across_none[high] - across_none[low]
        key = (widths[index // _CHUNK], blank >= 2 and blank > 2 * none)
        layout = shared.get(key)
        if layout is None:
            layout = shared[key] = Layout(width=key[0], double_spaced=key[1])
        out.append(layout)
    return out


def _width(lines: list[Line]) -> float:
    """The width a full line reaches (80th percentile of the longer lines)."""
    lengths = sorted([n for n in map(len, [line.text for line in lines]) if n >= 20])
    if len(lengths) >= 5:
        return max(float(lengths[int(len(lengths) * 0.8)]), 30.0)
    return max(float(lengths[-1]) if lengths else 80.0, 30.0)


# Characters that can open a match of _ITEM_START; other lines skip the pattern.
_ITEM_OPENERS = frozenset("•(")
_ROMAN = frozenset("ivxIVX")
_ITEM_WORD_INITIALS = frozenset("AIR")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Capitals that open no list item unless a full stop or bracket follows, and no numbered heading.
_PLAIN_OPENERS = frozenset("BCDEFGHJKLMNOPQSTUWYZ")


class _Shape:
    """What :func:`runs_on` asks of one line, worked out once per line rather than once per pair.

    Only the parts that do not depend on the layout are kept; the width tests are made at the
    point of use, because a line is judged against the layout of the block it would join.
    """

    __slots__ = (
        "_title", "bullet", "comma", "dangling", "ends", "first_lower", "heading", "item", "line", "lower", "size",
        "text",
    )

    def __init__(self, line: Line) -> None:
        text = line.text
        self.line = line
        self.text = text
        size = self.size = len(text)
        last = text[-1:]
        self.comma = last == ","
        if last in _CLOSERS:
            last = text[-2:-1]
        ends = self.ends = last in _SENTENCE_MARKS
        space = text.rfind(" ")
        self.dangling = size - space <= _LONGEST_DANGLING + 1 and text[space + 1 :] in _DANGLING_WORDS
        first = text[:1]
        if first in _PLAIN_OPENERS and text[1:2] not in (".", ")"):
            # A capital that opens no list item ("B. " would): the commonest line in prose.
            self.item = self.lower = self.first_lower = False
            self.bullet = False
            self.heading = not ends and size >= 4 and text.isupper()
        else:
            self.item = _maybe_item(text, first) and _ITEM_START.match(text) is not None
            bullet = self.bullet = text.startswith(BULLET)
            first_lower = self.first_lower = first.islower()
            self.lower = first_lower or (first in "(‘“'\"" and text[1:2].islower())
            # A heading by its shape; whether it is short enough depends on the layout.
            self.heading = not ends and not bullet and (
                (size >= 4 and text.isupper())
                or (first.isdigit() and _NUMBERED_HEADING.match(text) is not None and len(text.split()) <= 10)
            )
        self._title: bool | None = None

    def title(self) -> bool:
        if self._title is None:
            self._title = _title_like(self.text)
        return self._title


def runs_on(a: Line, b: Line, layout: Layout, gap: int) -> bool:
    """Whether line ``b`` continues the paragraph or item that line ``a`` ends."""
    return _runs_on(_Shape(a), _Shape(b), layout, gap)


def _runs_on(sa: _Shape, sb: _Shape, layout: Layout, gap: int) -> bool:
    if gap >= 2:
        return False
    width = layout.width
    item = sb.item
    if (not item and (sa.size >= 0.5 * width if sa.comma else sa.dangling)
            and not (sb.heading and sb.size <= 0.65 * width)):
        # A line that stops on a comma or a word like "the" or "of" cannot end a paragraph.
        return True
    double = layout.double_spaced
    if gap == 1 and not double and not sb.lower:
        return False
    text = sa.text
    ends_sentence_a = sa.ends
    if item and (sb.bullet or ends_sentence_a or sa.size < 0.72 * width or not sb.text[0].isdigit()):
        # A number opening a wrapped line ("was / 10.5 percent") is not a new numbered item.
        return False
    if gap == 1 and not double:
        return not ends_sentence_a
    heading = sa.heading and sa.size <= 0.65 * width
    if sb.lower:
        return not heading
    b = sb.line
    if b.indented or (sb.heading and sb.size <= 0.65 * width) or _is_field(sb.text):
        # An indented capitalised line starts a page or a glyph-less list item; a heading or a
        # "Label: value" line stands alone.
        return False
    if ends_sentence_a and sb.size < 0.6 * width and not sb.ends:
        # A short unpunctuated line after a finished sentence: a sign-off, name or heading.
        return False
    columns = "   " in text and _COLUMNS.search(text) is not None
    if heading or (ends_sentence_a and sa.line.wide_end) or (gap and b.spaced_gap) or columns:
        return False
    if sa.title() and sb.title():
        # Two capitalised, unpunctuated titles in a row are cells of a flattened table or items of a
        # list ("Annual Report" / "Integrity in Policing"), not one wrapped sentence.
        return False
    # Hard-wrapped text has lines of a printed page's width; web text keeps a paragraph per line.
    wrapped = width <= _MAX_WRAP and sa.size >= 0.72 * width
    return wrapped and not text.endswith(":")


def _maybe_item(text: str, first: str) -> bool:
    """Whether ``_ITEM_START`` could match, from what its branches need at the start of the line.

    A letter opens an item only as "a." / "a)", as a roman numeral up to "." or ")" within its
    first five characters, or as the first letter of "Action", "Item" or "Recommendation".
    """
    if first in _ITEM_OPENERS or first.isdigit():
        return True
    if first not in _ASCII_LETTERS:
        return False
    if text[1:2] in (".", ")"):
        return True
    if first in _ROMAN and ("." in text[1:5] or ")" in text[1:5]):
        return True
    return first in _ITEM_WORD_INITIALS and text.startswith(("Action", "Item", "Recommendation"))


def _is_field(text: str) -> bool:
    """``_FIELD`` matches ("Label: value", "Label – value"): its colon or dash comes early, if at all."""
    head = text[:_FIELD_REACH]
    return (":" in head or "-" in head or "–" in head or "—" in head) and _FIELD.match(text) is not None


def ends_sentence(text: str) -> bool:
    """The text ends with sentence (or clause) punctuation, perhaps inside a closing quote."""
    last = text[-1:]
    if last in _CLOSERS:
        last = text[-2:-1]
    return last in _SENTENCE_MARKS and last != ""


def _title_like(text: str) -> bool:
    """Most words capitalised and no sentence punctuation: a title or a table cell.

    Words that open with a letter count, except the small words (``_DANGLING_WORDS``) that a title
    leaves in lower case; one pass, no list of words built.
    """
    if ends_sentence(text) or text.endswith(","):
        return False
    counted = capitalised = 0
    small = _DANGLING_WORDS
    for word in text.split():
        first = word[0]
        if first.isalpha() and word.lower() not in small:
            counted += 1
            if first.isupper():
                capitalised += 1
    return counted > 0 and capitalised >= 0.8 * counted


def _broken_word(text: str) -> bool:
    return len(text) >= 2 and text[-1] == "-" and text[-2].isalpha()


@dataclass
class ParagraphBuilder:
    """Streams lines in, text out, remembering where each page's text starts."""

    parts: list[str] = field(default_factory=list)
    chunks: list[str] = field(default_factory=list)
    length: int = 0
    starts: dict[int, int] = field(default_factory=dict)
    block: list[Line] = field(default_factory=list)
    block_layout: Layout | None = None
    notes: list[Line] = field(default_factory=list)
    pages: int = 0
    # The shape of the block's last line, the one the next line is judged against.
    tail: _Shape | None = None
    # Text written since :meth:`take_written` was last called, kept only for a reader that follows
    # the output (set it to a list); otherwise the pieces would outlive their joining.
    written: list[str] | None = None

    def feed(self, lines: list[Line], page_break: bool) -> None:
        """Add one page's lines; ``page_break`` says they start a new page of the input."""
        if lines:
            self.pages = max(self.pages, lines[-1].page + 1)
        notes = any(map(_FOOTNOTE, lines))
        body = [line for line in lines if not line.footnote] if notes else lines
        shapes = list(map(_Shape, body))
        measured = layouts(body, list(map(_ENDS, shapes)), list(map(_FIRST_LOWER, shapes)))
        if notes:
            self._feed_with_notes(lines, shapes, measured, page_break)
            return
        block = self.block
        tail = self.tail
        block_layout = self.block_layout
        runs = _runs_on
        for line, shape, layout in zip(body, shapes, measured, strict=True):
            gap = line.blank_before
            if page_break:
                page_break = False
                if block:
                    gap = min(gap, 1) if layout.double_spaced else 0
            if block and tail is not None and runs(tail, shape, block_layout or layout, gap):
                block.append(line)
            else:
                self.block = block
                self._close()
                block = [line]
                block_layout = layout
            tail = shape
        self.block = block
        self.tail = tail
        self.block_layout = block_layout

    def _feed_with_notes(
        self, lines: list[Line], shapes: list[_Shape], measured: list[Layout], page_break: bool
    ) -> None:
        """:meth:`feed` for a page with footnote lines, which wait for the paragraph they interrupt."""
        body_index = 0
        first_body = page_break
        runs = _runs_on
        for line in lines:
            if line.footnote:
                self._add_note(line)
                continue
            layout = measured[body_index]
            shape = shapes[body_index]
            body_index += 1
            gap = line.blank_before
            if first_body:
                first_body = False
                if self.block:
                    gap = min(gap, 1) if layout.double_spaced else 0
            tail = self.tail
            block = self.block
            if block and tail is not None and runs(tail, shape, self.block_layout or layout, gap):
                block.append(line)
            else:
                self._close()
                self.block = [line]
                self.block_layout = layout
            self.tail = shape

    def take_written(self) -> str:
        """The text written since the last call: final, since a written paragraph never changes."""
        written, self.written = self.written or [], []
        return "".join(written)

    def finish(self) -> tuple[str, list[int]]:
        """The cleaned text and the offset where each page starts."""
        self._close()
        self._flush_notes()
        self.chunks.append("".join(self.parts))
        self.parts = []
        text = "".join(self.chunks)
        self.chunks = []
        count = max(self.pages, 1)
        starts = [0] * count
        following = len(text)
        for page in range(count - 1, -1, -1):
            following = min(following, self.starts.get(page, following))
            starts[page] = following
        starts[0] = 0
        return text, starts

    def _add_note(self, line: Line) -> None:
        if self.notes and not _is_note_start(line) and not line.text.lower().startswith(("http", "www.")):
            previous = self.notes[-1]
            joiner = "" if _broken_word(previous.text) else " "
            previous.text = previous.text + joiner + line.text
            return
        self.notes.append(Line(line.text, 1, line.page, footnote=True))

    def _close(self) -> None:
        block = self.block
        if not block:
            return
        first = block[0]
        page = first.page
        starts = self.starts
        parts = self.parts
        length = self.length
        if length:
            separator = "\n\n" if first.blank_before else "\n"
            parts.append(separator)
            if self.written is not None:
                self.written.append(separator)
            length += len(separator)
        if page not in starts:
            starts[page] = length
        if len(block) == 1:
            text = first.text
        else:
            texts = list(map(_TEXT, block))
            if block[-1].page == page and not any(map(_ENDS_HYPHEN, texts)):
                # One page, no hyphen at a line end: every joiner is a space.
                text = " ".join(texts)
            else:
                text = self._joined(block, length)
        parts.append(text)
        if self.written is not None:
            self.written.append(text)
        self.length = length + len(text)
        self.block = []
        if len(parts) >= _COMPACT:
            # Thousands of small strings cost far more than their text; keep them joined.
            self.chunks.append("".join(parts))
            self.parts = []
        if self.notes:
            self._flush_notes()

    def _joined(self, block: list[Line], length: int) -> str:
        """The block's lines as one paragraph starting at ``length``, noting where each page starts."""
        first = block[0]
        pieces = [first.text]
        width = len(first.text)
        previous = first
        for line in block[1:]:
            joiner = "" if _joins_tight(previous, line) else " "
            if line.page != previous.page and line.page not in self.starts:
                self.starts[line.page] = length + width + len(joiner)
            pieces.append(joiner)
            pieces.append(line.text)
            width += len(joiner) + len(line.text)
            previous = line
        return "".join(pieces)

    def _flush_notes(self) -> None:
        notes, self.notes = self.notes, []
        for note in notes:
            self._emit_separator(1)
            self._mark(note.page)
            self._write(note.page, note.text)

    def _emit_separator(self, blank_before: int) -> None:
        if self.length:
            self._write(-1, "\n\n" if blank_before else "\n")

    def _mark(self, page: int) -> None:
        if page not in self.starts:
            self.starts[page] = self.length

    def _write(self, page: int, text: str) -> None:
        self.parts.append(text)
        if self.written is not None:
            self.written.append(text)
        self.length += len(text)
        if len(self.parts) >= _COMPACT:
            # Thousands of small strings cost far more than their text; keep them joined.
            self.chunks.append("".join(self.parts))
            self.parts = []



def _joins_tight(a: Line, b: Line) -> bool:
    text = a.text
    return text[-1:] == "-" and _broken_word(text) and b.text[:1].islower()


def _is_note_start(line: Line) -> bool:
    text = line.text
    index = 0
    while index < len(text) and index < 3 and text[index].isdigit():
        index += 1
    return 0 < index < len(text) and text[index] == " "
