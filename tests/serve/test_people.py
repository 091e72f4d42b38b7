"""People, organisations, memberships and vote events under /api/v1, in Popolo / Open Civic Data terms."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from oversight.store.db import open_database
from oversight.store.queries_people import list_memberships, list_people, person_id, split_written_name
from oversight.store.queries_votes import list_vote_events, result_of, vote_counts
from tests.serve.api import api_client
from tests.serve.popolo_register import Panel, build_panel_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PANEL_ID = "exampleshire-police-and-crime-panel"


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Panel]]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('popolo') / 'register.sqlite3'}")
    built = build_panel_register(engine)
    yield api_client(engine), built
    engine.dispose()


def _get(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def _all_people(client: TestClient) -> dict[str, Any]:
    people: dict[str, Any] = {}
    url: str | None = "/api/v1/people"
    while url:
        body = _get(client, url)
        people.update({p["id"]: p for p in body["results"]})
        url = body["links"]["next"]
    assert len(people) == body["total"]
    return people


def test_written_names_become_one_person_without_honorifics_or_posts() -> None:
    assert split_written_name("Jane Webb (Monitoring Officer, City Council)") == (
        "Jane Webb", "Monitoring Officer, City Council")
    assert person_id("Cllr A Smith (Chair)") == person_id("Councillor  A  SMITH") == "a-smith"
    assert person_id("County Councillor Brown") == "brown"
    assert person_id("A Smith") != person_id("B Smith")
    assert person_id("Councillor") == "councillor"  # a lone honorific is still somebody's written name
    assert person_id("(") == "person"


def test_people_are_listed_a_to_z_in_pages_with_popolo_names(panel: tuple[TestClient, Panel]) -> None:
    client, _ = panel
    first = _get(client, "/api/v1/people")
    assert first["page_size"] == 3 and first["links"]["previous"] is None and first["links"]["next"]
    people = _all_people(client)
    assert {"a-smith", "b-jones", "c-brown", "jane-webb", "d-green", "police-and-crime-commissioner"} <= set(people)
    smith = people["a-smith"]
    assert smith["type"] == "Person" and smith["meetings"] == 2
    assert {smith["name"], *smith["other_names"]} == {"Councillor A Smith", "Cllr A Smith"}
    assert (smith["first_seen_on"], smith["last_seen_on"]) == ("2023-06-12", "2023-09-20")
    names = [p["name"].lower() for p in people.values()]
    assert names == sorted(names)
    assert people["d-green"]["meetings"] == 0  # entered in the register, never minuted


def test_person_shows_memberships_and_every_meeting_attended(panel: tuple[TestClient, Panel]) -> None:
    client, built = panel
    smith = _get(client, "/api/v1/people/a-smith")
    assert [a["event_id"] for a in smith["attendance"]] == [built.built.meetings["june"], built.september]
    assert smith["attendance"][1]["note"] == "Chair" and smith["attendance"][1]["name"] == "Cllr A Smith (Chair)"
    [membership] = smith["memberships"]
    assert membership == {**membership, "type": "Membership", "person_id": "a-smith", "organization_id": PANEL_ID,
                          "role": "member", "label": "Chair", "start_date": None, "end_date": None,
                          "first_seen_on": "2023-06-12", "last_seen_on": "2023-09-20", "meetings": 2,
                          "source": "attendance"}
    assert _get(client, "/api/v1/people/c-brown")["memberships"][0]["role"] == "substitute"
    assert _get(client, "/api/v1/people/jane-webb")["memberships"][0]["role"] == "officer"
    visitor = _get(client, "/api/v1/people/police-and-crime-commissioner")
    assert visitor["memberships"] == [] and len(visitor["attendance"]) == 1
    green = _get(client, "/api/v1/people/d-green")
    assert green["memberships"][0] == {**green["memberships"][0], "source": "register", "role": "independent member",
                                       "start_date": "2022-04-01", "organization_id": PANEL_ID}
    missing = client.get("/api/v1/people/nobody-at-all")
    assert missing.status_code == 404 and missing.json() == {"detail": "No such person"}


def test_meeting_participants_link_to_their_person(panel: tuple[TestClient, Panel]) -> None:
    client, built = panel
    event = _get(client, f"/api/v1/meetings/{built.september}")
    assert event["type"] == "Event" and event["classification"] == "committee-meeting"
    assert event["organization_id"] == PANEL_ID and event["start_date"] == "2023-09-20T14:00"
    assert event["location"] == {"name": "Shire Hall"}
    for participant in event["participants"]:
        person = _get(client, f"/api/v1/people/{participant['person_id']}")
        assert built.september in {a["event_id"] for a in person["attendance"]}
    chair = next(p for p in event["participants"] if p["person_id"] == "a-smith")
    assert chair["note"] == "Chair" and chair["entity_type"] == "person"


def test_memberships_filter_by_organization_and_person(panel: tuple[TestClient, Panel]) -> None:
    client, _ = panel
    everyone = _get(client, "/api/v1/memberships")
    assert everyone["total"] == len(everyone["results"]) >= 5
    in_panel = _get(client, f"/api/v1/memberships?organization_id={PANEL_ID}")["results"]
    assert {r["person_id"] for r in in_panel} == {"a-smith", "b-jones", "c-brown", "jane-webb", "d-green",
                                                 "chief-executive"}
    assert all(r["organization_id"] == PANEL_ID for r in in_panel)
    assert [r["person_id"] for r in _get(client, "/api/v1/memberships?person_id=b-jones")["results"]] == ["b-jones"]
    assert _get(client, "/api/v1/memberships?organization_id=no-such-body")["results"] == []


def test_organizations_join_forces_panels_and_the_register(panel: tuple[TestClient, Panel]) -> None:
    client, _ = panel
    body = _get(client, "/api/v1/organizations")
    by_id = {o["id"]: o for o in body["results"]}
    panel_org = by_id[PANEL_ID]
    # Written in capitals by one set of minutes and in the register: one body, shown in ordinary case.
    assert panel_org["name"] == "Exampleshire Police and Crime Panel"
    assert panel_org["classification"] == "police_and_crime_panel" and panel_org["members"] == 2
    force = by_id["exampleshire-constabulary"]
    assert force["classification"] == "police_force" and force["url"] == "/forces/exampleshire-constabulary"
    assert _get(client, force["url"].replace("/forces", "/api/v1/forces"))["id"] == force["id"]


def test_decisions_are_vote_events_with_results_and_counts(panel: tuple[TestClient, Panel]) -> None:
    client, built = panel
    veto = _get(client, f"/api/v1/vote-events/{built.veto}")
    assert veto["type"] == "VoteEvent" and veto["result"] == "fail" and veto["classification"] == "not_carried"
    assert veto["counts"] == [{"option": "yes", "value": 4}, {"option": "no", "value": 5},
                              {"option": "abstain", "value": 1}]
    assert veto["event_id"] == built.september and veto["start_date"] == "2023-09-20"
    assert veto["organization_id"] == PANEL_ID and veto["motion_text"] == veto["text"]
    assert "not carried" in veto["evidence"]["quote"]
    endorsed = _get(client, f"/api/v1/vote-events/{built.endorsed}")
    assert endorsed["result"] == "pass" and {c["option"]: c["value"] for c in endorsed["counts"]} == {"yes": 6, "no": 3}
    outside = _get(client, f"/api/v1/vote-events/{built.commissioner_decision}")
    assert outside["event_id"] is None and outside["start_date"] == "2023-11-02" and outside["counts"] == []
    noted = _get(client, f"/api/v1/meetings/{built.built.meetings['june']}")["records"]["decision"][0]
    assert _get(client, noted["vote_event"])["id"] == noted["id"]
    assert client.get("/api/v1/vote-events/999999").json() == {"detail": "No such vote event"}


def test_vote_events_page_newest_first_and_filter_by_meeting(panel: tuple[TestClient, Panel]) -> None:
    client, built = panel
    seen: list[Any] = []
    url: str | None = "/api/v1/vote-events"
    while url:
        body = _get(client, url)
        seen += body["results"]
        url = body["next"]
    assert len(seen) == body["total"] == 4
    dates = [v["start_date"] for v in seen]
    assert dates == sorted(dates, reverse=True)
    at_meeting = _get(client, f"/api/v1/vote-events?event_id={built.september}")
    assert at_meeting["total"] == 2 and {v["id"] for v in at_meeting["results"]} == {built.veto, built.endorsed}
    assert _get(client, "/api/v1/vote-events?event_id=abc")["total"] == 0


@pytest.mark.parametrize(("vote", "counts"), [
    ("by 7 votes to 3", {"yes": 7, "no": 3}),
    ("seven votes in favour and two against", {"yes": 7, "no": 2}),
    ("eight votes to two with one abstention", {"yes": 8, "no": 2, "abstain": 1}),
    ("For: 8, Against: 1, Abstentions: 2", {"yes": 8, "no": 1, "abstain": 2}),
    ("9 votes to nil", {"yes": 9, "no": 0}),
    ("unanimously", {}), ("", {}), (None, {}),
    ("1 " * 50_000, {}),
])
def test_vote_counts_read_the_ways_minutes_write_them(vote: str | None, counts: dict[str, int]) -> None:
    assert vote_counts(vote) == counts


def test_results_follow_the_decision_type() -> None:
    assert result_of("not_carried") == "fail"
    assert result_of("agreed") == result_of("veto_exercised") == result_of("noted") == "pass"


def test_people_and_vote_events_read_alike_on_every_backend(engine: Engine, tmp_path: Path) -> None:
    built = build_panel_register(engine)
    people = {p.id: p for p in list_people(engine)}
    assert people["a-smith"].meetings == 2 and people["d-green"].meetings == 0
    roles = {(r.person_id, r.role, r.source) for r in list_memberships(engine, organization_id=PANEL_ID)}
    assert {("a-smith", "member", "attendance"), ("c-brown", "substitute", "attendance"),
            ("d-green", "independent member", "register")} <= roles
    events = list_vote_events(engine)
    assert [e.id for e in events][:2] == [built.commissioner_decision, built.veto]
    assert {e.id: e.meeting_id for e in events}[built.endorsed] == built.september
