"""Cut a pack into papers.  Placeholder: the whole file is one paper."""

from __future__ import annotations

from oversight.text import CleanText


def split_papers(doc: CleanText) -> list[tuple[int, int]]:
    return [(0, len(doc.text))]
