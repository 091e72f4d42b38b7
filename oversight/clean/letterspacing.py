"""Rejoin letter-spaced lines (``T h e  w o r k s h o p``) into words.

Two forms occur in PDF text layers of slide decks: a single space between letters and two between
words (the gaps survive, so words are simply closed up), and a single space everywhere (the gaps
are lost, so words are recovered with :func:`oversight.clean.lexicon.segment`).
"""

from __future__ import annotations

import re

from oversight.clean.lexicon import Lexicon, segment
from oversight.clean.lines import BULLET, Line

_WIDE_GAP = re.compile(r" {2,}")
_RUN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:/]\d+)*|\S")
_THREE_SINGLES = re.compile(r"(?:^|\s)\S \S \S(?:\s|$)")
_LONGEST = 3000
# One of the commonest letters standing alone between two spaces (one scan instead of eight).
_COMMON_SINGLE = re.compile(r" [etonETON] ")
_FOUR_SINGLES = re.compile(r"(?<!\S)\S \S \S \S(?!\S)")
_ATTACH_LEFT = set(",.;:!?)]%…")
_ATTACH_RIGHT = set("([£$")


def is_letter_spaced(line: str) -> bool:
    """A line made mostly of single characters separated by spaces, most of them letters."""
    tokens = line.split()
    if len(tokens) < 3:
        return False
    singles = 0
    letters = 0
    for token in tokens:
        if len(token) == 1:
            singles += 1
            if token.isalpha():
                letters += 1
    if len(tokens) < 6 and singles < len(tokens):
        return False
    return singles >= 0.75 * len(tokens) and letters >= 0.5 * len(tokens)


def rejoin(lines: list[str], wide_ends: list[bool], lexicon: Lexicon) -> str:
    """One logical line from consecutive letter-spaced ``lines`` (the wrapped parts of one item).

    ``wide_ends`` says which lines ended with a wide gap (a word ends there) in the raw text.
    """
    easy = _gaps_survive(lines)
    if easy:
        text = "".join(line + ("  " if wide else "") for line, wide in zip(lines, wide_ends, strict=True))
    else:
        text = "".join(lines)
    chunks = [c for c in _WIDE_GAP.split(text.strip()) if c]
    words: list[str] = []
    for chunk in chunks:
        closed = chunk.replace(" ", "")
        words.extend(_words_of(closed, None if easy else lexicon))
    return _join_words(words)


def _gaps_survive(lines: list[str]) -> bool:
    """True when word gaps are wider than letter gaps (the easy form)."""
    text = " ".join(lines)
    wide = len(_WIDE_GAP.findall(text))
    chars = sum(1 for c in text if not c.isspace())
    return wide * 9 >= chars


def repair(lines: list[Line], lexicon: Lexicon) -> list[Line]:
    """``lines`` with every run of letter-spaced lines (one list item or sentence) rejoined."""
    out: list[Line] = []
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        prefix = BULLET if line.text.startswith(BULLET) else ""
        body = line.text[len(prefix):]
        if not _maybe_spaced(body) or not is_letter_spaced(body):
            out.append(line)
            index += 1
            continue
        group = [body]
        wide = [line.wide_end]
        index += 1
        while index < count:
            following = lines[index]
            if following.blank_before or following.text.startswith(BULLET):
                break
            if not is_letter_spaced(following.text):
                break
            group.append(following.text)
            wide.append(following.wide_end)
            index += 1
        line.text = prefix + rejoin(group, wide, lexicon)
        out.append(line)
    return out


def spaced_letters(page: str) -> bool:
    """Whether a page has any run that could be letter-spaced (checked once, before any line)."""
    # Spaced-out text always has common letters standing alone; ordinary text rarely does, and
    # looking for them is far cheaper than the pattern itself.
    if _COMMON_SINGLE.search(page) is None:
        return False
    return _FOUR_SINGLES.search(page) is not None


def _maybe_spaced(text: str) -> bool:
    """Cheap test before the real one: a letter, a space, a letter, a space, a letter.

    Lines longer than any slide's are left alone: rebuilding them is costly and they are not slides.
    """
    return 5 <= len(text) <= _LONGEST and _THREE_SINGLES.search(text) is not None


def _words_of(closed: str, lexicon: Lexicon | None) -> list[str]:
    """Words and punctuation of a closed-up chunk; with a lexicon, long unknown runs are segmented."""
    out: list[str] = []
    for match in _RUN.finditer(closed):
        run = match.group(0)
        if lexicon is not None and run[0].isalpha() and len(run) > 3 and lexicon.cost(run) is None:
            out.extend(segment(run, lexicon))
        else:
            out.append(run)
    return out


def _join_words(words: list[str]) -> str:
    parts: list[str] = []
    for word in words:
        if parts and not (word in _ATTACH_LEFT or parts[-1] in _ATTACH_RIGHT):
            parts.append(" ")
        parts.append(word)
    return "".join(parts)
