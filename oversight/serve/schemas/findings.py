"""The findings register and one finding with its evidence in context."""

from __future__ import annotations

from datetime import date

from oversight.serve.schemas.base import DownloadLinks, Facet, Schema, StatusChange


class FindingSummary(Schema):
    """A row of the findings register (the same columns as ``findings.csv``).

    Text columns are empty strings, not null, where the paper gives no value, as in the downloads.
    """

    id: int
    """The finding's id."""
    url: str
    """Its page in the web app."""
    kind: str
    """area_for_improvement, recommendation or cause_of_concern."""
    kind_label: str
    """The kind in words."""
    number: str
    """The recommendation's number in its report; empty when it has none."""
    text: str
    """What the inspectorate found or asked for."""
    status: str
    """Where it stands: open, in_progress, closed, superseded or no_further_action."""
    due: str
    """When it is due (ISO 8601 date); empty when the report gives no date."""
    force: str
    """The force the report is about; empty when none."""
    paper_date: str
    """The date of the report (ISO 8601); empty when unknown."""
    document_id: int
    """The document it was read from."""
    source: str
    """That document's file name or address."""
    page: int
    """The page of its evidence."""
    quote: str
    """The verbatim words it stands on."""


class FindingFacets(Schema):
    """Counts for each filter's values, each counted with the other filters applied."""

    force: list[Facet]
    """By force."""
    kind: list[Facet]
    """By kind."""
    status: list[Facet]
    """By status."""
    year: list[Facet]
    """By the year of the report."""


class FindingFilterValues(Schema):
    """The filters in force, as query-string values (absent filters are null)."""

    force: str | None = None
    """Only this force's findings."""
    kind: str | None = None
    """Only this kind."""
    year: int | None = None
    """Only findings from reports of this year."""
    status: str | None = None
    """Only findings with this status."""
    sort: str | None = None
    """The order, when not the default (newest report first)."""


class FindingPageLinks(DownloadLinks):
    """Links to the neighbouring pages and to every matching finding as a file."""

    next: str | None
    """The next page's JSON, or null on the last page."""
    previous: str | None
    """The previous page's JSON, or null on the first page."""


class FindingList(Schema):
    """One page of the findings register."""

    total: int
    """How many findings match the filters."""
    page: int
    """This page's number (from 1)."""
    page_size: int
    """Rows per page."""
    page_count: int
    """How many pages there are."""
    filters: FindingFilterValues
    """The filters in force."""
    facets: FindingFacets
    """Counts for each filter's values."""
    results: list[FindingSummary]
    """This page's findings."""
    links: FindingPageLinks
    """Neighbouring pages and downloads."""


class FindingEvidence(Schema):
    """The words a finding stands on, with the text either side of them."""

    id: int
    """The evidence's id."""
    page: int
    """The page of the quote."""
    quote: str
    """The verbatim words."""
    before: str
    """Up to 500 characters of the text before the quote."""
    after: str
    """Up to 500 characters of the text after it."""
    url: str
    """The quote on its page in the web app."""


class FindingResponse(Schema):
    """A response to the finding (e.g. the section 55 response to a recommendation)."""

    id: int
    """The response's id."""
    responder: str | None
    """Who responded."""
    text: str
    """The response."""
    date: date | None
    """Its date, if given."""
    page: int
    """The page of its evidence."""
    quote: str
    """The verbatim words it stands on."""
    url: str
    """Where it is shown in the web app."""


class LinkedRecord(Schema):
    """A record linked to this one (in either direction), described from this record's side."""

    kind: str
    """What the link means (e.g. recurrence, response)."""
    record_type: str
    """The other record's table."""
    record_id: int
    """The other record's id."""
    document_id: int | None
    """The document the other record was read from."""
    summary: str
    """The other record's text or title."""
    reason: str
    """Why the records were linked, in words."""
    score: float
    """How sure the link is, from 0 to 1."""
    url: str
    """Where the other record is shown in the web app."""


class Deadline(Schema):
    """A statutory date that applies to a record."""

    id: int
    """The deadline's id."""
    rule: str
    """The rule that set it (e.g. s55-5A)."""
    subject_type: str
    """The table of the record it applies to."""
    subject_id: int
    """That record's id."""
    due: date | None
    """When it fell or falls due."""
    met_on: date | None
    """When it was met, if it was."""
    status: str
    """met, due, overdue, cannot_tell, not_met or not_required."""
    reason: str
    """How the status was decided, in words."""
    evidence_id: int | None
    """The evidence the status stands on, if any."""
    origin: str
    """derived (computed by the rules) or human (entered by a person)."""


class FindingDetail(FindingSummary):
    """One finding: its text, evidence in context, responses, links, deadlines and status history."""

    title: str | None
    """The heading the report gives it."""
    addressees: list[str]
    """Who it is addressed to."""
    evidence: FindingEvidence
    """The words it stands on, in context."""
    responses: list[FindingResponse]
    """Responses to it."""
    links: list[LinkedRecord]
    """Records linked to it: earlier and later occurrences, responses."""
    deadlines: list[Deadline]
    """Statutory dates that apply to it."""
    status_history: list[StatusChange]
    """Changes of its status made by people, oldest first (empty until someone sets one)."""
