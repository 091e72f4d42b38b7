"""Entry point: one Typer app of thin commands; errors become one sentence and a non-zero exit.

Commands call the same library functions the web app calls (``ingest_paths``, ``search``,
``extract_file``); nothing here holds logic of its own beyond printing.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from oversight.errors import OversightError
from oversight.settings import Settings, get_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

app = typer.Typer(
    name="oversight",
    help="Build and serve a register of police inspection findings, responses and panel decisions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="Manage the database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")

_state = {"debug": False}
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


@app.callback()
def _root(debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False) -> None:
    """Oversight reads HMICFRS reports, Commissioners' responses and Police and Crime Panel papers.

    Example: oversight demo
    """
    _state["debug"] = debug


def _engine(settings: Settings | None = None):  # type: ignore[no-untyped-def]
    from oversight.store.db import open_database

    settings = settings or get_settings()
    return open_database(settings.resolved_database_url())


def _max_bytes(settings: Settings) -> int:
    return int(settings.max_file_mb * 1_000_000)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="A .pdf, .html, .htm or .txt file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the interchange format (the default).")] = True,
) -> None:
    """Print what Oversight reads from one file as JSON (the interchange format); needs no database.

    Example: oversight extract report.pdf --json
    """
    from oversight.pipeline import extract_file

    result, _ = extract_file(path, max_bytes=_max_bytes(get_settings()))
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of .pdf, .html, .htm and .txt papers.")],
) -> None:
    """Add papers to the register; a file already ingested is left unchanged.

    Example: oversight ingest papers/ minutes-2023-02-01.pdf
    """
    from oversight.store.ingest import collect_files, ingest_file, refresh_derived

    settings = get_settings()
    engine = _engine(settings)
    files = collect_files(paths)
    outcomes = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=err,
                  disable=len(files) < 5 or not err.is_terminal, transient=True) as progress:
        task = progress.add_task("Ingesting", total=len(files))
        for path in files:
            progress.update(task, description=f"Ingesting {path.name[:40]}")
            outcome = ingest_file(engine, path, _max_bytes(settings))
            outcomes.append(outcome)
            if outcome.status == "failed":
                err.print(f"[red]Failed:[/red] {escape(outcome.message)}", highlight=False)
            progress.advance(task)
    inserted = [o for o in outcomes if o.status == "inserted"]
    if inserted:
        refresh_derived(engine)
    unchanged = sum(1 for o in outcomes if o.status == "unchanged")
    failed = sum(1 for o in outcomes if o.status == "failed")
    out.print(
        f"{len(inserted)} inserted ({sum(o.papers for o in inserted)} papers, "
        f"{sum(o.records for o in inserted)} records), {unchanged} unchanged, {failed} failed.",
        highlight=False,
    )
    if failed:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
) -> None:
    """Search every stored paper and record.

    Example: oversight search "domestic abuse"
    """
    from oversight.store.search import search as run_search

    hits = run_search(_engine(), query, limit=limit)
    if not hits:
        out.print("No results.")
        return
    table = Table("type", "title", "snippet", show_lines=False)
    for hit in hits:
        snippet = " ".join(hit.snippet.split()).replace("[[", "[bold]").replace("]]", "[/bold]")
        table.add_row(hit.record_type, hit.title[:60], snippet)
    out.print(table)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create the schema, or bring it to the latest version.

    Example: oversight db upgrade  (with OVERSIGHT_DATABASE_URL set for PostgreSQL)
    """
    settings = get_settings()
    _engine(settings)
    out.print(f"Database at {_display_url(settings)} is up to date.", highlight=False)


def _display_url(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.resolved_database_url()).render_as_string(hide_password=True)


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    ics: Annotated[bool, typer.Option("--ics", help="Write iCalendar: statutory dates and meetings.")] = False,
    since: Annotated[str | None, typer.Option(help="With --ics: include events from this date (YYYY-MM-DD), "
                                                   "not only upcoming ones.")] = None,
    list_name: Annotated[str | None, typer.Option("--list", help="Write one list instead: findings, meetings, "
                                                  "deliverables, documents or deadlines.")] = None,
    file_format: Annotated[str, typer.Option("--format", help="With --list: csv or json.")] = "csv",
) -> None:
    """Write the whole register to a JSON file; one list as CSV or JSON with --list; the calendar with --ics.

    Example: oversight export register.json
    """
    engine = _engine()
    if list_name:
        from oversight.serve.exports import write_list

        try:
            with output.open("w", encoding="utf-8", newline="") as handle:
                rows = write_list(engine, list_name, file_format, handle)
        except ValueError as exc:
            output.unlink(missing_ok=True)
            raise typer.BadParameter(str(exc)) from None
        out.print(f"Wrote {rows} {list_name} to {output}.", highlight=False)
        return
    if ics:
        from oversight.rules.calendar import write_ics

        try:
            start = date.fromisoformat(since) if since else None
        except ValueError:
            message = f"'{since}' is not a date; write it as YYYY-MM-DD."
            raise typer.BadParameter(message, param_hint="--since") from None
        events = write_ics(engine, output, since=start)
        out.print(f"Wrote {events} events to {output}.", highlight=False)
        return
    from oversight.store.dump import dump_register

    count = dump_register(engine, output)
    out.print(f"Wrote {count} rows to {output}.", highlight=False)


