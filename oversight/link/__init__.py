"""link: connect records across papers (recurring findings, recommendation and response, panel
request and answer, deliverable and its updates, report and the meeting that received it).

``refresh_links`` is called after every ingest; it is idempotent: derived links are replaced as a
whole, and links a person made (``origin`` other than "derived") are never touched.
"""

from __future__ import annotations

from sqlalchemy import Engine

from oversight.link.deliverables import deliverable_links
from oversight.link.earlier import earlier_links
from oversight.link.meetings import meeting_links
from oversight.link.persist import replace_derived_links
from oversight.link.proposal import ProposedLink
from oversight.link.recurrence import recurrence_links
from oversight.link.requests import answer_links
from oversight.link.responses import response_links, response_paper_links
from oversight.link.view import StoreView


def propose_links(view: StoreView) -> list[ProposedLink]:
    """Every link the store's records support, from each linker in turn."""
    papers = response_paper_links(view)
    return [*recurrence_links(view), *earlier_links(view), *papers, *response_links(view, papers),
            *answer_links(view), *deliverable_links(view), *meeting_links(view)]


def refresh_links(engine: Engine) -> int:
    """Recompute derived links over the whole store; returns the number of derived links now stored."""
    from oversight.store.db import session_scope

    with session_scope(engine) as session:
        view = StoreView.load(session)
        return replace_derived_links(session, propose_links(view))
