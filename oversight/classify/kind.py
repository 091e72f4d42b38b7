"""Decide a paper's kind from genre signals (first rough version; see tests/classify)."""

from __future__ import annotations

import re

from oversight.text import PaperText

# (kind, pattern, weight): patterns of the genre, matched case-insensitively in the paper's opening.
_SIGNALS: list[tuple[str, str, int]] = [
    ("panel_minutes", r"\bminutes of (?:a|the) (?:\w+ )?meeting\b", 5),
    ("panel_minutes", r"\bapologies (?:for absence|were received)\b", 2),
    ("panel_minutes", r"\bdeclarations? of interest", 1),
    ("forward_plan", r"\bforward (?:agenda )?plan\b|\bwork programme\b", 3),
    ("plan_progress_report", r"\b(?:police and crime|delivery) plan\b.{0,80}\bprogress\b|\bdeliverables?\b", 2),
    ("panel_recommendation_report", r"\bpanel'?s? (?:report|recommendation)s? (?:on|to)\b", 3),
    ("s55_response", r"\bsection 55\b|\bs\.?\s?55\b", 4),
    ("s55_response", r"\bresponse to (?:the )?(?:hmicfrs|hmic)\b", 3),
    ("peel_report", r"\bpeel\b", 3),
    ("peel_report", r"\bareas? for improvement\b", 2),
    ("peel_report", r"\b(?:is|are|was) (?:judged|graded|rated) (?:to be )?(?:outstanding|good|adequate|inadequate)\b", 2),
    ("inspection_report", r"\bhmicfrs\b|\binspectorate of constabulary\b", 1),
    ("panel_report", r"\breport (?:of|from|by) the\b|\bagenda item\b", 2),
    ("panel_report", r"\bpolice,? (?:fire )?and crime panel\b", 1),
    ("pcc_letter", r"\bdear\b.{0,40}\n[\s\S]*\byours (?:sincerely|faithfully)\b", 2),
    ("pcc_decision", r"\brecord of decision\b|\bdecision (?:notice|log|number)\b", 4),
]
_COMPILED = [(k, re.compile(p, re.I), w) for k, p, w in _SIGNALS]
_THRESHOLD = 3


def classify_paper(paper: PaperText) -> tuple[str, list[str]]:
    """The paper's kind from :data:`oversight.vocab.PAPER_KINDS` and the signals behind it."""
    head = paper.text[:6000]
    scores: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}
    for kind, pattern, weight in _COMPILED:
        m = pattern.search(head)
        if m:
            scores[kind] = scores.get(kind, 0) + weight
            reasons.setdefault(kind, []).append(" ".join(m.group(0).split())[:60])
    if not scores:
        return "other", ["no signal of a known kind"]
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < _THRESHOLD:
        return "other", [f"weak signal for {best}: " + "; ".join(reasons[best])]
    return best, reasons[best]
