"""Whole-register dump and restore: every table as JSON rows, in dependency order.

``oversight export FILE.json`` writes it and ``oversight import FILE.json`` restores it into an empty
database, keeping every id, so permalinks and the audit log stay true.  Derived search indexes are
rebuilt by the database from the restored rows.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Engine, func, insert, select, text

from oversight.errors import InputError, StoreError
from oversight.store.models import Base

FORMAT = "oversight-register"
VERSION = 1


def _plain(value: Any) -> Any:
    """JSON-ready values; timestamps always in UTC with their offset, whichever backend stored them
    (SQLite hands back naive UTC, PostgreSQL aware values), so a dump reads the same from either."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


# Signed-in browsers are not part of the register: a restored register starts with nobody signed in.
NOT_EXPORTED = frozenset({"user_session"})


def dump_register(engine: Engine, output: Path) -> int:
    """Write ``{"tables": {name: [row, ...]}}`` to ``output``; returns the number of rows.

    The audit log, review decisions and status history go with the records they describe, and the
    accounts that made them (with their password hashes, so a restore signs the same people in):
    treat an export as a backup, not as something to publish.
    """
    tables: dict[str, list[dict[str, Any]]] = {}
    count = 0
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in NOT_EXPORTED:
                continue
            rows = [{k: _plain(v) for k, v in row._mapping.items()}
                    for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
            tables[table.name] = rows
            count += len(rows)
    output.write_text(json.dumps({"format": FORMAT, "version": VERSION, "tables": tables},
                                 ensure_ascii=False, indent=1))
    return count


def _typed(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in row.items():
        column = table.c.get(name)
        if column is None:
            continue
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def load_register(engine: Engine, source: Path) -> int:
    """Restore a dump into an empty database in one transaction; returns the number of rows."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(source, f"is not a register export ({exc}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise InputError(source, "is not a register export (no 'oversight-register' format marker).")
    if data.get("version") != VERSION:
        raise InputError(source, f"is export version {data.get('version')}; this Oversight reads version {VERSION}.")
    count = 0
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            if conn.scalar(select(func.count()).select_from(table)):
                raise StoreError(f"The database already holds {table.name} rows; import only into an empty one.")
        for table in Base.metadata.sorted_tables:
            rows = [_typed(table, row) for row in data["tables"].get(table.name, [])]
            if rows:
                conn.execute(insert(table), rows)
                count += len(rows)
        if engine.dialect.name == "postgresql":
            for table in Base.metadata.sorted_tables:
                if "id" in table.c:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))
    return count
