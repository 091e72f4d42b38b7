"""Statutory references: Acts, their sections, parts and schedules, and statutory instruments.

Each reference is kept as the paper writes it, normalised to "<provision> of the <Act>" ("s.55(5) of
Police Act 1996" -> "s.55(5) of the Police Act 1996"; "Part 3 of Schedule 5 of the Police Reform and Social
Responsibility Act 2011"), with a leading "The" dropped.  "the Act" is resolved where the paper defines
it ("... Act 2022 (the “Act”)").  An Act cited on its own is listed as well as its provisions.  Orders and
Regulations need a year, so "Public Order" and "a Sexual Harm Prevention Order" are not instruments.
"""

from __future__ import annotations

import re

from oversight.contract import Paper
from oversight.text import PaperText

_WS = re.compile(r"\s+")
_ANCHOR = re.compile(r"\b(?P<kind>Act|Order|Regulations)\b(?:\s+(?P<year>(?:18|19|20)\d\d)\b)?")
_TOKEN = re.compile(r"\([^()]{1,60}\)|\S+")
_CONNECTORS = {"and", "of", "for", "&", "on"}
_STOP = {
    "The", "This", "That", "These", "In", "Under", "As", "By", "For", "Of", "Following", "With", "And", "To",
    "On", "Its", "Our", "His", "Her", "Their", "A", "An", "Section", "Sections", "Part", "Parts", "Schedule",
    "Schedules", "Paragraph", "Regulation", "Article", "Chapter", "See", "Per", "Through", "Via", "From", "If",
    "When", "Where", "It", "We", "I", "Members", "Panel", "Commissioner", "PCC", "Act", "Acts",
}
_DEFINED = re.compile(r"^\s*\(\s*(?:the\s*)?[“\"'‘]?Act[”\"'’]?\s*\)")
_PROVISION = re.compile(
    r"(?P<prov>\b(?:Parts?|Sections?|sections?|Schedules?|schedules?|Paragraphs?|paragraphs?|Regulations?|"
    r"Articles?|Chapter|[sS]\.|ss\.)\s*\d[\w().]*(?:\s*(?:,|and|to|or|-|–)\s*\d[\w().]*){0,4}"
    r"(?:\s+of\s+(?:Schedule|Part|Chapter)\s+\d[\w().]*){0,2})\s+of\s+(?:the\s+)?$"
)
_BRACKET_CITATION = re.compile(r"\[(?P<c>[A-Z]{3,8},\s*(?:S{1,2}s?\.?|ss?\.)\s*\d[^\[\]]{0,60})\]")


def _name_start(flat: str, anchor: int) -> int:
    """Start of the Act's name that ends at ``anchor`` (the word "Act"), walking back over its words."""
    base = max(0, anchor - 200)
    tokens = list(_TOKEN.finditer(flat, base, anchor))
    start = anchor
    for tok in reversed(tokens):
        word = tok.group(0)
        core = word.rstrip(",")
        if core.startswith("(") and core.endswith(")"):
            if core[1:2].isupper():
                start = tok.start()
                continue
            break
        if word.endswith(",") and start == anchor:
            break
        if core in _CONNECTORS:
            start = tok.start()
            continue
        if core[:1].isupper() and core not in _STOP and re.match(r"^[A-Z][\w'’\-]*$", core) and not (
            len(core) > 1 and core.isupper()
        ):
            start = tok.start()
            continue
        break
    # A name never starts with a connector.
    while True:
        m = re.match(r"(?:and|of|for|&|on)\s+", flat[start:anchor])
        if not m:
            break
        start += m.end()
    return start


def find_statutes(text: str) -> list[str]:
    """Distinct statutory references in ``text``, in order of first appearance."""
    flat = _WS.sub(" ", text)
    found: list[str] = []
    defined: str | None = None

    def add(ref: str) -> None:
        ref = ref.strip(" ,;.")
        if ref and ref not in found:
            found.append(ref)

    for m in _ANCHOR.finditer(flat):
        kind, year = m.group("kind"), m.group("year")
        if kind != "Act" and not year:
            continue
        start = _name_start(flat, m.start())
        name_words = flat[start : m.start()].split()
        if name_words:
            name = flat[start : m.end()]
            if _DEFINED.match(flat[m.end() : m.end() + 20]):
                defined = name
        elif kind == "Act" and re.search(r"\bthe\s+$", flat[max(0, m.start() - 5) : m.start()]) and defined:
            name = defined
        else:
            continue
        prov = _PROVISION.search(flat[max(0, start - 120) : start])
        if prov:
            add(f"{prov.group('prov')} of the {name}")
        else:
            add(name)
    for m in _BRACKET_CITATION.finditer(flat):
        add(m.group("c"))
    return found


def extract_statutory_references(paper: PaperText, record: Paper) -> None:
    """Fill ``statutory_references`` with the Acts and instruments the paper cites."""
    for ref in find_statutes(paper.text):
        if ref not in record.statutory_references:
            record.statutory_references.append(ref)
