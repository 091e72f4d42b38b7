"""Real PDFs made in the test run with reportlab: text layers, image-only pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def text_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF whose page ``i`` draws the lines ``pages[i]`` as text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = A4[1] - 50
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 14
            if y < 40:
                break
        pdf.showPage()
    pdf.save()
    return path


def image_only_pdf(path: Path, page_count: int = 2) -> Path:
    """A PDF with drawn shapes but no text layer, like a scan."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(page_count):
        pdf.rect(50, 50, 200, 300, fill=1)
        pdf.showPage()
    pdf.save()
    return path
