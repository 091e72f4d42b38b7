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

from sqlalchemy import Engine, Select, bindparam, case, extract, func, or_, select, true
from sqlalchemy.orm import Session

from oversight.review.status import StatusEntry, status_histories
from oversight.store import models as m
from oversight.store.db import streaming_session

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


# The columns of a FindingRow, in its field order: plain columns, so no ORM object is built per row.
_ROW_COLUMNS = (m.Finding.id, m.Finding.kind, m.Finding.number, m.Finding.title, m.Finding.text, m.Finding.status,
                m.Finding.due, m.Paper.force, m.Paper.document_date, m.Paper.title, m.Document.id,
                m.Document.source, m.Evidence.page, m.Evidence.quote)


def _base(*extra: Any) -> Any:
    return (select(*_ROW_COLUMNS, *extra)
            .join(m.Paper, m.Paper.id == m.Finding.paper_id)
            .join(m.Document, m.Document.id == m.Paper.document_id)
            .join(m.Evidence, m.Evidence.id == m.Finding.evidence_id))


# Built once: a statement that is reused skips SQLAlchemy's construction and cache-key work per request.
_ROWS_BY_ID = _base().where(m.Finding.id.in_(bindparam("ids", expanding=True)))


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
    narrow = select(m.Finding.id)
    if filters.force or filters.year is not None or filters.sort in ("-date", "date", "force"):
        narrow = narrow.join(m.Paper, m.Paper.id == m.Finding.paper_id)  # only when a paper column is used
    return _sorted(_filtered(narrow, filters), filters.sort)


def _row(r: Any) -> FindingRow:
    return FindingRow(*r[:len(_ROW_COLUMNS)])


class _CubeCache:
    """The register's counts by force, kind, status and year, read once per version of the register.

    Totals and facet counts for any combination of filters are sums over this small table (a few
    thousand rows at most), so the register page never scans every finding to count them.  The key
    is the register's version: the highest finding, paper and evidence ids (any ingest or re-extraction
    adds rows) and the highest audit entry id (every review decision, correction and status change a
    person makes writes one), so an edit shows on the next request.  Entries also expire after
    :data:`COUNT_TTL` seconds, a safety net for changes made outside the audited paths.  Facet counts
    for each combination of filters are kept with the cube they were summed from.
    """

    def __init__(self) -> None:
        self.entries: dict[tuple[Any, ...], tuple[float, _Cube]] = {}
        self.lock = threading.Lock()
        # One reading at a time: when a burst of requests finds the counts missing (at start, or after
        # an edit), one reads them and the rest wait for its result instead of all reading at once.
        self.reading = threading.Lock()

    def get(self, s: Session, engine: Engine) -> _Cube:
        key = (engine.url.render_as_string(), *s.execute(_VERSION).one())
        cube = self._fresh(key)
        if cube is not None:
            return cube
        with self.reading:
            cube = self._fresh(key)
            if cube is not None:
                return cube
            cube = _Cube(_read_cube(s))
            with self.lock:
                if len(self.entries) > 16:
                    self.entries.clear()
                self.entries[key] = (time.monotonic() + COUNT_TTL, cube)
        return cube

    def _fresh(self, key: tuple[Any, ...]) -> _Cube | None:
        with self.lock:
            hit = self.entries.get(key)
        return hit[1] if hit is not None and hit[0] > time.monotonic() else None


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


class _Cube:
    """One reading of the counts, with the totals and facets already summed for filters asked before."""

    MEMO_LIMIT = 2048

    def __init__(self, rows: list[_CubeRow]) -> None:
        self.rows = rows
        self.memo: dict[tuple[Any, ...], tuple[int, dict[str, list[Facet]]]] = {}
        self.lock = threading.Lock()

    def counts(self, filters: FindingFilters) -> tuple[int, dict[str, list[Facet]]]:
        """The total matching ``filters`` and the facets (copies: callers may keep or change them)."""
        key = (filters.force, filters.kind, filters.status, filters.year)
        with self.lock:
            hit = self.memo.get(key)
        if hit is None:
            hit = (sum(row.count for row in self.rows if row.matches(filters)), _facets(self.rows, filters))
            with self.lock:
                if len(self.memo) >= self.MEMO_LIMIT:
                    self.memo.clear()
                self.memo[key] = hit
        total, facets = hit
        return total, {name: list(values) for name, values in facets.items()}


COUNT_TTL = 300.0
_cubes = _CubeCache()

_VERSION = select(select(func.max(m.Finding.id)).scalar_subquery(),
                  select(func.max(m.Paper.id)).scalar_subquery(),
                  select(func.max(m.Evidence.id)).scalar_subquery(),
                  select(func.max(m.AuditEntry.id)).scalar_subquery())


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
        total, facets = _cubes.get(s, engine).counts(filters)
        ids = list(s.scalars(_page_ids(engine, filters).limit(page_size).offset((page - 1) * page_size)))
        found = {r[0]: r for r in s.execute(_ROWS_BY_ID, {"ids": ids})} if ids else {}
        result = FindingPage([_row(found[i]) for i in ids if i in found], total, page, page_size)
        if with_facets:
            result.facets = facets
    return result


