"""CSV and JSON downloads of every list: all matching rows, streamed as they are read.

Each list declares its columns once (:class:`Column`): the header, and how to get the value from a
row.  The web downloads and an ``oversight export --csv`` command can share these functions.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from fastapi.responses import StreamingResponse
from sqlalchemy import Engine

from oversight import vocab
from oversight.review.status import status_histories
from oversight.rules.catalogue import RULES_BY_ID
from oversight.serve import urls
from oversight.serve.formatters import iso_date, label
from oversight.store.queries import list_documents
from oversight.store.queries_deadlines import iter_deadlines
from oversight.store.queries_findings import FindingFilters, iter_findings
from oversight.store.queries_meetings import iter_meetings
from oversight.store.queries_plan import iter_deliverables


@dataclass(frozen=True)
class Column:
    name: str
    value: Callable[[Any], Any]


FINDING_COLUMNS: tuple[Column, ...] = (
    Column("id", lambda r: r.id),
    Column("url", lambda r: urls.finding(r.id)),
    Column("kind", lambda r: r.kind),
    Column("kind_label", lambda r: label(r.kind, vocab.FINDING_KINDS)),
    Column("number", lambda r: r.number or ""),
    Column("text", lambda r: r.text),
    Column("status", lambda r: r.status),
    Column("due", lambda r: iso_date(r.due)),
    Column("force", lambda r: r.force or ""),
    Column("paper_date", lambda r: iso_date(r.paper_date)),
    Column("document_id", lambda r: r.document_id),
    Column("source", lambda r: r.document_source),
    Column("page", lambda r: r.page),
    Column("quote", lambda r: r.quote),
)

MEETING_COLUMNS: tuple[Column, ...] = (
    Column("id", lambda r: r.id),
    Column("url", lambda r: urls.meeting(r.id)),
    Column("date", lambda r: iso_date(r.date)),
    Column("start_time", lambda r: r.start_time or ""),
    Column("body", lambda r: r.body or ""),
    Column("venue", lambda r: r.venue or ""),
    Column("present", lambda r: r.present),
    Column("apologies", lambda r: r.apologies),
    Column("document_id", lambda r: r.document_id),
)

DELIVERABLE_COLUMNS: tuple[Column, ...] = (
    Column("id", lambda r: r.id),
    Column("theme", lambda r: r.theme or ""),
    Column("title", lambda r: r.title),
    Column("status", lambda r: r.status or ""),
    Column("target", lambda r: r.target or ""),
    Column("target_start", lambda r: iso_date(r.target_start)),
    Column("target_end", lambda r: iso_date(r.target_end)),
    Column("document_id", lambda r: r.document_id),
    Column("page", lambda r: r.page),
    Column("quote", lambda r: r.quote),
)

DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("id", lambda d: d.id),
    Column("url", lambda d: urls.document(d.id)),
    Column("title", lambda d: d.title or ""),
    Column("source", lambda d: d.source),
    Column("kind", lambda d: d.kind or ""),
    Column("published_on", lambda d: iso_date(d.published_on)),
    Column("pages", lambda d: d.page_count),
    Column("sha256", lambda d: d.sha256),
)

DEADLINE_COLUMNS: tuple[Column, ...] = (
    Column("id", lambda d: d.id),
    Column("rule", lambda d: d.rule),
    Column("rule_title", lambda d: RULES_BY_ID[d.rule].title if d.rule in RULES_BY_ID else ""),
    Column("citation", lambda d: RULES_BY_ID[d.rule].citation if d.rule in RULES_BY_ID else ""),
    Column("status", lambda d: d.status),
    Column("due", lambda d: iso_date(d.due)),
    Column("met_on", lambda d: iso_date(d.met_on)),
    Column("subject_type", lambda d: d.subject_type),
    Column("subject_id", lambda d: d.subject_id),
    Column("subject_url", lambda d: urls.record(d.subject_type, d.subject_id, d.subject_document_id)
           if d.subject_document_id else ""),
    Column("reason", lambda d: d.reason),
    Column("evidence_url", lambda d: urls.document_page(d.evidence_document_id, d.evidence_page, d.evidence_id)
           if d.evidence_document_id and d.evidence_page else ""),
)

_SPREADSHEET_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def status_history_column(engine: Engine, record_type: str) -> Column:
    """Each row's status history, oldest first (read once for the whole download, not once per row).

    JSON downloads carry it as a list of objects; CSV cells as one line per change."""
    histories = status_histories(engine, record_type)
    return Column("status_history", lambda r: [
        {"status": h.status, "effective_on": h.effective_on.isoformat(), "by": h.username, "note": h.note,
         "evidence_quote": h.evidence_quote, "evidence_url": h.evidence_url}
        for h in histories.get(r.id, [])])


def with_status_history(columns: tuple[Column, ...], engine: Engine, record_type: str) -> tuple[Column, ...]:
    return (*columns, status_history_column(engine, record_type))


def _history_text(entries: list[dict[str, Any]]) -> str:
    lines = []
    for e in entries:
        line = f"{e['effective_on']} {e['status']} (by {e['by']})" + (f": {e['note']}" if e["note"] else "")
        if e.get("evidence_url"):
            line += f" <{e['evidence_url']}>"
        lines.append(line)
    return "\n".join(lines)


def _cell(value: Any) -> Any:
    """A CSV cell; text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, list) and all(isinstance(v, dict) and "effective_on" in v for v in value):
        value = _history_text(value)
    if isinstance(value, str) and value.startswith(_SPREADSHEET_FORMULA):
        return "'" + value
    return value


