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
# "Police and Crime" follows the name of a panel or commissioner, not of the force.
_NOT_FORCE_AFTER = re.compile(r",?\s+(?:fire\s+)?(?:and|&)\s+crime\b", re.I)


def forces_named(text: str) -> list[tuple[int, str]]:
    """Every mention of a force in ``text``: (offset, the name as written, white space normalised)."""
    found: list[tuple[int, str]] = []
    for match in _ANCHOR.finditer(text):
        if _NOT_FORCE_AFTER.match(text, match.end()):
            continue
        before = text[max(0, match.start() - 60) : match.start()].split()
        anchor = match.group(0).split()
        for size in range(min(_LONGEST - len(anchor), len(before)), 0, -1):
            words = before[-size:] + anchor
            words[0] = words[0].lstrip("([{“‘\"'")
            if " ".join(words).casefold() in _NAMES:
                start = match.start() - len(" ".join(before[-size:])) - 1
                found.append((max(0, start), " ".join(words)))
                break
    return found


def canonical(name: str) -> str | None:
    """The force's own name for any name in :data:`FORCES` (case-insensitive)."""
    folded = " ".join(name.split()).casefold()
    for main, others in FORCES.items():
        if folded in (n.casefold() for n in (main, *others)):
            return main
    return None
