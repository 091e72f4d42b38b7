"""Whatever is typed into search gives results or a clear message, never a server error."""

from __future__ import annotations

import pytest

from oversight.store.search import query_terms
from tests.serve.audit import AuditedClient

AWKWARD = [
    '"', '""', '"unbalanced', "a AND", "OR OR OR", "NOT", "NEAR(a b", "force*", "*", "col:force", "^force",
    "'; DROP TABLE finding; --", "(", ")", "{}", "a - b", "x" * 10_000, "supervision " * 2_000, "\x00", "💥",
    "%", "_", "\\", "<script>", "force NEAR/2 victims", "title:supervision", "-force",
]


@pytest.mark.parametrize("query", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_queries_never_fail(client: AuditedClient, query: str) -> None:
    page = client.get("/search", params={"q": query})
    assert page.status_code == 200
    api = client.client.get("/api/v1/search", params={"q": query})
    assert api.status_code == 200
    body = api.json()
    if query.strip() and not query_terms(query):
        assert "Enter words or numbers" in body["message"]
    assert isinstance(body["results"], list)


def test_punctuation_only_gets_a_message(client: AuditedClient) -> None:
    html = client.get("/search", params={"q": '"()*'}).text
    assert 'id="search-message"' in html and "Enter words or numbers" in html


def test_very_long_query_is_cut_and_says_so(client: AuditedClient) -> None:
    body = client.client.get("/api/v1/search", params={"q": "supervision " * 2_000}).json()
    assert len(body["query"]) == 2000 and "first 2,000 characters" in body["message"]


def test_search_finds_records_highlights_hits_and_links_to_them(client: AuditedClient) -> None:
    html = client.get("/search", params={"q": "supervised"}).text
    assert "<mark>supervised</mark>" in html
    body = client.client.get("/api/v1/search", params={"q": "supervised", "type": "finding"}).json()
    assert body["results"] and all(r["record_type"] == "finding" for r in body["results"])
    assert all(r["url"].startswith("/findings/") for r in body["results"])


def test_quoted_phrases_and_sql_quotes_still_search(client: AuditedClient) -> None:
    body = client.client.get("/api/v1/search", params={"q": "\"victims' hub\""}).json()
    assert any("hub" in r["snippet"].lower() for r in body["results"])
