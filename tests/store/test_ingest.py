"""Ingest is idempotent, transactional and stores evidence for every record, on both backends."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.contract import Evidence, TextFinding
from oversight.errors import MissingEvidence
from oversight.pipeline import extract_file
from oversight.store import models as m
from oversight.store.db import session_scope
from oversight.store.ingest import ingest_file, ingest_paths
from oversight.store.write import DocumentWriter


def _row_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in m.Base.metadata.sorted_tables
                if t.name != "alembic_version"}


def test_ingesting_twice_inserts_nothing_the_second_time(engine: Engine, seeds: list[Path]) -> None:
    first = ingest_paths(engine, [seeds[0].parent])
    assert first.count("inserted") == len(seeds) == 5
    before = _row_counts(engine)
    second = ingest_paths(engine, [seeds[0].parent])
    assert second.count("unchanged") == 5 and second.count("inserted") == 0
    assert _row_counts(engine) == before


def test_every_stored_record_has_evidence_that_matches_the_document_text(engine: Engine, seeds: list[Path]) -> None:
    ingest_paths(engine, seeds)
    with Session(engine) as s:
        for ev, doc_text in s.execute(select(m.Evidence, m.Document.text).join(m.Document)).all():
            assert ev.quote and doc_text[ev.start:ev.end] == ev.quote
            assert ev.page >= 1
        for model in m.RECORD_TABLES:
            orphans = s.scalar(select(func.count()).select_from(model).where(model.evidence_id.is_(None)))
            assert orphans == 0, model.__tablename__


def test_a_failure_half_way_through_a_file_leaves_the_database_unchanged(engine: Engine, seeds: list[Path]) -> None:
    ingest_file(engine, seeds[0])
    before = _row_counts(engine)
    extraction, text = extract_file(seeds[2])
    bad = Evidence(page=1, start=0, end=10, quote="not the text at these offsets")
    good = text.evidence(0, 40)
    last = extraction.papers[-1]
    extraction.papers[-1] = replace(last, areas_for_improvement=[TextFinding("fine", good), TextFinding("bad", bad)])
    with pytest.raises(MissingEvidence, match=r"002_0c8c5ddada58887e\.txt, page 1"), session_scope(engine) as s:
        DocumentWriter(s, extraction, text).write()
    assert _row_counts(engine) == before


def test_a_record_without_a_quote_is_refused(engine: Engine, seeds: list[Path]) -> None:
    extraction, text = extract_file(seeds[3])
    extraction.papers[0].areas_for_improvement.append(TextFinding("x", Evidence(page=1, start=5, end=5, quote="")))
    with pytest.raises(MissingEvidence, match="has no evidence quote"), session_scope(engine) as s:
        DocumentWriter(s, extraction, text).write()
    assert _row_counts(engine)["document"] == 0


def test_a_bad_file_among_good_ones_fails_alone(engine: Engine, seeds: list[Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    (tmp_path / "good.txt").write_text(seeds[3].read_text())
    summary = ingest_paths(engine, [tmp_path])
    statuses = {Path(o.path).name: o.status for o in summary.outcomes}
    assert statuses == {"broken.pdf": "failed", "good.txt": "inserted"}
    assert "broken.pdf" in summary.failed[0].message
    assert _row_counts(engine)["document"] == 1
