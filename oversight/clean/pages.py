"""Clean a file's pages in one streaming pass and join them, remembering where each page starts.

Each page is repaired on its own (markup, bullets, letter-spacing, furniture, footnotes) and then
fed to the paragraph builder, which joins text that runs across lines and pages.  One page is held
back so the first can be treated as part of a paged file when a second arrives, and the last few
pages' raw text is kept for the letter-spacing lexicon; nothing else is kept but the output text, so
memory does not grow with the page count beyond that text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator

from oversight.clean.footnotes import mark_footnotes
from oversight.clean.furniture import RunningText, strip_furniture
from oversight.clean.letterspacing import repair, spaced_letters
from oversight.clean.lexicon import Lexicon
from oversight.clean.lines import page_lines
from oversight.clean.paragraphs import ParagraphBuilder
from oversight.text import CleanText

# Letter-spaced text is rebuilt with the vocabulary of the pages around it.  Pages are only
# counted into the lexicon when a page needs it, from this many recent pages (bounded memory).
_RECENT_PAGES = 40
# Beyond this many words the lexicon knows the file's vocabulary; learning more only costs time.
_ENOUGH_WORDS = 60_000


def clean_pages(pages: Iterable[str], on_text: Callable[[str], None] | None = None) -> CleanText:
    """The cleaned text of a file whose pages are ``pages`` (in order), with its page map.

    ``on_text``, if given, is called with each stretch of the output as soon as it is final (after
    each page, and last at the end), so a later stage can start on the text while pages are still
    being read; the stretches join into exactly the returned text.
    """
    lexicon = Lexicon()
    running = RunningText()
    builder = ParagraphBuilder()
    if on_text is not None:
        builder.written = []
    recent: deque[str] = deque(maxlen=_RECENT_PAGES)
    count = 0
    for number, page, paged in _with_lookahead(pages):
        count = number + 1
        recent.append(page)
        lines = page_lines(page, number)
        if spaced_letters(page):
            while recent and lexicon.total < _ENOUGH_WORDS:
                lexicon.learn(recent.popleft())
            lines = repair(lines, lexicon)
        if paged:
            lines = running.apply(lines)
        lines = strip_furniture(lines, paged)
        lines = mark_footnotes(lines, paged)
        builder.feed(lines, page_break=number > 0)
        if on_text is not None:
            written = builder.take_written()
            if written:
                on_text(written)
    builder.pages = max(builder.pages, count)
    text, starts = builder.finish()
    if on_text is not None:
        on_text(builder.take_written())
    return CleanText(text=text, page_starts=starts)


def _with_lookahead(pages: Iterable[str]) -> Iterator[tuple[int, str, bool]]:
    """``(number, page, paged)`` where ``paged`` is true when the input has more than one page."""
    iterator = iter(pages)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if second is None:
        yield 0, first, False
        return
    yield 0, first, True
    yield 1, second, True
    for number, page in enumerate(iterator, start=2):
        yield number, page, True
