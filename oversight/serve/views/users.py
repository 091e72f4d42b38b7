"""Managing accounts in the browser: administrators only.

Adding an account, changing its role and removing it (the account is disabled, never deleted, so the
audit log can always name who did what) all go through :mod:`oversight.accounts.users`, which writes
each change to the audit log under the administrator's name.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from oversight.accounts.roles import ROLES
from oversight.accounts.users import AccountError, User, add_user, disable_user, list_users, set_role
from oversight.serve import security
from oversight.serve.rendering import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(security.check_form_token)])
Administrator = Annotated[User, Depends(security.administrator)]
DONE = {"added": "Account added.", "role": "Role changed.", "removed": "Account removed."}


def _page(request: Request, errors: dict[str, str] | None = None, status_code: int = 200, message: str = "",
          username: str = "") -> HTMLResponse:
    return render(request, "users.html", None, status_code=status_code, users=list_users(request.app.state.engine),
                  roles=ROLES, errors=errors or {}, message=message, username=username)


@router.get("/admin/users", response_class=HTMLResponse)
def users(request: Request, admin: Administrator, done: str | None = None) -> HTMLResponse:
    return _page(request, message=DONE.get(done or "", ""))


@router.post("/admin/users")
def add(request: Request, admin: Administrator, username: Annotated[str, Form(max_length=200)] = "",
        password: Annotated[str, Form(max_length=1000)] = "",
        role: Annotated[str, Form(max_length=40)] = "") -> Response:
    try:
        add_user(request.app.state.engine, username.strip(), password, role, actor=admin.actor)
    except AccountError as exc:
        return _page(request, {"new-username": str(exc)}, status_code=400, username=username)
    return RedirectResponse("/admin/users?done=added", status_code=303)


@router.post("/admin/users/{username}/role")
def change_role(request: Request, admin: Administrator, username: str,
                role: Annotated[str, Form(max_length=40)] = "") -> Response:
    if username == admin.username:
        return _page(request, {"users": "You cannot change your own role; ask another administrator."}, 400)
    try:
        set_role(request.app.state.engine, username, role, actor=admin.actor)
    except AccountError as exc:
        return _page(request, {"users": str(exc)}, status_code=400)
    return RedirectResponse("/admin/users?done=role", status_code=303)


@router.post("/admin/users/{username}/remove")
def remove(request: Request, admin: Administrator, username: str) -> Response:
    if username == admin.username:
        return _page(request, {"users": "You cannot remove your own account; ask another administrator."}, 400)
    try:
        disable_user(request.app.state.engine, username, actor=admin.actor)
    except AccountError as exc:
        return _page(request, {"users": str(exc)}, status_code=400)
    return RedirectResponse("/admin/users?done=removed", status_code=303)
