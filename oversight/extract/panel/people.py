"""Read lists of people as minutes write them.

"Councillors Gilderdale and Tierney", "Cllr Sam Naylor (Cheshire West and Chester) and Norman Plumpton
Walsh (Halton)", "the Chief Constable, Councillors John Thomas and Kelly Roberts": a title on a single
name is kept, a plural title ("Councillors A and B") is dropped, affiliations in brackets are dropped,
and office-holders named only by their role ("the Chief Constable") are not people to list.
"""

from __future__ import annotations

import re

_BRACKETS = re.compile(r"\([^()]{0,200}\)")
_PLURAL_TITLE = re.compile(r"^(?:Councillors|Cllrs\.?|Messrs\.?)\s*:?\s*", re.IGNORECASE)
_LABEL = re.compile(r"^[A-Z][A-Za-z\- ]{0,40}:\s*")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_ROLE_ONLY = re.compile(
    r"^(?:the\s+)?(?:(?:Police|Deputy|Assistant|Acting|Chief|Police,? Fire and Crime|Police and Crime)\s+)*"
    r"(?:Commissioner|Constable|PCC|PFCC|DPCC|Chair(?:man)?|Vice[- ]Chair(?:man)?|Officer|Executive|"
    r"Treasurer|Clerk|Director|Head\b.*)$",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"[A-Z][A-Za-z'’\-.]*")
# Titles that open a person's entry. Longer forms come first so "Cty Cllr" is one title.
_TITLE = r"(?:Cty[ \t]+Cllr\.?|County[ \t]+Councillor|Councillor|Cllr\.?|Mayor|Mrs|Mr|Ms|Miss|Dr|Professor|Prof\.?)"
_TITLE_AT = re.compile(rf"(?<![\w.])(?<!Cllr )(?<!Councillor ){_TITLE}(?=[ \t]+[A-Z])")
# An entry's affiliation after the name: "Cllr M Smith, Borough Council", "Councillor Lowe - Leeds City Council".
_AFFILIATION_CUT = re.compile(r"[ \t]*(?:,|;|\(|[ \t][-–][ \t]).*$")
_AFFILIATION_WORD = frozenset((
    "Council", "Borough", "District", "County", "City", "Authority", "Police", "Independent", "Co-opted",
    "Member", "MBC", "Lay", "Representative", "Herts", "Unitary", "Metropolitan",
))
_TITLE_ONLY = re.compile(rf"^{_TITLE}$")


def _run_on_entries(text: str) -> list[str] | None:
    """Entries of an attendance list whose line breaks were lost, so each name runs into the previous
    member's council ("Cllr A Smith, Town Council Cllr B Jones, County Council"): split where a title
    follows a word rather than a separator. None when ``text`` is an ordinary list."""
    starts = [m.start() for m in _TITLE_AT.finditer(text)]
    joints = sum(1 for st in starts if re.search(r"[\w)\-–][ \t]+$", text[max(0, st - 3) : st]))
    if joints < 2:
        return None
    entries: list[str] = []
    for i, st in enumerate(starts):
        seg = text[st : starts[i + 1] if i + 1 < len(starts) else len(text)]
        if "substitut" in seg.lower():
            continue
        seg = _AFFILIATION_CUT.sub("", seg)
        title = re.match(_TITLE, seg)
        kept = [seg[: title.end()]] if title else []
        for word in seg[title.end() if title else 0 :].split():
            if not word[:1].isupper() or word.strip(".,") in _AFFILIATION_WORD:
                break
            kept.append(word)
        entry = " ".join(kept)
        if entry and not _TITLE_ONLY.match(entry):
            entries.append(entry)
    return entries


def clean_name(piece: str) -> str | None:
    """A person's name as written, or None when ``piece`` names no one."""
    if len(piece) > 400:
        return None
    piece = _BRACKETS.sub(" ", piece)
    piece = re.sub(r"\s+[-–]\s+[^-–]*$", "", piece)  # "Councillor Lowe - Leeds City Council"
    piece = re.sub(r"\s+", " ", piece).strip(" .,;:-–")
    piece = re.sub(r"^(?:and|&)\s+", "", piece)
    if not piece or piece[0].islower():
        return None
    if "substitut" in piece.lower() or _ROLE_ONLY.match(piece):
        return None
    if not _NAME_TOKEN.match(piece) or len(piece) > 60:
        return None
    words = piece.split()
    if any(w[0].islower() and w not in ("de", "van", "von", "der", "la", "le", "du") for w in words):
        return None
    return piece


def split_names(text: str) -> list[str]:
    """Names in a written list, in order, without duplicates."""
    names: list[str] = []
    run_on = _run_on_entries(_LABEL.sub("", text.strip()))
    if run_on is not None:
        for entry in run_on:
            name = clean_name(entry)
            if name and name not in names:
                names.append(name)
        return names
    text = _BRACKETS.sub(" ", _BRACKETS.sub(" ", text))
    for chunk in re.split(r"\s*;\s*", text):
        chunk = _LABEL.sub("", chunk.strip())
        chunk = _PLURAL_TITLE.sub("", chunk)
        for piece in _SPLIT.split(chunk):
            piece = _PLURAL_TITLE.sub("", _LABEL.sub("", piece.strip()))
            name = clean_name(piece)
            if name and name not in names:
                names.append(name)
    return names


def person_with_role(line: str) -> str | None:
    """'Name (role)' from an attendance line, or None when the line does not start with a name."""
    line = line.strip()
    split = re.split(r"\s{2,}|\t", line, maxsplit=1)
    if len(split) == 2 and 2 <= len(split[0].split()) <= 4:
        name, role = split[0].strip(" ,"), re.sub(r"\s+", " ", split[1]).strip(" ,")
    else:
        words = line.split()
        if len(words) < 2:
            return None
        take = 2
        if len(words) > 2 and (len(words[1].rstrip(".")) == 1 or words[0].rstrip(".") in ("Dr", "Mr", "Mrs", "Ms")):
            take = 3
        name, role = " ".join(words[:take]).strip(" ,"), " ".join(words[take:]).strip(" ,")
    if not all(w[:1].isupper() for w in name.split()) or name.endswith(","):
        return None
    if _ROLE_ONLY.match(name) or any(w.lower() in ("police", "council", "crime", "the") for w in name.split()):
        return None
    return f"{name} ({role})" if role else name
