"""Join cleaned pages, remembering where each page starts."""

from __future__ import annotations

from collections.abc import Iterable

from oversight.text import CleanText


def clean_pages(pages: Iterable[str]) -> CleanText:
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page in pages:
        cleaned = page.replace("\r\n", "\n").replace("\r", "\n")
        if parts and not parts[-1].endswith("\n"):
            parts.append("\n")
            offset += 1
        starts.append(offset)
        parts.append(cleaned)
        offset += len(cleaned)
    return CleanText(text="".join(parts), page_starts=starts or [0])
