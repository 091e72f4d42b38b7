"""Signing in and out: cookie flags, session fixation, brute force, form tokens, open redirects."""

from __future__ import annotations

from oversight.serve import security
from oversight.store import models as m
from tests.serve.editing import PASSWORD, Editing, assert_well_formed


def _set_cookie_headers(response: object) -> list[str]:
    return [v for k, v in response.headers.multi_items() if k.lower() == "set-cookie"]  # type: ignore[attr-defined]


def test_signing_in_sets_a_secure_httponly_samesite_session_cookie(editing: Editing) -> None:
    page = editing.client.get("/sign-in")
    assert page.status_code == 200
    assert_well_formed(page)
    response = editing.sign_in("eddie")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = next(c for c in _set_cookie_headers(response) if c.startswith(security.SESSION_COOKIE + "="))
    flags = cookie.lower()
    assert "httponly" in flags and "secure" in flags and "samesite=strict" in flags
    home = editing.client.get("/")
    assert "Signed in as eddie (editor)" in home.text
    assert "private" in home.headers.get("cache-control", "")


def test_a_wrong_password_signs_nobody_in(editing: Editing) -> None:
    response = editing.sign_in("eddie", password="not the password at all")
    assert response.status_code == 400
    assert "The user name or password is not right." in response.text
    assert not any(c.startswith(security.SESSION_COOKIE + "=") for c in _set_cookie_headers(response))
    assert editing.count(m.UserSession) == 0


def test_a_session_id_planted_before_sign_in_is_never_trusted(editing: Editing) -> None:
    planted = "attacker-chosen-session-id"
    editing.client.cookies.set(security.SESSION_COOKIE, planted, domain="testserver.local")
    editing.client.cookies.set(security.SESSION_COOKIE, planted)
    response = editing.sign_in("eddie")
    issued = response.cookies.get(security.SESSION_COOKIE)
    assert issued and issued != planted
    attacker = editing.fresh_client()
    attacker.cookies.set(security.SESSION_COOKIE, planted)
    assert "Signed in as" not in attacker.get("/").text


def test_each_sign_in_issues_a_new_session_id(editing: Editing) -> None:
    first = editing.sign_in("eddie").cookies.get(security.SESSION_COOKIE)
    second = editing.sign_in("eddie").cookies.get(security.SESSION_COOKIE)
    assert first and second and first != second
    old = editing.fresh_client()
    old.cookies.set(security.SESSION_COOKIE, first)
    assert "Signed in as" not in old.get("/").text, "the session replaced at sign-in must end"


def test_repeated_wrong_passwords_engage_the_rate_limit_even_for_the_right_one(editing: Editing) -> None:
    for _ in range(5):
        assert editing.sign_in("eddie", password="guess guess guess").status_code == 400
    blocked = editing.sign_in("eddie")
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert "Too many failed attempts" in blocked.text
    assert editing.count(m.UserSession) == 0


def test_sign_in_without_the_form_token_or_with_a_wrong_one_is_refused(editing: Editing) -> None:
    editing.client.get("/sign-in")  # the visitor's form cookie is set
    missing = editing.client.post("/sign-in", data={"username": "eddie", "password": PASSWORD})
    wrong = editing.client.post("/sign-in", data={"username": "eddie", "password": PASSWORD, "csrf_token": "0" * 64})
    assert missing.status_code == 403 and wrong.status_code == 403
    assert editing.count(m.UserSession) == 0


def test_a_token_from_another_visitor_does_not_work(editing: Editing) -> None:
    someone_else = editing.fresh_client()
    token = editing.token("/sign-in", someone_else)
    editing.client.get("/sign-in")
    response = editing.client.post("/sign-in", data={"username": "eddie", "password": PASSWORD,
                                                     "csrf_token": token})
    assert response.status_code == 403


def test_signing_out_ends_the_session(editing: Editing) -> None:
    session_id = editing.sign_in("eddie").cookies.get(security.SESSION_COOKIE)
    token = editing.token("/")
    assert editing.client.post("/sign-out", data={"csrf_token": token}).status_code == 303
    replay = editing.fresh_client()
    replay.cookies.set(security.SESSION_COOKIE, session_id or "")
    assert "Signed in as" not in replay.get("/").text
    assert editing.count(m.UserSession) == 0


def test_after_sign_in_only_paths_on_this_site_are_followed(editing: Editing) -> None:
    for target, expected in [("/review", "/review"), ("//evil.example/x", "/"), ("https://evil.example", "/"),
                             ("/\\evil.example", "/")]:
        client = editing.fresh_client()
        response = client.post("/sign-in", data={"username": "eddie", "password": PASSWORD, "next": target,
                                                 "csrf_token": editing.token("/sign-in", client)})
        assert response.headers["location"] == expected, target


def test_pages_for_editors_send_anonymous_visitors_to_sign_in_and_back(editing: Editing) -> None:
    response = editing.client.get("/review?type=finding")
    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in?next=%2Freview%3Ftype%3Dfinding"


def test_every_response_refuses_framing_and_type_guessing(editing: Editing) -> None:
    response = editing.client.get("/sign-in")
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_a_burst_of_simultaneous_attempts_gets_no_more_password_checks_than_the_limit(editing: Editing) -> None:
    from concurrent.futures import ThreadPoolExecutor

    clients = [editing.fresh_client() for _ in range(12)]
    forms = [{"username": "eddie", "password": "wrong wrong wrong", "next": "/",
              "csrf_token": editing.token("/sign-in", c)} for c in clients]
    forms[-1]["password"] = PASSWORD
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda pair: pair[0].post("/sign-in", data=pair[1]).status_code,
                                 zip(clients, forms, strict=True)))
    assert statuses.count(303) <= 1 and statuses.count(400) + statuses.count(303) <= 5, statuses
    assert editing.count(m.UserSession) <= 1


def test_a_name_with_no_account_takes_as_long_to_refuse_as_a_real_one(editing: Editing) -> None:
    import time

    def timed(name: str) -> float:
        client = editing.fresh_client()
        token = editing.token("/sign-in", client)
        start = time.perf_counter()
        client.post("/sign-in", data={"username": name, "password": "wrong wrong wrong", "csrf_token": token})
        return time.perf_counter() - start

    real = min(timed("eddie") for _ in range(2))
    missing = min(timed(f"nobody{n}") for n in range(2))
    assert missing > real / 4, (missing, real)
