"""Tell a paper that reports progress on the Police and Crime Plan from one that only mentions the plan.

Whatever the force, such a paper names the plan it tracks and says it is progress against it, near its
top: "Police and Crime Plan Delivery Progress", "Delivery of the Police and Crime Plan – Progress
Report", "Strategic Delivery Plan 2015/16 (as at 18.01.2016)".  A plan that is only monitored by
indicators ("Plan Monitoring Report") is a performance paper, not a record of deliverables, and is left
to the other rules.  Two things named near the top outrank the plan's title: a council web page's
minute of the panel's discussion ("Minutes:"), which is the panel's record of the item, and an earlier
response to an inspection, which makes the paper a response that happens to mention a delivery plan.
"""

from __future__ import annotations

import re

_PLAN = r"\b(?:police,? (?:fire )?(?:and|&) )?(?:crime|delivery) plan\b"
_PLAN_PROGRESS = re.compile(
    _PLAN + r"[^\n]{0,80}?\b(?:progress (?:report|update)|delivery (?:progress|update|report)"
    r"|as (?:at|of)\b[ \t:(]{0,3}\d[\w./-]{0,10})"
    r"|\bprogress (?:report|update)\b[^\n]{0,40}?" + _PLAN,
    re.I,
)
_MINUTE_OF_ITEM = re.compile(r"^[ \t]*minutes:", re.I | re.M)
_RESPONSE_TO_INSPECTION = re.compile(
    r"\brespon(?:se|ds?|ding)\b[^\n]{0,80}?\b(?:hmicfrs|hmic|inspection|inspectorate|peel)\b", re.I
)


def plan_progress_title(head: str) -> str | None:
    """What marks ``head`` (a paper's opening) as progress on a plan, or None."""
    match = _PLAN_PROGRESS.search(head)
    if match is None or _MINUTE_OF_ITEM.search(head):
        return None
    if _RESPONSE_TO_INSPECTION.search(head, 0, match.start()):
        return None
    return " ".join(match.group(0).split())[:80]
