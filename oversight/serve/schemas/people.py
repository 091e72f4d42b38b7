"""People, organisations and memberships, in Popolo's terms.

People are read from the attendance of minutes (and the register's Person table): one Person per
name once honorifics ("Councillor", "Cllr", "Mr") and the post in brackets are set aside.  A
Membership is a person's place in a body that met: ``member`` or ``substitute`` for members listed
present, absent with apologies or substituting, ``officer`` for its officers.  Visitors (the
Commissioner, police officers) attend without a membership.  Memberships entered in the register
carry ``start_date`` and ``end_date``; those read from minutes carry the first and last meeting seen.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from oversight.serve.schemas.base import Schema


class Person(Schema):
    """A person named in the register (Popolo: Person)."""

    type: Literal["Person"]
    """The Popolo type: always Person."""
    id: str
    """The Popolo id: a slug of the name without honorifics, stable across re-ingests."""
    name: str
    """The name as most often written (without the post in brackets)."""
    other_names: list[str]
    """Popolo ``other_names``: other ways the papers write the same name."""
    meetings: int
    """How many minuted meetings list them."""
    first_seen_on: date | None
    """The first meeting listing them."""
    last_seen_on: date | None
    """The latest meeting listing them."""
    url: str
    """This person's JSON."""


class PersonList(Schema):
    """A page of people, A to Z."""

    total: int
    """How many people there are."""
    page: int
    """This page's number (from 1)."""
    page_size: int
    """People per page."""
    results: list[Person]
    """This page's people."""
    links: PageLinks
    """Neighbouring pages."""


class PageLinks(Schema):
    next: str | None
    """The next page's JSON, or null on the last page."""
    previous: str | None
    """The previous page's JSON, or null on the first page."""


class Membership(Schema):
    """A person's place in a body (Popolo: Membership)."""

    type: Literal["Membership"]
    """The Popolo type: always Membership."""
    id: str
    """The Popolo id: person, organisation and role together."""
    person_id: str
    """Popolo ``person_id``: the Person."""
    person_name: str
    """The person's name."""
    organization_id: str
    """Popolo ``organization_id``: the Organization (see ``/api/v1/organizations``)."""
    organization_name: str
    """The organisation's name."""
    role: str
    """Popolo ``role``: member, substitute or officer (or the role entered in the register)."""
    label: str | None
    """Popolo ``label``: the post as the minutes give it (e.g. "Chair", "Monitoring Officer")."""
    start_date: date | None
    """Popolo ``start_date``: when the membership began, where the register records it."""
    end_date: date | None
    """Popolo ``end_date``: when it ended, where the register records it."""
    first_seen_on: date | None
    """The first minuted meeting showing it."""
    last_seen_on: date | None
    """The latest minuted meeting showing it."""
    meetings: int
    """How many minuted meetings show it."""
    source: Literal["attendance", "register"]
    """attendance (read from minutes) or register (entered by a person)."""


class MembershipList(Schema):
    total: int
    """How many memberships match."""
    results: list[Membership]
    """The memberships, by organisation then person."""


class Attendance(Schema):
    """One meeting a person was minuted at."""

    event_id: int
    """The meeting (Popolo / Open Civic Data: Event)."""
    date: date | None
    """The day of the meeting."""
    organization_id: str | None
    """The body that met."""
    organization_name: str | None
    """Its name."""
    name: str
    """The name as these minutes write it."""
    note: str | None
    """The post these minutes give in brackets, if any."""
    role: str
    """member, officer or other."""
    status: str
    """present, apology or substitute."""
    url: str
    """The meeting's JSON."""


class PersonDetail(Person):
    """One person, their memberships and every meeting they were minuted at."""

    memberships: list[Membership]
    """Their memberships."""
    attendance: list[Attendance]
    """The meetings they were minuted at, oldest first."""


class Organization(Schema):
    """A force, panel or other body (Popolo: Organization)."""

    type: Literal["Organization"]
    """The Popolo type: always Organization."""
    id: str
    """The Popolo id: a slug of the name (a force's id is its slug in ``/forces/{slug}``)."""
    name: str
    """The name as most often written."""
    classification: str
    """Popolo ``classification``: police_force, police_and_crime_panel, committee, or as entered."""
    members: int
    """How many people minutes show as its members."""
    url: str | None
    """Its page in the web app, where it has one (forces do)."""


class OrganizationList(Schema):
    total: int
    """How many organisations there are."""
    results: list[Organization]
    """Every organisation, A to Z."""
