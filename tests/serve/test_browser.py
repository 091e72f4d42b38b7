"""The real app in a real browser: Playwright drives Debian's Chromium against uvicorn on a free port.

Every page type is loaded and checked by axe-core (from npm) for WCAG 2.2 A/AA violations; a reader
follows links from the home page to a finding's source quote, runs a search and downloads a CSV, with
and without JavaScript.  Run with ``pytest -m browser``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from oversight.serve.app import create_app
from oversight.settings import Settings
from oversight.store.queries_forces import slug
from tests.serve.browsing import axe_violations, serving
from tests.serve.register import FORCE, Built

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live_server(register: tuple[Engine, Built]) -> Iterator[str]:
    """The app under uvicorn in a background thread, over the session's register."""
    with serving(create_app(register[0], Settings(page_size=3, secret_key="browser tests"))) as address:
        yield address


def _every_page_type(built: Built) -> list[str]:
    return [
        "/", "/documents", f"/documents/{built.documents['report']}",
        f"/documents/{built.documents['report']}/pages/1", "/findings", "/findings?kind=recommendation&page=1",
        f"/findings/{built.findings['afi1']}", f"/findings/{built.findings['rec1']}", "/meetings",
        f"/meetings/{built.meetings['june']}", "/deliverables", "/search", "/search?q=supervised",
        "/search?q=%22%28%29", "/findings/999999", "/forces", f"/forces/{slug(FORCE)}",
        "/deadlines", "/deadlines?status=not_met",
    ]


def test_every_page_type_loads_with_no_wcag_violations(page: Any, live_server: str, built: Built) -> None:
    failures: dict[str, list[str]] = {}
    for path in _every_page_type(built):
        response = page.goto(live_server + path)
        assert response is not None and response.status in (200, 404), path
        assert page.locator("h1").count() == 1, path
        assert page.title().startswith(page.locator("h1").inner_text().strip()[:40]), path
        if violations := axe_violations(page):
            failures[path] = violations
    assert not failures, failures


def test_stylesheet_uses_arial_not_the_gds_typeface(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    family = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert "arial" in family.lower() and "transport" not in family.lower()


def test_reader_follows_links_from_home_to_a_findings_source_quote(page: Any, live_server: str,
                                                                   built: Built) -> None:
    page.goto(live_server + "/")
    page.get_by_role("link", name="Findings", exact=True).first.click()
    page.get_by_label("Kind").select_option("area_for_improvement")
    page.get_by_label("Force").select_option("Exampleshire Constabulary")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_role("link", name="The force should make sure that investigations are supervised and").click()
    assert page.url.endswith(f"/findings/{built.findings['afi1']}")
    quote = page.locator("#quote-in-context mark").inner_text()
    page.locator("#source-link").click()
    assert "/pages/1#evidence-" in page.url
    anchor_id = page.url.rsplit("#", 1)[1]
    marked = page.locator(f"#{anchor_id} + mark").inner_text()
    assert quote.startswith(marked)
    assert page.locator(f"#{anchor_id}").is_visible() or page.locator(f"#{anchor_id} + mark").is_visible()


def test_search_highlights_what_was_found(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.get_by_role("link", name="Search", exact=True).first.click()
    page.get_by_label("Search every paper and record").fill("supervised")
    page.get_by_role("button", name="Search").click()
    assert "q=supervised" in page.url
    assert page.locator("main mark").count() >= 1
    assert all(text.lower().startswith("supervis") for text in page.locator("main mark").all_inner_texts())


def test_findings_csv_downloads_every_matching_row(page: Any, live_server: str,
                                                   register: tuple[Engine, Built]) -> None:
    page.goto(live_server + "/findings?kind=recommendation")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "findings.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows and all(r["kind"] == "recommendation" for r in rows)


def test_pages_work_without_javascript(browser: Any, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(live_server + "/findings")
        tab.get_by_label("Status").select_option("closed")
        tab.get_by_role("button", name="Apply filters").click()
        assert "status=closed" in tab.url
        assert tab.locator("tbody tr").count() >= 1
        assert "Closed" in tab.locator("tbody").inner_text()
    finally:
        context.close()
