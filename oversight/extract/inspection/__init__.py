"""Extractors for inspection reports and the responses to them (peel_report, inspection_report,
s55_response, pcc_letter).

Classification is imperfect (a PCC's news item about a PEEL report, an HMICFRS letter, a register
page), so every extractor here reads only the genre's own markers and finds nothing where they are
absent; that lets the same set run on all four kinds and on ``other``.

Panel reports and minutes get only
:func:`~oversight.extract.inspection.mentions.extract_inspection_mentions`, which adds the
findings and grades a panel paper quotes explicitly ("one of the Areas for Improvement ... that
‘the force should ...’", "the overall Requires Improvement rating for Efficiency").
"""

from __future__ import annotations

from collections.abc import Callable

from oversight.contract import Paper
from oversight.extract.inspection.findings import extract_areas_for_improvement, extract_causes_of_concern
from oversight.extract.inspection.grades import extract_grades
from oversight.extract.inspection.mentions import extract_inspection_mentions
from oversight.extract.inspection.recommendations import extract_recommendations
from oversight.extract.inspection.responses import extract_responses
from oversight.text import PaperText

Extractor = Callable[[PaperText, Paper], None]

_FINDINGS: list[Extractor] = [
    extract_grades,
    extract_areas_for_improvement,
    extract_causes_of_concern,
    extract_recommendations,
    extract_responses,
]

EXTRACTORS: dict[str, list[Extractor]] = {
    kind: list(_FINDINGS) for kind in ("peel_report", "inspection_report", "s55_response", "pcc_letter", "other")
}
# Panel papers quote inspections; only the explicit forms are read from them.
for _kind in ("panel_report", "panel_minutes"):
    EXTRACTORS[_kind] = [extract_inspection_mentions]

__all__ = ["EXTRACTORS", "extract_inspection_mentions"]
