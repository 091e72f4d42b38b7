"""Properties of the compliance report and links over the bundled seed papers (as the extractors read them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from oversight.rules import evaluate
from oversight.store import models as m
from oversight.store.db import open_database
from oversight.store.ingest import ingest_paths
from tests.conftest import SEEDS

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One SQLite register of the seeds for the whole module (ingest is the slow part)."""
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'seeds.sqlite3'}")
    ingest_paths(engine, sorted(SEEDS.glob("*.txt")))
    yield engine
    engine.dispose()


def test_every_quoted_recommendation_in_an_s55_response_gets_a_5b_verdict(seeded: Engine) -> None:
    engine = seeded
    with Session(engine) as s:
        quoted = set(s.scalars(select(m.Finding.id).join(m.Paper).where(
            m.Paper.kind == "s55_response", m.Finding.kind == "recommendation")))
    verdicts = {e.subject_id: e for e in evaluate(engine, TODAY) if e.rule == "s55-5B"}
    assert quoted, "the seeds hold an s55 response quoting recommendations"
    assert quoted <= set(verdicts)
    for finding_id in quoted:
        verdict = verdicts[finding_id]
        assert verdict.status in {"met", "not_met", "cannot_tell"}
        assert verdict.evidence and verdict.evidence[0].quote


def test_precept_report_is_judged_against_the_8_february_deadline(seeded: Engine) -> None:
    engine = seeded
    reports = [e for e in evaluate(engine, TODAY) if e.rule == "precept-report"]
    assert reports
    for e in reports:
        assert e.due == date(e.subject_id, 2, 8)
        if e.met_on is not None:
            assert e.status == ("met" if e.met_on <= e.due else "overdue")
            assert e.evidence and any(str(e.met_on.day) in p.quote for p in e.evidence)
    assert any(e.subject == "precept 2023/24" and e.met_on == date(2023, 2, 2) and e.status == "met"
               for e in reports)


def test_seed_links_join_same_force_findings_and_carry_true_evidence(seeded: Engine) -> None:
    engine = seeded
    with Session(engine) as s:
        links = list(s.scalars(select(m.Link)))
        assert any(link.kind == "recurs" for link in links)
        for link in links:
            if link.evidence_id is not None:
                ev = s.get(m.Evidence, link.evidence_id)
                doc = s.get(m.Document, ev.document_id) if ev else None
                assert ev is not None and doc is not None and doc.text[ev.start:ev.end] == ev.quote
            if link.kind == "recurs":
                a, b = s.get(m.Finding, link.from_id), s.get(m.Finding, link.to_id)
                assert a is not None and b is not None and a.paper_id != b.paper_id
            if link.kind == "repeats_earlier":
                ev = s.get(m.Evidence, link.evidence_id)
                assert ev is not None and str(link.to_id) in ev.quote
