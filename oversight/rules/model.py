"""What an evaluation of a statutory rule says, in a shape the CLI, the API and the calendar share."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

# The four (met / due / overdue / cannot tell) plus two the law needs: a requirement that is
# checked and failed without a date ("not_met": a recommendation the response leaves unexplained, a
# veto short of two-thirds), and a step that only applies after something that did not happen
# ("not_required": the response to a veto that was not exercised).
Status = Literal["met", "due", "overdue", "cannot_tell", "not_met", "not_required"]

STATUS_LABELS: dict[str, str] = {
    "met": "met",
    "due": "due",
    "overdue": "overdue",
    "cannot_tell": "cannot tell",
    "not_met": "not met",
    "not_required": "not required",
}


@dataclass(frozen=True)
class Proof:
    """Words an evaluation stands on.  ``evidence_id`` is None for a span the rules read themselves
    (a "Date of Report" line, say); storing the deadline turns that span into an Evidence row."""

    document_id: int
    paper_id: int
    page: int
    start: int
    end: int
    quote: str
    source: str
    evidence_id: int | None = None


@dataclass
class Evaluation:
    """One rule applied to one subject: when it was due, when (if ever) it was met, and why we say so."""

    rule: str
    subject_type: str
    subject_id: int
    subject: str
    due: date | None
    met_on: date | None
    status: Status
    reason: str
    evidence: list[Proof] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["due"] = self.due.isoformat() if self.due else None
        data["met_on"] = self.met_on.isoformat() if self.met_on else None
        return data
