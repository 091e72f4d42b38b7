"""The findings register: filter, facet, sort and page through findings; one finding with its context.

The web page, its JSON twin and the CSV/JSON downloads all call :func:`select_findings` with the same
:class:`FindingFilters`, so a download always holds exactly the rows the page is paging through.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine, Select, extract, func, or_, select, true
from sqlalchemy.orm import Session

from oversight.store import models as m

# Sort keys a person may ask for; "-" means newest or largest first.
SORTS: dict[str, str] = {
    "-date": "Newest paper first",
    "date": "Oldest paper first",
    "force": "Force (A to Z)",
    "kind": "Kind",
    "status": "Status",
    "due": "Due date (soonest first)",
}
DEFAULT_SORT = "-date"
CONTEXT_CHARS = 500


@dataclass(frozen=True)
class FindingFilters:
    """What a person narrowed the register to; every field optional."""

    force: str | None = None
    kind: str | None = None
    year: int | None = None
    status: str | None = None
    sort: str = DEFAULT_SORT

    def as_params(self) -> dict[str, object]:
        """The query-string form, for links that keep these filters."""
        params: dict[str, object] = {"force": self.force, "kind": self.kind, "year": self.year,
                                     "status": self.status}
        if self.sort != DEFAULT_SORT:
            params["sort"] = self.sort
        return {k: v for k, v in params.items() if v not in (None, "")}


@dataclass
class FindingRow:
    id: int
    kind: str
    number: str | None
    title: str | None
    text: str
    status: str
    due: date | None
    force: str | None
    paper_date: date | None
    paper_title: str | None
    document_id: int
    document_source: str
    page: int
    quote: str


@dataclass
class Facet:
    value: str
    count: int


@dataclass
class FindingPage:
    rows: list[FindingRow]
    total: int
    page: int
    page_size: int
    facets: dict[str, list[Facet]] = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.page_size))


def _base() -> Any:
    return (select(m.Finding, m.Paper.force, m.Paper.document_date, m.Paper.title, m.Document.id,
                   m.Document.source, m.Evidence.page, m.Evidence.quote)
            .join(m.Paper, m.Paper.id == m.Finding.paper_id)
            .join(m.Document, m.Document.id == m.Paper.document_id)
            .join(m.Evidence, m.Evidence.id == m.Finding.evidence_id))


def _filtered(query: Select[Any], filters: FindingFilters) -> Select[Any]:
    if filters.force:
        query = query.where(m.Paper.force == filters.force)
    if filters.kind:
        query = query.where(m.Finding.kind == filters.kind)
    if filters.status:
        query = query.where(m.Finding.status == filters.status)
    if filters.year is not None:
        query = query.where(extract("year", m.Paper.document_date) == filters.year)
    return query


def _sorted(query: Select[Any], sort: str) -> Select[Any]:
    newest: tuple[Any, ...] = (m.Paper.document_date.desc().nulls_last(), m.Paper.id.desc(), m.Finding.id.desc())
    orders: dict[str, tuple[Any, ...]] = {
        "-date": newest,
        "date": (m.Paper.document_date.asc().nulls_last(), m.Paper.id, m.Finding.id),
        "force": (m.Paper.force.asc().nulls_last(), m.Finding.id),
        "kind": (m.Finding.kind, m.Finding.id),
        "status": (m.Finding.status, m.Finding.id),
        "due": (m.Finding.due.asc().nulls_last(), m.Finding.id),
    }
    return query.order_by(*orders.get(sort, newest))


def _page_ids(engine: Engine, filters: FindingFilters) -> Any:
    """The ids of matching findings in the page's order, to be cut to one page by the caller.

    Sorting happens on the narrow finding-paper join, and only one page of rows is then read whole:
    sorting every finding with its quote attached is what makes a large register slow.  On
    PostgreSQL, date order walks the (few) papers in order and each paper's findings through a
    LATERAL join, which its planner finishes with an incremental sort instead of sorting every row.
    """
    if engine.dialect.name == "postgresql" and filters.sort in ("-date", "date"):
        newest = filters.sort == "-date"
        # The ORDER BY inside each subquery keeps PostgreSQL from flattening them into one big join.
        paper_query: Any = select(m.Paper.id, m.Paper.document_date)
        papers = _filtered(paper_query, FindingFilters(force=filters.force, year=filters.year)).order_by(
            (m.Paper.document_date.desc() if newest else m.Paper.document_date.asc()).nulls_last(),
            m.Paper.id.desc() if newest else m.Paper.id).subquery()
        finding_query: Any = select(m.Finding.id).where(m.Finding.paper_id == papers.c.id)
        findings = _filtered(finding_query, FindingFilters(kind=filters.kind, status=filters.status)).order_by(
            m.Finding.id.desc() if newest else m.Finding.id).lateral()
        when = papers.c.document_date.desc() if newest else papers.c.document_date.asc()
        step = (papers.c.id.desc(), findings.c.id.desc()) if newest else (papers.c.id, findings.c.id)
        return select(findings.c.id).select_from(papers).join(findings, true()).order_by(when.nulls_last(), *step)
    narrow = select(m.Finding.id).join(m.Paper, m.Paper.id == m.Finding.paper_id)
    return _sorted(_filtered(narrow, filters), filters.sort)


def _row(r: Any) -> FindingRow:
    f: m.Finding = r[0]
    return FindingRow(f.id, f.kind, f.number, f.title, f.text, f.status, f.due, r[1], r[2], r[3], r[4], r[5],
                      r[6], r[7])


class _CubeCache:
    """The register's counts by force, kind, status and year, read once per version of the register.

    Totals and facet counts for any combination of filters are sums over this small table (a few
    thousand rows at most), so the register page never scans every finding to count them.  The key
    is the register's version (the highest finding, paper and evidence ids, so any ingest changes
    it); entries also expire after :data:`COUNT_TTL` seconds, so a status edited in place shows soon.
    """

    def __init__(self) -> None:
        self.entries: dict[tuple[Any, ...], tuple[float, list[_CubeRow]]] = {}
        self.lock = threading.Lock()

    def get(self, s: Session, engine: Engine) -> list[_CubeRow]:
        key = (engine.url.render_as_string(), *_version(s))
        now = time.monotonic()
        with self.lock:
            hit = self.entries.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        cube = _read_cube(s)
        with self.lock:
            if len(self.entries) > 16:
                self.entries.clear()
            self.entries[key] = (now + COUNT_TTL, cube)
        return cube


@dataclass(frozen=True)
class _CubeRow:
    force: str | None
    kind: str
    status: str
    year: int | None
    count: int

    def matches(self, filters: FindingFilters, ignore: str = "") -> bool:
        return ((ignore == "force" or not filters.force or self.force == filters.force)
                and (ignore == "kind" or not filters.kind or self.kind == filters.kind)
                and (ignore == "status" or not filters.status or self.status == filters.status)
                and (ignore == "year" or filters.year is None or self.year == filters.year))


COUNT_TTL = 300.0
_cubes = _CubeCache()


def _version(s: Session) -> tuple[Any, ...]:
    return tuple(s.execute(select(select(func.max(m.Finding.id)).scalar_subquery(),
                                  select(func.max(m.Paper.id)).scalar_subquery(),
                                  select(func.max(m.Evidence.id)).scalar_subquery())).one())


def _read_cube(s: Session) -> list[_CubeRow]:
    year = extract("year", m.Paper.document_date)
    rows = s.execute(select(m.Paper.force, m.Finding.kind, m.Finding.status, year, func.count())
                     .select_from(m.Finding).join(m.Paper, m.Paper.id == m.Finding.paper_id)
                     .group_by(m.Paper.force, m.Finding.kind, m.Finding.status, year)).all()
    return [_CubeRow(force, kind, status, int(y) if y is not None else None, n) for force, kind, status, y, n in rows]


def _facets(cube: list[_CubeRow], filters: FindingFilters) -> dict[str, list[Facet]]:
    """Counts for each filter's values, each computed with the *other* filters applied."""
    facets: dict[str, list[Facet]] = {}
    for name in ("force", "kind", "status", "year"):
        tally: dict[Any, int] = {}
        for row in cube:
            value = getattr(row, name)
            if value is not None and row.matches(filters, ignore=name):
                tally[value] = tally.get(value, 0) + row.count
        facets[name] = [Facet(str(v), n) for v, n in sorted(tally.items())]
    return facets


