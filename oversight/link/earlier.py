"""An inspection report's own note that one of its findings repeats an earlier inspection's.

Reports write, in the genre's words, "An area for improvement highlighted in the 2016 inspection was
that the force should ..." or "A theme of our 2016 inspection had been that ...".  The note is kept as
a ``repeats_earlier`` link from the finding it matches to the earlier inspection's year, with the
sentence as evidence, so the history is recorded even when the earlier report is not in the register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.link.proposal import ProposedLink
from oversight.link.recurrence import is_inspection_finding
from oversight.link.similarity import TfIdf
from oversight.link.view import INSPECTION_KINDS, StoreView

# Bounded gaps and no nested repetition: linear on any input.
_NOTE = re.compile(
    r"\b(?P<what>areas? for improvement|recommendations?|causes? of concern|theme)\b"
    r"[^.;]{0,160}?\b(?P<year>(?:19|20)\d\d)\b[^.;]{0,100}?\b(?:was|were|had been|has been)\s+that\s+"
    r"(?P<clause>[^.;]{10,400})",
    re.IGNORECASE,
)
MATCH_THRESHOLD = 0.3


@dataclass(frozen=True)
class EarlierNote:
    """A note found in a paper: offsets are relative to the paper's text."""

    what: str
    year: int
    clause: str
    start: int
    end: int


def find_earlier_notes(text: str) -> list[EarlierNote]:
    """Every "<finding> ... <year> ... was that <clause>" note in ``text``."""
    notes: list[EarlierNote] = []
    for match in _NOTE.finditer(text):
        clause = " ".join(match.group("clause").split())
        notes.append(EarlierNote(" ".join(match.group("what").lower().split()), int(match.group("year")), clause,
                                 match.start(), match.end()))
    return notes


def earlier_links(view: StoreView) -> list[ProposedLink]:
    out: list[ProposedLink] = []
    for paper in view.papers_of_kind(INSPECTION_KINDS):
        findings = [f for f in view.findings_in(paper.id) if is_inspection_finding(f, paper)]
        if not findings:
            continue
        notes = find_earlier_notes(view.paper_text(paper))
        if not notes:
            continue
        own_year = view.paper_date(paper)
        model = TfIdf([f.text for f in findings] + [n.clause for n in notes])
        for note in notes:
            if own_year is not None and note.year >= own_year.year:
                continue
            scored = [(model.compare(note.clause, f.text), f) for f in findings]
            sim, best = max(scored, key=lambda pair: pair[0].score)
            if sim.score < MATCH_THRESHOLD:
                continue
            proof = view.span_proof(paper, note.start, note.end)
            out.append(ProposedLink(
                "finding", best.id, "earlier_inspection", note.year, "repeats_earlier", sim.score,
                f"the report says this repeats {note.what} from its {note.year} inspection: \"{note.clause}\" "
                f"({sim.reason})", proof))
    return out
