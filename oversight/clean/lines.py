"""A page's raw text becomes :class:`Line` records: markup stripped, bullets made uniform.

Every later repair works on lines, so this module keeps what the raw layout says about them that
stripping would lose: how many blank lines came before, whether the line was indented (some
extractors indent the first line of every page), and whether it ended with the wide trailing gap
that marks the end of a paragraph in PDF text dumps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = "• "

# Glyphs that only ever mean "list item": private-use symbol-font bullets and the Unicode ones.
_GLYPHS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf071\uf0e0\u2022\u25aa\u25cf\u25e6\u25a0\u25ba\u27a2\u2023\u2043"
# Characters that mean "list item" only at the start of a line and followed by a space.
_LEADERS = _GLYPHS + "–—*·o-"
_LEADER_CLASS = _GLYPHS + "–—*·o\\-"  # the same, escaped for a regular expression character class
# Any other private-use character opening a line is a symbol-font glyph, in practice a bullet.
_PRIVATE_USE = "\ue000-\uf8ff"

_LEADING_BULLET = re.compile(rf"^[{_LEADER_CLASS}{_PRIVATE_USE}](?:[ \t]+|(?=[{_GLYPHS}]))(?=\S)")
_ONLY_BULLET = re.compile(rf"^[{_GLYPHS}]$")
_GLYPH_BULLET = re.compile(rf"^[{_GLYPHS}]\s*(?=\S)")
_MIDLINE_GLYPH = re.compile(rf"(?<=\S)[ \t]+[{_GLYPHS}][ \t]+(?=\S)")
_LEADER_SET = frozenset(_LEADERS)


def _is_leader(char: str) -> bool:
    return char in _LEADER_SET or "\ue000" <= char <= "\uf8ff"

_ANY_GLYPH = re.compile(rf"[{_GLYPHS}]")
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s")

# "**", or "__" touching a word on either side.  Every branch opens with its literal character
# (the look-behind is taken after the underscores), so the engine jumps between candidates.
_BOLD = re.compile(r"\*\*|__(?:(?=\w)|(?<=\w__))")
_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?:|mailto:|/|#)[^()\s]{0,500}\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,500})>")
# "*words*" standing apart from other asterisks and word characters (the opening look-behind is
# taken after the asterisk, so the pattern opens with a literal and is tried only at asterisks).
_ITALIC = re.compile(r"\*(?<![\w*\\]\*)(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*(?![\w*])")
# Odd spaces become plain ones; soft hyphens and zero-width characters go; pdfium's mark for a
# hyphen it found at a line end (U+0002) becomes a hyphen.
_REPLACEMENTS = [(c, " ") for c in "\u00a0\u2007\u202f\u2009"] + [
    (c, "") for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff"
]


@dataclass(slots=True)
class Line:
    """One line of a page after markup and bullet repair."""

    text: str
    blank_before: int = 0
    page: int = 0
    indented: bool = False
    wide_end: bool = False
    separator: bool = False
    footnote: bool = False
    # The blank lines before this one included a line of spaces (text dumps mark paragraph ends so).
    spaced_gap: bool = False


def normalise(page: str) -> str:
    """Line ends, odd spaces, invisible characters and markdown markers (``**``, ``###``, links)."""
    text = page.replace("\r\n", "\n").replace("\r", "\n") if "\r" in page else page
    if "\x02" in text:
        text = text.replace("\x02", "-")
    if not text.isascii():
        for odd, plain in _REPLACEMENTS:
            if odd in text:
                text = text.replace(odd, plain)
    if "**" in text or "__" in text:
        text = _BOLD.sub("", text)
    if "#" in text:
        text = _HEADING_MARK.sub("", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text:
        text = _ITALIC.sub(r"\1", text)
    return text


def page_lines(page: str, number: int) -> list[Line]:
    """The non-blank lines of one page, each knowing the blank lines before it."""
    out: list[Line] = []
    blanks = 0
    spaced = False
    pending_bullet = False
    text = normalise(page)
    glyphs = not text.isascii() and _ANY_GLYPH.search(text) is not None
    tabs = "\t" in text
    leaders = _LEADER_SET
    append = out.append
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            if len(raw) >= 12 and "\t" not in raw:
                append(Line("", blanks, number, separator=True))
                blanks = 0
                spaced = False
            else:
                blanks += 1
                spaced = spaced or bool(raw)
            continue
        if not tabs and not pending_bullet and (
            not glyphs or stripped.isascii() or _ANY_GLYPH.search(stripped) is None
        ):
            # The common case: one line, one cell, no glyphs.
            opening = stripped[0]
            if opening in leaders or "\ue000" <= opening <= "\uf8ff":
                stripped = bullet(stripped)
            last = raw[-1]
            append(Line(stripped, blanks, number, raw[0] == " ", last == " " and raw[-2:] == "  ", False,
                        False, spaced))
            blanks = 0
            spaced = False
            continue
        if len(stripped) == 1 and _ONLY_BULLET.match(stripped):
            pending_bullet = True
            continue
        wide_end = raw.endswith("  ") or raw.endswith("\t")
        indented = raw[0] in " \t"
        cells = stripped.split("\t") if "\t" in stripped else [stripped]
        first = True
        for cell in cells:
            cell = cell.strip()
            if not cell:
                continue
            for piece in _split_midline_bullets(cell) if glyphs else (cell,):
                text = bullet(piece) if _is_leader(piece[0]) else piece
                if pending_bullet and not text.startswith(BULLET):
                    text = BULLET + text
                pending_bullet = False
                out.append(Line(text, blanks if first else 0, number, indented and first, wide_end,
                                spaced_gap=spaced and first))
                first = False
                blanks = 0
                spaced = False
    return out


def bullet(text: str) -> str:
    """``text`` with any leading bullet glyph or dash replaced by the one list marker, ``"• "``."""
    match = _LEADING_BULLET.match(text)
    if match is None:
        return text
    rest = text[match.end():]
    if text[0] in "-–—*·o" and text[0] not in _GLYPHS:
        if text[0] == "o" and not rest[:1].isupper():
            return text
        if _PARAGRAPH_NUMBER.match(rest):
            # A markdown dash in front of a numbered paragraph ("- 1.1 The purpose") is not a list.
            return rest
    inner = _GLYPH_BULLET.match(rest)
    if inner is not None:
        rest = rest[inner.end():]
    return BULLET + rest


def _split_midline_bullets(text: str) -> list[str]:
    """A glyph bullet in the middle of a line starts a new item (two items run together)."""
    if not _MIDLINE_GLYPH.search(text):
        return [text]
    parts: list[str] = []
    start = 0
    for match in _MIDLINE_GLYPH.finditer(text):
        parts.append(text[start:match.start()])
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t"))
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]
