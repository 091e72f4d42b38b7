"""``oversight check`` prints the evaluations as a table or JSON, from the same function the library offers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oversight.cli.main import app
from oversight.settings import get_settings


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OVERSIGHT_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("OVERSIGHT_DATABASE_URL", raising=False)
    get_settings.cache_clear() if hasattr(get_settings, "cache_clear") else None
    return tmp_path


def test_check_on_an_empty_register_says_so(data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    assert "No statutory duties" in result.output


def test_check_json_lists_evaluations_with_evidence(data_dir: Path) -> None:
    seeds = Path(__file__).resolve().parents[2] / "oversight" / "samples" / "papers"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(seeds)]).exit_code == 0
    result = runner.invoke(app, ["check", "--json", "--on", "2026-01-01"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all({"rule", "status", "reason", "due", "met_on", "evidence"} <= set(r) for r in rows)
    assert {r["status"] for r in rows} <= {"met", "due", "overdue", "cannot_tell", "not_met", "not_required"}
    assert all(isinstance(r["reason"], str) and r["reason"] for r in rows)


def test_check_rejects_a_bad_date(data_dir: Path) -> None:
    result = CliRunner().invoke(app, ["check", "--on", "1 March"])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output
