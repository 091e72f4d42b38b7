"""Properties of the panel records over the real seed papers (not their answers): evidence quotes the
cleaned text exactly, values come from the vocabularies, forward plans run in date order."""

from __future__ import annotations

import time

import pytest

from oversight.contract import Paper
from oversight.extract.common.dates import extract_dates
from oversight.extract.common.statutes import extract_statutory_references
from oversight.extract.panel import EXTRACTORS
from oversight.pipeline import extract_file
from oversight.samples import PAPERS
from oversight.text import CleanText, PaperText
from oversight.vocab import DECISION_TYPES, DELIVERABLE_STATUSES

SEEDS = PAPERS  # the seed papers, as shipped in the package


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed papers not available")
def test_every_panel_record_quotes_the_cleaned_text_and_uses_the_vocabularies() -> None:
    seen = 0
    for path in sorted(SEEDS.glob("*.txt")):
        result, doc = extract_file(path)
        for paper in result.papers:
            evidence = [x.evidence for x in paper.decisions] + [x.evidence for x in paper.questions]
            evidence += [x.evidence for x in paper.actions] + [x.evidence for x in paper.deliverables]
            evidence += [x.evidence for x in paper.forward_plan]
            for ev in evidence:
                assert ev.quote == doc.text[ev.start : ev.end] and ev.quote.strip() == ev.quote
                assert paper.start <= ev.start and ev.end <= paper.end
                seen += 1
            assert all(d.type in DECISION_TYPES for d in paper.decisions)
            assert all(d.status in DELIVERABLE_STATUSES for d in paper.deliverables)
            assert all(d.target_start is None or d.target_start <= (d.target_end or "") for d in paper.deliverables)
            dates = [e.date for e in paper.forward_plan if e.date]
            assert dates == sorted(dates)
            assert all(e.items for e in paper.forward_plan)
            for q in paper.questions:
                assert q.asker is None or "Commissioner" not in q.asker
            if paper.meeting is not None and paper.meeting.evidence is not None:
                ev = paper.meeting.evidence
                assert ev.quote == doc.text[ev.start : ev.end]
    assert seen > 0


@pytest.mark.parametrize("text", [
    "A" * 100_000, " " * 100_000, "Councillor Xy asked " * 2_500, "1.1 " * 12_500,
    "for the Commissioner Of The " * 2_000, "Police Act " * 5_000, "RESOLVED that " * 3_500, "Aa\n\n" * 12_500,
])
def test_long_repetitive_lines_do_not_hang(text: str) -> None:
    fns = {fn for fns in EXTRACTORS.values() for fn in fns} | {extract_statutory_references, extract_dates}
    paper = PaperText(CleanText(text), 0, len(text))
    started = time.monotonic()
    for kind in ("panel_minutes", "other"):
        record = Paper(kind=kind, start=0, end=len(text), pages=[1])
        for fn in fns:
            fn(paper, record)
    assert time.monotonic() - started < 10
