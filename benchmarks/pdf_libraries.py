"""Measure candidate PDF text libraries on the same multi-page PDF: speed and reading order.

Run: .venv/bin/python benchmarks/pdf_libraries.py [PAGES]
(needs the optional extra: pip install -e '.[bench]', which adds pypdf and pdfplumber)

The PDF is built with reportlab from the sample papers, in two layouts: one column, and two
columns per page (the left column's lines first), so reading order can be scored as the share of the
source's word sequence each library reproduces in order (difflib ratio over word lists).
"""

from __future__ import annotations

import difflib
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

SAMPLES = Path(__file__).resolve().parents[1] / "oversight" / "samples" / "papers"
LINES_PER_COLUMN = 55


def source_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            safe = line.encode("latin-1", "ignore").decode("latin-1").strip()
            lines.extend(textwrap.wrap(safe, 44))
    return lines


def build(path: Path, pages: int, columns: int) -> list[str]:
    """Write the PDF; returns the words in the order a reader should see them."""
    lines = source_lines()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    expected: list[str] = []
    cursor = 0
    for _ in range(pages):
        for column in range(columns):
            x = 40 + column * 270
            y = A4[1] - 50
            for _ in range(LINES_PER_COLUMN):
                line = lines[cursor % len(lines)]
                cursor += 1
                pdf.setFont("Helvetica", 9)
                pdf.drawString(x, y, line)
                expected.extend(line.split())
                y -= 13
        pdf.showPage()
    pdf.save()
    return expected


def with_pypdfium2(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    out: list[str] = []
    doc = pdfium.PdfDocument(str(path))
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return out


def with_pypdf(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def with_pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    out: list[str] = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            out.append(page.extract_text() or "")
            page.close()
    return out


LIBRARIES: dict[str, Callable[[Path], list[str]]] = {
    "pypdfium2": with_pypdfium2,
    "pypdf": with_pypdf,
    "pdfplumber": with_pdfplumber,
}


def main() -> None:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(f"{'library':12} {'layout':10} {'pages/s':>9} {'order':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for columns in (1, 2):
            path = Path(tmp) / f"cols{columns}.pdf"
            expected = build(path, pages, columns)
            for name, read in LIBRARIES.items():
                try:
                    start = time.perf_counter()
                    text = read(path)
                    elapsed = time.perf_counter() - start
                except ImportError:
                    print(f"{name:12} not installed (pip install -e '.[bench]')")
                    continue
                words = " ".join(text).split()
                order = difflib.SequenceMatcher(None, expected, words, autojunk=False).ratio()
                print(f"{name:12} {columns} column{'s' if columns > 1 else ' '} {pages / elapsed:9.0f} {order:7.3f}")


if __name__ == "__main__":
    main()
