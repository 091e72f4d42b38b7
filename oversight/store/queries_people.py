"""People, the bodies they belong to and their memberships (Popolo: Person, Organization, Membership).

Minutes name people as they appear ("Councillor A Smith", "Jane Webb (Monitoring Officer)"), and the
ingest keeps those words in :class:`~oversight.store.models.Attendance`.  A person here is every
attendance whose name reads the same once honorifics, case and spacing are set aside; the words in
brackets after a name are the post the minutes give, not part of the name.  People and memberships a
person enters in the Person / Membership tables are included alongside.

Ids are slugs of names, so they are stable across re-ingests and need no table of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.store import models as m
from oversight.store.queries_forces import slug as organization_slug

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words before a name that say how to address someone, not who they are.
_HONORIFICS = frozenset({
    "councillor", "cllr", "county", "city", "borough", "district", "mr", "mrs", "ms", "miss", "mx", "dr",
    "sir", "dame", "lord", "lady", "professor", "prof", "rev", "revd", "reverend", "the", "honourable", "hon",
})


@lru_cache(maxsize=1 << 16)
def split_written_name(written: str) -> tuple[str, str | None]:
    """``"Jane Webb (Monitoring Officer)"`` -> ``("Jane Webb", "Monitoring Officer")``."""
    name, bracket, rest = written.partition("(")
    note = rest.rsplit(")", 1)[0].strip() if bracket else ""
    return " ".join(name.split()), note or None


@lru_cache(maxsize=1 << 16)
def person_id(written: str) -> str:
    """The id of the person a written name refers to: a slug of the name without honorifics."""
    name, _ = split_written_name(written)
    words = [w.lower() for w in _WORD.findall(name)]
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    key = _NOT_SLUG.sub("-", " ".join(words)).strip("-")[:100]
    return key or "person"


def _display(forms: Counter[str]) -> str:
    """The written form to show: the most used, preferring one not in capitals throughout."""
    return max(forms, key=lambda f: (not f.isupper(), forms[f], -len(f), f))


def organization_classification(name: str) -> str:
    """A body's Popolo classification, read from its name."""
    lowered = name.lower()
    if "panel" in lowered:
        return "police_and_crime_panel"
    if "committee" in lowered:
        return "committee"
    return "other"


@dataclass
class Appearance:
    """One person's place at one meeting."""

    meeting_id: int
    date: date | None
    organization_id: str | None
    organization_name: str | None
    written_name: str
    post: str | None
    role: str
    status: str


@dataclass
class MembershipRow:
    person_id: str
    person_name: str
    organization_id: str
    organization_name: str
    role: str
    post: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    first_seen_on: date | None = None
    last_seen_on: date | None = None
    meetings: int = 0
    source: str = "attendance"

    @property
    def id(self) -> str:
        return f"{self.person_id}--{self.organization_id}--{_NOT_SLUG.sub('-', self.role.lower()).strip('-')}"


@dataclass
class PersonRow:
    id: str
    name: str
    other_names: list[str] = field(default_factory=list)
    meetings: int = 0
    first_seen_on: date | None = None
    last_seen_on: date | None = None


@dataclass
class PersonDetail:
    person: PersonRow
    memberships: list[MembershipRow]
    appearances: list[Appearance]


@dataclass
class OrganizationRow:
    id: str
    name: str
    classification: str
    members: int = 0


@dataclass(frozen=True)
class _Tally:
    """How often one written name appears in one role and status at one body's meetings.

    Lists read these few rows, counted by the database, rather than every attendance row."""

    written_name: str
    role: str
    status: str
    organization_name: str | None
    meetings: int
    first: date | None
    last: date | None


def _tallies(s: Session, names: Iterable[str] | None = None) -> list[_Tally]:
    query = (select(m.Attendance.person_name, m.Attendance.role, m.Attendance.status, m.Meeting.body,
                    func.count(), func.min(m.Meeting.date), func.max(m.Meeting.date))
             .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
             .group_by(m.Attendance.person_name, m.Attendance.role, m.Attendance.status, m.Meeting.body))
    if names is not None:
        query = query.where(m.Attendance.person_name.in_(list(names)))
    return [_Tally(*row) for row in s.execute(query)]


def _appearances(s: Session, names: Iterable[str]) -> list[Appearance]:
    query = (select(m.Attendance.meeting_id, m.Meeting.date, m.Meeting.body, m.Attendance.person_name,
                    m.Attendance.role, m.Attendance.status)
             .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
             .where(m.Attendance.person_name.in_(list(names)))
             .order_by(m.Meeting.date.asc().nulls_last(), m.Attendance.meeting_id, m.Attendance.id))
    return [Appearance(meeting_id, when, organization_slug(body) if body else None, body, written,
                       split_written_name(written)[1], role, status)
            for meeting_id, when, body, written, role, status in s.execute(query)]


