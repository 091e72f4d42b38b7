"""A real PDF, made here from a seed's text, reads back to the same words as the .txt."""

from __future__ import annotations

import textwrap
from pathlib import Path

from oversight.read import read_path
from tests.helpers.pdfs import text_pdf


def _words(text: str) -> list[str]:
    return text.split()


def test_pdf_made_from_seed_text_reads_back_to_the_same_words(tmp_path: Path, seeds: list[Path]) -> None:
    source = seeds[1].read_text(encoding="utf-8")
    # reportlab's base fonts draw Latin-1; keep the words it can draw.
    lines = [
        wrapped
        for line in source.splitlines()
        for wrapped in textwrap.wrap(line.encode("latin-1", "ignore").decode("latin-1"), 95)
    ]
    pages = [lines[i : i + 50] for i in range(0, len(lines), 50)]
    pdf = text_pdf(tmp_path / "seed.pdf", pages)
    raw = read_path(pdf)
    assert raw.media_type == "application/pdf"
    assert len(raw.pages) == len(pages) > 1
    assert _words("\n".join(raw.pages)) == _words("\n".join(lines))
    # Each page holds its own lines: the page map is right.
    assert _words(raw.pages[1]) == _words("\n".join(pages[1]))
