"""A force's record: its graded judgements by question and year, open and recurring findings, and the
responses published to its inspections.

A force is known by the name its papers give it; its URL slug is derived from that name
(:func:`slug`), so a force needs no table of its own until the link stage adds one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, case, extract, func, select
from sqlalchemy.orm import Session

from oversight import vocab
from oversight.store import models as m

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """``Avon and Somerset Police`` -> ``avon-and-somerset-police``."""
    return _NOT_SLUG.sub("-", name.lower()).strip("-")[:100] or "force"


@dataclass
class ForceSummary:
    name: str
    slug: str
    findings: int
    open_findings: int
    latest: date | None


def list_forces(engine: Engine) -> list[ForceSummary]:
    open_count = func.sum(case((m.Finding.status == "open", 1), else_=0))
    with Session(engine) as s:
        counts = {force: (total, int(opened or 0)) for force, total, opened in s.execute(
            select(m.Paper.force, func.count(m.Finding.id), open_count)
            .join(m.Finding, m.Finding.paper_id == m.Paper.id).where(m.Paper.force.is_not(None))
            .group_by(m.Paper.force))}
        latest = dict(s.execute(select(m.Paper.force, func.max(m.Paper.document_date))
                                .where(m.Paper.force.is_not(None)).group_by(m.Paper.force)).all())
    forces = [ForceSummary(name, slug(name), *counts.get(name, (0, 0)), latest=when)
              for name, when in latest.items() if name]
    return sorted(forces, key=lambda f: f.name)


def force_name(engine: Engine, force_slug: str) -> str | None:
    """The force whose slug this is, or None."""
    with Session(engine) as s:
        names = s.scalars(select(m.Paper.force).where(m.Paper.force.is_not(None)).distinct()).all()
    return next((n for n in names if n and slug(n) == force_slug), None)


@dataclass
class GradeTable:
    """Grades by question (rows) and year (columns); a cell is None where no grade was given."""

    years: list[int]
    rows: list[tuple[str, list[str | None]]]

    def counts_by_year(self) -> list[tuple[int, dict[str, int]]]:
        """For the chart: how many questions got each grade, each year, in :data:`vocab.GRADES` order."""
        result = []
        for i, year in enumerate(self.years):
            tally = {grade: 0 for grade in vocab.GRADES}
            for _, cells in self.rows:
                grade = cells[i]
                if grade is not None and grade in tally:
                    tally[grade] += 1
            result.append((year, {g: n for g, n in tally.items() if n}))
        return result


@dataclass
class ForceDetail:
    name: str
    slug: str
    grades: GradeTable
    open_findings: list[tuple[int, str, str, str | None]] = field(default_factory=list)
    recurring: list[tuple[int, str, str, int]] = field(default_factory=list)
    responses: list[tuple[int, int, str | None, str, date | None, int, int]] = field(default_factory=list)
    open_total: int = 0


def force_detail(engine: Engine, name: str, limit: int = 20) -> ForceDetail:
    with Session(engine) as s:
        year = func.coalesce(m.Judgement.year, extract("year", m.Paper.document_date))
        judgements = s.execute(select(m.Judgement.question, m.Judgement.grade, year)
                               .join(m.Paper, m.Paper.id == m.Judgement.paper_id)
                               .where(m.Paper.force == name).order_by(m.Judgement.id)).all()
        years = sorted({int(y) for _, _, y in judgements if y is not None})
        by_question: dict[str, list[str | None]] = {}
        for question, grade, y in judgements:
            if y is None:
                continue
            by_question.setdefault(question, [None] * len(years))[years.index(int(y))] = grade
        detail = ForceDetail(name, slug(name), GradeTable(years, list(by_question.items())))

        open_query = (select(m.Finding.id, m.Finding.kind, m.Finding.text, m.Finding.number)
                      .join(m.Paper, m.Paper.id == m.Finding.paper_id)
                      .where(m.Paper.force == name, m.Finding.status.in_(("open", "in_progress"))))
        detail.open_total = s.scalar(select(func.count()).select_from(open_query.subquery())) or 0
        detail.open_findings = [(i, k, t, n) for i, k, t, n in s.execute(
            open_query.order_by(m.Paper.document_date.desc().nulls_last(), m.Finding.id).limit(limit))]

        recurrences = (select(m.Link.from_id.label("finding_id"), func.count().label("n"))
                       .where(m.Link.kind == "recurrence", m.Link.from_type == "finding")
                       .group_by(m.Link.from_id).subquery())
        detail.recurring = [(i, k, t, n) for i, k, t, n in s.execute(
            select(m.Finding.id, m.Finding.kind, m.Finding.text, recurrences.c.n)
            .join(recurrences, recurrences.c.finding_id == m.Finding.id)
            .join(m.Paper, m.Paper.id == m.Finding.paper_id)
            .where(m.Paper.force == name).order_by(recurrences.c.n.desc(), m.Finding.id).limit(limit))]

        detail.responses = [(i, doc, who, t, when, page, ev) for i, doc, who, t, when, page, ev in s.execute(
            select(m.Response.id, m.Paper.document_id, m.Response.responder, m.Response.text, m.Response.date,
                   m.Evidence.page, m.Evidence.id)
            .join(m.Paper, m.Paper.id == m.Response.paper_id)
            .join(m.Evidence, m.Evidence.id == m.Response.evidence_id)
            .where(m.Paper.force == name).order_by(m.Response.date.desc().nulls_last(), m.Response.id)
            .limit(limit))]
    return detail
