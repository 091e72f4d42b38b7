"""Bad input through clean, split and classify: every file yields papers with a kind, quickly."""

from __future__ import annotations

import time

from oversight.classify import classify_paper, describe_paper
from oversight.clean import clean_pages
from oversight.split import split_papers
from oversight.text import PaperText
from oversight.vocab import PAPER_KINDS


def kinds(pages: list[str]) -> list[str]:
    doc = clean_pages(pages)
    out = []
    for start, end in split_papers(doc):
        view = PaperText(doc, start, end)
        kind, signals = classify_paper(view)
        describe_paper(view, kind)
        assert kind in PAPER_KINDS and signals
        out.append(kind)
    return out


def test_ten_thousand_page_file_is_processed_quickly() -> None:
    page = ("Westshire Police and Crime Panel\n\nThe Panel considered the report of the Commissioner and\n\n"
            "noted the progress made against the plan during the quarter.\n\n7\n")
    started = time.perf_counter()
    assert kinds([page] * 10_000)
    assert time.perf_counter() - started < 30


def test_pack_with_no_headers_is_one_paper_of_kind_other() -> None:
    assert kinds(["Some notes about nothing in particular.\n" * 200]) == ["other"]


def test_single_line_and_foreign_language_files() -> None:
    assert kinds(["x"]) == ["other"]
    assert kinds(["Cofnodion cyfarfod Panel Heddlu a Throseddu Dyfed-Powys a gynhaliwyd ddoe.\n"]) == ["other"]


def test_adversarial_line_of_100000_characters_does_not_hang() -> None:
    for line in ("Dear " + "a" * 100_000, "Agenda Item No. 1 " * 6000, "MINUTES OF " * 9000, "9" * 100_000):
        started = time.perf_counter()
        kinds([line])
        assert time.perf_counter() - started < 5
