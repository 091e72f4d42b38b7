"""Every page type renders from the register, passes the audit, and says what it should."""

from __future__ import annotations

from tests.serve.audit import AuditedClient
from tests.serve.register import FORCE, Built


def test_every_page_reached_from_home_passes_the_audit(client: AuditedClient) -> None:
    assert client.get("/").status_code == 200
    client.check_links()
    kinds = {url.split("?")[0].split("/")[1] for url in client.pages}
    assert {"documents", "findings", "meetings", "deliverables", "search"} <= kinds
    assert len(client.pages) > 20


def test_finding_page_highlights_its_quote_in_context_and_links_to_the_source_page(
        client: AuditedClient, built: Built) -> None:
    page = client.get(f"/findings/{built.findings['afi1']}")
    assert page.status_code == 200
    html = page.text
    assert "<mark class=\"app-mark\">The force should make sure that investigations are supervised" in html
    assert f"{FORCE} requires improvement at investigating crime." in html  # the context before the quote
    source = client.pages[f"/findings/{built.findings['afi1']}"]
    page_of_source = f"/documents/{built.documents['report']}/pages/1#"
    source_links = [link for link in source.links if link.startswith(page_of_source)]
    assert source_links, "no link to the page of the source"
    client.check_links()


def test_finding_page_shows_responses_recurrences_and_statutory_dates(client: AuditedClient, built: Built) -> None:
    html = client.get(f"/findings/{built.findings['rec1']}").text
    assert "The force has introduced a victim update policy." in html
    assert "Response to an inspection report published in time" in html
    assert "Published 16 days after the 56-day limit." in html
    recurring = client.get(f"/findings/{built.findings['afi1']}").text
    assert f'href="/findings/{built.findings["old"]}"' in recurring
    assert "Same finding again" in recurring
    # A link is shown from both of its ends.
    assert f'href="/findings/{built.findings["afi1"]}"' in client.get(f"/findings/{built.findings['old']}").text


def test_register_filters_by_force_kind_year_and_status(client: AuditedClient) -> None:
    body = client.client.get("/api/v1/findings", params={"force": FORCE, "kind": "recommendation"}).json()
    assert body["total"] == 2
    assert {r["number"] for r in body["results"]} == {"1", "2"}
    assert client.client.get("/api/v1/findings", params={"year": "2021"}).json()["total"] >= 1
    assert all(r["paper_date"].startswith("2021")
               for r in client.client.get("/api/v1/findings", params={"year": "2021"}).json()["results"])
    closed = client.client.get("/api/v1/findings", params={"status": "closed"}).json()
    assert closed["total"] >= 1 and all(r["status"] == "closed" for r in closed["results"])
    html = client.get("/findings?kind=cause_of_concern&force=" + FORCE.replace(" ", "+")).text
    assert "The force does not understand demand." in html


def test_register_pages_and_sorts(client: AuditedClient) -> None:
    first = client.client.get("/api/v1/findings", params={"sort": "due"}).json()
    assert first["page_size"] == 3 and first["page_count"] > 1 and first["links"]["next"]
    dues = [r["due"] for r in first["results"] if r["due"]]
    assert dues == sorted(dues) and len(dues) == 2
    seen: set[int] = set()
    for number in range(1, first["page_count"] + 1):
        page = client.client.get("/api/v1/findings", params={"page": number}).json()
        seen.update(r["id"] for r in page["results"])
    assert len(seen) == first["total"]
    newest = client.client.get("/api/v1/findings").json()["results"]
    dated = [r["paper_date"] for r in newest if r["paper_date"]]
    assert dated == sorted(dated, reverse=True)
    assert client.get("/findings?page=2&sort=force").status_code == 200


def test_bad_filter_values_show_the_register_not_an_error(client: AuditedClient) -> None:
    for query in ("year=20x3", "page=-1", "page=99999999999", "kind=nonsense", "sort=;drop", "status=%00"):
        assert client.get(f"/findings?{query}").status_code == 200, query


def test_meeting_page_shows_attendance_questions_decisions_and_actions(client: AuditedClient, built: Built) -> None:
    html = client.get(f"/meetings/{built.meetings['june']}").text
    for expected in ("Councillor A Smith", "Apologies", "How are victims kept informed?", "Noted",
                     "Circulate the victim survey results.", "None declared"):
        assert expected in html, expected
    listing = client.get("/meetings").text
    assert f'href="/meetings/{built.meetings["june"]}"' in listing


def test_deliverables_are_grouped_by_status_with_their_updates(client: AuditedClient) -> None:
    html = client.get("/deliverables").text
    assert html.index("Completed (") < html.index("Current (")
    assert "Hub opened in March." in html


def test_document_shows_every_record_with_its_quote_and_its_text_page_by_page(
        client: AuditedClient, built: Built) -> None:
    doc_id = built.documents["report"]
    html = client.get(f"/documents/{doc_id}").text
    records = client.client.get(f"/api/v1/documents/{doc_id}").json()["papers"][0]["records"]
    assert sum(len(rows) for rows in records.values()) == 8  # five findings and three grades
    assert html.count('<blockquote class="app-quote govuk-body">') == 8
    page2 = client.get(f"/documents/{doc_id}/pages/2").text
    assert "Within twelve months, the force should review its call-handling procedures." in page2
    assert "investigations are supervised" not in page2  # page 1's text stays on page 1
    assert client.get(f"/documents/{doc_id}/pages/3").status_code == 404
    assert client.get(f"/documents/{doc_id}/pages/0").status_code == 404


def test_home_lists_what_is_overdue_and_due_next(client: AuditedClient, built: Built) -> None:
    html = client.get("/").text
    overdue, due_next = html.split("Falling due next")
    assert f'href="/findings/{built.findings["rec1"]}"' in overdue
    assert "Circulate the victim survey results." in overdue
    assert f'href="/findings/{built.findings["rec2"]}"' in due_next


def test_missing_things_are_404_pages_in_the_house_style(client: AuditedClient) -> None:
    for url in ("/findings/999999", "/meetings/999999", "/documents/999999", "/findings/abc", "/no-such-page"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page not found" in response.text
    assert client.client.get("/api/v1/findings/999999").json() == {"detail": "No such finding"}


def test_every_json_twin_is_advertised_in_the_openapi_schema(client: AuditedClient) -> None:
    schema = client.client.get("/api/v1/openapi.json").json()
    paths = set(schema["paths"])
    for path in ("/api/v1/findings", "/api/v1/findings/{finding_id}", "/api/v1/meetings",
                 "/api/v1/meetings/{meeting_id}", "/api/v1/deliverables", "/api/v1/documents",
                 "/api/v1/documents/{document_id}", "/api/v1/documents/{document_id}/pages/{number}",
                 "/api/v1/search", "/api/v1/"):
        assert path in paths, path
    assert not any(p == "/findings" for p in paths)  # HTML pages stay out of the API schema


def test_statutory_calendar_lists_deadlines_by_status_with_their_subject(client: AuditedClient, built: Built) -> None:
    html = client.get("/deadlines").text
    row = html.split("Response to an inspection report published in time", 1)[1].split("</tr>", 1)[0]
    assert f'href="/findings/{built.findings["rec1"]}"' in row and "Not met" in row
    assert "Published 16 days after" in client.get("/deadlines?status=not_met").text
    assert "Published 16 days after" not in client.get("/deadlines?status=met").text
    rows = client.client.get("/deadlines.csv?status=not_met").text
    assert "s55(5A)" in rows and "Published 16 days after" in rows
