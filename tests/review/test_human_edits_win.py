"""Re-extracting a document never overwrites a person's correction, rejection or status change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from oversight.accounts.users import add_user
from oversight.review import decisions
from oversight.review.audit import history
from oversight.review.status import set_status, status_history
from oversight.store import models as m
from oversight.store.ingest import ingest_paths
from oversight.store.reextract import reextract_document


def _findings(engine: Engine, kind: str = "area_for_improvement") -> list[m.Finding]:
    with Session(engine) as s:
        return list(s.scalars(select(m.Finding).where(m.Finding.kind == kind).order_by(m.Finding.id)))


@pytest.fixture
def register(engine: Engine, seeds: list[Path]) -> Engine:
    peel = next(p for p in seeds if p.name.startswith("002_"))
    assert ingest_paths(engine, [peel]).count("inserted") == 1
    assert len(_findings(engine)) >= 3, "the PEEL seed should yield areas for improvement"
    return engine


def test_corrections_rejections_and_statuses_survive_reextraction(register: Engine, seeds: list[Path]) -> None:
    engine = register
    editor = add_user(engine, "editor1", "a long enough passphrase", "editor").actor
    first, second, third = _findings(engine)[:3]
    before_count = len(_findings(engine))
    decisions.correct(engine, editor, "finding", first.id, {"text": "Corrected by a person."}, "typo in source")
    decisions.reject(engine, editor, "finding", second.id, "not an area for improvement")
    set_status(engine, editor, "finding", third.id, "in_progress", date(2024, 5, 1), note="plan agreed")

    outcome = reextract_document(engine, _document_id(engine, first.paper_id))
    assert outcome.kept == 3

    after = {f.id: f for f in _findings(engine)}
    assert after[first.id].text == "Corrected by a person."
    assert second.id in after and third.id in after
    assert after[third.id].status == "in_progress"
    # No fresh copy of a touched record beside it: the count is what it was.
    assert len(after) == before_count
    assert [c.status for c in status_history(engine, "finding", third.id)] == ["in_progress"]
    with Session(engine) as s:
        states = dict(s.execute(select(m.Review.record_id, m.Review.state)).all())
        assert states[first.id] == "corrected" and states[second.id] == "rejected"
        for ev, doc_text in s.execute(select(m.Evidence, m.Document.text).join(m.Document)).all():
            assert doc_text[ev.start:ev.end] == ev.quote
    actions = [e.action for e in history(engine, "finding")]
    assert {"correct", "review_rejected", "status"} <= set(actions)

    # Ingesting the same file again changes nothing either.
    peel = next(p for p in seeds if p.name.startswith("002_"))
    assert ingest_paths(engine, [peel]).count("unchanged") == 1
    assert _findings(engine)[0].text == "Corrected by a person."


def test_a_split_and_a_merge_survive_reextraction(register: Engine) -> None:
    engine = register
    editor = add_user(engine, "editor2", "a long enough passphrase", "editor").actor
    first, second, third = _findings(engine)[:3]
    before_count = len(_findings(engine))
    ids = decisions.split(engine, editor, "finding", first.id, ["The first half.", "The second half."])
    decisions.merge(engine, editor, "finding", second.id, [third.id])
    assert len(_findings(engine)) == before_count + 1

    reextract_document(engine, _document_id(engine, first.paper_id))

    after = {f.id: f for f in _findings(engine)}
    assert len(after) == before_count + 1, "the unsplit record must not come back beside its parts"
    assert [after[i].text for i in ids] == ["The first half.", "The second half."]
    with Session(engine) as s:
        states = dict(s.execute(select(m.Review.record_id, m.Review.state)).all())
        assert states[second.id] == "accepted" and states[third.id] == "rejected"
        quotes = {s.scalar(select(m.Evidence.quote).where(m.Evidence.id == after[i].evidence_id)) for i in ids}
        assert len(quotes) == 1 and first.text.split()[0] in quotes.pop()


def _document_id(engine: Engine, paper_id: int) -> int:
    with Session(engine) as s:
        paper = s.get(m.Paper, paper_id)
        assert paper is not None
        return paper.document_id


def test_reextraction_without_edits_rebuilds_the_same_records(register: Engine) -> None:
    engine = register
    before = sorted((f.kind, f.text) for f in _findings(engine))
    doc_id = _document_id(engine, _findings(engine)[0].paper_id)
    reextract_document(engine, doc_id)
    assert sorted((f.kind, f.text) for f in _findings(engine)) == before
    with Session(engine) as s:
        seqs = list(s.scalars(select(m.Paper.seq).where(m.Paper.document_id == doc_id).order_by(m.Paper.seq)))
        assert seqs == list(range(1, len(seqs) + 1))
        assert s.scalar(select(func.count()).select_from(m.Evidence)) >= len(before)


def test_the_audit_log_refuses_updates_and_deletes(register: Engine) -> None:
    engine = register
    add_user(engine, "someone", "another long passphrase", "viewer")
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(update(m.AuditEntry).values(reason="rewritten"))
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry"))
    assert len(history(engine)) == 1


def test_review_decisions_need_a_signed_in_user_and_a_reason(register: Engine) -> None:
    from oversight.accounts.users import COMMAND_LINE

    engine = register
    finding = _findings(engine)[0]
    with pytest.raises(decisions.ReviewError, match="signed-in"):
        decisions.accept(engine, COMMAND_LINE, "finding", finding.id)
    editor = add_user(engine, "editor2", "yet another passphrase", "editor").actor
    with pytest.raises(decisions.ReviewError, match="Say why"):
        decisions.reject(engine, editor, "finding", finding.id, "  ")
    with pytest.raises(decisions.ReviewError, match="cannot be corrected"):
        decisions.correct(engine, editor, "finding", finding.id, {"evidence_id": 1})
    assert (("finding", finding.id) in decisions.pending(engine, "finding"))
    decisions.accept(engine, editor, "finding", finding.id)
    assert (("finding", finding.id) not in decisions.pending(engine, "finding"))