@app.command("import")
def import_register(
    source: Annotated[Path, typer.Argument(help="A file written by 'oversight export FILE.json'.")],
) -> None:
    """Restore a whole-register export into an empty database, ids and all.

    Example: oversight import register.json
    """
    from oversight.store.dump import load_register

    count = load_register(_engine(), source)
    out.print(f"Restored {count} rows from {source}.", highlight=False)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
) -> None:
    """Serve the web app and JSON API over the configured database.

    Example: oversight serve --port 8080
    """
    import uvicorn

    from oversight.serve.app import create_app

    settings = get_settings()
    engine = _engine(settings)
    _hint_first_account(engine, settings.resolved_database_url())
    application = create_app(engine, settings)
    uvicorn.run(application, host=host or settings.host, port=port or settings.port, log_level="info")


def _hint_first_account(engine: Engine, url: str) -> None:
    """There are no default credentials, so say how to make the first account when there is none."""
    from oversight.accounts.users import list_users

    if not list_users(engine):
        err.print("No accounts yet: anyone can read, nobody can edit. To sign in, make the first administrator: "
                  f"OVERSIGHT_DATABASE_URL='{url}' oversight users add NAME --role administrator", highlight=False)


@app.command()
def demo(
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Build the demo database but do not serve it.")] = False,
) -> None:
    """Build a fresh SQLite register from the bundled sample papers and serve it on localhost.

    Example: oversight demo
    """
    from oversight.samples import sample_papers
    from oversight.store.db import open_database
    from oversight.store.ingest import ingest_paths

    settings = get_settings()
    db_file = settings.data_dir / "demo.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    engine = open_database(f"sqlite:///{db_file}")
    summary = ingest_paths(engine, sample_papers(), _max_bytes(settings))
    out.print(f"Demo register at {db_file}: {summary.count('inserted')} files ingested, "
              f"{summary.papers} papers, {summary.records} records.", highlight=False)
    for failure in summary.failed:
        err.print(f"Failed: {failure.message}", highlight=False)
    if no_serve:
        return
    import uvicorn

    from oversight.serve.app import create_app

    port = port or settings.port
    _hint_first_account(engine, f"sqlite:///{db_file}")
    out.print(f"Open http://{settings.host}:{port}/ (Ctrl+C to stop).", highlight=False)
    uvicorn.run(create_app(engine, settings), host=settings.host, port=port, log_level="warning")


@app.command("settings")
def show_settings() -> None:
    """List every setting, its environment variable, current value and meaning.

    Example: oversight settings
    """
    settings = get_settings()
    table = Table("variable", "value", "meaning")
    for name, info in Settings.model_fields.items():
        table.add_row(f"OVERSIGHT_{name.upper()}", str(getattr(settings, name)), info.description or "")
    out.print(table)


@app.command()
def reextract(
    document_ids: Annotated[list[int] | None, typer.Argument(help="Documents to extract again (default: all).")]
    = None,
) -> None:
    """Extract stored documents again with the current extractors; people's reviews and edits are kept.

    Example: oversight reextract 3
    """
    from sqlalchemy import select

    from oversight.store import models as m
    from oversight.store.db import session_scope
    from oversight.store.ingest import refresh_derived
    from oversight.store.reextract import reextract_document

    engine = _engine()
    if not document_ids:
        with session_scope(engine) as s:
            document_ids = list(s.scalars(select(m.Document.id).order_by(m.Document.id)))
    for document_id in document_ids:
        outcome = reextract_document(engine, document_id)
        out.print(f"Document {document_id}: {outcome.records} records extracted, "
                  f"{outcome.kept} kept as people left them.", highlight=False)
    refresh_derived(engine)


def _register_extensions() -> None:
    """Commands that live with their stage or subject (rules: ``check``; accounts: ``users``)."""
    from oversight.cli import check, users

    check.register(app)
    users.register(app)


_register_extensions()


def run() -> None:
    """Console entry point: usage errors are Typer's; Oversight errors become one clear line."""
    try:
        app()  # standalone mode: prints usage errors itself and exits through SystemExit
    except OversightError as exc:
        if _state["debug"]:
            raise
        err.print(f"Error: {exc}", highlight=False, markup=False)
        sys.exit(2)
    except Exception as exc:
        if _state["debug"]:
            raise
        err.print(f"Error: unexpected failure: {type(exc).__name__}: {exc} (run with --debug for details)",
                  highlight=False, markup=False)
        sys.exit(1)
