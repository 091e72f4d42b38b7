"""A whole-register export restores exactly, ids and people's work included, on both backends."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from oversight.accounts.users import User, add_user, start_session
from oversight.errors import InputError, StoreError
from oversight.review import decisions
from oversight.review.status import set_status
from oversight.store.db import make_engine, upgrade
from oversight.store.dump import dump_register, load_register
from oversight.store.ingest import ingest_paths
from oversight.store.search import search


def test_export_then_import_restores_every_row(engine: Engine, seeds: list[Path], tmp_path: Path,
                                               database_url: str) -> None:
    ingest_paths(engine, seeds[2:4])
    editor = add_user(engine, "restorer", "a long passphrase here", "editor").actor
    decisions.reject(engine, editor, "finding", 1, "checked by hand")
    set_status(engine, editor, "finding", 2, "closed", date(2024, 5, 1), "done")
    start_session(engine, User(editor.user_id or 0, "restorer", "editor", False))
    first = tmp_path / "first.json"
    rows = dump_register(engine, first)
    assert rows > 50
    exported = json.loads(first.read_text())["tables"]
    assert "user_session" not in exported
    assert [e["action"] for e in exported["audit_entry"]] == ["user_added", "review_rejected", "status"]
    assert exported["audit_entry"][1]["reason"] == "checked by hand"
    assert exported["status_change"][0]["status"] == "closed"

    target_url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    target = make_engine(target_url)
    upgrade(target)
    assert load_register(target, first) == rows
    second = tmp_path / "second.json"
    dump_register(target, second)
    assert json.loads(second.read_text()) == json.loads(first.read_text())
    # The search index is rebuilt from the restored rows.
    assert search(target, "domestic abuse")
    with pytest.raises(StoreError, match="empty one"):
        load_register(target, first)
    target.dispose()


def test_import_refuses_a_file_that_is_not_an_export(engine: Engine, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"tables": {}}')
    with pytest.raises(InputError, match="not a register export"):
        load_register(engine, bogus)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(InputError, match=r"broken\.json"):
        load_register(engine, broken)
