"""Entry point: one Typer app; errors become one sentence on stderr and a non-zero exit."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from oversight.errors import OversightError
from oversight.settings import get_settings

app = typer.Typer(
    name="oversight",
    help="Build and serve a register of police inspection findings, responses and panel decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_debug = False


@app.callback()
def _root(debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False) -> None:
    global _debug
    _debug = debug


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="A .pdf, .html, .htm or .txt file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the interchange format (the default).")] = True,
) -> None:
    """Print what Oversight reads from one file, as JSON; needs no database.

    Example: oversight extract report.pdf --json
    """
    from oversight.pipeline import extract_file

    settings = get_settings()
    result, _ = extract_file(path, max_bytes=int(settings.max_file_mb * 1e6))
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def run() -> None:
    """Console entry point: run the app, turning Oversight errors into one clear line."""
    try:
        app(standalone_mode=False)
    except OversightError as exc:
        if _debug:
            raise
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("Aborted.", err=True)
        sys.exit(1)
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if _debug:
            raise
        typer.echo(f"Error: unexpected failure: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
        sys.exit(1)
