"""Findings, actions and deliverables carry, in their JSON, the status history people set: oldest first
by the day each change took effect, each naming who made it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from oversight.accounts.users import add_user, disable_user
from oversight.review.status import set_status
from oversight.store.db import open_database
from tests.serve.api import api_client
from tests.serve.register import Built, build_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def tracked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Built, dict[str, int]]]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('status') / 'register.sqlite3'}")
    built = build_register(engine, today=date(2024, 1, 10))
    alice = add_user(engine, "alice", PASSWORD, "editor")
    bob = add_user(engine, "bob", PASSWORD, "editor")
    rec1 = built.findings["rec1"]
    set_status(engine, alice.actor, "finding", rec1, "in_progress", date(2024, 1, 5), note="Policy drafted.")
    # Entered later but effective earlier: it comes first in the history.
    set_status(engine, bob.actor, "finding", rec1, "open", date(2023, 12, 1), note="Accepted by the force.",
               evidence_quote="the force has introduced a victim update policy",
               evidence_url="https://example.org/response.pdf")
    disable_user(engine, "bob")  # a disabled account still names its changes
    client = api_client(engine)
    june = client.get(f"/api/v1/meetings/{built.meetings['june']}").json()
    action = june["records"]["action"][0]["id"]
    set_status(engine, alice.actor, "action", action, "closed", date(2023, 7, 1), note="Results circulated.")
    set_status(engine, alice.actor, "deliverable", built.deliverables["hub"], "closed", date(2023, 9, 1))
    yield client, built, {"action": action}
    engine.dispose()


def _history(body: dict[str, Any]) -> list[tuple[str, str, str | None, str]]:
    return [(h["status"], h["effective_on"], h["username"], h["note"]) for h in body["status_history"]]


def test_a_finding_shows_its_history_oldest_first_with_who_made_each_change(
        tracked: tuple[TestClient, Built, dict[str, int]]) -> None:
    client, built, _ = tracked
    body = client.get(f"/api/v1/findings/{built.findings['rec1']}").json()
    assert _history(body) == [("open", "2023-12-01", "bob", "Accepted by the force."),
                              ("in_progress", "2024-01-05", "alice", "Policy drafted.")]
    first = body["status_history"][0]
    assert first["evidence_quote"] == "the force has introduced a victim update policy"
    assert first["evidence_url"] == "https://example.org/response.pdf" and first["recorded_at"]
    assert body["status_history"][1]["evidence_quote"] is None
    assert body["responses"] and body["evidence"]["quote"]  # the rest of the finding is still there
    untouched = client.get(f"/api/v1/findings/{built.findings['afi1']}").json()
    assert untouched["status_history"] == []


def test_a_meetings_actions_carry_their_history(tracked: tuple[TestClient, Built, dict[str, int]]) -> None:
    client, built, ids = tracked
    [action] = client.get(f"/api/v1/meetings/{built.meetings['june']}").json()["records"]["action"]
    assert action["id"] == ids["action"] and action["status"] == "closed"
    assert _history(action) == [("closed", "2023-07-01", "alice", "Results circulated.")]


def test_deliverables_carry_their_history_beside_the_status_their_report_gives(
        tracked: tuple[TestClient, Built, dict[str, int]]) -> None:
    client, built, _ = tracked
    groups = client.get("/api/v1/deliverables").json()["statuses"]
    rows = {d["id"]: d for g in groups for d in g["deliverables"]}
    hub = rows[built.deliverables["hub"]]
    assert hub["status"] == "completed"  # as the progress report gave it
    assert _history(hub) == [("closed", "2023-09-01", "alice", "")]
    assert rows[built.deliverables["recruit"]]["status_history"] == []



def test_histories_of_more_records_than_one_statement_may_name(engine: Any) -> None:
    """A statement binds a bounded number of values (PostgreSQL 65,535; SQLite 32,766 unless built
    otherwise); a long list of records still gets every history, on both backends."""
    from oversight.review.status import status_histories

    built = build_register(engine, today=date(2024, 1, 10))
    alice = add_user(engine, "alice", PASSWORD, "editor")
    rec1 = built.findings["rec1"]
    set_status(engine, alice.actor, "finding", rec1, "in_progress", date(2024, 1, 5))
    # Ids with no history sort before the one that has it, so it falls in the last batch.
    histories = status_histories(engine, "finding", [*range(-70_000, 0), rec1])
    assert list(histories) == [rec1] and [h.status for h in histories[rec1]] == ["in_progress"]
