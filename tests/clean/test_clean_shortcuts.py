"""The shortcuts in cleaning (each line's shape worked out once, digit-led marker search) keep the rules."""

from __future__ import annotations

import itertools

from oversight.clean import footnotes
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
        for pattern in patterns:
            expected = [(m.span(), m.group(1)) for m in pattern.finditer(text)]
            assert [(m.span(), m.group(1)) for m in footnotes._fused(pattern, text)] == expected, text
