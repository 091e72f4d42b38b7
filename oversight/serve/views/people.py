"""People, organisations and memberships in Popolo's terms, as JSON only (no HTML pages yet).

See :mod:`oversight.serve.schemas.people` for how people and memberships are read from minutes.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from oversight.serve import urls
from oversight.serve.schemas import people as schema
from oversight.serve.views import params
from oversight.store import queries_people as qp
from oversight.store.queries_forces import slug as force_slug

router = APIRouter()


def people_path(page: int | None = None) -> str:
    return f"{urls.API}/people" + (f"?page={page}" if page and page > 1 else "")


def person_path(person_id: str) -> str:
    return f"{urls.API}/people/{person_id}"


def organizations_path() -> str:
    return f"{urls.API}/organizations"


def memberships_path() -> str:
    return f"{urls.API}/memberships"


def _page_size(request: Request) -> int:
    return int(request.app.state.settings.page_size)


def _person(p: qp.PersonRow) -> schema.Person:
    return schema.Person(type="Person", id=p.id, name=p.name, other_names=p.other_names, meetings=p.meetings,
                         first_seen_on=p.first_seen_on, last_seen_on=p.last_seen_on, url=person_path(p.id))


def _membership(r: qp.MembershipRow) -> schema.Membership:
    return schema.Membership(type="Membership", id=r.id, person_id=r.person_id, person_name=r.person_name,
                             organization_id=r.organization_id, organization_name=r.organization_name, role=r.role,
                             label=r.post, start_date=r.start_date, end_date=r.end_date,
                             first_seen_on=r.first_seen_on, last_seen_on=r.last_seen_on, meetings=r.meetings,
                             source="register" if r.source == "register" else "attendance")


@router.get("/api/v1/people", tags=["people"])
def people_json(request: Request, page: str | None = None) -> schema.PersonList:
    """People named in minutes or entered in the register (Popolo: Person), A to Z, a page at a time."""
    people = qp.list_people(request.app.state.reader)
    size = _page_size(request)
    number = params.whole_number(page, 1) or 1
    page_count = max(1, -(-len(people) // size))
    return schema.PersonList(
        total=len(people), page=number, page_size=size,
        results=[_person(p) for p in people[(number - 1) * size:number * size]],
        links=schema.PageLinks(next=people_path(number + 1) if number < page_count else None,
                               previous=people_path(number - 1) if number > 1 else None))


@router.get("/api/v1/people/{person_id}", tags=["people"])
def person_json(request: Request, person_id: str) -> schema.PersonDetail:
    """One person (Popolo: Person): their memberships and every meeting they were minuted at."""
    found = qp.person_detail(request.app.state.reader, person_id)
    if found is None:
        raise HTTPException(404, "No such person")
    return schema.PersonDetail(
        **_person(found.person).model_dump(),
        memberships=[_membership(r) for r in found.memberships],
        attendance=[schema.Attendance(event_id=a.meeting_id, date=a.date, organization_id=a.organization_id,
                                      organization_name=a.organization_name, name=a.written_name, note=a.post,
                                      role=a.role, status=a.status, url=urls.as_json(urls.meeting(a.meeting_id)))
                    for a in found.appearances])


@router.get("/api/v1/memberships", tags=["people"])
def memberships_json(request: Request, organization_id: str | None = None,
                     person_id: str | None = None) -> schema.MembershipList:
    """Who belongs to which body in which role (Popolo: Membership), by organisation then person.

    Filters: ``organization_id`` and ``person_id`` (Popolo ids, as ``/api/v1/organizations`` and
    ``/api/v1/people`` give them).
    """
    rows = qp.list_memberships(request.app.state.reader, params.text(organization_id, 100),
                               params.text(person_id, 100))
    return schema.MembershipList(total=len(rows), results=[_membership(r) for r in rows])


@router.get("/api/v1/organizations", tags=["people"])
def organizations_json(request: Request) -> schema.OrganizationList:
    """Forces, panels and other bodies (Popolo: Organization), A to Z; a force's id is its slug."""
    rows = qp.list_organizations(request.app.state.reader)
    return schema.OrganizationList(total=len(rows), results=[
        schema.Organization(type="Organization", id=o.id, name=o.name, classification=o.classification,
                            members=o.members,
                            url=urls.force(force_slug(o.name)) if o.classification == "police_force" else None)
        for o in rows])
