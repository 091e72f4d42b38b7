"""Inspection findings as other papers mention them: for the panel family to call.

A Police and Crime Panel report or minute often quotes an inspection: "one of the Areas for
Improvement identified in the 2019 PEEL inspection that ‘the force should ...’", "the overall Requires
Improvement rating for Efficiency".  Those are findings and grades too, but a panel paper also has
tables, RAG ratings and ordinary description, so only the explicit forms are read here: a quoted AFI,
and a grade that is quoted or named as a rating.  The full inspection extractors are not run on
panel papers.
"""

from __future__ import annotations

from oversight.contract import Grade, Paper
from oversight.extract.inspection.findings import extract_quoted_afis
from oversight.extract.inspection.grades import strong_grades
from oversight.text import PaperText


def extract_inspection_mentions(paper: PaperText, record: Paper) -> None:
    """Add quoted areas for improvement and explicitly named grades to ``record``."""
    extract_quoted_afis(paper, record)
    seen = {(g.question.casefold(), g.grade) for g in record.grades}
    for question, grade, year, start, end in strong_grades(paper.text):
        if (question.casefold(), grade) in seen:
            continue
        seen.add((question.casefold(), grade))
        record.grades.append(Grade(question=question, grade=grade, year=year, evidence=paper.evidence(start, end)))
