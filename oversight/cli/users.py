"""``oversight users``: make the first administrator, and manage accounts from the command line."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

users_app = typer.Typer(help="Manage the accounts of people who may change the register.", no_args_is_help=True)
out = Console(soft_wrap=True)

RoleOption = Annotated[str, typer.Option("--role", help="viewer, editor or administrator.")]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users_app.command("add")
def add(
    username: Annotated[str, typer.Argument(help="The new user's name.")],
    role: RoleOption = "editor",
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from standard input.")]
    = False,
) -> None:
    """Add a user; you are asked for their password (at least 12 characters).

    Example: oversight users add alice --role administrator
    """
    from oversight.accounts.users import add_user
    from oversight.cli.main import _engine

    user = add_user(_engine(), username, _password(password_stdin), role)
    out.print(f"Added {user.username} as {user.role}.", highlight=False)


@users_app.command("remove")
def remove(username: Annotated[str, typer.Argument(help="The user to remove.")]) -> None:
    """Remove a user's access (the account is disabled and kept, so the audit log still names them).

    Example: oversight users remove alice
    """
    from oversight.accounts.users import disable_user
    from oversight.cli.main import _engine

    disable_user(_engine(), username)
    out.print(f"Removed {username}'s access.", highlight=False)


@users_app.command("set-role")
def set_role(username: Annotated[str, typer.Argument(help="The user to change.")], role: RoleOption) -> None:
    """Change a user's role.

    Example: oversight users set-role alice --role editor
    """
    from oversight.accounts.users import set_role as change_role
    from oversight.cli.main import _engine

    user = change_role(_engine(), username, role)
    out.print(f"{user.username} is now {user.role}.", highlight=False)


@users_app.command("list")
def list_all() -> None:
    """List every account with its role.

    Example: oversight users list
    """
    from oversight.accounts.users import list_users
    from oversight.cli.main import _engine

    table = Table("user", "role", "access")
    for user in list_users(_engine()):
        table.add_row(user.username, user.role, "removed" if user.disabled else "active")
    out.print(table)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