def _span(firsts: Iterable[date | None], lasts: Iterable[date | None]) -> tuple[date | None, date | None]:
    starts = [d for d in firsts if d is not None]
    ends = [d for d in lasts if d is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _people(tallies: list[_Tally], registered: Iterable[str]) -> dict[str, PersonRow]:
    forms: dict[str, Counter[str]] = {}
    seen: dict[str, list[_Tally]] = {}
    for t in tallies:
        key = person_id(t.written_name)
        forms.setdefault(key, Counter())[split_written_name(t.written_name)[0]] += t.meetings
        seen.setdefault(key, []).append(t)
    for name in registered:
        forms.setdefault(person_id(name), Counter())[split_written_name(name)[0]] += 0
    people = {}
    for key, written in forms.items():
        shown = _display(written)
        rows = seen.get(key, [])
        first, last = _span((t.first for t in rows), (t.last for t in rows))
        # A person is listed once per meeting, so meetings under different forms or roles add up.
        people[key] = PersonRow(key, shown, sorted(f for f in written if f != shown), sum(t.meetings for t in rows),
                                first, last)
    return people


def _membership_role(role: str, status: str) -> str | None:
    """The role an attendance shows someone holding in the body that met; None for visitors."""
    if role == "member":
        return "substitute" if status == "substitute" else "member"
    if role == "officer":
        return "officer"
    return None


def _derived_memberships(tallies: list[_Tally], people: dict[str, PersonRow]) -> list[MembershipRow]:
    grouped: dict[tuple[str, str, str], list[_Tally]] = {}
    for t in tallies:
        role = _membership_role(t.role, t.status)
        if role is None or not t.organization_name:
            continue
        key = (person_id(t.written_name), organization_slug(t.organization_name), role)
        grouped.setdefault(key, []).append(t)
    memberships = []
    for (person, organization, role), rows in grouped.items():
        organization_names: Counter[str] = Counter()
        posts: Counter[str] = Counter()
        for t in rows:
            organization_names[t.organization_name or ""] += t.meetings
            post = split_written_name(t.written_name)[1]
            if post:
                posts[post] += t.meetings
        first, last = _span((t.first for t in rows), (t.last for t in rows))
        memberships.append(MembershipRow(person, people[person].name, organization, _display(organization_names),
                                         role, posts.most_common(1)[0][0] if posts else None,
                                         first_seen_on=first, last_seen_on=last,
                                         meetings=sum(t.meetings for t in rows)))
    return memberships


def _registered_memberships(s: Session) -> list[MembershipRow]:
    rows = s.execute(select(m.Person.name, m.Organisation.name, m.Membership.role, m.Membership.start_date,
                            m.Membership.end_date)
                     .join(m.Person, m.Person.id == m.Membership.person_id)
                     .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
                     .order_by(m.Membership.id)).all()
    return [MembershipRow(person_id(person), split_written_name(person)[0], organization_slug(body), body,
                          role or "member", start_date=start, end_date=end, source="register")
            for person, body, role, start, end in rows]


def _sorted_memberships(rows: list[MembershipRow]) -> list[MembershipRow]:
    return sorted(rows, key=lambda r: (r.organization_name.lower(), r.person_name.lower(), r.role, r.source))


def list_people(engine: Engine) -> list[PersonRow]:
    """Everyone named in attendance or the Person table, A to Z by name."""
    with Session(engine) as s:
        people = _people(_tallies(s), s.scalars(select(m.Person.name)))
    return sorted(people.values(), key=lambda p: (p.name.lower(), p.id))


def person_detail(engine: Engine, wanted: str) -> PersonDetail | None:
    """One person: their memberships and every meeting they were minuted at, oldest first."""
    with Session(engine) as s:
        names = [n for n in s.scalars(select(m.Attendance.person_name).distinct()) if person_id(n) == wanted]
        registered = [n for n in s.scalars(select(m.Person.name)) if person_id(n) == wanted]
        if not names and not registered:
            return None
        tallies = _tallies(s, names) if names else []
        people = _people(tallies, registered)
        memberships = _derived_memberships(tallies, people)
        memberships += [r for r in _registered_memberships(s) if r.person_id == wanted]
        appearances = _appearances(s, names) if names else []
    return PersonDetail(people[wanted], _sorted_memberships(memberships), appearances)


def list_memberships(engine: Engine, organization_id: str | None = None,
                     person: str | None = None) -> list[MembershipRow]:
    """Every membership, derived from attendance or entered in the register, by body then person."""
    with Session(engine) as s:
        tallies = _tallies(s)
        rows = _derived_memberships(tallies, _people(tallies, [])) + _registered_memberships(s)
    return _sorted_memberships([r for r in rows if (organization_id is None or r.organization_id == organization_id)
                                and (person is None or r.person_id == person)])


def list_organizations(engine: Engine) -> list[OrganizationRow]:
    """Forces named in papers, bodies that met, and organisations entered in the register, A to Z.

    A body known several ways keeps the register's classification first, then police_force.
    """
    with Session(engine) as s:
        named: list[tuple[str, str]] = [(n, c) for n, c in s.execute(
            select(m.Organisation.name, m.Organisation.classification))]
        named += [(n, "police_force") for n in s.scalars(select(m.Paper.force).where(m.Paper.force.is_not(None))
                                                         .distinct()) if n]
        named += [(n, organization_classification(n)) for n in s.scalars(
            select(m.Meeting.body).where(m.Meeting.body.is_not(None)).distinct()) if n]
        tallies = _tallies(s)
    members = Counter(r.organization_id for r in _derived_memberships(tallies, _people(tallies, []))
                      if r.role == "member")
    forms: dict[str, Counter[str]] = {}
    classification: dict[str, str] = {}
    for name, kind in named:
        key = organization_slug(name)
        forms.setdefault(key, Counter())[name] += 1
        classification.setdefault(key, kind)
    return sorted((OrganizationRow(key, _display(written), classification[key], members.get(key, 0))
                   for key, written in forms.items()), key=lambda o: (o.name.lower(), o.id))
