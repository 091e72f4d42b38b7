"""Benchmark: plain PDF text extraction against Oversight's read + clean + split + classify.

One command, from the project root::

    .venv/bin/python benchmarks/run.py            # 500 pages, memory also at 1,000 pages
    .venv/bin/python benchmarks/run.py --pages 200 --memory-pages 200 400

It builds a PDF from the seed texts bundled with the package (reportlab, one text line per PDF line,
so the text layer looks like a real report's), then reports in one run:

* the time pypdfium2 takes to extract the text of every page and nothing else;
* the time Oversight takes to read the same file page by page, clean it, split it into papers and
  classify and describe every paper;
* their ratio (the target is 1.5 or less);
* peak Python memory (tracemalloc) of the Oversight run at two sizes, split into the output itself
  (the cleaned text, held twice for a moment while its pieces are joined; each paper's kind and
  metadata; the page map) and the rest, the working memory of the stream, which should not grow
  with the number of pages.  (The PDF's bytes
  are held while it is read and released before the peak, at the end.)

Times are the best of ``--repeat`` rounds, in which the plain extraction and Oversight take turns, so
a busy machine distorts them less and alike.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from oversight.pipeline import read_papers  # noqa: E402
from oversight.read.document import iter_pdf_pages  # noqa: E402

SEEDS = ROOT / "oversight" / "samples" / "papers"
LINES_PER_PAGE = 52
WRAP = 95


def seed_lines() -> list[str]:
    """The seed texts as printable lines (long lines wrapped as a word processor would)."""
    lines: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").split("\n"):
            raw = raw.rstrip().encode("cp1252", "replace").decode("cp1252")
            while len(raw) > WRAP:
                cut = raw.rfind(" ", 0, WRAP)
                cut = cut if cut > 20 else WRAP
                lines.append(raw[:cut])
                raw = raw[cut:].lstrip()
            lines.append(raw)
    return lines


def build_pdf(path: Path, pages: int) -> None:
    """A ``pages``-page PDF cycling through the seed texts, with a page number at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = seed_lines()
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    width, height = A4
    position = 0
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 9)
        y = height - 50
        for _ in range(LINES_PER_PAGE):
            c.drawString(45, y, lines[position % len(lines)])
            position += 1
            y -= 14.5
        c.drawString(width / 2, 25, str(number))
        c.showPage()
    c.save()


def plain_extraction(path: Path) -> int:
    """What any program must do: open the PDF and take every page's text."""
    document = pdfium.PdfDocument(str(path))
    total = 0
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            total += len(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return total


def oversight_run(path: Path) -> tuple[int, int, int]:
    """What ingest does before extracting records: :func:`oversight.pipeline.read_papers` over the
    pages as the PDF reader hands them over (extraction runs ahead in a thread; each paper is split
    off, classified and described as soon as the cleaned text settles where it ends).

    Returns the cleaned text's length and size in bytes, and the number of papers.
    """
    doc, papers = read_papers(iter_pdf_pages(path))
    return len(doc.text), sys.getsizeof(doc.text), len(papers)


def best_times(runs: list[Callable[[], object]], repeat: int) -> list[tuple[float, float]]:
    """Best wall-clock and best CPU time (all threads of the process) of each run over ``repeat`` rounds.

    The runs take turns within each round, so a change in the machine's load during the benchmark
    (other people's tests on a shared machine) reaches all of them alike instead of only the last.
    """
    best = [(float("inf"), float("inf"))] * len(runs)
    for _ in range(repeat):
        for index, run in enumerate(runs):
            gc.collect()
            started, started_cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
            best[index] = (min(best[index][0], wall), min(best[index][1], cpu))
    return best


def peak_memory(path: Path) -> tuple[int, int, int, int]:
    """Peak traced bytes of an Oversight run, the cleaned text's size, the size of the rest of the
    output (each paper's kind and metadata, the page map) and the PDF's size."""
    gc.collect()
    tracemalloc.start()
    doc, papers = read_papers(iter_pdf_pages(path))
    held, peak = tracemalloc.get_traced_memory()
    text_bytes = sys.getsizeof(doc.text)
    del doc, papers
    gc.collect()
    left, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, text_bytes, held - left - text_bytes, path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--memory-pages", type=int, nargs=2, default=(500, 1000))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / f"bench_{args.pages}.pdf"
        build_pdf(target, args.pages)
        (plain, plain_cpu), (full, full_cpu) = best_times(
            [lambda: plain_extraction(target), lambda: oversight_run(target)], args.repeat
        )
        chars, _, papers = oversight_run(target)
        ratio = full / plain
        print(f"PDF: {args.pages} pages, {target.stat().st_size / 1e6:.1f} MB, {chars:,} cleaned characters, "
              f"{papers} papers")
        print(f"plain pypdfium2 text extraction: {plain:.3f} s ({args.pages / plain:,.0f} pages/s)")
        print(f"read + clean + split + classify:  {full:.3f} s ({args.pages / full:,.0f} pages/s)")
        print(f"ratio: {ratio:.2f} (target <= 1.5)")
        print(f"CPU time (all threads): plain {plain_cpu:.3f} s, Oversight {full_cpu:.3f} s, "
              f"ratio {full_cpu / plain_cpu:.2f} (the wall-clock ratio is lower when a core is free for the reader)")
        print("peak memory of read + clean + split + classify (tracemalloc):")
        for pages in args.memory_pages:
            path = Path(tmp) / f"memory_{pages}.pdf"
            build_pdf(path, pages)
            peak, text_bytes, other_bytes, pdf_bytes = peak_memory(path)
            working = peak - 2 * text_bytes - other_bytes
            print(f"  {pages:>6} pages: peak {peak / 1e6:5.1f} MB = 2 x cleaned text {2 * text_bytes / 1e6:5.1f} MB"
                  f" + papers and page map {other_bytes / 1e6:4.2f} MB + working {working / 1e6:4.2f} MB"
                  f"   (PDF file {pdf_bytes / 1e6:.1f} MB)")
        print("  The cleaned text, the papers and the page map are the output; the text is held twice for a")
        print("  moment while its pieces are joined.  The working memory (the streaming state) should not")
        print("  grow with the number of pages.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
