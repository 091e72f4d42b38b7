"""Roles and what each may do.  A higher role may do everything a lower one may."""

from __future__ import annotations

ROLES: dict[str, str] = {
    "viewer": "Viewer (read only)",
    "editor": "Editor (review, correct, track status, add papers)",
    "administrator": "Administrator (also manages users)",
}
_RANK = {name: rank for rank, name in enumerate(ROLES)}

# The least role each action needs.
PERMISSIONS: dict[str, str] = {
    "read": "viewer",
    "add_paper": "editor",
    "review": "editor",
    "correct": "editor",
    "set_status": "editor",
    "manage_users": "administrator",
}


def can(role: str | None, action: str) -> bool:
    """Whether ``role`` (None for an anonymous visitor, who is a viewer) may do ``action``."""
    needed = PERMISSIONS[action]
    return _RANK.get(role or "viewer", -1) >= _RANK[needed]


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"'{role}' is not a role; choose one of {', '.join(ROLES)}.")
    return role
