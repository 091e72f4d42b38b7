"""The OpenAPI schema describes every JSON route: each GET under /api/v1 answers a named, typed object
or list whose fields all carry descriptions, and the models cover every column the views draw on."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine

from oversight.rules.model import STATUS_LABELS
from oversight.serve import exports
from oversight.serve.schemas import deadlines, findings, home, meetings, plan
from oversight.serve.schemas.records import FIELDS_BY_TABLE
from oversight.settings import Settings
from oversight.store import models as m
from oversight.store import queries
from tests.serve.api import api_client

# Routes that answer JSON but are not the register's API.
NOT_API = {"/api/v1/openapi.json"}


@pytest.fixture(scope="module")
def schema(register: tuple[Engine, Any]) -> dict[str, Any]:
    response = api_client(register[0], Settings()).get("/api/v1/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = schema["components"]["schemas"][name]
    return node


def _typed_object_problem(schema: dict[str, Any], node: dict[str, Any]) -> str | None:
    """Why ``node`` is not a typed object (or list of them), or None when it is."""
    node = _resolve(schema, node)
    if node.get("type") == "array":
        return _typed_object_problem(schema, node.get("items") or {})
    if node.get("type") != "object" or not node.get("properties"):
        return f"not an object with named properties: {node}"
    return None


def _api_gets(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {path: ops["get"] for path, ops in schema["paths"].items()
            if path.startswith("/api/v1") and path not in NOT_API and "get" in ops}


def test_every_api_get_route_answers_a_typed_object(schema: dict[str, Any]) -> None:
    routes = _api_gets(schema)
    assert {"/api/v1/", "/api/v1/findings", "/api/v1/people", "/api/v1/vote-events"} <= set(routes)
    problems = {}
    for path, op in routes.items():
        content = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        node = content.get("schema")
        problem = "no schema" if not node else _typed_object_problem(schema, node)
        if problem:
            problems[path] = problem
    assert not problems, problems


def test_every_field_of_every_response_model_is_described(schema: dict[str, Any]) -> None:
    undescribed = [f"{name}.{field}" for name, model in schema["components"]["schemas"].items()
                   if name not in ("HTTPValidationError", "ValidationError")
                   for field, spec in model.get("properties", {}).items() if not spec.get("description")]
    assert not undescribed, undescribed


def test_popolo_types_are_named_in_the_schema(schema: dict[str, Any]) -> None:
    names = set(schema["components"]["schemas"])
    assert {"Organization", "Person", "Membership", "Event", "VoteEvent"} <= names
    vote_event = schema["components"]["schemas"]["VoteEvent"]
    assert "motion_text" in vote_event["description"]  # the mapping from decisions is documented


def _column_names(columns: tuple[exports.Column, ...]) -> set[str]:
    return {c.name for c in columns}


@pytest.mark.parametrize(("columns", "model"), [
    (exports.FINDING_COLUMNS, findings.FindingSummary), (exports.MEETING_COLUMNS, meetings.EventSummary),
    (exports.DELIVERABLE_COLUMNS, plan.Deliverable), (exports.DEADLINE_COLUMNS, deadlines.DeadlineRow),
], ids=["findings", "meetings", "deliverables", "deadlines"])
def test_list_models_cover_every_download_column(columns: tuple[exports.Column, ...], model: type) -> None:
    """A column added to a download but not to its model would silently vanish from the JSON."""
    missing = _column_names(columns) - set(model.model_fields)  # type: ignore[attr-defined]
    assert not missing, missing


def test_record_models_cover_every_column_of_their_tables() -> None:
    tables = {model.__tablename__: model for model in m.RECORD_TABLES}
    for name, fields in FIELDS_BY_TABLE.items():
        columns = {c.key for c in tables[name].__table__.columns} - {"id", "paper_id", "evidence_id"}
        assert columns <= set(fields.model_fields), (name, columns - set(fields.model_fields))
    assert set(tables) - set(FIELDS_BY_TABLE) == {"deliverable_update"}  # shown as its deliverable's updates


def test_count_models_cover_every_count_the_store_gives(register: tuple[Engine, Any]) -> None:
    assert set(queries.counts(register[0])) <= set(home.RegisterCounts.model_fields)
    assert set(STATUS_LABELS) <= set(deadlines.DeadlineCounts.model_fields)
