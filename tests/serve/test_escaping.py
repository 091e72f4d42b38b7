"""Untrusted text from papers is always shown as text: a ``<script>`` in a paper never runs."""

from __future__ import annotations

from tests.serve.audit import AuditedClient
from tests.serve.register import HOSTILE, HOSTILE_ESCAPED, Built

RAW = ("<script>alert(", "<img src=x")


def _assert_escaped(client: AuditedClient, url: str) -> None:
    html = client.get(url).text
    assert HOSTILE_ESCAPED in html, f"{url} does not show the hostile text"
    for raw in RAW:
        assert raw not in html, f"{url} contains unescaped {raw!r}"


def test_pages_that_show_hostile_text_escape_it(client: AuditedClient, built: Built) -> None:
    report = built.documents["report"]
    for url in (f"/documents/{report}", f"/documents/{report}/pages/1", f"/findings/{built.findings['afi2']}",
                f"/meetings/{built.meetings['june']}", "/deliverables", "/documents", "/",
                "/findings?force=Exampleshire+Constabulary&kind=area_for_improvement",
                f"/documents/{built.documents['minutes']}", "/search?q=alert+owned"):
        _assert_escaped(client, url)


def test_a_hostile_paper_through_real_ingest_is_escaped_on_its_pages(client: AuditedClient) -> None:
    documents = client.client.get("/api/v1/documents").json()
    hostile = [d for d in documents if d["source"] == "hostile-paper.txt"]
    assert hostile, "the hostile paper was not ingested"
    doc = hostile[0]["id"]
    _assert_escaped(client, f"/documents/{doc}/pages/1")
    assert "onerror=alert(1)" in client.get(f"/documents/{doc}/pages/1").text.replace("&#34;", '"')


def test_no_page_in_the_crawl_carries_raw_markup_from_a_paper(client: AuditedClient) -> None:
    client.get("/")
    client.get("/search?q=alert")
    client.check_links()
    for url in client.pages:
        html = client.client.get(url).text
        assert HOSTILE not in html and "<img src=x" not in html, url


def test_json_twins_carry_the_text_verbatim(client: AuditedClient, built: Built) -> None:
    body = client.client.get(f"/api/v1/findings/{built.findings['afi2']}").json()
    assert HOSTILE in body["text"]
