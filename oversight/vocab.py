"""Controlled vocabularies: every machine value with the words a person sees.

Templates, the API, exports and extractors all take their values and labels from here.

Adding a value: add it to the relevant mapping with a label in sentence case, then check every
``match``/``if`` over that vocabulary (``grep -rn "VOCAB_NAME" oversight``).  Never reuse a retired
value for a different meaning: stored rows and published URLs carry these strings.
"""

from __future__ import annotations

# The kinds a paper can have (DESIGN.md, "classify").  ``other`` is the honest answer when no
# signal is strong enough: a wrong confident guess is worse than ``other``.
PAPER_KINDS: dict[str, str] = {
    "peel_report": "PEEL inspection report",
    "inspection_report": "Inspection report",
    "s55_response": "Statutory response (section 55)",
    "pcc_letter": "Letter from the Commissioner",
    "pcc_decision": "Commissioner's record of decision",
    "panel_minutes": "Panel minutes",
    "panel_report": "Report to the panel",
    "panel_recommendation_report": "Panel's report or recommendation",
    "plan_progress_report": "Police and Crime Plan progress report",
    "performance_report": "Performance report",
    "forward_plan": "Forward plan",
    "other": "Other paper",
}

# HMICFRS graded judgements, best first.  "Adequate" exists from PEEL 2021 onwards; "Ungraded" is
# used for specialist capabilities.
GRADES: dict[str, str] = {
    "Outstanding": "Outstanding",
    "Good": "Good",
    "Adequate": "Adequate",
    "Requires improvement": "Requires improvement",
    "Inadequate": "Inadequate",
    "Ungraded": "Ungraded",
}

FINDING_KINDS: dict[str, str] = {
    "area_for_improvement": "Area for improvement",
    "recommendation": "Recommendation",
    "cause_of_concern": "Cause of concern",
}

# What a panel (or commissioner) decided.  ``veto_not_exercised`` is kept apart from ``agreed``
# because the precept veto is a statutory act with its own two-thirds rule.
DECISION_TYPES: dict[str, str] = {
    "agreed": "Agreed",
    "noted": "Noted",
    "resolved": "Resolved",
    "recommendation": "Recommendation",
    "veto_exercised": "Veto exercised",
    "veto_not_exercised": "Veto not exercised",
    "minutes_approved": "Minutes approved",
    "not_carried": "Not carried",
}

DELIVERABLE_STATUSES: dict[str, str] = {
    "completed": "Completed",
    "current": "Current",
    "new": "New",
    "candidate": "Candidate",
    "planned": "Planned",
}

# Status a person gives a finding, action or deliverable over time.
TRACKING_STATUSES: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "closed": "Closed",
    "superseded": "Superseded",
    "no_further_action": "No further action",
}

ATTENDANCE_ROLES: dict[str, str] = {
    "member": "Member",
    "officer": "Officer",
    "other": "Other",
}

ATTENDANCE_STATUSES: dict[str, str] = {
    "present": "Present",
    "apology": "Apologies",
    "substitute": "Substitute",
}

LINK_KINDS: dict[str, str] = {
    "recurrence": "Same finding again",
    "response": "Response to recommendation",
    "answer": "Answer to a panel request",
    "update": "Later update",
    "received_by": "Received at meeting",
}
