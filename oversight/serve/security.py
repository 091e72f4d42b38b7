"""Who is asking, and may they: sign-in cookies, form tokens and role checks for the web app.

Two cookies, both HttpOnly and SameSite=Strict, and Secure with the ``__Host-`` prefix (which
browsers only accept from this very host, over a secure connection, for the whole site, so a
neighbouring subdomain cannot plant one) unless secure cookies are turned off in the settings:

- ``__Host-oversight_session`` holds a signed-in person's session id (the store keeps only its hash);
- ``__Host-oversight_form`` holds a random value for a visitor who is not signed in, so the sign-in
  form itself carries a token an attacker's page cannot know.

Every form carries ``csrf_token``: an HMAC, under the app's key, of the session id (signed in) or of
the visitor's form cookie (not signed in).  A POST without the right token is refused with 403
before anything is read from its fields or written, whoever sends it.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from oversight.accounts.roles import can
from oversight.accounts.tokens import csrf_token, csrf_valid
from oversight.accounts.users import User, session_user

SESSION_COOKIE = "__Host-oversight_session"
FORM_COOKIE = "__Host-oversight_form"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_UNSET = object()


class SignInRequired(Exception):
    """A page for editors was asked for by someone not signed in: send them to sign in, then back."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def current_user(request: Request) -> User | None:
    """The signed-in person, looked up once per request (None for the anonymous public)."""
    cached = getattr(request.state, "user", _UNSET)
    if cached is None or isinstance(cached, User):
        return cached
    session_id = request.cookies.get(cookie_name(request, SESSION_COOKIE))
    user = session_user(request.app.state.engine, session_id) if session_id else None
    request.state.user = user
    return user


def _key(request: Request) -> bytes:
    """The app's signing key, read (or made) the first time a form needs it, not at start-up."""
    state = request.app.state
    key: bytes | None = getattr(state, "signing_key", None)
    if key is None:
        key = state.signing_key = state.settings.signing_key()
    return key


def _form_seed(request: Request) -> str:
    """The anonymous visitor's form cookie value, making one (set on the response) when absent."""
    seed = request.cookies.get(cookie_name(request, FORM_COOKIE)) or getattr(request.state, "new_form_seed", None)
    if not seed:
        seed = secrets.token_urlsafe(24)
        request.state.new_form_seed = seed
    return str(seed)


def form_token(request: Request) -> str:
    """The token every form on this page must send back."""
    session_id = request.cookies.get(cookie_name(request, SESSION_COOKIE))
    if session_id and current_user(request) is not None:
        return csrf_token(_key(request), session_id)
    return csrf_token(_key(request), "visitor:" + _form_seed(request))


def token_valid(request: Request, token: str | None) -> bool:
    session_id = request.cookies.get(cookie_name(request, SESSION_COOKIE))
    if session_id and current_user(request) is not None:
        return csrf_valid(_key(request), session_id, token)
    seed = request.cookies.get(cookie_name(request, FORM_COOKIE))
    return csrf_valid(_key(request), "visitor:" + seed if seed else None, token)


async def check_form_token(request: Request) -> None:
    """Refuse a state-changing request whose token is missing or wrong (header or form field)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    token = request.headers.get(CSRF_HEADER)
    if token is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            token = value if isinstance(value, str) else None
    if not token_valid(request, token):
        raise HTTPException(403, "This form has expired or did not come from this site. Go back, reload "
                                 "the page and try again.")


def cookie_name(request: Request, name: str) -> str:
    """``name``, without its ``__Host-`` prefix when cookies are not Secure (browsers would refuse it)."""
    return name if request.app.state.settings.secure_cookies else name.removeprefix("__Host-")


def cookie_options(request: Request) -> dict[str, Any]:
    return {"httponly": True, "samesite": "strict", "secure": bool(request.app.state.settings.secure_cookies),
            "path": "/"}


def finish(request: Request, response: Response) -> Response:
    """Set the visitor's form cookie if this page made one for its forms."""
    seed = getattr(request.state, "new_form_seed", None)
    if seed and not request.cookies.get(cookie_name(request, FORM_COOKIE)):
        response.set_cookie(cookie_name(request, FORM_COOKIE), seed, **cookie_options(request))
        response.headers["Cache-Control"] = "private, no-store"
    return response


def _require(request: Request, action: str) -> User:
    user = current_user(request)
    if user is None:
        if request.method in ("GET", "HEAD"):
            raise SignInRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        raise HTTPException(403, "Sign in as an editor to do this.")
    if not can(user.role, action):
        raise HTTPException(403, f"Your account ({user.role}) is not allowed to do this.")
    return user


def editor(request: Request) -> User:
    """FastAPI dependency: a signed-in editor or administrator."""
    return _require(request, "review")


def administrator(request: Request) -> User:
    """FastAPI dependency: a signed-in administrator."""
    return _require(request, "manage_users")


def sign_in_path(next_path: str) -> str:
    return f"/sign-in?next={quote(next_path, safe='')}"


def safe_next(value: str | None) -> str:
    """Where to go after signing in: only a path on this site, never another site (open redirect)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value