def select_findings(engine: Engine, filters: FindingFilters, page: int = 1, page_size: int = 50,
                    with_facets: bool = True) -> FindingPage:
    """One page of the register, the total matching and (optionally) the facet counts."""
    page = max(1, page)
    with Session(engine) as s:
        cube = _cubes.get(s, engine)
        total = sum(row.count for row in cube if row.matches(filters))
        ids = list(s.scalars(_page_ids(engine, filters).limit(page_size).offset((page - 1) * page_size)))
        found = {r[0].id: r for r in s.execute(_base().where(m.Finding.id.in_(ids))).all()} if ids else {}
        result = FindingPage([_row(found[i]) for i in ids if i in found], total, page, page_size)
        if with_facets:
            result.facets = _facets(cube, filters)
    return result


def iter_findings(engine: Engine, filters: FindingFilters, batch: int = 1000) -> Iterator[FindingRow]:
    """Every matching finding, in the page's order, fetched in batches so a download streams."""
    query = _sorted(_filtered(_base(), filters), filters.sort)
    with Session(engine) as s:
        for r in s.execute(query.execution_options(yield_per=batch)):
            yield _row(r)


@dataclass
class LinkedRecord:
    kind: str
    record_type: str
    record_id: int
    document_id: int | None
    summary: str
    reason: str
    score: float


