"""The findings register's queries: one finding with its context and related records, and counts that
follow every edit at once (the register page keeps them between requests)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from oversight.store import models as m
from oversight.store import queries_findings as qf

FILLER = "The inspectorate examined how the force works with its partners. " * 12  # over 500 characters
SENTENCES = [
    "The force should improve how it supervises investigations.",
    "Recommendation 1: By 31 March 2025, the force should review how it records crime.",
    "The force should make sure that it safeguards vulnerable people.",
]


def _register(engine: Engine) -> list[int]:
    """Two reports (two forces, two years), three findings; the first finding has a response, a
    link and a statutory date, the others have none.  Returns the finding ids."""
    text = FILLER + "\n\n".join(SENTENCES) + "\n\nEnd of the report."
    ids: list[int] = []
    with Session(engine) as s, s.begin():
        for n, (force, year) in enumerate((("Kestor Police", 2023), ("Lowmoor Constabulary", 2024))):
            doc = m.Document(sha256=f"{n:064d}", source=f"report-{n}.pdf", media_type="application/pdf",
                             kind="peel_report", title=f"PEEL {force}", published_on=date(year, 5, 1),
                             page_count=1, text=text, page_starts=[0])
            paper = m.Paper(document=doc, seq=1, kind="peel_report", title=f"PEEL {force}", start=0, end=len(text),
                            first_page=1, last_page=1, force=force, document_date=date(year, 5, 1))
            s.add_all([doc, paper])
            s.flush()
            kinds = ["area_for_improvement", "recommendation", "area_for_improvement"][: 2 if n else 3]
            for sentence, kind in zip(SENTENCES, kinds, strict=False):
                start = text.index(sentence)
                evidence = m.Evidence(document_id=doc.id, paper_id=paper.id, page=1, start=start,
                                      end=start + len(sentence), quote=sentence)
                s.add(evidence)
                s.flush()
                finding = m.Finding(paper_id=paper.id, evidence_id=evidence.id, kind=kind, text=sentence,
                                    addressees=["Chief Constable"], status="open")
                s.add(finding)
                s.flush()
                ids.append(finding.id)
        first = s.get(m.Finding, ids[0])
        assert first is not None
        response_evidence = m.Evidence(document_id=1, paper_id=first.paper_id, page=1, start=0, end=20,
                                       quote=text[:20])
        s.add(response_evidence)
        s.flush()
        response = m.Response(paper_id=first.paper_id, evidence_id=response_evidence.id, finding_id=ids[0],
                              responder="Police and Crime Commissioner", text="Work has begun on supervision.")
        s.add(response)
        s.flush()
        s.add_all([
            m.Link(from_type="finding", from_id=ids[3], to_type="finding", to_id=ids[0], kind="recurrence",
                   score=0.9, reason="The same area for improvement again."),
            m.Link(from_type="finding", from_id=ids[0], to_type="response", to_id=response.id, kind="responded_to",
                   score=0.5, reason="The commissioner's response."),
            m.Link(from_type="finding", from_id=ids[0], to_type="finding", to_id=99_999, kind="recurrence",
                   score=0.7, reason="A record since removed."),
            m.Deadline(rule="s55_response", subject_type="finding", subject_id=ids[0], due=date(2023, 7, 1),
                       status="open", reason="56 days after publication."),
        ])
    return ids


def test_a_finding_comes_with_its_context_and_related_records(engine: Engine) -> None:
    ids = _register(engine)
    detail = qf.finding_detail(engine, ids[0])
    assert detail is not None
    assert detail.row.quote == SENTENCES[0] and detail.row.force == "Kestor Police"
    assert detail.addressees == ["Chief Constable"]
    assert detail.context_before.endswith("with its partners. ") and detail.context_before.startswith("…")
    assert len(detail.context_before) <= qf.CONTEXT_CHARS + 1
    assert detail.context_after.startswith("\n\nRecommendation 1:")
    assert [resp.text for resp, _ in detail.responses] == ["Work has begun on supervision."]
    assert [(link.record_type, link.record_id, link.document_id, link.summary) for link in detail.links] == [
        ("finding", ids[3], 2, SENTENCES[0]), ("response", detail.responses[0][0].id, 1,
                                               "Work has begun on supervision.")], "by score; the dangling link skipped"
    assert [d.rule for d in detail.deadlines] == ["s55_response"]


def test_a_finding_without_related_records_has_empty_lists(engine: Engine) -> None:
    ids = _register(engine)
    detail = qf.finding_detail(engine, ids[1])
    assert detail is not None
    assert detail.row.kind == "recommendation"
    assert (detail.responses, detail.links, detail.deadlines) == ([], [], [])
    linked_from = qf.finding_detail(engine, ids[3])
    assert linked_from is not None and [link.record_id for link in linked_from.links] == [ids[0]]
    assert qf.finding_detail(engine, 10_000) is None


def test_counts_and_facets_follow_an_audited_edit_at_once(engine: Engine) -> None:
    ids = _register(engine)
    before = qf.select_findings(engine, qf.FindingFilters(status="closed"))
    assert before.total == 0 and before.rows == []
    with Session(engine) as s, s.begin():  # what oversight.review does: change the row, audit the change
        s.execute(update(m.Finding).where(m.Finding.id == ids[2]).values(status="closed"))
        s.add(m.AuditEntry(username="ada", action="status", record_type="finding", record_id=ids[2],
                           reason="Closed at the panel."))
    after = qf.select_findings(engine, qf.FindingFilters(status="closed"))
    assert after.total == 1 and [r.id for r in after.rows] == [ids[2]]
    assert {f.value: f.count for f in after.facets["status"]} == {"closed": 1, "open": 4}
    assert {f.value: f.count for f in after.facets["force"]} == {"Kestor Police": 1}


def test_facets_count_with_the_other_filters_and_survive_callers_changing_them(engine: Engine) -> None:
    _register(engine)
    filters = qf.FindingFilters(force="Lowmoor Constabulary", kind="recommendation")
    first = qf.select_findings(engine, filters)
    assert first.total == 1
    assert {f.value: f.count for f in first.facets["force"]} == {"Kestor Police": 1, "Lowmoor Constabulary": 1}
    assert {f.value: f.count for f in first.facets["kind"]} == {"area_for_improvement": 1, "recommendation": 1}
    assert {f.value: f.count for f in first.facets["year"]} == {"2024": 1}
    first.facets["force"].clear()
    second = qf.select_findings(engine, filters)
    assert len(second.facets["force"]) == 2, "a caller's change reached the counts kept for the next request"


def test_every_sort_pages_through_every_finding_once(engine: Engine) -> None:
    ids = _register(engine)
    for sort in qf.SORTS:
        seen = [r.id for page in (1, 2, 3) for r in qf.select_findings(engine, qf.FindingFilters(sort=sort),
                                                                         page, page_size=2).rows]
        assert sorted(seen) == sorted(ids), sort
    newest = [r.id for r in qf.select_findings(engine, qf.FindingFilters(sort="-date")).rows]
    assert newest[:2] == [ids[4], ids[3]], "the 2024 report's findings come first, latest first"


def test_a_burst_of_requests_reads_the_counts_once(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """At start or after an edit, concurrent requests wait for one reading instead of each scanning
    every finding (twenty at once took seconds on a 100,000-finding register)."""
    _register(engine)
    reads = []
    real = qf._read_cube

    def counted(s: Session) -> list[Any]:
        reads.append(1)
        time.sleep(0.2)  # long enough for every thread to arrive while the first is still reading
        return real(s)

    monkeypatch.setattr(qf, "_read_cube", counted)
    monkeypatch.setattr(qf, "_cubes", qf._CubeCache())
    with ThreadPoolExecutor(8) as pool:
        totals = list(pool.map(lambda _: qf.select_findings(engine, qf.FindingFilters()).total, range(8)))
    assert totals == [5] * 8 and len(reads) == 1
