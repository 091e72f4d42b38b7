"""Display formatting in one place: dates, counts and plurals, GOV.UK style (used by Jinja and exports)."""

from __future__ import annotations

from datetime import date, datetime

from markupsafe import Markup, escape


def govuk_date(value: date | datetime | str | None) -> str:
    """``1 February 2023``; an empty string for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            parsed: date | datetime = date.fromisoformat(value[:10])
        except ValueError:
            return value
        value = parsed
    return f"{value.day} {value:%B %Y}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count:,} {word}"


def highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its ``[[``/``]]`` markers into <mark> elements."""
    escaped = str(escape(snippet))
    return Markup(escaped.replace("[[", "<mark>").replace("]]", "</mark>"))


FILTERS = {"govuk_date": govuk_date, "plural": plural, "highlight": highlight}
