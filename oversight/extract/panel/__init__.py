"""Extractors for Police and Crime Panel papers (panel_minutes, panel_report,
panel_recommendation_report, plan_progress_report, forward_plan), commissioners' decision records,
and ``other`` papers that carry the genre's signs (an action sheet, a decision log, a meeting heading).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from oversight.contract import Paper
from oversight.extract.panel.actions import extract_actions
from oversight.extract.panel.decisions import extract_commissioner_decisions, extract_decisions
from oversight.extract.panel.deliverables import extract_deliverables, extract_plan_table
from oversight.extract.panel.forward_plan import extract_forward_plan
from oversight.extract.panel.meeting import extract_meeting
from oversight.extract.panel.questions import extract_questions
from oversight.extract.panel.recommendations import extract_panel_recommendations, extract_report_recommendations
from oversight.extract.panel.report_fields import extract_report_fields
from oversight.text import PaperText

Extractor = Callable[[PaperText, Paper], None]

# Signs that an unclassified paper records a meeting (not just mentions one).
_MEETING_SIGNS = re.compile(
    r"^[ \t]*(?:Meeting Details|Minutes of (?:a|the) meeting|Apologies(?: for absence)?\b|Members Present|PRESENT:"
    r"|Venue:)",
    re.IGNORECASE | re.MULTILINE,
)
_DELIVERY_SIGNS = re.compile(r"\b(?:Current|Completed|New)\s+Deliverables\b", re.IGNORECASE)
# Signs of a minute of discussion, for papers the classifier filed elsewhere (an agenda-item page about
# an inspection report reads much like the report itself).
_MINUTE_SIGNS = re.compile(
    r"^[ \t]*(?:Minutes:|Key points raised|Witnesses:|Arising from discussions|RESOLVED\b|Action\s+[ivx\d]{1,4}\s*:)",
    re.MULTILINE,
)


def _when(sign: re.Pattern[str], fn: Extractor) -> Extractor:
    """Run ``fn`` only on papers whose text shows ``sign``."""

    def guarded(paper: PaperText, record: Paper) -> None:
        if sign.search(paper.text[:4000]):
            fn(paper, record)

    guarded.__name__ = f"{fn.__name__}_when_signed"
    guarded.__doc__ = fn.__doc__
    return guarded


EXTRACTORS: dict[str, list[Extractor]] = {
    "panel_minutes": [extract_meeting, extract_decisions, extract_questions, extract_actions,
                      extract_forward_plan, extract_panel_recommendations],
    "panel_report": [extract_decisions, extract_questions, extract_actions, extract_report_recommendations],
    "panel_recommendation_report": [extract_decisions],
    "plan_progress_report": [extract_deliverables, extract_plan_table, extract_report_recommendations],
    "performance_report": [extract_plan_table],
    "forward_plan": [extract_forward_plan],
    "pcc_decision": [extract_commissioner_decisions],
    "other": [_when(_MEETING_SIGNS, extract_meeting), extract_decisions, extract_commissioner_decisions,
              extract_questions, extract_actions, _when(_DELIVERY_SIGNS, extract_deliverables),
              extract_plan_table, extract_report_recommendations, extract_panel_recommendations],
    "peel_report": [_when(_MINUTE_SIGNS, extract_questions), _when(_MINUTE_SIGNS, extract_actions)],
    "inspection_report": [_when(_MINUTE_SIGNS, extract_questions), _when(_MINUTE_SIGNS, extract_actions)],
}
# Reports to a panel state their purpose and the terms of reference they serve.
for _kind in ("panel_report", "panel_recommendation_report", "plan_progress_report", "performance_report",
              "forward_plan"):
    EXTRACTORS[_kind].append(extract_report_fields)
