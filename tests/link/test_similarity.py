"""Recurrence similarity: the measured method meets its targets on the labelled pairs, and its parts behave."""

from __future__ import annotations

from oversight.link.similarity import RECURRENCE_THRESHOLD, TfIdf, content_terms, same_problem, stem
from tests.link.measure_recurrence import load_pairs, precision_recall, tfidf_scores


def test_labelled_pairs_are_enough_and_balanced() -> None:
    pairs = load_pairs()
    assert len(pairs) >= 40
    linked = sum(1 for *_, gold in pairs if gold)
    assert 15 <= linked <= len(pairs) - 15


def test_chosen_method_meets_precision_and_recall_targets() -> None:
    precision, recall = precision_recall(tfidf_scores(load_pairs()), RECURRENCE_THRESHOLD)
    assert precision >= 0.9
    assert recall >= 0.8


def test_distinctive_word_check_is_what_lifts_precision() -> None:
    pairs = load_pairs()
    with_check = precision_recall(tfidf_scores(pairs), RECURRENCE_THRESHOLD)[0]
    without = precision_recall(tfidf_scores(pairs, distinctive=False), RECURRENCE_THRESHOLD)[0]
    assert with_check > without


def test_stemming_meets_inflected_forms() -> None:
    assert stem("supervision") == stem("supervised")
    assert stem("resources") == stem("resource")
    assert stem("recording") == stem("records")


def test_template_words_are_not_content() -> None:
    words = [w for _, w in content_terms("The force should ensure that it improves how it supervises cases.")]
    assert "force" not in words and "should" not in words and "ensure" not in words
    assert "cases" in words


def test_same_problem_in_other_words_links_and_a_different_problem_does_not() -> None:
    a = "The force should make sure it has enough officers to attend prompt calls, particularly domestic abuse."
    b = "The force needs to ensure sufficient officers are available to attend prompt calls for domestic abuse."
    c = "The force should ensure that its vetting backlog is cleared so officers are vetted on time."
    model = TfIdf([a, b, c])
    found = same_problem(a, b, model)
    assert found is not None and "prompt" in found.shared
    assert same_problem(a, c, model) is None


# A register's worth of findings, so document frequencies say which words are common in the genre.
POOL = [
    "The force should manage the risk posed by violent offenders released from prison.",
    "The force needs to manage the risk posed by people who commit domestic abuse.",
    "The force should understand the risk posed by organised crime groups.",
    "The force should review how it protects victims of stalking.",
    "The force should make sure that call handlers assess risk to every caller.",
    "The force should improve how it records crime.",
    "The force should make sure its workforce plan meets future demand.",
    "The force should tell the public how it manages dangerous offenders.",
    "The force should protect the public from prolific offenders.",
]


def test_distinctive_terms_are_the_rarest_in_the_register_earliest_first() -> None:
    finding = ("The force should manage the risk posed to the public by registered sex offenders, to keep "
               "communities safe and reduce harm.")
    model = TfIdf([finding, *POOL])
    rarest = model.distinctive_terms(model.vector(finding), 3)
    assert rarest == {stem("registered"), stem("sex"), stem("keep")}  # equally rare: the earliest wins


def test_a_pair_sharing_only_common_words_is_not_distinctive() -> None:
    a = ("The force should manage the risk posed by registered sex offenders, including visits to their homes "
         "by trained officers.")
    b = ("The force should manage the risk posed by organised crime groups, including disruption of their "
         "county lines by trained officers.")
    model = TfIdf([a, b, *POOL, "Trained officers should visit victims at home."] * 2)
    assert not model.compare(a, b).distinctive
    assert same_problem(a, b, model) is None
