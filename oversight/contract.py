"""The extraction contract: the typed records that ``oversight extract --json`` prints.

This module is the single description of the interchange format in DESIGN.md.  Extractors build
these records, the store writes them, tests and the API documentation use the examples at the
bottom (``EXAMPLE_MINIMAL_*`` and ``EXAMPLE_FILLED_*``).

Every item that states a fact carries :class:`Evidence`: the page, the character span into the
cleaned text of the whole file, and the verbatim quote.  ``Evidence.quote`` must equal
``cleaned_text[start:end]``; a test checks that for every seed and excerpt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    page: int
    start: int
    end: int
    quote: str


@dataclass
class Grade:
    question: str
    grade: str
    year: int | None
    evidence: Evidence


@dataclass
class TextFinding:
    """An area for improvement or a cause of concern: the item's whole text."""

    text: str
    evidence: Evidence


@dataclass
class Passage:
    """A stretch of a paper quoted for what it says (a report's purpose, a term of reference)."""

    text: str
    evidence: Evidence


@dataclass
class Recommendation:
    id: str | None
    text: str
    evidence: Evidence
    title: str | None = None
    due: str | None = None
    addressees: list[str] = field(default_factory=list)


@dataclass
class Response:
    recommendation_id: str | None
    responder: str | None
    text: str
    evidence: Evidence


@dataclass
class Meeting:
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    venue: str | None = None
    apologies: list[str] = field(default_factory=list)
    members_present: list[str] = field(default_factory=list)
    officers_present: list[str] = field(default_factory=list)
    others_present: list[str] = field(default_factory=list)
    # "none", a list of declarations as written, or None when the paper does not say.
    declarations: str | list[str] | None = None
    evidence: Evidence | None = None
    # Members who attended in place of an absent member, as written ("Councillor B (for Councillor A)").
    substitutes: list[str] = field(default_factory=list)


@dataclass
class Question:
    asker: str | None
    respondent: str | None
    text: str
    answer: str | None
    evidence: Evidence


@dataclass
class Decision:
    text: str
    type: str
    unanimous: bool | None
    evidence: Evidence
    vote: str | None = None


@dataclass
class Action:
    text: str
    owner: str | None
    due: str | None
    evidence: Evidence


@dataclass
class Deliverable:
    theme: str | None
    title: str
    status: str | None
    target: str | None
    update: str | None
    evidence: Evidence
    # The target as an inclusive ISO date range, where it can be read ("Q1 2023/24" -> April-June 2023).
    target_start: str | None = None
    target_end: str | None = None


@dataclass
class ForwardPlanEntry:
    date: str | None
    time: str | None
    venue: str | None
    items: list[str]
    evidence: Evidence


@dataclass
class Metric:
    name: str
    period: str | None
    value: float | int
    unit: str | None
    evidence: Evidence
    value_text: str | None = None


@dataclass
class Paper:
    kind: str
    start: int
    end: int
    pages: list[int]
    title: str | None = None
    force: str | None = None
    body: str | None = None
    document_date: str | None = None
    agenda_item: str | None = None
    contact_officer: str | None = None
    # Why the classifier chose ``kind`` (short phrases), so the UI can say why.
    signals: list[str] = field(default_factory=list)
    grades: list[Grade] = field(default_factory=list)
    areas_for_improvement: list[TextFinding] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    causes_of_concern: list[TextFinding] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    meeting: Meeting | None = None
    questions: list[Question] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    deliverables: list[Deliverable] = field(default_factory=list)
    forward_plan: list[ForwardPlanEntry] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    statutory_references: list[str] = field(default_factory=list)
    dates_mentioned: list[str] = field(default_factory=list)
    # A report to the panel: why it was written, and which of the panel's terms of reference it serves.
    purpose: Passage | None = None
    terms_of_reference: list[Passage] = field(default_factory=list)


