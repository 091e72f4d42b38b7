"""The 43 territorial police forces of England and Wales, as each names itself.

A paper's force is read from the text, never from an abbreviation or a URL.  Each entry lists the
name the force uses and the other full names a paper may use for it (a former name, "Police" for
"Constabulary"); the name is reported as the paper wrote it.
"""

from __future__ import annotations

import re

FORCES: dict[str, tuple[str, ...]] = {
    "Avon and Somerset Constabulary": ("Avon and Somerset Police", "Avon & Somerset Constabulary"),
    "Bedfordshire Police": ("Bedfordshire Constabulary",),
    "Cambridgeshire Constabulary": ("Cambridgeshire Police",),
    "Cheshire Constabulary": ("Cheshire Police",),
    "City of London Police": (),
    "Cleveland Police": (),
    "Cumbria Constabulary": ("Cumbria Police",),
    "Derbyshire Constabulary": ("Derbyshire Police",),
    "Devon and Cornwall Police": ("Devon & Cornwall Police",),
    "Dorset Police": (),
    "Durham Constabulary": ("Durham Police",),
    "Dyfed-Powys Police": ("Dyfed Powys Police",),
    "Essex Police": (),
    "Gloucestershire Constabulary": ("Gloucestershire Police",),
    "Greater Manchester Police": (),
    "Gwent Police": (),
    "Hampshire and Isle of Wight Constabulary": ("Hampshire Constabulary", "Hampshire Police"),
    "Hertfordshire Constabulary": ("Hertfordshire Police",),
    "Humberside Police": (),
    "Kent Police": (),
    "Lancashire Constabulary": ("Lancashire Police",),
    "Leicestershire Police": (),
    "Lincolnshire Police": (),
    "Merseyside Police": (),
    "Metropolitan Police Service": ("Metropolitan Police",),
    "Norfolk Constabulary": ("Norfolk Police",),
    "North Wales Police": (),
    "North Yorkshire Police": (),
    "Northamptonshire Police": (),
    "Northumbria Police": (),
    "Nottinghamshire Police": (),
    "South Wales Police": (),
    "South Yorkshire Police": (),
    "Staffordshire Police": (),
    "Suffolk Constabulary": ("Suffolk Police",),
    "Surrey Police": (),
    "Sussex Police": (),
    "Thames Valley Police": (),
    "Warwickshire Police": (),
    "West Mercia Police": (),
    "West Midlands Police": (),
    "West Yorkshire Police": (),
    "Wiltshire Police": (),
}

# Every name of a force, case-folded, for lookup by the words before "Police" / "Constabulary".
_NAMES = {" ".join(name.split()).casefold(): name for main, others in FORCES.items() for name in (main, *others)}
_LONGEST = max(len(name.split()) for name in _NAMES)
# A force's name ends in "Police", "Constabulary" or "Police Service"; finding those words first is
# far cheaper than trying 60 names at every position.
_ANCHOR = re.compile(r"\b(?:police(?:\s+service)?|constabulary)\b", re.I)
# Characters that re.IGNORECASE matches to ASCII letters although they are not ASCII.
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")
_OPENERS = "([{“‘\"'"
# The word just before "Police", "Constabulary" or "Police Service" in some force's name.
_BEFORE_ANCHOR = frozenset(
    words[-extra] for words in (key.split(" ") for key in _NAMES) for extra in (2, 3) if len(words) >= extra
)
# "Police and Crime" follows the name of a panel or commissioner, not of the force.
_NOT_FORCE_AFTER = re.compile(r",?\s+(?:fire\s+)?(?:and|&)\s+crime\b", re.I)


def forces_named(text: str) -> list[tuple[int, str]]:
    """Every mention of a force in ``text``: (offset, the name as written, white space normalised)."""
    found: list[tuple[int, str]] = []
    for match in _anchors(text):
        if _NOT_FORCE_AFTER.match(text, match.end()):
            continue
        before = text[max(0, match.start() - 60) : match.start()].split()
        if not before:
            continue
        last = before[-1]
        if last.casefold() not in _BEFORE_ANCHOR and last.lstrip(_OPENERS).casefold() not in _BEFORE_ANCHOR:
            continue
        anchor = match.group(0).split()
        for size in range(min(_LONGEST - len(anchor), len(before)), 0, -1):
            words = before[-size:] + anchor
            words[0] = words[0].lstrip(_OPENERS)
            if " ".join(words).casefold() in _NAMES:
                start = match.start() - len(" ".join(before[-size:])) - 1
                found.append((max(0, start), " ".join(words)))
                break
    return found


def _anchors(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_ANCHOR` in order, found by a plain substring search of the lowered text.

    A case-insensitive pattern scans every character slowly; the words it looks for are rare, so
    finding them with ``str.find`` and confirming each with the pattern is many times faster.  The
    shortcut holds when lowering keeps every offset and no character outside ASCII could match the
    pattern's letters (the four that ``re.IGNORECASE`` pairs with ASCII letters); otherwise the
    pattern scans the text itself.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and _CASE_ODD.search(text) is not None):
        return list(_ANCHOR.finditer(text))
    starts: list[int] = []
    for word in ("police", "constabulary"):
        position = lowered.find(word)
        while position >= 0:
            starts.append(position)
            position = lowered.find(word, position + len(word))
    starts.sort()
    out: list[re.Match[str]] = []
    for position in starts:
        match = _ANCHOR.match(text, position)
        if match is not None:
            out.append(match)
    return out


def canonical(name: str) -> str | None:
    """The force's own name for any name in :data:`FORCES` (case-insensitive)."""
    return _CANONICAL.get(" ".join(name.split()).casefold())


# The first entry to list a name wins, as a walk through FORCES in order would find it.
_CANONICAL: dict[str, str] = {}
for _main, _others in FORCES.items():
    for _name in (_main, *_others):
        _CANONICAL.setdefault(_name.casefold(), _main)
