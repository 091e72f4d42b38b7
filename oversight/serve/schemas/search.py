"""Full-text search results with highlighted snippets and counts by record type."""

from __future__ import annotations

from oversight.serve.schemas.base import Schema


class SearchResult(Schema):
    record_type: str
    """What was found: paper, finding, response, meeting, question, decision, action, ..."""
    record_id: int
    """Its id in its table."""
    title: str
    """A title for it."""
    snippet: str
    """The matching text with each hit between ``[[`` and ``]]``."""
    url: str
    """Where it is shown in the web app."""


class TypeFacet(Schema):
    """How many records of one type match the query (whatever type filter is chosen)."""

    value: str
    """The record type, as passed back in ``type``."""
    label: str
    """The type in words."""
    count: int
    """How many records of that type match."""


class SearchFacets(Schema):
    type: list[TypeFacet]
    """Matches by record type, most first."""


class SearchLinks(Schema):
    next: str | None
    """The next page's JSON, or null when this is the last."""


class SearchResults(Schema):
    """One page (50 results) of a full-text search."""

    query: str
    """The query as used (at most 2,000 characters)."""
    type: str | None
    """The record type the results are limited to, if any."""
    page: int
    """This page's number (from 1)."""
    message: str | None
    """Why there are no results, or that the query was cut; null otherwise."""
    total: int
    """How many records match, of the chosen ``type`` or (with no type chosen) of every type."""
    facets: SearchFacets
    """Matches by record type."""
    results: list[SearchResult]
    """This page's results, best first."""
    links: SearchLinks
    """The next page."""
