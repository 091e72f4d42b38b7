"""Every command has help ending with an example, and the README names every command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from oversight.cli.main import app

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands() -> dict[str, Any]:
    root: Any = typer.main.get_command(app)
    found: dict[str, Any] = {}
    for name, command in root.commands.items():
        if hasattr(command, "commands"):
            for sub_name, sub in command.commands.items():
                found[f"{name} {sub_name}"] = sub
        else:
            found[name] = command
    return found


def test_expected_commands_exist() -> None:
    assert {"ingest", "extract", "serve", "demo", "search", "db upgrade", "export", "settings"} <= set(_commands())


def test_every_command_help_ends_with_an_example() -> None:
    for name, command in _commands().items():
        help_text = (command.help or "").strip()
        assert help_text.splitlines()[-1].startswith("Example: oversight "), name


def test_readme_mentions_every_command() -> None:
    readme = README.read_text()
    for name in _commands():
        if name not in ("demo", "db upgrade"):
            assert f"oversight {name}" in readme, name
