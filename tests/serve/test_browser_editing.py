"""People changing the register in a real browser: sign in, upload, review, correct, set a status.

Chromium (Debian's, driven by Playwright) talks to uvicorn over a register of one inspection report
with an administrator and an editor.  Every page an editor sees is checked by axe-core; refusals are
checked for what they leave behind in the database, not only for their status codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from oversight.store import models as m
from oversight.store.db import make_engine, session_scope, upgrade
from tests.serve.browsing import axe_violations, chromium, serving
from tests.serve.editing import PASSWORD, Editing, make_editing

pytestmark = pytest.mark.browser
MINUTES = ("Exampleshire Police and Crime Panel\n\nMinutes of a meeting of the Police and Crime Panel held at "
           "County Hall on 5 June 2024 at 10.00 am\n\nPresent: Councillor A Smith (Chair)\n\n1. Apologies\n\n"
           "Apologies were received from Councillor C Brown.\n")


@pytest.fixture(scope="module")
def editing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Editing]:
    folder = tmp_path_factory.mktemp("browser-editing")
    engine = make_engine(f"sqlite:///{folder / 'register.sqlite3'}")
    upgrade(engine)
    yield make_editing(engine, folder)
    engine.dispose()


@pytest.fixture(scope="module")
def site(editing: Editing) -> Iterator[str]:
    with serving(editing.app) as address:
        yield address


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def _sign_in(tab: Any, site: str, username: str) -> None:
    tab.goto(site + "/sign-in")
    assert not axe_violations(tab)
    tab.get_by_label("User name").fill(username)
    tab.get_by_label("Password").fill(PASSWORD)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(site + "/")
    assert f"Signed in as {username}" in tab.locator("header").inner_text()


def _accessible(tab: Any) -> None:
    assert tab.locator("h1").count() == 1, tab.url
    assert not axe_violations(tab), (tab.url, axe_violations(tab))


def test_an_editor_reviews_corrects_and_sets_a_status(tab: Any, site: str, editing: Editing) -> None:
    _sign_in(tab, site, "eddie")
    tab.get_by_role("link", name="Review", exact=True).click()
    _accessible(tab)
    tab.get_by_label("Kind of record").select_option("finding")
    tab.get_by_role("button", name="Filter").click()
    tab.locator("#review-queue tbody a").first.click()
    _accessible(tab)
    first = tab.url.split("?")[0]
    tab.locator("body").press("a")  # accept from the keyboard
    tab.wait_for_url(lambda url: url.split("?")[0] != first)
    assert "Record accepted." in tab.locator(".govuk-notification-banner").inner_text()
    second_id = int(tab.url.split("?")[0].rsplit("/", 1)[1])

    tab.locator("body").press("e")  # to the correction form
    assert tab.evaluate("document.activeElement.closest('form').id") == "correct-form"
    tab.locator("#field-number").fill("2")
    tab.get_by_role("button", name="Save the correction").click()
    assert "Correction saved." in tab.locator(".govuk-notification-banner").inner_text()
    with session_scope(editing.engine) as s:
        row = s.get(m.Finding, second_id)
        assert row is not None and row.number == "2"

    tab.goto(f"{site}/findings/{second_id}")
    _accessible(tab)
    tab.get_by_text("Change the status").click()
    tab.get_by_label("New status").select_option("in_progress")
    tab.get_by_label("Day").fill("4")
    tab.get_by_label("Month").fill("3")
    tab.get_by_label("Year").fill("2024")
    tab.get_by_label("Note").fill("Custody lead has a plan.")
    tab.get_by_role("button", name="Save the status").click()
    assert "Status saved." in tab.locator(f"#status-finding-{second_id}").inner_text()
    assert "set by eddie: Custody lead has a plan." in tab.locator(".app-status-history").inner_text()
    _accessible(tab)


def test_an_editor_uploads_a_paper_and_sees_what_was_found(tab: Any, site: str, editing: Editing,
                                                           tmp_path: Path) -> None:
    paper = tmp_path / "june-minutes.txt"
    paper.write_text(MINUTES, encoding="utf-8")
    _sign_in(tab, site, "eddie")
    tab.get_by_role("link", name="Add papers").click()
    _accessible(tab)
    tab.get_by_label("Upload files").set_input_files(str(paper))
    tab.get_by_role("button", name="Upload and read").click()
    tab.wait_for_selector("h1:has-text('Papers added')")
    assert "Panel minutes" in tab.locator("main").inner_text()
    _accessible(tab)
    with session_scope(editing.engine) as s:
        assert s.scalar(select(m.Document.id).where(m.Document.source == "june-minutes.txt")) is not None


def test_an_editor_trying_an_administrators_action_is_refused(tab: Any, site: str, editing: Editing) -> None:
    _sign_in(tab, site, "eddie")
    assert "Users" not in tab.locator("nav").inner_text()
    response = tab.goto(site + "/admin/users")
    assert response.status == 403
    assert "not allowed" in tab.locator("main").inner_text()
    token = tab.goto(site + "/papers/add") and tab.locator("input[name=csrf_token]").first.get_attribute("value")
    posted = tab.request.post(site + "/admin/users", form={"csrf_token": token, "username": "mallory",
                                                           "password": "a long enough password",
                                                           "role": "administrator"})
    assert posted.status == 403
    assert editing.count(m.UserAccount, m.UserAccount.username == "mallory") == 0


def test_an_anonymous_post_to_an_editors_form_is_refused_and_changes_nothing(tab: Any, site: str,
                                                                             editing: Editing) -> None:
    finding = editing.finding_ids()[-1]
    tab.goto(site + "/sign-in")
    token = tab.locator("input[name=csrf_token]").first.get_attribute("value")
    audit_before = editing.count(m.AuditEntry)
    for path, form in [(f"/review/finding/{finding}/reject", {"reason": "vandalism"}),
                       (f"/status/finding/{finding}", {"status": "closed", "day": "1", "month": "1", "year": "2024"}),
                       ("/admin/users", {"username": "mallory", "password": "a long enough password",
                                         "role": "administrator"})]:
        response = tab.request.post(site + path, form={**form, "csrf_token": token})
        assert response.status == 403, path
    assert editing.count(m.AuditEntry) == audit_before
    assert editing.count(m.Review, m.Review.record_id == finding, m.Review.record_type == "finding") == 0
    assert editing.count(m.UserAccount) == 2


def test_an_administrator_manages_accounts_and_reads_the_audit_log(tab: Any, site: str, editing: Editing) -> None:
    _sign_in(tab, site, "ada")
    tab.get_by_role("link", name="Users").click()
    _accessible(tab)
    tab.get_by_label("User name").fill("priya")
    tab.get_by_label("Password").fill("another long password")
    tab.get_by_role("button", name="Add the account").click()
    assert "Account added." in tab.locator(".govuk-notification-banner").inner_text()
    tab.get_by_role("link", name="Audit log").click()
    _accessible(tab)
    assert "user added" in tab.locator("#audit-log").inner_text()
