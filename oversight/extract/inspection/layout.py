"""Lines of a paper with their offsets, and the item text a reader would see.

Inspection papers reach us in two layouts: raw PDF text (each wrapped line on its own, often with a
blank line after every line, bullet glyphs from private-use fonts, markdown from converters) and
cleaned text (one paragraph or list item per line, bullets as "• ").  The finding extractors reason
about lines, so they all start from :func:`split_lines`, which keeps the paper offset of every line
so that evidence can point back at the exact characters.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from oversight.extract.collapsed import Collapsed, collapse

# Bullet glyphs seen in PDF text layers and web pages, plus "-"/"–"/"*" followed by a space.
_BULLET = re.compile(
    r"[ \t]{0,12}(?:[•●▪◦·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\u2023\u2043]|[-–*](?=[ \t]))[ \t]{0,8}"
)
# "1.", "2)", "(a)", "a.", "iv)" at the start of a line, followed by white space.
_NUMBERED = re.compile(r"[ \t]{0,12}(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])[ \t]{1,8}(?=\S)")
_MARKDOWN = re.compile(r"[ \t]{0,12}#{1,6}[ \t]{1,4}")
_TERMINAL = re.compile(r"[.!?;][\"'’”)\]]{0,2}$")


@dataclass(frozen=True)
class Line:
    """One non-blank line: ``start``/``end`` are paper offsets of its visible text."""

    start: int
    end: int
    text: str
    bullet: bool
    numbered: bool
    body_start: int
    gap: int
    """Blank lines between this line and the previous non-blank one."""

    @property
    def body(self) -> str:
        """The line's text without its bullet or number."""
        return self.text[self.body_start - self.start :]


@functools.lru_cache(maxsize=16)
def split_lines(text: str) -> list[Line]:
    """Every non-blank line of ``text`` with offsets, bullet flags and the blank gap before it.

    Every extractor in the family reads the same paper, so the result is cached; callers must not
    change the list.
    """
    out: list[Line] = []
    gap = 0
    pos = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = length
        raw = text[pos:nl]
        stripped = raw.strip()
        if not stripped or stripped in {"**", "*"}:
            gap += 1
        else:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            end = pos + len(raw.rstrip())
            body = start
            bullet = numbered = False
            m = _MARKDOWN.match(text, start, end)
            if m:
                body = m.end()
            while text.startswith("**", body, end):
                body += 2
            b = _BULLET.match(text, body, end)
            if b and b.end() < end:
                bullet = True
                body = b.end()
            else:
                n = _NUMBERED.match(text, body, end)
                if n:
                    numbered = True
                    body = n.end()
            while text.startswith("**", body, end):
                body += 2
            out.append(Line(start, end, text[start:end], bullet, numbered, body, gap))
            gap = 0
        pos = nl + 1
    return out


def plain(text: str) -> str:
    """``text`` as a reader sees it: no bullets, markdown or line-end hyphenation; spaces collapsed."""
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("**", "")
    lines = []
    for raw in text.split("\n"):
        raw = _MARKDOWN.sub("", raw, count=1) if _MARKDOWN.match(raw) else raw
        b = _BULLET.match(raw)
        if b:
            raw = raw[b.end() :]
        lines.append(raw)
    joined = "\n".join(lines)
    joined = re.sub(r"(?<=\w)-[ \t]{0,8}\n\s{0,40}(?=[a-z])", "-", joined)
    return re.sub(r"\s+", " ", joined).strip()


def heading_text(line: Line) -> str:
    """A line reduced to a comparable heading: casefolded, without markdown, numbering or a colon."""
    s = line.body.replace("**", "").strip()
    s = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z][.)])\s{1,6}", "", s)
    return s.rstrip(" :.").strip().casefold()


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a finished sentence or list item."""
    return bool(_TERMINAL.search(text.rstrip()))


def looks_like_heading(text: str) -> bool:
    """A short line with no closing punctuation (or a question) that starts with a capital."""
    s = text.strip().replace("**", "")
    if not s or not (s[0].isupper() or s[0].isdigit()):
        return False
    if s.endswith("?"):
        return len(s) <= 200
    return len(s) <= 90 and not ends_sentence(s) and not s.endswith((",", ":"))


_CONNECTOR = re.compile(r"(?:,|\b(?:and|or|of|the|to|a|an|in|on|for|with|by|from|its|their|that|which|is|are|be)|-)$",
                        re.IGNORECASE)


def wants_more(text: str) -> bool:
    """True when ``text`` stops mid-phrase (a comma, "and", "of", a hyphen): the next line continues it."""
    return bool(_CONNECTOR.search(text.rstrip()))


def strip_list_tail(text: str) -> str:
    """A list fragment without the "; and" / "; or" / ";" that joins it to the next one.

    A fragment that completes its introduction ("the force: - did not ... .") also loses its full stop;
    a whole sentence keeps it.
    """
    text = re.sub(r"\s*(?:;|,)\s*(?:and|or)?\s*$", "", text).strip()
    if text[:1].islower():
        text = text.rstrip(".").rstrip()
    return text

__all__ = ["Collapsed", "collapse"]
