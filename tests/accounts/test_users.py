"""Accounts in the store, on both backends: adding, roles, removal, sign-in limits and sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from oversight.accounts.ratelimit import RateLimiter
from oversight.accounts.users import (
    SESSION_LIFETIME,
    AccountError,
    add_user,
    authenticate,
    disable_user,
    end_session,
    list_users,
    session_user,
    set_role,
    start_session,
)
from oversight.review.audit import history
from oversight.store import models as m

PASSWORD = "a sufficiently long secret"


def test_add_list_and_change_role_are_audited(engine: Engine) -> None:
    add_user(engine, "alice", PASSWORD, "administrator")
    set_role(engine, "alice", "editor")
    assert [(u.username, u.role) for u in list_users(engine)] == [("alice", "editor")]
    assert [e.action for e in history(engine, "user_account")] == ["user_added", "user_role_set"]
    with Session(engine) as s:
        stored = s.scalar(select(m.UserAccount.password_hash))
        assert stored and PASSWORD not in stored


@pytest.mark.parametrize(
    ("name", "password", "role", "message"),
    [
        ("bob", "short", "editor", "at least 12"),
        ("bob", PASSWORD, "superuser", "not a role"),
        ("../etc", PASSWORD, "editor", "not a user name"),
    ],
)
def test_bad_accounts_are_refused(engine: Engine, name: str, password: str, role: str, message: str) -> None:
    with pytest.raises(AccountError, match=message):
        add_user(engine, name, password, role)
    assert list_users(engine) == []


def test_duplicate_names_are_refused(engine: Engine) -> None:
    add_user(engine, "carol", PASSWORD, "viewer")
    with pytest.raises(AccountError, match="already"):
        add_user(engine, "carol", PASSWORD, "viewer")


def test_sign_in_is_rate_limited_per_name(engine: Engine) -> None:
    add_user(engine, "dave", PASSWORD, "editor")
    limiter = RateLimiter(max_failures=3, window_seconds=600)
    for _ in range(3):
        assert authenticate(engine, "dave", "wrong password!!", limiter, "10.0.0.9") is None
    # Even the right password is refused while the limit holds.
    assert authenticate(engine, "dave", PASSWORD, limiter, "10.0.0.10") is None
    assert authenticate(engine, "dave", PASSWORD, RateLimiter(), "10.0.0.10") is not None


def test_each_login_gets_a_new_session_and_removal_ends_them(engine: Engine) -> None:
    user = add_user(engine, "erin", PASSWORD, "editor")
    first, second = start_session(engine, user), start_session(engine, user)
    assert first != second
    found = session_user(engine, first)
    assert found is not None and found.username == "erin"
    end_session(engine, first)
    assert session_user(engine, first) is None
    disable_user(engine, "erin")
    assert session_user(engine, second) is None
    assert authenticate(engine, "erin", PASSWORD, RateLimiter()) is None


def test_sessions_expire(engine: Engine) -> None:
    user = add_user(engine, "frank", PASSWORD, "editor")
    then = datetime.now(UTC) - SESSION_LIFETIME - timedelta(minutes=1)
    old = start_session(engine, user, now=then)
    assert session_user(engine, old) is None
    assert session_user(engine, "forged-session-id") is None and session_user(engine, None) is None
