"""Findings that describe the same problem: the same force's finding coming back in a later inspection
(``recurs``), another force's finding on the same problem (``similar``), and an inspection finding
quoted in a response or panel paper (``restates``)."""

from __future__ import annotations

import re
from collections import defaultdict

from oversight.link.proposal import ProposedLink
from oversight.link.similarity import DISTINCTIVE_TERMS, Similarity, TfIdf, same_problem
from oversight.link.view import INSPECTION_KINDS, StoreView
from oversight.store import models as m

_FORCE_NOISE = re.compile(r"\b(?:the|police|constabulary|service|force|and)\b")
FINDING_KINDS = frozenset({"area_for_improvement", "recommendation", "cause_of_concern"})
# Papers in which a "recommendation" is an inspectorate's (not a panel being asked to note a report).
_RECOMMENDING_KINDS = INSPECTION_KINDS | {"s55_response"}
MAX_LINKS_PER_FINDING = 10


def force_key(force: str | None) -> str | None:
    """A force name reduced to its place ("Cambridgeshire Constabulary" and "Cambridgeshire Police" agree)."""
    if not force:
        return None
    key = " ".join(_FORCE_NOISE.sub(" ", force.casefold().replace("&", " and ")).split())
    return key or None


def is_inspection_finding(finding: m.Finding, paper: m.Paper) -> bool:
    if finding.kind not in FINDING_KINDS:
        return False
    return finding.kind != "recommendation" or paper.kind in _RECOMMENDING_KINDS


def _kind_of_link(pa: m.Paper, pb: m.Paper, fa: str | None, fb: str | None) -> str:
    both_inspections = pa.kind in INSPECTION_KINDS and pb.kind in INSPECTION_KINDS
    if fa and fb and fa != fb:
        return "similar"
    return "recurs" if both_inspections else "restates"


def recurrence_links(view: StoreView) -> list[ProposedLink]:
    """Link every pair of findings from different papers that :func:`same_problem` accepts."""
    items = [(f, view.papers[f.paper_id]) for f in view.findings
             if f.paper_id in view.papers and is_inspection_finding(f, view.papers[f.paper_id])]
    if len(items) < 2:
        return []
    model = TfIdf(f.text for f, _ in items)
    vectors = [model.vector(f.text) for f, _ in items]
    index: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for term in vector:
            index[term].append(i)
    # A match must share one of each side's most distinctive terms, so only those postings are read:
    # they are the rare terms, with short lists, which keeps a large register near linear.
    candidates: set[tuple[int, int]] = set()
    for i, vector in enumerate(vectors):
        for term in model.distinctive_terms(vector, DISTINCTIVE_TERMS):
            for j in index[term]:
                if j != i:
                    candidates.add((min(i, j), max(i, j)))
    texts = [f.text for f, _ in items]
    paper_ids = [p.id for _, p in items]
    matches: list[tuple[int, int, Similarity]] = []
    for i, j in sorted(candidates):
        if paper_ids[i] != paper_ids[j]:
            sim = same_problem(texts[i], texts[j], model)
            if sim is not None:
                matches.append((i, j, sim))
    years = {p.id: view.paper_year(p) for _, p in items}
    forces = {p.id: force_key(view.force_of(p)) for _, p in items}
    out: list[ProposedLink] = []
    for i, j, sim in matches:
        (fa, pa), (fb, pb) = items[i], items[j]
        ya, yb = years[pa.id], years[pb.id]
        if (yb or 9999) < (ya or 9999) or (pb.kind in INSPECTION_KINDS and pa.kind not in INSPECTION_KINDS):
            (fa, pa, ya), (fb, pb, yb) = (fb, pb, yb), (fa, pa, ya)
        key_a, key_b = forces[pa.id], forces[pb.id]
        kind = _kind_of_link(pa, pb, key_a, key_b)
        when = f"{ya or 'undated'} → {yb or 'undated'}"
        same = "same force" if key_a and key_a == key_b else ("different forces" if kind == "similar"
                                                             else "force not known for both")
        out.append(ProposedLink("finding", fa.id, "finding", fb.id, kind, sim.score,
                                f"{sim.reason}; {same}; {when}", view.proof(fb.evidence_id)))
    return keep_best(out, MAX_LINKS_PER_FINDING)


def keep_best(links: list[ProposedLink], limit: int) -> list[ProposedLink]:
    """At most ``limit`` links per finding, the same force's recurrences first, then by score.

    Another force's similar findings can number in the dozens; a reader needs the closest few, and the
    register should not grow with the square of its size.
    """
    ranked = sorted(links, key=lambda link: (link.kind != "recurs", -link.score, link.from_id, link.to_id))
    count: dict[int, int] = defaultdict(int)
    kept: list[ProposedLink] = []
    for link in ranked:
        if count[link.from_id] < limit or count[link.to_id] < limit:
            count[link.from_id] += 1
            count[link.to_id] += 1
            kept.append(link)
    return kept
