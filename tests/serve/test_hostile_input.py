"""Malformed and hostile requests get a clear answer (400, 404, 413), never a 500, and change nothing."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

from oversight.serve import security
from oversight.store import models as m
from oversight.store.db import session_scope
from tests.serve.editing import Editing
from tests.serve.test_add_papers import _send


def _gigabyte_form() -> Iterator[bytes]:
    yield b"csrf_token=x&username=eddie&password="
    block = b"a" * (1 << 20)
    for _ in range(1024):
        yield block


def test_a_huge_form_is_refused_before_it_is_read_on_every_form_route(editing: Editing) -> None:
    session = editing.sign_in("eddie").cookies.get(security.SESSION_COOKIE)
    for path in ("/sign-in", "/review/accept", "/admin/users", "/status/finding/1"):
        for declared in (1 << 30, None):
            for cookie in ("", f"{security.SESSION_COOKIE}={session}"):
                status, pulled = _send(editing.app, cookie, declared, _gigabyte_form(), path=path,
                                       content_type=b"application/x-www-form-urlencoded")
                assert status == 413, (path, declared, cookie)
                assert pulled < (2 << 20), (path, declared, pulled)


def test_out_of_range_and_odd_numbers_name_nothing(editing: Editing) -> None:
    editing.sign_in("eddie")
    for path in ("/review/finding/99999999999999999999", "/audit/finding/99999999999999999999",
                 "/findings/99999999999999999999", "/meetings/99999999999999999999",
                 "/documents/99999999999999999999", "/review/nothing/1", "/review/finding/abc"):
        assert editing.client.get(path).status_code == 404, path
    for path in ("/review?document=%C2%B2", "/audit?page=%C2%B2", "/findings?page=%C2%B2"):
        assert editing.client.get(path).status_code == 200, path
    token = editing.token("/review")
    for path, data in [("/review/finding/99999999999999999999/accept", {}),
                       ("/review/accept", {"record": "finding:99999999999999999999"}),
                       ("/review/accept", {"record": "finding:\u00b2"}),
                       ("/status/action/99999999999999999999", {"status": "closed"}),
                       ("/status/finding/1", {"status": "closed", "day": "1", "month": "1",
                                              "year": "99999999999999999999"})]:
        response = editing.client.post(path, data={**data, "csrf_token": token})
        assert response.status_code in (303, 400, 404), (path, response.status_code)
    assert editing.count(m.Review) == 0 and editing.count(m.StatusChange) == 0


def test_a_correction_out_of_a_fields_range_is_a_message(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    for data, message in [({"kind": "banana"}, "is not one of"), ({"number": "9" * 100}, "longer than the 40"),
                          ({"due": "2024-02-30"}, "is not a date")]:
        response = editing.client.post(f"/review/finding/{finding}/correct", data={"csrf_token": token, **data})
        assert response.status_code == 400 and message in response.text, data
    assert editing.count(m.Review) == 0


def test_bulk_accept_is_all_or_nothing(editing: Editing) -> None:
    ids = editing.finding_ids()
    editing.sign_in("eddie")
    token = editing.token("/review")
    response = editing.client.post("/review/accept", data={
        "csrf_token": token, "record": [f"finding:{ids[0]}", f"finding:{ids[1]}", "finding:999999"]})
    assert response.status_code == 400 and "Nothing was accepted." in response.text
    assert editing.count(m.Review) == 0


def test_a_crafted_link_cannot_put_words_in_the_status_error(editing: Editing) -> None:
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    page = editing.client.get(f"/findings/{finding}?status_record=finding:{finding}"
                              "&status_error=Your+session+expired.+Sign+in+again+at+https://evil.example")
    assert "evil.example" not in page.text
    assert "The status could not be saved." in page.text


def test_an_over_long_form_field_is_a_bad_request_not_a_missing_page(editing: Editing) -> None:
    token = editing.token("/sign-in")
    response = editing.client.post("/sign-in", data={"csrf_token": token, "username": "x" * 201, "password": "y"})
    assert response.status_code == 400
    assert "too long or missing" in response.text


def test_nul_characters_in_form_text_are_refused_or_dropped(editing: Editing) -> None:
    token = editing.token("/sign-in")
    response = editing.client.post("/sign-in", data={"csrf_token": token, "username": "ed\x00die", "password": "x"})
    assert response.status_code == 400
    finding = editing.finding_ids()[0]
    editing.sign_in("eddie")
    token = editing.token(f"/review/finding/{finding}")
    editing.client.post(f"/review/finding/{finding}/reject", data={"csrf_token": token, "reason": "bad\x00 record"})
    with session_scope(editing.engine) as s:
        assert s.scalar(select(m.Review.reason)) == "bad record"
