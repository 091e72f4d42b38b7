"""Write proposed links, replacing the derived ones from the last refresh and leaving people's links alone."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from oversight.link.proposal import ProposedLink
from oversight.link.view import ensure_evidence
from oversight.store import models as m

DERIVED = "derived"


def replace_derived_links(session: Session, proposals: Iterable[ProposedLink]) -> int:
    """Delete every derived link and insert ``proposals`` (best score per key; a person's link wins)."""
    session.execute(delete(m.Link).where(m.Link.origin == DERIVED))
    kept = {
        (row.from_type, row.from_id, row.to_type, row.to_id, row.kind)
        for row in session.scalars(select(m.Link).where(m.Link.origin != DERIVED))
    }
    best: dict[tuple[str, int, str, int, str], ProposedLink] = {}
    for proposal in proposals:
        if proposal.key in kept:
            continue
        current = best.get(proposal.key)
        if current is None or proposal.score > current.score:
            best[proposal.key] = proposal
    for proposal in best.values():
        evidence_id = ensure_evidence(session, proposal.proof) if proposal.proof and proposal.proof.quote else None
        session.add(m.Link(from_type=proposal.from_type, from_id=proposal.from_id, to_type=proposal.to_type,
                           to_id=proposal.to_id, kind=proposal.kind, score=proposal.score,
                           reason=proposal.reason, evidence_id=evidence_id, origin=DERIVED))
    session.flush()
    return len(best)
