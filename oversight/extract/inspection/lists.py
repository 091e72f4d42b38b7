"""Read the list that follows a heading ("Areas for improvement") or an introduction ("... the force:").

A list item is whole however its bullets and line breaks came out: a bullet starts an item, a line
without a bullet continues the open item while that item has not finished its sentence, and the
list ends at the first line that is neither.  An item that runs into the end of the paper without
finishing is cut off (web excerpts, truncated text layers) and is dropped rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from oversight.extract.inspection.layout import Line, ends_sentence, looks_like_heading, plain, wants_more


@dataclass(frozen=True)
class Item:
    """One list item: paper offsets of its visible text, and that text as a reader sees it."""

    start: int
    end: int
    text: str


def collect_items(
    text: str,
    lines: list[Line],
    first: int,
    *,
    unbulleted: Callable[[str], bool] | None = None,
    max_items: int = 60,
) -> list[Item]:
    """The items of the list whose first line is ``lines[first]``.

    Bulleted or numbered lines each start an item.  When the list has no bullets, ``unbulleted``
    decides whether a line that follows a finished item opens a new item (for example, "does this
    line read like a finding?"); without it, an unbulleted list is a single paragraph item.
    """
    spans: list[list[int]] = []
    last_line: Line | None = None
    bulleted = False
    for idx in range(first, len(lines)):
        line = lines[idx]
        marker = line.bullet or line.numbered
        if marker and (bulleted or not spans):
            bulleted = True
            spans.append([line.body_start, line.end])
        elif not spans:
            if unbulleted is not None and not unbulleted(line.body):
                break
            spans.append([line.body_start, line.end])
        else:
            current = text[spans[-1][0] : spans[-1][1]]
            if not ends_sentence(current) and (
                wants_more(current) or line.body[:1].islower() or not looks_like_heading(line.body)
            ):
                if last_line is not None and line.gap > 2:
                    break
                spans[-1][1] = line.end
            elif not bulleted and unbulleted is not None and line.gap <= 2 and unbulleted(line.body):
                spans.append([line.body_start, line.end])
            else:
                break
        last_line = line
        if len(spans) > max_items:
            break
    items = [Item(s, e, plain(text[s:e])) for s, e in spans]
    if items and _runs_off(text, items[-1]):
        items.pop()
    return [i for i in items if i.text]


def _runs_off(text: str, item: Item) -> bool:
    """True when ``item`` reaches the end of the text without finishing: it was cut off."""
    return not text[item.end :].strip() and not ends_sentence(item.text) and not item.text.endswith((":", ")"))
