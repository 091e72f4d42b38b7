"""The shortcuts in cleaning (each line's shape worked out once, digit-led marker search) keep the rules."""

from __future__ import annotations

import itertools

from oversight.clean import footnotes, furniture, lines, paragraphs
from oversight.clean.lines import Line
from oversight.clean.paragraphs import Layout, runs_on

_PAGE = Layout(width=80.0, double_spaced=False)
_WRAPPED = "the Commissioner set out a plan for the service that the panel then considered in"


def test_a_capital_letter_item_is_not_joined_to_a_wrapped_line() -> None:
    assert runs_on(Line(_WRAPPED), Line("B. The second option is to share the service"), _PAGE, 0) is False
    assert runs_on(Line(_WRAPPED), Line("C) The third option"), _PAGE, 0) is False
    # A capital that opens no item continues the wrapped sentence.
    assert runs_on(Line(_WRAPPED), Line("Bedfordshire and the region as a whole"), _PAGE, 0) is True


def test_a_comma_inside_a_closing_quote_is_not_a_dangling_comma() -> None:
    title = 'Annual Report On Policing In The Region Today And Tomorrow,"'
    assert runs_on(Line(title), Line("Integrity In Policing"), _PAGE, 0) is False
    assert runs_on(Line(title[:-1]), Line("Integrity In Policing"), _PAGE, 0) is True


def test_fused_markers_found_from_digits_match_the_full_scan() -> None:
    pieces = ["1", "22", "2020", ",", "ab", "b.", ")", "’", " ", "x", "2,700"]
    patterns = (footnotes._FUSED_WORD, footnotes._FUSED_YEAR, footnotes._FUSED_THOUSANDS)
    for combo in itertools.product(pieces, repeat=4):
        text = "".join(combo)
        expected = sorted((m.span(), m.group(1)) for pattern in patterns for m in pattern.finditer(text))
        assert sorted((m.span(), m.group(1)) for m in footnotes._all_fused(text)) == expected, text


def test_pages_without_a_separator_keep_their_footnotes_at_the_foot() -> None:
    page = [Line("The force recorded 2,7006 crimes in June 20175 and more."), Line("Body text runs on here.")]
    page += [Line("5 Home Office data."), Line("6 Recorded crime.")]
    out = footnotes.mark_footnotes(page, paged=True)
    assert [line.footnote for line in out] == [False, False, True, True]
    assert out[0].text == "The force recorded 2,700 crimes in June 2017 and more."


def test_line_shortcuts_agree_with_the_patterns_they_skip() -> None:
    pieces = ["i", "v", "x", "I", "A", "R", "B", ".", ")", "(", " ", "1", "•", "Action", "Item", "Recommendation",
              ":", "-", "–", "—", "Label", "é", "abcdefghijklmnopqrstu"]
    for combo in itertools.product(pieces, repeat=4):
        text = "".join(combo)
        if paragraphs._ITEM_START.match(text) is not None:
            assert paragraphs._maybe_item(text, text[:1]), text
        assert paragraphs._is_field(text) == (paragraphs._FIELD.match(text) is not None), text


def test_furniture_shortcut_agrees_with_the_patterns() -> None:
    pieces = ["A", "a", "S", " ", "•", "1", "_", "-", "£", "ſ", "K", "\u212a", "é", "*", "skip to content",
              "Back To Top"]
    for combo in itertools.product(pieces, repeat=3):
        text = "".join(combo).strip()
        if text:
            expected = furniture._DEBRIS.match(text) is not None or furniture._CHROME.match(text) is not None
            assert furniture._debris_or_chrome(text) == expected, text


def test_markdown_patterns_open_with_their_literal_and_keep_their_meaning() -> None:
    assert lines.normalise("**Bold** and __under__ but snake__case_ stays; a *word* here, 2*3*4 not") == (
        "Bold and under but snakecase_ stays; a word here, 2*3*4 not"
    )
    # Neither pattern may be tried at every character (they begin with their literal now).
    assert lines._BOLD.pattern.startswith("\\*\\*|__")
    assert lines._ITALIC.pattern.startswith("\\*")
