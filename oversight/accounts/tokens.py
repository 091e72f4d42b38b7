"""Session identifiers and CSRF tokens.

A session id is random and stored only as its SHA-256, so a leaked database holds no usable
session.  A new id is issued at every login (no session fixation).  The CSRF token of a session is
an HMAC of its id under the app's secret, so it needs no storage and cannot be forged without both.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_session_id() -> str:
    return secrets.token_urlsafe(32)


def session_digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def csrf_token(secret: bytes, session_id: str) -> str:
    return hmac.new(secret, b"csrf:" + session_id.encode(), hashlib.sha256).hexdigest()


def csrf_valid(secret: bytes, session_id: str | None, token: str | None) -> bool:
    if not session_id or not token:
        return False
    return hmac.compare_digest(csrf_token(secret, session_id), token)
