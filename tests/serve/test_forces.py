"""A force's page: grades by question and year (table and accessible chart), open and recurring
findings, and responses."""

from __future__ import annotations

from oversight.store.queries_forces import slug
from tests.serve.audit import AuditedClient
from tests.serve.register import FORCE, Built


def test_slugs_are_stable_and_url_safe() -> None:
    assert slug("Avon and Somerset Police") == "avon-and-somerset-police"
    assert slug("  Devon & Cornwall  Police ") == "devon-cornwall-police"
    assert slug("<script>") == "script"


def test_force_page_shows_grades_as_a_table_and_a_described_chart(client: AuditedClient) -> None:
    html = client.get(f"/forces/{slug(FORCE)}").text
    table = html.split("<table", 1)[1].split("</table>", 1)[0]
    assert "<th scope=\"col\" class=\"govuk-table__header\">2021</th>" in table
    assert "Requires improvement" in table and "Adequate" in table and "Not graded" in table
    assert 'role="img"' in html and 'aria-labelledby="grade-chart-title grade-chart-desc"' in html
    desc = html.split('<desc id="grade-chart-desc">', 1)[1].split("</desc>", 1)[0]
    assert "2021: 1 adequate" in desc and "2023: 1 good, 1 requires improvement" in desc


def test_force_page_lists_open_and_recurring_findings_and_responses(client: AuditedClient, built: Built) -> None:
    html = client.get(f"/forces/{slug(FORCE)}").text
    assert f'href="/findings/{built.findings["rec1"]}"' in html
    assert f'href="/findings/{built.findings["coc"]}"' not in html.split("Recurring findings")[0]  # closed
    recurring = html.split("Recurring findings", 1)[1].split("Responses to inspections", 1)[0]
    assert f'href="/findings/{built.findings["afi1"]}"' in recurring
    assert "victim update policy" in html.split("Responses to inspections", 1)[1]


def test_forces_list_links_every_force_and_unknown_slugs_are_404(client: AuditedClient) -> None:
    html = client.get("/forces").text
    assert f'href="/forces/{slug(FORCE)}"' in html
    assert client.get("/forces/no-such-force").status_code == 404
    body = client.client.get(f"/api/v1/forces/{slug(FORCE)}").json()
    assert body["type"] == "Organization" and body["grades"]["years"] == [2021, 2023]
