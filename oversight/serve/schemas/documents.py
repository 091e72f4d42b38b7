"""Documents, their papers, the records drawn from each, and their text page by page."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from oversight.serve.schemas.base import Schema
from oversight.serve.schemas.records import (
    ActionFields,
    DecisionFields,
    DeliverableFields,
    FindingFields,
    ForwardPlanFields,
    JudgementFields,
    MeetingFields,
    MetricFields,
    QuestionFields,
    ResponseFields,
)


class PaperSummary(Schema):
    """One constituent paper of a document (a meeting pack binds many)."""

    id: int
    """The paper's id."""
    kind: str
    """What kind of paper it is (e.g. peel_report, s55_response, panel_minutes, forward_plan)."""
    title: str | None
    """Its title, as the paper gives it."""
    force: str | None
    """The police force it is about, if any."""
    body: str | None
    """The body it is from or for (e.g. a Police and Crime Panel)."""
    document_date: date | None
    """The paper's own date."""
    pages: list[int]
    """Its first and last page in the document."""


class DocumentBase(Schema):
    """One ingested file, keyed by the SHA-256 of its bytes."""

    id: int
    """The document's id."""
    url: str
    """Its page in the web app."""
    title: str | None
    """Its title."""
    source: str
    """The file name or address it was read from."""
    sha256: str
    """The SHA-256 of the file's bytes (ingesting the same bytes again changes nothing)."""
    media_type: str
    """The file's media type (e.g. application/pdf)."""
    kind: str | None
    """The kind of its first paper, standing for the document."""
    published_on: date | None
    """When it was published, if known."""
    page_count: int
    """How many pages it has."""


class DocumentSummary(DocumentBase):
    """One ingested file and its papers."""

    papers: list[PaperSummary]
    """Its constituent papers, in order."""


class DocumentRecord(Schema):
    """A record drawn from a paper, with the evidence it stands on."""

    record_type: str
    """The record's table (judgement, finding, response, ...)."""
    id: int
    """The record's id in its table."""
    summary: str
    """One line describing the record."""
    page: int
    """The page of its evidence."""
    quote: str
    """The verbatim words it stands on."""
    start: int
    """Where the quote starts in the document's cleaned text (characters)."""
    end: int
    """Where the quote ends."""


class JudgementRecord(DocumentRecord):
    fields: JudgementFields
    """The judgement's fields."""


class FindingRecord(DocumentRecord):
    fields: FindingFields
    """The finding's fields."""


class ResponseRecord(DocumentRecord):
    fields: ResponseFields
    """The response's fields."""


class MeetingRecord(DocumentRecord):
    fields: MeetingFields
    """The meeting's fields."""


class QuestionRecord(DocumentRecord):
    fields: QuestionFields
    """The question's fields."""


class DecisionRecord(DocumentRecord):
    fields: DecisionFields
    """The decision's fields."""


class ActionRecord(DocumentRecord):
    fields: ActionFields
    """The action's fields."""


class DeliverableRecord(DocumentRecord):
    fields: DeliverableFields
    """The deliverable's fields."""


class ForwardPlanRecord(DocumentRecord):
    fields: ForwardPlanFields
    """The forward plan entry's fields."""


class MetricRecord(DocumentRecord):
    fields: MetricFields
    """The figure's fields."""


class PaperRecords(Schema):
    """Every record drawn from one paper, by kind; a kind the paper has none of is an empty list."""

    judgement: list[JudgementRecord] = Field(default_factory=list)
    """Graded judgements."""
    finding: list[FindingRecord] = Field(default_factory=list)
    """Areas for improvement, recommendations and causes of concern."""
    response: list[ResponseRecord] = Field(default_factory=list)
    """Responses to recommendations."""
    meeting: list[MeetingRecord] = Field(default_factory=list)
    """The meeting its minutes record."""
    question: list[QuestionRecord] = Field(default_factory=list)
    """Questions and answers."""
    decision: list[DecisionRecord] = Field(default_factory=list)
    """Decisions."""
    action: list[ActionRecord] = Field(default_factory=list)
    """Actions."""
    deliverable: list[DeliverableRecord] = Field(default_factory=list)
    """Police and Crime Plan deliverables."""
    forward_plan_entry: list[ForwardPlanRecord] = Field(default_factory=list)
    """Forward plan entries."""
    metric: list[MetricRecord] = Field(default_factory=list)
    """Key figures."""


class PaperDetail(PaperSummary):
    records: PaperRecords
    """Every record drawn from the paper, with its evidence."""


class DocumentDetail(DocumentBase):
    """One document, its papers and every record drawn from each."""

    papers: list[PaperDetail]
    """Its constituent papers, in order, each with its records."""
    pages_text: list[str]
    """The JSON address of each page's text, first page first."""


class PageRecord(Schema):
    """A record a piece of evidence supports."""

    type: str
    """The record's table."""
    id: int
    """The record's id."""
    summary: str
    """One line describing it."""
    url: str
    """Where it is shown in the web app."""


class PageEvidence(Schema):
    """A quote on the page and the records that stand on it."""

    id: int
    """The evidence's id (``#evidence-ID`` on the page in the web app)."""
    start: int
    """Where the quote starts in the document's cleaned text."""
    end: int
    """Where it ends."""
    quote: str
    """The verbatim words."""
    records: list[PageRecord]
    """The records it supports."""


class DocumentPage(Schema):
    """One page of a document's cleaned text, with the evidence on it."""

    document_id: int
    """The document."""
    page: int
    """The page number (from 1)."""
    page_count: int
    """How many pages the document has."""
    start: int
    """Where the page starts in the document's cleaned text (evidence offsets count from the document's start)."""
    text: str
    """The page's cleaned text."""
    evidence: list[PageEvidence]
    """Every quote that falls on the page, in order."""
