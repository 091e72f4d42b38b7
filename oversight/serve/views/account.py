"""Signing in and out.

Signing in always issues a new session id and ends any session the browser already had, so an id
planted by someone else before sign-in (session fixation) is never the one that becomes trusted.
Failed attempts are counted per user name and per client address; past the limit the form answers
429 with a Retry-After header, without checking the password at all.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from oversight.accounts.users import authenticate, end_session, start_session
from oversight.serve import security
from oversight.serve.rendering import render

router = APIRouter(include_in_schema=False)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "sign-in.html", None, next_path=security.safe_next(next), errors={}, username="")


@router.post("/sign-in", dependencies=[Depends(security.check_form_token)])
def sign_in(request: Request, username: Annotated[str, Form(max_length=200)] = "",
            password: Annotated[str, Form(max_length=1000)] = "",
            next: Annotated[str, Form(max_length=2000)] = "/") -> Response:
    limiter = request.app.state.login_limiter
    username, password = username.replace("\x00", ""), password.replace("\x00", "")
    keys = (f"user:{username.strip().casefold()}", f"client:{_client(request)}")
    next_path = security.safe_next(next)
    if limiter.blocked(*keys):
        wait = limiter.retry_after(*keys)
        response = render(request, "sign-in.html", None, status_code=429, next_path=next_path, username=username,
                          errors={"username": f"Too many failed attempts. Try again in {max(1, wait // 60 + 1)} "
                                              "minutes."})
        response.headers["Retry-After"] = str(wait)
        return response
    user = authenticate(request.app.state.engine, username.strip(), password, limiter, _client(request))
    if user is None:
        return render(request, "sign-in.html", None, status_code=400, next_path=next_path, username=username,
                      errors={"username": "The user name or password is not right."})
    session_cookie = security.cookie_name(request, security.SESSION_COOKIE)
    options = security.cookie_options(request)
    old = request.cookies.get(session_cookie)
    if old:
        end_session(request.app.state.engine, old)
    session_id = start_session(request.app.state.engine, user)
    signed_in = RedirectResponse(next_path, status_code=303)
    signed_in.set_cookie(session_cookie, session_id, **options)
    signed_in.delete_cookie(security.cookie_name(request, security.FORM_COOKIE), **options)
    return signed_in


@router.post("/sign-out", dependencies=[Depends(security.check_form_token)])
def sign_out(request: Request) -> Response:
    session_id = request.cookies.get(security.cookie_name(request, security.SESSION_COOKIE))
    if session_id:
        end_session(request.app.state.engine, session_id)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(security.cookie_name(request, security.SESSION_COOKIE), **security.cookie_options(request))
    return response
