"""Users and sessions in the store; every change to an account is written to the audit log.

Accounts are never deleted, only disabled, so the audit log can always name who did what.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from sqlalchemy import Engine, delete, select

from oversight.accounts.passwords import hash_password, verify_password
from oversight.accounts.ratelimit import RateLimiter
from oversight.accounts.roles import check_role
from oversight.accounts.tokens import new_session_id, session_digest
from oversight.errors import OversightError
from oversight.review.audit import Actor, log_change
from oversight.store import models as m
from oversight.store.db import session_scope

SESSION_LIFETIME = timedelta(hours=12)
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,79}$")
# Used when the command line, not a signed-in person, makes a change.
COMMAND_LINE = Actor(user_id=None, username="command line")


class AccountError(OversightError):
    pass


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str
    disabled: bool

    @property
    def actor(self) -> Actor:
        return Actor(user_id=self.id, username=self.username)


def _user(row: m.UserAccount) -> User:
    return User(row.id, row.username, row.role, row.disabled)


def add_user(engine: Engine, username: str, password: str, role: str, actor: Actor = COMMAND_LINE) -> User:
    if not _USERNAME.match(username):
        raise AccountError(f"'{username}' is not a user name (2-80 letters, digits, '.', '_', '@' or '-').")
    try:
        check_role(role)
        password_hash = hash_password(password)
    except ValueError as exc:
        raise AccountError(str(exc)) from None
    with session_scope(engine) as s:
        if s.scalar(select(m.UserAccount.id).where(m.UserAccount.username == username)) is not None:
            raise AccountError(f"There is already a user called '{username}'.")
        row = m.UserAccount(username=username, password_hash=password_hash, role=role, disabled=False)
        s.add(row)
        s.flush()
        log_change(s, actor, "user_added", "user_account", row.id, None, {"username": username, "role": role})
        return _user(row)


def _find(s: object, username: str) -> m.UserAccount:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    row = s.scalar(select(m.UserAccount).where(m.UserAccount.username == username))
    if row is None:
        raise AccountError(f"There is no user called '{username}'.")
    return row


def set_role(engine: Engine, username: str, role: str, actor: Actor = COMMAND_LINE) -> User:
    try:
        check_role(role)
    except ValueError as exc:
        raise AccountError(str(exc)) from None
    with session_scope(engine) as s:
        row = _find(s, username)
        before = {"role": row.role}
        row.role = role
        log_change(s, actor, "user_role_set", "user_account", row.id, before, {"role": role})
        return _user(row)


def disable_user(engine: Engine, username: str, actor: Actor = COMMAND_LINE) -> User:
    """Remove someone's access: the account is disabled and its sessions end."""
    with session_scope(engine) as s:
        row = _find(s, username)
        row.disabled = True
        s.execute(delete(m.UserSession).where(m.UserSession.user_id == row.id))
        log_change(s, actor, "user_removed", "user_account", row.id, {"disabled": False}, {"disabled": True})
        return _user(row)


def list_users(engine: Engine) -> list[User]:
    with session_scope(engine) as s:
        return [_user(r) for r in s.scalars(select(m.UserAccount).order_by(m.UserAccount.username))]


def authenticate(engine: Engine, username: str, password: str, limiter: RateLimiter,
                 client: str = "") -> User | None:
    """The user, if the password is right and neither the name nor the client is rate-limited.

    The attempt is counted before the password is checked, so simultaneous attempts cannot outrun
    the limit; and a name with no account costs the same password check as one with an account, so
    the time of the answer does not say which names exist.
    """
    keys = (f"user:{username.strip().casefold()}", f"client:{client}")
    if not limiter.attempt(*keys):
        return None
    with session_scope(engine) as s:
        row = None
        if _USERNAME.match(username):  # anything else cannot be a name, and may not even be storable
            row = s.scalar(select(m.UserAccount).where(m.UserAccount.username == username))
        if row is None or row.disabled:
            verify_password(_dummy_hash(), password)
            return None
        if not verify_password(row.password_hash, password):
            return None
        limiter.succeeded(*keys)
        return _user(row)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return hash_password(secrets.token_urlsafe(24))


def start_session(engine: Engine, user: User, now: datetime | None = None) -> str:
    """A new session id for ``user`` (always new: a session id is never reused across a login)."""
    session_id = new_session_id()
    now = now or datetime.now(UTC)
    with session_scope(engine) as s:
        s.add(m.UserSession(digest=session_digest(session_id), user_id=user.id, expires_at=now + SESSION_LIFETIME))
    return session_id


def session_user(engine: Engine, session_id: str | None, now: datetime | None = None) -> User | None:
    if not session_id:
        return None
    now = now or datetime.now(UTC)
    with session_scope(engine) as s:
        found = s.execute(select(m.UserSession, m.UserAccount).join(m.UserAccount)
                          .where(m.UserSession.digest == session_digest(session_id))).first()
        if found is None:
            return None
        session_row, user_row = found
        expires = session_row.expires_at
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        if expires <= now or user_row.disabled:
            s.delete(session_row)
            return None
        return _user(user_row)


def end_session(engine: Engine, session_id: str) -> None:
    with session_scope(engine) as s:
        s.execute(delete(m.UserSession).where(m.UserSession.digest == session_digest(session_id)))
