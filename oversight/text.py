"""The cleaned text of one file, with its page map, and views of the papers cut from it.

Every offset Oversight stores or prints is an offset into ``CleanText.text`` (the cleaned text of the
whole file).  Extractors work on a :class:`PaperText` with offsets relative to the paper, and ask it
for :class:`~oversight.contract.Evidence`, which it converts back to file offsets and a page number.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from oversight.contract import Evidence


@dataclass
class CleanText:
    """Cleaned text of a whole file.  ``page_starts[i]`` is the offset where page ``i + 1`` begins."""

    text: str
    page_starts: list[int] = field(default_factory=lambda: [0])

    def page_at(self, offset: int) -> int:
        """The 1-based page number holding character ``offset``."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_text(self, page: int) -> str:
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return self.text[start:end]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed of surrounding white space."""
        start, end = _trim(self.text, start, end)
        return Evidence(page=self.page_at(start), start=start, end=end, quote=self.text[start:end])


@dataclass
class PaperText:
    """One paper's stretch of a :class:`CleanText`; offsets given to it are relative to ``start``."""

    doc: CleanText
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the paper-relative span ``[start, end)``."""
        return self.doc.evidence(self.start + start, self.start + end)

    @property
    def pages(self) -> list[int]:
        """First and last page of the paper."""
        last = max(self.start, self.end - 1)
        return [self.doc.page_at(self.start), self.doc.page_at(last)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
