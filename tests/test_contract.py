"""The extraction contract: every record type has examples, and examples serialise to the interchange format."""

from __future__ import annotations

import dataclasses
import json

from oversight import contract


def _record_types() -> set[type]:
    seen: set[type] = set()
    pending: list[type] = [contract.DocumentExtraction]
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for f in dataclasses.fields(cls):
            for candidate in vars(contract).values():
                if dataclasses.is_dataclass(candidate) and isinstance(candidate, type) and \
                        candidate.__name__ in str(f.type):
                    pending.append(candidate)
    return seen


def _instances(value: object) -> set[type]:
    found: set[type] = set()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        found.add(type(value))
        for f in dataclasses.fields(value):
            found |= _instances(getattr(value, f.name))
    elif isinstance(value, list):
        for item in value:
            found |= _instances(item)
    return found


def test_the_filled_example_uses_every_record_type() -> None:
    assert _record_types() <= _instances(contract.EXAMPLE_FILLED_DOCUMENT)


def test_every_evidenced_list_item_of_the_filled_example_has_evidence() -> None:
    paper = contract.EXAMPLE_FILLED_PAPER
    for name in contract.EVIDENCED_LISTS:
        items = getattr(paper, name)
        assert items, f"the filled example has no {name}"
        assert all(isinstance(item.evidence, contract.Evidence) for item in items)


def test_examples_serialise_to_the_design_shape() -> None:
    minimal = json.loads(json.dumps(contract.EXAMPLE_MINIMAL_DOCUMENT.to_json()))
    assert set(minimal) >= {"source", "sha256", "papers"}
    paper = minimal["papers"][0]
    for key in ("kind", "title", "start", "end", "pages", "force", "body", "document_date", "agenda_item",
                "contact_officer", "grades", "areas_for_improvement", "recommendations", "causes_of_concern",
                "responses", "meeting", "questions", "decisions", "actions", "deliverables", "forward_plan",
                "metrics", "statutory_references"):
        assert key in paper, key
    filled = contract.EXAMPLE_FILLED_DOCUMENT.to_json()["papers"][0]
    assert set(filled["recommendations"][0]["evidence"]) == {"page", "start", "end", "quote"}
