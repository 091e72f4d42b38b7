"""The shortcuts that find dates and force names faster give what the plain pattern scan gives."""

from __future__ import annotations

import itertools

from oversight.classify import dates, forces
from oversight.classify.dates import find_dates
from oversight.classify.forces import forces_named


def _scan_dates(text: str) -> list[tuple[int, int, str]]:
    out = []
    for match in dates._DATE.finditer(text):
        iso = dates._iso(match)
        if iso is not None:
            out.append((match.start(), match.end(), iso))
    return out


def test_dates_found_only_where_a_digit_stands_match_the_full_scan() -> None:
    pieces = ["1", "21", "2023", "/", ".", "-", "st ", "March ", "of ", ",", " ", "x", "05"]
    for size in (3, 4):
        for combo in itertools.product(pieces, repeat=size):
            text = "".join(combo)
            assert find_dates(text) == _scan_dates(text), text


def test_dates_respect_what_stands_before_the_first_digit() -> None:
    # A look-behind must see the character before the point the pattern is tried at.
    assert find_dates("ref 112/03/2020") == []
    assert find_dates("on 12/03/2020") == [(3, 13, "2020-03-12")]
    assert find_dates("Thursday, 2nd February, 2017") == [(10, 28, "2017-02-02")]


def test_force_names_with_characters_that_ignore_case_pairs_with_ascii() -> None:
    # "ſ" (long s) and dotless "ı" match ASCII letters case-insensitively but do not lower to them:
    # the substring shortcut must step aside and let the pattern find the name.
    text = "Report on Kent Polıce and Kent Police Servıce and Durham Constabulary"
    anchors = [m.span() for m in forces._anchors(text)]
    assert anchors == [m.span() for m in forces._ANCHOR.finditer(text)]
    assert len(anchors) == 3
    assert forces_named(text) == [(50, "Durham Constabulary")]


def test_force_names_found_by_substring_search_match_the_pattern_scan() -> None:
    text = "KENT POLICE said (Kent Police) that policemen and the Metropolitan Police\nService and police, and crime"
    assert [m.span() for m in forces._anchors(text)] == [m.span() for m in forces._ANCHOR.finditer(text)]
    assert forces_named(text) == [(0, "KENT POLICE"), (17, "Kent Police"), (54, "Metropolitan Police Service")]
