"""A link the link stage proposes, before it is written: both ends, its kind, score, reason and proof."""

from __future__ import annotations

from dataclasses import dataclass

from oversight.rules.model import Proof

# Link kinds, each read "from <kind> to":
#   recurs            finding -> a later inspection's finding on the same problem, same force
#   similar           finding -> another force's finding on the same problem
#   restates          inspection finding -> the same finding quoted in a response or panel paper
#   repeats_earlier   finding -> the earlier inspection (to_id = its year) the report says it repeats
#   responds_to       response -> the recommendation it answers; s55 response paper -> inspection paper
#   answers           later paper -> the panel report or request (finding, action) it answers
#   later_update      deliverable -> the same deliverable in a later progress report
#   update_of         deliverable update -> its deliverable
#   received_at       paper -> the meeting that received or considered it
#   scheduled_in      paper -> the forward-plan entry that scheduled it
KINDS: tuple[str, ...] = ("recurs", "similar", "restates", "repeats_earlier", "responds_to", "answers",
                          "later_update", "update_of", "received_at", "scheduled_in")


@dataclass(frozen=True)
class ProposedLink:
    from_type: str
    from_id: int
    to_type: str
    to_id: int
    kind: str
    score: float
    reason: str
    proof: Proof | None = None

    @property
    def key(self) -> tuple[str, int, str, int, str]:
        return (self.from_type, self.from_id, self.to_type, self.to_id, self.kind)
