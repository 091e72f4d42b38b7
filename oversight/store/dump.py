"""Whole-register dump: every table as JSON rows, in dependency order, for ``oversight export``."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from oversight.store.models import Base


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def dump_register(engine: Engine, output: Path) -> int:
    """Write ``{"tables": {name: [row, ...]}}`` to ``output``; returns the number of rows."""
    tables: dict[str, list[dict[str, Any]]] = {}
    count = 0
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = [{k: _plain(v) for k, v in row._mapping.items()} for row in conn.execute(select(table))]
            tables[table.name] = rows
            count += len(rows)
    output.write_text(json.dumps({"format": "oversight-register", "version": 1, "tables": tables},
                                 ensure_ascii=False, indent=1))
    return count
