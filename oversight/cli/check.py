"""``oversight check``: the statutory compliance report, printed as a table or as JSON.

The command only prints: evaluation is :func:`oversight.rules.evaluate`, the same call the web app makes.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from oversight.rules.catalogue import RULES_BY_ID
from oversight.rules.model import STATUS_LABELS, Evaluation


def render_table(evaluations: list[Evaluation], console: Console) -> None:
    """A plain table: rule, subject, due, met on, status, and why (with the first piece of evidence)."""
    if not evaluations:
        console.print("No statutory duties found in the register yet (ingest some papers first).")
        return
    table = Table("rule", "citation", "subject", "due", "met on", "status", "why", show_lines=False)
    for e in evaluations:
        rule = RULES_BY_ID.get(e.rule)
        why = e.reason
        if e.evidence:
            first = e.evidence[0]
            quote = " ".join(first.quote.split())
            why += f' [{first.source} p.{first.page}: "{quote[:80]}{"…" if len(quote) > 80 else ""}"]'
        table.add_row(e.rule, rule.short_citation if rule else "", e.subject, e.due.isoformat() if e.due else "-",
                      e.met_on.isoformat() if e.met_on else "-", STATUS_LABELS.get(e.status, e.status), why)
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to ``app`` (kept here so the rules stage owns its command)."""

    @app.command()
    def check(
        as_json: Annotated[bool, typer.Option("--json", help="Print the evaluations as JSON.")] = False,
        on: Annotated[str | None, typer.Option("--on", help="Evaluate as of this date (YYYY-MM-DD).")] = None,
    ) -> None:
        """Check statutory duties: s55 responses, the precept timetable, appointments, panel requests.

        Example: oversight check --json
        """
        from oversight.cli.main import _engine
        from oversight.rules import evaluate

        try:
            today = date.fromisoformat(on) if on else None
        except ValueError:
            raise typer.BadParameter(f"'{on}' is not a date; write it as YYYY-MM-DD.", param_hint="--on") from None
        evaluations = evaluate(_engine(), today)
        if as_json:
            json.dump([e.to_json() for e in evaluations], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            return
        # A pipe or file has no width; give the table room rather than folding every cell to a few letters.
        render_table(evaluations, Console(soft_wrap=False, width=None if sys.stdout.isatty() else 220))
