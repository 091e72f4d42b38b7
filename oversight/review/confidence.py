"""How sure the extraction looks, so reviewers see the doubtful records first.

Extractors do not report a probability, so this scores what a reviewer would check first: whether
the record's words are the quote's words, whether its text looks whole (not cut mid-sentence, not a
fragment), whether the fields its kind normally has are there, and whether the paper it came from
was recognised.  Each cue that fails lowers the score and says why, so the queue can show its reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The field holding a record's main words, per record type.
MAIN_TEXT: dict[str, str] = {
    "finding": "text", "response": "text", "question": "text", "decision": "text", "action": "text",
    "deliverable": "title", "deliverable_update": "text", "judgement": "question", "metric": "name",
}
# Fields a record of each type normally has; a missing one is a reason to look.
EXPECTED: dict[str, tuple[str, ...]] = {
    "finding": ("number",),
    "response": ("recommendation_ref", "date"),
    "meeting": ("date", "venue"),
    "question": ("asker",),
    "action": ("owner", "due"),
    "deliverable": ("status", "theme"),
    "judgement": ("year",),
    "metric": ("period", "unit"),
    "forward_plan_entry": ("date",),
}
_ENDINGS = (".", "?", "!", ":", ";", ")", "”", '"', "'")


@dataclass
class Assessment:
    score: float = 1.0
    reasons: list[str] = field(default_factory=list)

    def lower(self, by: float, reason: str) -> None:
        self.score = max(0.0, self.score - by)
        self.reasons.append(reason)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def assess(record_type: str, fields: dict[str, Any], quote: str, paper_kind: str | None) -> Assessment:
    result = Assessment()
    if paper_kind in (None, "other"):
        result.lower(0.25, "the paper's kind was not recognised")
    main = MAIN_TEXT.get(record_type)
    text = str(fields.get(main) or "") if main else ""
    if main:
        if not text.strip():
            result.lower(0.4, f"no {main.replace('_', ' ')}")
        else:
            if _squash(text) not in _squash(quote):
                result.lower(0.2, "its words are not all in the quote")
            if len(text) < 25:
                result.lower(0.2, "very short")
            if len(text) > 1500:
                result.lower(0.15, "very long: it may hold more than one record")
            if text[:1].islower():
                result.lower(0.15, "starts mid-sentence")
            if record_type not in ("deliverable", "judgement", "metric") and not text.rstrip().endswith(_ENDINGS):
                result.lower(0.1, "may be cut off (no closing punctuation)")
    for name in EXPECTED.get(record_type, ()):
        if fields.get(name) in (None, "", []):
            if record_type == "finding" and fields.get("kind") != "recommendation":
                continue
            result.lower(0.1, f"no {name.replace('_', ' ')}")
    result.score = round(result.score, 2)
    return result
