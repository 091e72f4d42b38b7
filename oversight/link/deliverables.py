"""Deliverable <-> its updates over time: each update to its deliverable, and each deliverable to the same
deliverable in the next progress report (titles nearly equal, later paper)."""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz

from oversight.link.proposal import ProposedLink
from oversight.link.recurrence import force_key
from oversight.link.view import StoreView
from oversight.store import models as m

SAME_TITLE = 90.0


def _title(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split()).rstrip(" .;")


def deliverable_links(view: StoreView) -> list[ProposedLink]:
    out: list[ProposedLink] = [
        ProposedLink("deliverable_update", u.id, "deliverable", u.deliverable_id, "update_of", 1.0,
                     "the update is written against the deliverable", view.proof(u.evidence_id))
        for u in view.updates
    ]
    rows: list[tuple[m.Deliverable, m.Paper, date | None, str | None]] = []
    for d in view.deliverables:
        paper = view.papers.get(d.paper_id)
        if paper is not None:
            rows.append((d, paper, view.paper_date(paper), force_key(view.force_of(paper))))
    rows.sort(key=lambda r: (r[2] or date.max, r[0].id))
    for i, (d, paper, when, force) in enumerate(rows):
        # The next report carrying the same deliverable: the nearest later paper with a matching title.
        for later, later_paper, later_when, later_force in rows[i + 1:]:
            if later_paper.id == paper.id or (force and later_force and force != later_force):
                continue
            if when is not None and later_when is not None and later_when <= when:
                continue
            score = fuzz.token_sort_ratio(_title(d.title), _title(later.title))
            if score >= SAME_TITLE:
                out.append(ProposedLink("deliverable", d.id, "deliverable", later.id, "later_update",
                                        round(score / 100.0, 3), "the same deliverable in a later report",
                                        view.proof(later.evidence_id)))
                break
    return out
