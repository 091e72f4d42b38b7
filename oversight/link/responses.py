"""Recommendation <-> response: each response to the recommendation it answers, and each statutory
response paper to the inspection report it responds to."""

from __future__ import annotations

from datetime import timedelta

from rapidfuzz import fuzz

from oversight.link.proposal import ProposedLink
from oversight.link.recurrence import force_key
from oversight.link.view import INSPECTION_KINDS, StoreView
from oversight.store import models as m

RESPONSE_WINDOW = timedelta(days=366)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").replace("‘", "'").split())


def _report_score(view: StoreView, response: m.Paper, report: m.Paper) -> float:
    """How surely ``response`` answers ``report``: the report's title written in the response's opening."""
    if not report.title or len(report.title) < 12:
        return 0.0
    head = _norm(view.paper_text(response)[:3000])
    title = _norm(report.title)
    for prefix in ("peel:", "peel -", "peel"):
        if title.startswith(prefix):
            title = title[len(prefix):].strip()
            break
    return float(fuzz.partial_ratio(title, head)) / 100.0


def response_paper_links(view: StoreView) -> list[ProposedLink]:
    """s55 response paper -> the inspection paper it answers (same force, after it, title quoted)."""
    out: list[ProposedLink] = []
    reports = view.papers_of_kind(INSPECTION_KINDS)
    for response in view.papers_of_kind({"s55_response"}):
        r_force, r_date = force_key(view.force_of(response)), view.paper_date(response)
        best: tuple[float, m.Paper] | None = None
        for report in reports:
            p_force, p_date = force_key(view.force_of(report)), view.paper_date(report)
            if r_force and p_force and r_force != p_force:
                continue
            if r_date and p_date and not (p_date <= r_date <= p_date + RESPONSE_WINDOW):
                continue
            score = _report_score(view, response, report)
            if score >= 0.9 and (best is None or score > best[0]):
                best = (score, report)
        if best is not None:
            out.append(ProposedLink("paper", response.id, "paper", best[1].id, "responds_to", round(best[0], 3),
                                    "the response names the report's title", view.paper_head_proof(response)))
    return out


def response_links(view: StoreView, paper_links: list[ProposedLink]) -> list[ProposedLink]:
    """Each Response -> its recommendation: by the stored finding, else by number within the document,
    else by number in the inspection report the response paper answers."""
    by_doc: dict[tuple[int, str], m.Finding] = {}
    by_paper: dict[tuple[int, str], m.Finding] = {}
    for f in view.findings:
        paper = view.papers.get(f.paper_id)
        if f.kind != "recommendation" or not f.number or paper is None:
            continue
        by_doc.setdefault((paper.document_id, f.number), f)
        by_paper.setdefault((paper.id, f.number), f)
    answers = {p.from_id: p.to_id for p in paper_links if p.kind == "responds_to"}
    out: list[ProposedLink] = []
    for r in view.responses:
        paper = view.papers.get(r.paper_id)
        if paper is None:
            continue
        target: m.Finding | None = None
        how = ""
        if r.finding_id is not None:
            target = next((f for f in view.findings if f.id == r.finding_id), None)
            how = "stored with the recommendation it answers"
        if target is None and r.recommendation_ref:
            target = by_doc.get((paper.document_id, r.recommendation_ref))
            how = f"recommendation {r.recommendation_ref} of the same document"
            report_id = answers.get(paper.id) or next(
                (answers[p.id] for p in view.papers.values() if p.document_id == paper.document_id and p.id in answers),
                None)
            if target is None and report_id is not None:
                target = by_paper.get((report_id, r.recommendation_ref))
                how = f"recommendation {r.recommendation_ref} of the report this paper responds to"
        if target is not None:
            out.append(ProposedLink("response", r.id, "finding", target.id, "responds_to", 1.0, how,
                                    view.proof(r.evidence_id)))
    return out
