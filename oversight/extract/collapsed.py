"""A white-space-collapsed view of a paper's text, with the way back to paper offsets.

Prose rules match on this view so that a sentence reads the same whether a PDF broke it over three
lines or the cleaner joined it; :meth:`Collapsed.span` maps a match back to offsets for evidence.
Every extractor family uses this one view.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Collapsed:
    """``text`` with each run of white space as one space; ``origin[i]`` is where ``text[i]`` came
    from (plus one entry for the end)."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Paper offsets covering the collapsed range ``[start, end)``."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def collapse(text: str, base: int = 0, blanks: frozenset[str] = frozenset()) -> Collapsed:
    """Collapse white space (and any ``blanks``, such as bullet glyphs) in ``text``, which starts at
    paper offset ``base``; leading and trailing white space is dropped."""
    chars: list[str] = []
    origin: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        if ch.isspace() or ch in blanks:
            if not in_space and chars:
                chars.append(" ")
                origin.append(base + i)
            in_space = True
        else:
            chars.append(ch)
            origin.append(base + i)
            in_space = False
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    origin.append(base + len(text))
    return Collapsed("".join(chars), origin)
