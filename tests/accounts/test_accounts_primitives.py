"""Passwords, roles, rate limits and tokens behave as the security model needs."""

from __future__ import annotations

import pytest

from oversight.accounts.passwords import WeakPassword, hash_password, verify_password
from oversight.accounts.ratelimit import RateLimiter
from oversight.accounts.roles import can, check_role
from oversight.accounts.tokens import csrf_token, csrf_valid, new_session_id, session_digest


def test_passwords_are_hashed_with_argon2id_and_verified() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert verify_password(stored, "correct horse battery")
    assert not verify_password(stored, "correct horse batterY")
    assert not verify_password("not-a-hash", "correct horse battery")


@pytest.mark.parametrize("weak", ["short", "aaaaaaaaaaaaaaaa", ""])
def test_weak_passwords_are_refused(weak: str) -> None:
    with pytest.raises(WeakPassword):
        hash_password(weak)


def test_roles_are_ordered() -> None:
    assert can(None, "read") and not can(None, "correct")
    assert can("editor", "correct") and not can("editor", "manage_users")
    assert can("administrator", "manage_users")
    with pytest.raises(ValueError, match="not a role"):
        check_role("superuser")


def test_rate_limit_engages_after_the_limit_and_lifts_after_the_window() -> None:
    now = [0.0]
    limiter = RateLimiter(max_failures=3, window_seconds=60, clock=lambda: now[0])
    for _ in range(3):
        assert not limiter.blocked("alice", "10.0.0.1")
        limiter.failed("alice", "10.0.0.1")
    assert limiter.blocked("alice") and limiter.blocked("10.0.0.1")
    assert 1 <= limiter.retry_after("alice") <= 60
    now[0] = 61.0
    assert not limiter.blocked("alice")


def test_a_success_clears_failures() -> None:
    limiter = RateLimiter(max_failures=2, window_seconds=60)
    limiter.failed("bob")
    limiter.succeeded("bob")
    limiter.failed("bob")
    assert not limiter.blocked("bob")


def test_csrf_tokens_are_bound_to_the_session_and_the_secret() -> None:
    sid, other = new_session_id(), new_session_id()
    assert sid != other and len(sid) >= 40
    token = csrf_token(b"secret", sid)
    assert csrf_valid(b"secret", sid, token)
    assert not csrf_valid(b"secret", other, token)
    assert not csrf_valid(b"another secret", sid, token)
    assert not csrf_valid(b"secret", sid, None) and not csrf_valid(b"secret", None, token)
    assert session_digest(sid) != sid and len(session_digest(sid)) == 64


def test_an_attempt_is_counted_before_it_is_checked_so_a_burst_cannot_outrun_the_limit() -> None:
    limiter = RateLimiter(max_failures=3, window_seconds=60)
    allowed = [limiter.attempt("user:eve", "client:1") for _ in range(10)]
    assert allowed == [True, True, True] + [False] * 7
    limiter.succeeded("user:eve", "client:1")
    assert limiter.attempt("user:eve", "client:1")


def test_the_limiter_forgets_old_keys_and_keeps_at_most_max_keys() -> None:
    now = [0.0]
    limiter = RateLimiter(max_failures=3, window_seconds=60, clock=lambda: now[0], max_keys=100)
    for n in range(1000):
        limiter.attempt(f"user:{n}")
        assert not limiter.blocked(f"never-seen-{n}")
    assert len(limiter._attempts) == 100
    now[0] = 120.0
    limiter.blocked(*[f"user:{n}" for n in range(900, 1000)])
    assert len(limiter._attempts) == 0
