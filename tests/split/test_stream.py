"""The streaming splitter gives exactly split_papers' spans, and hands most papers over before the end."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from oversight.clean import clean_pages
from oversight.read.document import split_form_feeds
from oversight.split import split_papers
from oversight.split.stream import PaperStream
from oversight.text import CleanText
from tests.split.test_split import ACTIONS, ENCLOSURE, FILLER, LETTER, MINUTES, REPORT

PACK = MINUTES + ACTIONS + REPORT + LETTER + ENCLOSURE
# A letter signed off over a long letterhead: the cut after the signature block is found first, and
# the letterhead's cut, above it, only when the next "Dear ..." is read nine lines later.
LETTERHEAD = "\n".join((
    "Office of the Police and Crime Commissioner for Northshire and the Wolds", "PO Box 100",
    "Northshire Constabulary Headquarters Building Number Two on the Long Road North",
    "Telephone enquiries for the Commissioner and the Deputy between nine and five",
    "Email correspondence addressed to the Commissioner's administrative headquarters departments arrives",
    "Website information concerning Commissioner's organisational responsibilities, accountability arrangements",
    "Communications correspondence concerning neighbourhood partnerships, safeguarding collaboration",
    "NS1 2AB"))
SIGNED_OVER_LETTERHEAD = (
    "Dear Chair\n\nThank you for the report.\n\n" + FILLER + "\n\nYours sincerely\n\nAlex Brown\n" + LETTERHEAD
    + "\n\n5 March 2024\n\nDear Panel Members\n\n" + FILLER + "\n\nYours sincerely\n\nSam\n")


def _streamed(text: str, sizes: list[int], seed: int) -> tuple[list[tuple[int, int, str]], int]:
    """Feed ``text`` in pieces of the given sizes (chosen at random); the papers and how many came early."""
    rng = random.Random(seed)
    stream = PaperStream()
    made: list[tuple[int, int, str]] = []
    position = 0
    while position < len(text):
        size = rng.choice(sizes)
        made += stream.feed(text[position : position + size])
        position += size
    early = len(made)
    return made + stream.finish(text), early


@pytest.mark.parametrize("sizes", [[1], [3, 17], [200, 5000], [10**9]], ids=["char", "small", "large", "whole"])
def test_any_pieces_give_split_papers_spans_and_texts(seeds: list[Path], sizes: list[int]) -> None:
    texts = [clean_pages(split_form_feeds(path.read_text(encoding="utf-8"))).text for path in seeds]
    texts += [clean_pages([PACK * 3]).text, clean_pages([PACK]).text[:-700], "", "   \n\n ", "One line.",
              clean_pages([SIGNED_OVER_LETTERHEAD + PACK]).text]
    for number, text in enumerate(texts):
        made, _ = _streamed(text, sizes, seed=number)
        assert [(a, b) for a, b, _ in made] == split_papers(CleanText(text)), number
        assert all(piece == text[a:b] for a, b, piece in made)


def test_a_paper_start_found_late_above_an_earlier_one_still_counts() -> None:
    text = clean_pages([SIGNED_OVER_LETTERHEAD]).text
    spans = split_papers(CleanText(text))
    assert [text[a:b].split("\n", 1)[0] for a, b in spans] == ["Dear Chair", LETTERHEAD.split("\n")[0], "NS1 2AB"]
    made, _ = _streamed(text, [1], seed=0)
    assert [(a, b) for a, b, _ in made] == spans


def test_a_paper_start_found_24_lines_above_the_line_that_reveals_it_still_counts() -> None:
    """The farthest a start can lie behind the line that reveals it: a letterhead 24 lines above its
    "Dear ...", just above the cut after the signature block, which is found 21 lines earlier."""
    block = [
        "Alex Brown", "Police and Crime Commissioner for Northshire", "Northshire and the Wolds",
        "Serving the people of Northshire", "Safer communities together",
        "Office of the Police and Crime Commissioner for Northamptonshire, Wolds and Riversides",
        "PO Box 100, Constitution Hill Headquarters Administration Buildings, Northamptonshire Countryside",
        "Correspondence concerning organisational responsibilities, accountability arrangements and "
        "neighbourhood partnerships",
        *(f"Our reference NS/{n:03d}" for n in range(21))]
    text = ("Dear Chair\nThank you for the report.\n" + FILLER + "\nYours sincerely\n" + "\n".join(block)
            + "\nDear Panel Members\n" + FILLER + "\nYours sincerely\nSam\n"
            + "".join(f"Note {n} on the letter\n" for n in range(60)))  # lines enough to examine it early
    spans = split_papers(CleanText(text))
    firsts = [text[a:b].split("\n", 1)[0] for a, b in spans]
    assert firsts[:3] == ["Dear Chair", block[5], "Our reference NS/000"]
    for sizes in ([1], [40], [10**6]):
        made, _ = _streamed(text, sizes, seed=2)
        assert [(a, b) for a, b, _ in made] == spans, sizes


def test_papers_of_a_long_pack_are_handed_over_while_it_is_still_arriving() -> None:
    text = clean_pages([PACK * 12]).text  # sixty papers
    made, early = _streamed(text, [300], seed=1)
    assert len(made) == len(split_papers(CleanText(text))) >= 50
    # Only the papers in the last 70 lines or so (40 not yet examined, 30 not yet settled) wait for
    # the end of the text; these are about seven lines each.
    assert early >= len(made) - 12


def test_the_cleaner_hands_over_text_that_joins_into_its_output(seeds: list[Path]) -> None:
    for path in seeds:
        pieces: list[str] = []
        doc = clean_pages(split_form_feeds(path.read_text(encoding="utf-8")), on_text=pieces.append)
        assert "".join(pieces) == doc.text and len(pieces) > 1, path.name


def test_finish_refuses_a_text_other_than_the_one_fed() -> None:
    stream = PaperStream()
    stream.feed("Some text.\n")
    with pytest.raises(ValueError):
        stream.finish("Other")