def iter_findings(engine: Engine, filters: FindingFilters, batch: int = 1000) -> Iterator[FindingRow]:
    """Every matching finding, in the page's order, fetched in batches so a download streams."""
    query = _sorted(_filtered(_base(), filters), filters.sort)
    with streaming_session(engine) as s:
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
    status_history: list[StatusEntry]


# Context either side of a finding's quote, cut from the document's text inside the same query.
_FROM_CHAR = case((m.Evidence.start > CONTEXT_CHARS, m.Evidence.start - CONTEXT_CHARS), else_=0)
_HAS_RESPONSES = select(m.Response.id).where(m.Response.finding_id == m.Finding.id).exists()
_HAS_LINKS = select(m.Link.id).where(or_(
    (m.Link.from_type == "finding") & (m.Link.from_id == m.Finding.id),
    (m.Link.to_type == "finding") & (m.Link.to_id == m.Finding.id))).exists()
_HAS_DEADLINES = select(m.Deadline.id).where(m.Deadline.subject_type == "finding",
                                             m.Deadline.subject_id == m.Finding.id).exists()
_HAS_STATUS = select(m.StatusChange.id).where(m.StatusChange.record_type == "finding",
                                              m.StatusChange.record_id == m.Finding.id).exists()
_DETAIL = (_base(m.Finding.addressees, m.Finding.paper_id, m.Evidence.id,
                 func.substr(m.Document.text, _FROM_CHAR + 1, m.Evidence.start - _FROM_CHAR),
                 func.substr(m.Document.text, m.Evidence.end + 1, CONTEXT_CHARS),
                 _HAS_RESPONSES, _HAS_LINKS, _HAS_DEADLINES, _HAS_STATUS)
           .where(m.Finding.id == bindparam("finding_id")))
_RESPONSES = (select(m.Response, m.Evidence).join(m.Evidence, m.Evidence.id == m.Response.evidence_id)
              .where(m.Response.finding_id == bindparam("finding_id")).order_by(m.Response.id))
_DEADLINES = (select(m.Deadline).where(m.Deadline.subject_type == "finding",
                                       m.Deadline.subject_id == bindparam("finding_id"))
              .order_by(m.Deadline.due))


def finding_detail(engine: Engine, finding_id: int) -> FindingDetail | None:
    """A finding, its quote with the text either side, its responses, links and statutory dates.

    The row, its evidence, the context and whether it has any responses, links, dates or status
    history come back in one query, and the lists are read only when there is something in them: a finding page is read
    far more often than anything else, and on a busy machine each round trip to the database costs
    more than the query itself.
    """
    with Session(engine, expire_on_commit=False) as s:
        bound = {"finding_id": finding_id}
        r = s.execute(_DETAIL, bound).first()
        if r is None:
            return None
        addressees, paper_id, evidence_id, before, after, has_responses, has_links, has_deadlines, has_status = \
            r[len(_ROW_COLUMNS):]
        responses = [(resp, ev) for resp, ev in s.execute(_RESPONSES, bound).all()] if has_responses else []
        links = _links(s, "finding", finding_id) if has_links else []
        deadlines = list(s.scalars(_DEADLINES, bound)) if has_deadlines else []
    history = status_histories(engine, "finding", [finding_id]).get(finding_id, []) if has_status else []
    return FindingDetail(_row(r), list(addressees or []), evidence_id, paper_id, _trim_start(before or ""),
                         _trim_end(after or ""), responses, links, deadlines, history)


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
    """Links in either direction, each described from this record's side.

    The records at the other end are read one query per record type (with their document), not one
    or two per link, so a finding that recurs in many reports still costs a few round trips.
    """
    rows = s.scalars(select(m.Link).where(or_(
        (m.Link.from_type == record_type) & (m.Link.from_id == record_id),
        (m.Link.to_type == record_type) & (m.Link.to_id == record_id))).order_by(m.Link.score.desc())).all()
    ends: list[tuple[m.Link, str, int]] = []
    for link in rows:
        outgoing = link.from_type == record_type and link.from_id == record_id
        ends.append((link, *((link.to_type, link.to_id) if outgoing else (link.from_type, link.from_id))))
    others: dict[tuple[str, int], tuple[Any, int]] = {}
    for other_type in {t for _, t, _ in ends if t in _LINKABLE}:
        model = _LINKABLE[other_type]
        ids = {i for _, t, i in ends if t == other_type}
        for other, document_id in s.execute(select(model, m.Paper.document_id)
                                            .join(m.Paper, m.Paper.id == model.paper_id).where(model.id.in_(ids))):
            others[(other_type, other.id)] = (other, document_id)
    found: list[LinkedRecord] = []
    for link, other_type, other_id in ends:
        if (other_type, other_id) not in others:
            continue
        other, document_id = others[(other_type, other_id)]
        summary = str(getattr(other, "text", None) or getattr(other, "title", None) or f"{other_type} {other_id}")
        found.append(LinkedRecord(link.kind, other_type, other_id, document_id, summary, link.reason, link.score))
    return found
