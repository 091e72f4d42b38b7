"""Split text into papers while it is still being cleaned, handing over each paper once it is final.

:func:`oversight.split.split_papers` needs the whole text; reading a long PDF, that would leave
splitting, classifying and describing every paper until the last page is read.  :class:`PaperStream`
takes the cleaned text in the stretches the cleaner finishes and gives back the same spans as
``split_papers`` would, each as soon as nothing later in the file can change it:

- a line is examined once 40 lines follow it (the finders look at most 9 lines ahead and 27 back,
  as :func:`oversight.split.boundaries.start_offsets` allows for in its blocks);
- a paper start found there can lie up to 24 lines back (a letterhead above its "Dear ..."), so a
  boundary counts as settled only once it lies 30 examined lines behind;
- a paper is final once the next settled paper is not folded into it (papers under 300 characters
  are, in either direction).

Only the text of papers not yet handed over is kept, plus the lines the finders look back on.
"""

from __future__ import annotations

from bisect import bisect_right, insort

from oversight.split.boundaries import TextLine, paper_starts
from oversight.split.papers import MIN_PAPER

_AHEAD = 40  # lines that must follow a line before it is examined
_BEHIND = 40  # lines kept before the next one to examine
_SETTLE = 30  # examined lines behind which no new paper start can appear

Span = tuple[int, int]


class PaperStream:
    """Feed the cleaned text in order with :meth:`feed`; :meth:`finish` with the whole text.

    Each call returns the papers it made final, as ``(start, end, text)`` with file offsets, in
    order; together they are exactly ``split_papers`` of the whole text.
    """

    def __init__(self) -> None:
        # The text fed, as the pieces it came in, from offset _kept on: appending to one string
        # would copy the open paper's text on every piece, and a long report is one paper.
        self._pieces: list[str] = []
        self._starts: list[int] = []  # the offset where each piece starts
        self._kept = 0
        self._length = 0  # characters fed in all
        self._tail = ""  # the text from _scanned on: a line not yet complete
        self._scanned = 0  # offset where the next, not yet complete, line starts
        self._blanks = 0
        self._lines: list[TextLine] = []  # the window of lines around the next to examine
        self._first_line = 0  # index among all lines of _lines[0]
        self._examined = 0  # lines before this index (among all) have been examined
        self._cuts: list[int] = []  # paper starts found and not yet made into papers, in order
        self._first: int | None = None  # offset of the first non-blank character
        self._bound: int | None = None  # start of the paper after the last one made
        self._open: Span | None = None  # the last paper made, which a short neighbour may still join

    def feed(self, piece: str) -> list[tuple[int, int, str]]:
        if not piece:
            return []
        self._pieces.append(piece)
        self._starts.append(self._length)
        self._length += len(piece)
        self._tail += piece
        self._scan(final=False)
        self._examine(final=False)
        return self._settle(final=False)

    def finish(self, text: str) -> list[tuple[int, int, str]]:
        """The papers not yet handed over; ``text`` is the whole cleaned text fed so far."""
        if self._length != len(text):
            raise ValueError("finish() needs the whole text that was fed")
        if not text.strip():
            return [(0, len(text), text)]
        self._scan(final=True)
        self._examine(final=True)
        return self._settle(final=True)

    def _scan(self, final: bool) -> None:
        """New complete lines become TextLines (as ``iter_text_lines`` makes them)."""
        tail, base = self._tail, self._scanned
        offset = base
        length = self._length
        while offset <= length:
            newline = tail.find("\n", offset - base)
            if newline < 0 and not final:
                break
            end = length if newline < 0 else newline + base
            raw = tail[offset - base : end - base]
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                self._lines.append(TextLine(stripped, offset + lead, offset + lead + len(stripped), self._blanks))
                self._blanks = 0
                if self._first is None:
                    self._first = offset + lead
            else:
                self._blanks += 1
            offset = end + 1
        self._scanned = offset
        self._tail = tail[offset - base :]

    def _examine(self, final: bool) -> None:
        lines = self._lines
        stop = self._first_line + len(lines) - (0 if final else _AHEAD)
        if stop > self._examined:
            begin = self._examined - self._first_line
            for index in paper_starts(lines, begin, stop - self._first_line):
                start = lines[index].start
                if start not in self._cuts:
                    insort(self._cuts, start)
            self._examined = stop
        drop = max(0, self._examined - self._first_line - _BEHIND)
        del lines[:drop]
        self._first_line += drop

    def _settle(self, final: bool) -> list[tuple[int, int, str]]:
        """Papers whose ends can no longer move, folded as ``split_papers`` folds them."""
        if self._first is None:
            return []
        if final:
            limit = self._length + 1
        else:
            behind = self._examined - _SETTLE - self._first_line
            if behind < 0:
                return []
            limit = self._lines[behind].start
        if self._bound is None:
            self._bound = self._first
        made: list[tuple[int, int, str]] = []
        cuts = self._cuts
        taken = 0
        while taken < len(cuts) and cuts[taken] < limit:
            cut = cuts[taken]
            taken += 1
            if cut > self._bound:
                made += self._add(self._trimmed(self._bound, cut))
                self._bound = cut
        del cuts[:taken]
        if final:
            made += self._add(self._trimmed(self._bound, self._length))
            if self._open is not None:
                made.append(self._with_text(self._open))
                self._open = None
        self._forget()
        return made

    def _add(self, span: Span) -> list[tuple[int, int, str]]:
        """Fold ``span`` into the open paper or open it, handing over the paper it closes."""
        previous = self._open
        if previous is not None and (span[1] - span[0] < MIN_PAPER or previous[1] - previous[0] < MIN_PAPER):
            self._open = (previous[0], span[1])
            return []
        self._open = span
        return [self._with_text(previous)] if previous is not None else []

    def _trimmed(self, start: int, end: int) -> Span:
        """``(start, end)`` without the white space that ends it."""
        step = 256
        while end > start:
            chunk = self._text(max(start, end - step), end)
            kept = len(chunk.rstrip())
            if kept:
                return start, end - len(chunk) + kept
            end -= len(chunk)
            step *= 4
        return start, end

    def _text(self, start: int, end: int) -> str:
        """The text from ``start`` to ``end`` (offsets no earlier than ``_kept``)."""
        pieces, starts = self._pieces, self._starts
        out: list[str] = []
        index = max(0, bisect_right(starts, start) - 1)
        while index < len(pieces) and starts[index] < end:
            position = starts[index]
            out.append(pieces[index][max(0, start - position) : end - position])
            index += 1
        return "".join(out)

    def _with_text(self, span: Span) -> tuple[int, int, str]:
        return span[0], span[1], self._text(*span)

    def _forget(self) -> None:
        """Drop the pieces before the open paper (or the next boundary): no later paper needs them."""
        keep = self._open[0] if self._open is not None else self._bound
        if keep is None:
            return
        pieces = self._pieces
        dropped = 0
        while dropped < len(pieces) - 1 and self._kept + len(pieces[dropped]) <= keep:
            self._kept += len(pieces[dropped])
            dropped += 1
        del pieces[:dropped]
        del self._starts[:dropped]
