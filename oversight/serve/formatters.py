"""Display formatting in one place: dates, counts, plurals, labels and highlights (Jinja and exports).

Untrusted text from papers passes through :func:`markupsafe.escape` here before any markup is added,
so a ``<script>`` in a paper is shown as text on every page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from itertools import pairwise

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


def iso_date(value: date | datetime | None) -> str:
    """A date as the CSV and JSON downloads write it: ``2023-02-01``, or empty."""
    return value.isoformat()[:10] if value is not None else ""


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 finding``, ``1,204 findings``."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count:,} {word}"


def label(value: str | None, vocabulary: Mapping[str, str], missing: str = "Not given") -> str:
    """The words people see for a machine value; an unknown value is shown as itself, humanised."""
    if value is None or value == "":
        return missing
    return vocabulary.get(value, value.replace("_", " ").capitalize())


def shorten(text: str | None, limit: int = 200) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit] + "…"


def highlight(snippet: str) -> Markup:
    """Escape a search snippet, then turn its ``[[``/``]]`` markers into <mark> elements.

    Markers are balanced first, so a snippet cut between ``[[`` and ``]]`` never leaves a <mark> open.
    """
    out: list[str] = []
    open_mark = False
    for i, part in enumerate(str(escape(snippet)).replace("]]", "[[").split("[[")):
        if i:
            out.append("</mark>" if open_mark else "<mark>")
            open_mark = not open_mark
        out.append(part)
    if open_mark:
        out.append("</mark>")
    return Markup("".join(out))


def mark_spans(text: str, spans: Iterable[tuple[int, int, str]], offset: int = 0) -> Markup:
    """Escape ``text``, highlight each ``(start, end, id)`` span (document offsets) and anchor its id.

    ``offset`` is where ``text`` starts in the document.  Spans may overlap or nest (a meeting's
    evidence can contain a decision's), so the text is cut at every span boundary: each piece inside
    any span is one ``<mark>``, and each span's id sits on an empty anchor where it starts, so every
    ``#evidence-N`` link has a target and the markup stays well formed.
    """
    clipped = [(max(a - offset, 0), min(b - offset, len(text)), i) for a, b, i in spans]
    clipped = [(a, b, i) for a, b, i in clipped if a < b]
    cuts = sorted({0, len(text), *(a for a, _, _ in clipped), *(b for _, b, _ in clipped)})
    out: list[str] = []
    for left, right in pairwise(cuts):
        for a, _, element_id in sorted(clipped):
            if a == left:
                out.append(f'<span class="app-anchor" id="{escape(element_id)}"></span>')
        piece = str(escape(text[left:right]))
        covered = any(a <= left and right <= b for a, b, _ in clipped)
        out.append(f'<mark class="app-mark">{piece}</mark>' if covered else piece)
    return Markup("".join(out))


FILTERS = {"govuk_date": govuk_date, "plural": plural, "highlight": highlight, "label": label,
           "shorten": shorten}
