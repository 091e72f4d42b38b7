"""Every evidenced item, for every seed and every labelled excerpt, quotes the cleaned text at its offsets.

This is the register's promise: a reader can follow any record back to the exact characters it came
from.  It covers every record type, whichever extractor produced it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oversight.contract import EVIDENCED_LISTS, Evidence, Paper
from oversight.pipeline import extract_file, extract_text
from oversight.samples import PAPERS
from oversight.text import CleanText

SHARED = Path(__file__).resolve().parents[4] / "shared"
SEEDS = sorted(PAPERS.glob("*.txt"))  # the seed papers, as shipped in the package
EXCERPTS = sorted((SHARED / "corpus" / "excerpts").glob("*.json"))


def _evidences(paper: Paper) -> list[tuple[str, Evidence | None]]:
    out: list[tuple[str, Evidence | None]] = []
    for field in EVIDENCED_LISTS:
        for item in getattr(paper, field):
            out.append((field, getattr(item, "evidence", None)))
    return out


def _check(doc: CleanText, papers: list[Paper]) -> int:
    count = 0
    for paper in papers:
        for field, ev in _evidences(paper):
            assert ev is not None, f"{field} item without evidence"
            assert 0 <= ev.start <= ev.end <= len(doc.text), f"{field} evidence out of range"
            assert doc.text[ev.start : ev.end] == ev.quote, f"{field} quote differs from the text at its offsets"
            assert ev.quote.strip(), f"{field} evidence is empty"
            assert ev.page == doc.page_at(ev.start), f"{field} evidence on the wrong page"
            count += 1
    return count


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_evidence_quotes_the_cleaned_text(path: Path) -> None:
    result, doc = extract_file(path)
    assert _check(doc, result.papers) > 0


@pytest.mark.parametrize("path", EXCERPTS, ids=lambda p: p.name)
def test_excerpt_evidence_quotes_the_cleaned_text(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    result, doc = extract_text(case["text"])
    _check(doc, result.papers)
