"""Cut a file's cleaned text into the spans of its constituent papers.

Spans are ordered, do not overlap and together cover every non-blank character of the text: the
first paper starts at the first character, and each later paper starts where
:mod:`oversight.split.boundaries` found an opening.  A file with no recognisable opening is one
paper.  Papers shorter than a few lines are folded into their neighbour, because a genuine paper
has a body, and a false opening inside a paper must not leave a fragment behind.
"""

from __future__ import annotations

from oversight.split.boundaries import start_offsets
from oversight.text import CleanText

MIN_PAPER = 300


def split_papers(doc: CleanText) -> list[tuple[int, int]]:
    """Ordered, non-overlapping ``(start, end)`` spans of the papers in ``doc``."""
    text = doc.text
    if not text.strip():
        return [(0, len(text))]
    cuts = sorted(start_offsets(text))
    first = len(text) - len(text.lstrip())
    bounds = [first] + [c for c in cuts if c > first]
    spans: list[tuple[int, int]] = []
    for position, start in enumerate(bounds):
        end = bounds[position + 1] if position + 1 < len(bounds) else len(text)
        spans.append((start, _trim_end(text, start, end)))
    return _fold_short(spans)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _fold_short(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (end - start < MIN_PAPER or out[-1][1] - out[-1][0] < MIN_PAPER):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