@dataclass
class FindingDetail:
    row: FindingRow
    addressees: list[str]
    evidence_id: int
    paper_id: int
    context_before: str
    context_after: str
    responses: list[tuple[m.Response, m.Evidence]]
    links: list[LinkedRecord]
    deadlines: list[m.Deadline]


def finding_detail(engine: Engine, finding_id: int) -> FindingDetail | None:
    """A finding, its quote with the text either side, its responses, links and statutory dates."""
    with Session(engine, expire_on_commit=False) as s:
        r = s.execute(_base().where(m.Finding.id == finding_id)).first()
        if r is None:
            return None
        finding: m.Finding = r[0]
        evidence = s.get(m.Evidence, finding.evidence_id)
        assert evidence is not None
        from_char = max(0, evidence.start - CONTEXT_CHARS)
        before, after = s.execute(select(
            func.substr(m.Document.text, from_char + 1, evidence.start - from_char),
            func.substr(m.Document.text, evidence.end + 1, CONTEXT_CHARS))
            .where(m.Document.id == evidence.document_id)).one()
        before, after = before or "", after or ""
        responses = [(resp, ev) for resp, ev in s.execute(
            select(m.Response, m.Evidence).join(m.Evidence, m.Evidence.id == m.Response.evidence_id)
            .where(m.Response.finding_id == finding_id).order_by(m.Response.id)).all()]
        links = _links(s, "finding", finding_id)
        deadlines = list(s.scalars(select(m.Deadline).where(m.Deadline.subject_type == "finding",
                                                            m.Deadline.subject_id == finding_id)
                                   .order_by(m.Deadline.due)))
        return FindingDetail(_row(r), list(finding.addressees or []), evidence.id, finding.paper_id,
                             _trim_start(before), _trim_end(after), responses, links, deadlines)


def _trim_start(text: str) -> str:
    """Context before a quote, starting at a word boundary so it never opens mid-word."""
    if len(text) < CONTEXT_CHARS:
        return text
    cut = text.find(" ")
    return "…" + text[cut + 1:] if 0 <= cut < 60 else text


def _trim_end(text: str) -> str:
    if len(text) < CONTEXT_CHARS:
        return text
    cut = text.rfind(" ")
    return text[:cut] + "…" if cut > len(text) - 60 else text


_LINKABLE: dict[str, Any] = {
    "finding": m.Finding, "response": m.Response, "question": m.Question, "decision": m.Decision,
    "action": m.Action, "deliverable": m.Deliverable, "meeting": m.Meeting,
}


def _links(s: Session, record_type: str, record_id: int) -> list[LinkedRecord]:
    """Links in either direction, each described from this record's side."""
    rows = s.scalars(select(m.Link).where(or_(
        (m.Link.from_type == record_type) & (m.Link.from_id == record_id),
        (m.Link.to_type == record_type) & (m.Link.to_id == record_id))).order_by(m.Link.score.desc())).all()
    found: list[LinkedRecord] = []
    for link in rows:
        outgoing = link.from_type == record_type and link.from_id == record_id
        other_type, other_id = (link.to_type, link.to_id) if outgoing else (link.from_type, link.from_id)
        model = _LINKABLE.get(other_type)
        other = s.get(model, other_id) if model is not None else None
        if other is None:
            continue
        document_id = s.scalar(select(m.Paper.document_id).where(m.Paper.id == other.paper_id))
        summary = str(getattr(other, "text", None) or getattr(other, "title", None) or f"{other_type} {other_id}")
        found.append(LinkedRecord(link.kind, other_type, other_id, document_id, summary, link.reason, link.score))
    return found