@dataclass
class DocumentExtraction:
    source: str
    sha256: str
    media_type: str
    page_count: int
    papers: list[Paper] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# Record lists on a Paper that carry evidence on every item; the store and the tests walk these.
EVIDENCED_LISTS: tuple[str, ...] = (
    "grades",
    "areas_for_improvement",
    "recommendations",
    "causes_of_concern",
    "responses",
    "questions",
    "decisions",
    "actions",
    "deliverables",
    "forward_plan",
    "metrics",
)


# --- Examples: test input and documented API examples -------------------------------------------

_EV = Evidence(page=3, start=1200, end=1262, quote="The force should improve how it supervises investigations.")

EXAMPLE_MINIMAL_PAPER = Paper(kind="other", start=0, end=0, pages=[1])

EXAMPLE_FILLED_PAPER = Paper(
    kind="peel_report",
    start=0,
    end=9876,
    pages=[1, 7],
    title="PEEL: Police effectiveness 2017",
    force="Cambridgeshire Constabulary",
    body="HMICFRS",
    document_date="2018-03-22",
    signals=["heading 'Areas for improvement'", "graded judgement table"],
    grades=[Grade(question="Investigating crime", grade="Requires improvement", year=2017, evidence=_EV)],
    areas_for_improvement=[
        TextFinding(text="The force should improve how it supervises investigations.", evidence=_EV)
    ],
    recommendations=[
        Recommendation(
            id="1",
            title="Command resilience",
            text="By 31 March 2026, chief constables should review their public order command structures.",
            due="2026-03-31",
            addressees=["chief constables"],
            evidence=_EV,
        )
    ],
    causes_of_concern=[TextFinding(text="The force does not record crime accurately.", evidence=_EV)],
    responses=[
        Response(recommendation_id="1", responder="Cambridgeshire Constabulary", text="Accepted.", evidence=_EV)
    ],
    meeting=Meeting(date="2023-02-01", start_time="13:30", end_time="15:50", declarations="none"),
    questions=[
        Question(
            asker="Councillor Ferguson",
            respondent="the Commissioner",
            text="What had gone wrong with the survey?",
            answer="The survey did not go wrong.",
            evidence=_EV,
        )
    ],
    decisions=[
        Decision(text="RESOLVED unanimously to note the report.", type="resolved", unanimous=True, evidence=_EV)
    ],
    actions=[Action(text="The Commissioner to circulate the link.", owner="the Commissioner", due=None, evidence=_EV)],
    deliverables=[
        Deliverable(
            theme="Putting Communities First",
            title="Deliver the rural crime action plan",
            status="current",
            target="Q1 2023/24",
            update="On track.",
            evidence=_EV,
            target_start="2023-04-01",
            target_end="2023-06-30",
        )
    ],
    forward_plan=[
        ForwardPlanEntry(
            date="2023-07-19", time="13:30", venue="Council Chamber", items=["Annual report"], evidence=_EV
        )
    ],
    metrics=[Metric(name="arrests per 100 domestic abuse offences", period="12 months to 30 June 2017",
                    value=52.8, unit="per 100 offences", evidence=_EV, value_text="52.8")],
    statutory_references=["Section 55(5) of the Police Act 1996"],
    dates_mentioned=["2023-02-01"],
    purpose=Passage(text="To update the Panel on progress against the Police and Crime Plan.", evidence=_EV),
    terms_of_reference=[Passage(text="To review or scrutinise decisions made by the Commissioner.", evidence=_EV)],
)

EXAMPLE_MINIMAL_DOCUMENT = DocumentExtraction(source="empty.txt", sha256="0" * 64, media_type="text/plain",
                                              page_count=1, papers=[EXAMPLE_MINIMAL_PAPER])
EXAMPLE_FILLED_DOCUMENT = DocumentExtraction(source="peel.pdf", sha256="f" * 64, media_type="application/pdf",
                                             page_count=7, papers=[EXAMPLE_FILLED_PAPER])