def csv_lines(columns: Iterable[Column], rows: Iterable[Any]) -> Iterator[str]:
    """The header, then one CSV line per row, produced as the rows arrive."""
    cols = tuple(columns)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in cols])
    for row in rows:
        writer.writerow([_cell(c.value(row)) for c in cols])
        if buffer.tell() > 1 << 16:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def json_lines(columns: Iterable[Column], rows: Iterable[Any]) -> Iterator[str]:
    """A JSON array of objects, one per row, produced as the rows arrive."""
    cols = tuple(columns)
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps({c.name: c.value(row) for c in cols}, ensure_ascii=False)
    yield "\n]\n"


# Every downloadable list: its columns and all of its rows, in the order its page shows them.
LISTS: dict[str, tuple[tuple[Column, ...], Callable[[Engine], Iterable[Any]]]] = {
    "findings": (FINDING_COLUMNS, lambda engine: iter_findings(engine, FindingFilters())),
    "meetings": (MEETING_COLUMNS, iter_meetings),
    "deliverables": (DELIVERABLE_COLUMNS, iter_deliverables),
    "documents": (DOCUMENT_COLUMNS, list_documents),
    "deadlines": (DEADLINE_COLUMNS, iter_deadlines),
}

# Lists whose rows have a status people track, and the record type of their rows.
TRACKED_LISTS = {"findings": "finding", "deliverables": "deliverable"}

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def download(name: str, extension: str, columns: Iterable[Column], rows: Iterable[Any]) -> StreamingResponse:
    """A streamed ``name.csv`` or ``name.json`` attachment of every row."""
    produce = csv_lines if extension == "csv" else json_lines
    return StreamingResponse(produce(columns, rows), media_type=MEDIA_TYPES[extension],
                             headers={"Content-Disposition": f'attachment; filename="{name}.{extension}"'})


def write_list(engine: Engine, name: str, extension: str, output: TextIO) -> int:
    """Write every row of list ``name`` as CSV or JSON to ``output``; returns the number of rows.

    For a command such as ``oversight export --list findings --format csv findings.csv``.
    """
    if name not in LISTS:
        raise ValueError(f"'{name}' is not a list; choose one of {', '.join(LISTS)}.")
    if extension not in MEDIA_TYPES:
        raise ValueError(f"'{extension}' is not a download format; choose csv or json.")
    columns, rows = LISTS[name]
    if name in TRACKED_LISTS:
        columns = with_status_history(columns, engine, TRACKED_LISTS[name])
    counted = _Counted(rows(engine))
    for chunk in (csv_lines if extension == "csv" else json_lines)(columns, counted):
        output.write(chunk)
    return counted.count


class _Counted:
    """Rows passed through unchanged, counted on the way."""

    def __init__(self, rows: Iterable[Any]) -> None:
        self.rows = rows
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for row in self.rows:
            self.count += 1
            yield row
