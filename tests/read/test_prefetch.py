"""The prefetching PDF reader gives the same pages as the plain one, and passes errors on."""

from __future__ import annotations

import io

import pytest

from oversight.errors import CorruptFile
from oversight.read import pdf

reportlab = pytest.importorskip("reportlab")


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    for number in range(1, pages + 1):
        c.drawString(72, 720, f"Page {number} of the inspection report.")
        c.showPage()
    c.save()
    return buffer.getvalue()


def test_prefetched_pages_equal_plain_pages_in_order() -> None:
    data = _pdf(40)
    assert list(pdf.iter_pages_prefetched(data, "x.pdf", depth=3)) == list(pdf.iter_pages(data, "x.pdf"))


def test_prefetch_stops_when_the_consumer_stops_early() -> None:
    pages = pdf.iter_pages_prefetched(_pdf(50), "x.pdf", depth=2)
    assert "Page 1 " in next(pages)
    pages.close()  # must not hang waiting for the worker


def test_prefetch_reraises_reader_errors() -> None:
    with pytest.raises(CorruptFile):
        list(pdf.iter_pages_prefetched(b"%PDF-1.4 not really a pdf", "bad.pdf"))


def test_each_page_is_handed_over_between_loading_the_next_and_building_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The caller must be woken just before the slow call (building the text page), so that it
    # cleans page n while pdfium works on page n + 1 without the interpreter lock.
    events: list[str] = []
    load = pdf.pdfium.PdfDocument.__getitem__
    build = pdf._page_text

    def loading(self: object, index: int) -> object:
        events.append(f"load {index}")
        return load(self, index)  # type: ignore[arg-type]

    def building(page: object) -> str:
        events.append("build")
        return build(page)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf.pdfium.PdfDocument, "__getitem__", loading)
    monkeypatch.setattr(pdf, "_page_text", building)
    handed: list[str] = []

    def hand_over(text: str) -> bool:
        events.append("hand")
        handed.append(text)
        return True

    assert pdf._read_ahead(_pdf(3), "x.pdf", hand_over) is True
    assert events == ["load 0", "build", "load 1", "hand", "build", "load 2", "hand", "build", "hand"]
    assert [f"Page {n} " in text for n, text in enumerate(handed, start=1)] == [True, True, True]
