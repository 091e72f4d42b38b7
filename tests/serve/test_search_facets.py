"""Search answers with counts by record type (facets) beside its highlighted snippets, the same on
SQLite (FTS5) and PostgreSQL (full-text search)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Engine

from oversight.store.search import count_by_type, search
from tests.serve.audit import AuditedClient
from tests.serve.register import build_register


def test_facets_count_every_type_whatever_type_is_chosen(client: AuditedClient) -> None:
    everything = client.client.get("/api/v1/search", params={"q": "supervised"}).json()
    facets = {f["value"]: f for f in everything["facets"]["type"]}
    assert {"finding", "paper"} <= set(facets)
    assert facets["finding"]["label"] == "Findings" and facets["paper"]["label"] == "Papers"
    assert everything["total"] == sum(f["count"] for f in facets.values())
    counts = [f["count"] for f in everything["facets"]["type"]]
    assert counts == sorted(counts, reverse=True)
    findings = client.client.get("/api/v1/search", params={"q": "supervised", "type": "finding"}).json()
    assert findings["facets"] == everything["facets"]
    assert findings["total"] == facets["finding"]["count"] == len(findings["results"])
    assert all("[[" in r["snippet"] for r in findings["results"])


def test_no_words_no_facets(client: AuditedClient) -> None:
    for query in ("", '"()*', "   "):
        body = client.client.get("/api/v1/search", params={"q": query}).json()
        assert body["facets"] == {"type": []} and body["total"] == 0


def test_counts_by_type_match_the_hits_on_every_backend(engine: Engine) -> None:
    build_register(engine)
    for query in ("supervised", "victims", "force", "report noted", "nothing-matches-this"):
        hits = search(engine, query, limit=1000)
        assert count_by_type(engine, query) == dict(Counter(h.record_type for h in hits)), query
    assert count_by_type(engine, "'; DROP TABLE finding; --") is not None
    assert count_by_type(engine, "***") == {}


def test_pages_of_equal_hits_never_repeat_or_skip_and_each_carries_its_snippet(engine: Engine) -> None:
    """Thirty entries that rank alike, read seven at a time: every one once, each highlighted."""
    from sqlalchemy.orm import Session

    from oversight.store import models as m

    build_register(engine)
    with Session(engine) as s, s.begin():
        document_id = s.query(m.Document.id).limit(1).scalar()
        s.add_all(m.SearchEntry(document_id=document_id, record_type="question", record_id=9000 + n,
                                title=f"Question {n}", body="Members asked about custody inspections again.")
                  for n in range(30))
    seen: list[int] = []
    for page in range(6):
        hits = search(engine, "custody inspections", limit=7, offset=7 * page, record_type="question")
        assert all(h.snippet.count("[[") == 2 for h in hits), hits
        seen += [h.record_id for h in hits]
    assert sorted(seen) == [9000 + n for n in range(30)]
    assert [h.record_id for h in search(engine, "custody inspections", limit=100)] == sorted(seen)
