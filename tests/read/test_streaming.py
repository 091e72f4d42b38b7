"""A PDF's pages arrive while they are cleaned; nothing read is lost and a bad file is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from oversight.errors import CorruptFile, NoTextLayer
from oversight.pipeline import extract_raw, read_papers
from oversight.read import read_path
from oversight.read.document import RawDocument
from tests.helpers.pdfs import image_only_pdf, text_pdf

pytest.importorskip("reportlab")


def _pages(count: int) -> list[list[str]]:
    return [[f"Page {n} of the report.", "The force should improve how it supervises investigations."]
            for n in range(1, count + 1)]


def test_pages_are_handed_over_one_by_one_and_kept(tmp_path: Path) -> None:
    raw = read_path(text_pdf(tmp_path / "r.pdf", _pages(30)))
    stream = raw.iter_pages()
    first = next(stream)
    assert "Page 1 of the report." in first
    rest = list(stream)
    assert len(rest) == 29 and "Page 30 " in rest[-1]
    assert raw.pages == [first, *rest]  # kept for the register, in order
    assert list(raw.iter_pages()) == raw.pages  # and read again from what was kept


def test_pages_reads_whatever_is_still_to_come(tmp_path: Path) -> None:
    raw = read_path(text_pdf(tmp_path / "r.pdf", _pages(5)))
    assert len(raw.pages) == 5


def test_a_file_that_is_no_pdf_is_refused_when_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 but nothing more")
    with pytest.raises(CorruptFile, match=r"bad\.pdf"):
        read_path(bad)


def test_a_pdf_without_text_is_refused_once_its_pages_are_read(tmp_path: Path) -> None:
    raw = read_path(image_only_pdf(tmp_path / "scan.pdf", 3))
    with pytest.raises(NoTextLayer, match=r"scan\.pdf"):
        extract_raw(raw)


def test_read_papers_gives_what_reading_then_splitting_gives(seeds: list[Path]) -> None:
    from oversight.classify import classify_paper, describe_paper
    from oversight.clean import clean_pages
    from oversight.read.document import split_form_feeds
    from oversight.split import split_papers
    from oversight.text import PaperText

    for path in seeds:
        pages = split_form_feeds(path.read_text(encoding="utf-8"))
        doc, heads = read_papers(iter(pages))
        expected = clean_pages(pages)
        assert doc.text == expected.text and doc.page_starts == expected.page_starts
        assert [(h.start, h.end) for h in heads] == split_papers(expected)
        for head in heads:
            view = PaperText(expected, head.start, head.end)
            kind, signals = classify_paper(view)
            assert (head.kind, head.signals) == (kind, signals)
            assert head.meta == describe_paper(view, kind)


def test_a_raw_document_from_a_list_is_read_as_it_stands() -> None:
    raw = RawDocument("a.txt", "0" * 64, "text/plain", ["one", "two"])
    assert list(raw.iter_pages()) == ["one", "two"] == raw.pages


def test_a_reader_that_stops_part_way_leaves_every_page_for_the_next(tmp_path: Path) -> None:
    raw = read_path(text_pdf(tmp_path / "r.pdf", _pages(40)))
    first = raw.iter_pages()
    assert "Page 1 " in next(first)
    assert len(raw.pages) == 40  # while the first reader is still part-way
    first.close()
    assert len(raw.pages) == 40 and [p.split(" of ")[0] for p in raw.pages][-1].endswith("40")
