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
from tests.serve.browsing import axe_violations, serving
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


def _sign_in(page: Any, site: str, username: str) -> None:
    page.goto(site + "/sign-in")
    assert not axe_violations(page)
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(site + "/")
    assert f"Signed in as {username}" in page.locator("header").inner_text()


def _accessible(page: Any) -> None:
    assert page.locator("h1").count() == 1, page.url
    assert not axe_violations(page), (page.url, axe_violations(page))


def test_an_editor_reviews_corrects_and_sets_a_status(page: Any, site: str, editing: Editing) -> None:
    _sign_in(page, site, "eddie")
    page.get_by_role("link", name="Review", exact=True).click()
    _accessible(page)
    page.get_by_label("Kind of record").select_option("finding")
    page.get_by_role("button", name="Filter").click()
    page.locator("#review-queue tbody a").first.click()
    _accessible(page)
    first = page.url.split("?")[0]
    page.locator("body").press("a")  # accept from the keyboard
    page.wait_for_url(lambda url: url.split("?")[0] != first)
    assert "Record accepted." in page.locator(".govuk-notification-banner").inner_text()
    second_id = int(page.url.split("?")[0].rsplit("/", 1)[1])

    page.locator("body").press("e")  # to the correction form
    assert page.evaluate("document.activeElement.closest('form').id") == "correct-form"
    page.locator("#field-number").fill("2")
    page.get_by_role("button", name="Save the correction").click()
    assert "Correction saved." in page.locator(".govuk-notification-banner").inner_text()
    with session_scope(editing.engine) as s:
        row = s.get(m.Finding, second_id)
        assert row is not None and row.number == "2"

    page.goto(f"{site}/findings/{second_id}")
    _accessible(page)
    page.get_by_text("Change the status").click()
    page.get_by_label("New status").select_option("in_progress")
    page.get_by_label("Day").fill("4")
    page.get_by_label("Month").fill("3")
    page.get_by_label("Year").fill("2024")
    page.get_by_label("Note").fill("Custody lead has a plan.")
    page.get_by_role("button", name="Save the status").click()
    assert "Status saved." in page.locator(f"#status-finding-{second_id}").inner_text()
    assert "set by eddie: Custody lead has a plan." in page.locator(".app-status-history").inner_text()
    _accessible(page)


def test_an_editor_uploads_a_paper_and_sees_what_was_found(page: Any, site: str, editing: Editing,
                                                           tmp_path: Path) -> None:
    paper = tmp_path / "june-minutes.txt"
    paper.write_text(MINUTES, encoding="utf-8")
    _sign_in(page, site, "eddie")
    page.get_by_role("link", name="Add papers").click()
    _accessible(page)
    page.get_by_label("Upload files").set_input_files(str(paper))
    page.get_by_role("button", name="Upload and read").click()
    page.wait_for_selector("h1:has-text('Papers added')")
    assert "Panel minutes" in page.locator("main").inner_text()
    _accessible(page)
    with session_scope(editing.engine) as s:
        assert s.scalar(select(m.Document.id).where(m.Document.source == "june-minutes.txt")) is not None


def test_an_editor_trying_an_administrators_action_is_refused(page: Any, site: str, editing: Editing) -> None:
    _sign_in(page, site, "eddie")
    assert "Users" not in page.locator("nav").inner_text()
    response = page.goto(site + "/admin/users")
    assert response.status == 403
    assert "not allowed" in page.locator("main").inner_text()
    token = page.goto(site + "/papers/add") and page.locator("input[name=csrf_token]").first.get_attribute("value")
    posted = page.request.post(site + "/admin/users", form={"csrf_token": token, "username": "mallory",
                                                           "password": "a long enough password",
                                                           "role": "administrator"})
    assert posted.status == 403
    assert editing.count(m.UserAccount, m.UserAccount.username == "mallory") == 0


def test_an_anonymous_post_to_an_editors_form_is_refused_and_changes_nothing(page: Any, site: str,
                                                                             editing: Editing) -> None:
    finding = editing.finding_ids()[-1]
    page.goto(site + "/sign-in")
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    audit_before = editing.count(m.AuditEntry)
    for path, form in [(f"/review/finding/{finding}/reject", {"reason": "vandalism"}),
                       (f"/status/finding/{finding}", {"status": "closed", "day": "1", "month": "1", "year": "2024"}),
                       ("/admin/users", {"username": "mallory", "password": "a long enough password",
                                         "role": "administrator"})]:
        response = page.request.post(site + path, form={**form, "csrf_token": token})
        assert response.status == 403, path
    assert editing.count(m.AuditEntry) == audit_before
    assert editing.count(m.Review, m.Review.record_id == finding, m.Review.record_type == "finding") == 0
    assert editing.count(m.UserAccount) == 2


def test_an_administrator_manages_accounts_and_reads_the_audit_log(page: Any, site: str, editing: Editing) -> None:
    _sign_in(page, site, "ada")
    page.get_by_role("link", name="Users").click()
    _accessible(page)
    page.get_by_label("User name").fill("priya")
    page.get_by_label("Password").fill("another long password")
    page.get_by_role("button", name="Add the account").click()
    assert "Account added." in page.locator(".govuk-notification-banner").inner_text()
    page.get_by_role("link", name="Audit log").click()
    _accessible(page)
    assert "user added" in page.locator("#audit-log").inner_text()


def test_pages_run_their_scripts_under_the_content_security_policy(page: Any, site: str, editing: Editing) -> None:
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    _sign_in(page, site, "eddie")
    for path in ("/", f"/review/finding/{editing.finding_ids()[0]}", "/papers/add", "/findings"):
        response = page.goto(site + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')"), path
    assert not refused, refused
