"""Measure recurrence-linking methods on the labelled pairs: ``python tests/link/measure_recurrence.py``.

Prints precision and recall at a range of thresholds for TF-IDF cosine (the chosen method) and for
rapidfuzz's token-set and token-sort ratios on the same content words, so the choice can be re-checked.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz

from oversight.link.similarity import RECURRENCE_THRESHOLD, TfIdf, content_terms

PAIRS = Path(__file__).with_name("pairs.json")


def load_pairs() -> list[tuple[str, str, bool]]:
    data = json.loads(PAIRS.read_text(encoding="utf-8"))
    return [(p["a"], p["b"], bool(p["linked"])) for p in data["pairs"]]


def precision_recall(scores: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    tp = sum(1 for s, gold in scores if s >= threshold and gold)
    fp = sum(1 for s, gold in scores if s >= threshold and not gold)
    fn = sum(1 for s, gold in scores if s < threshold and gold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def tfidf_scores(pairs: list[tuple[str, str, bool]], distinctive: bool = True) -> list[tuple[float, bool]]:
    """TF-IDF cosine; with ``distinctive`` a pair that shares none of either side's rarest words scores 0."""
    model = TfIdf([t for a, b, _ in pairs for t in (a, b)])
    out: list[tuple[float, bool]] = []
    for a, b, gold in pairs:
        sim = model.compare(a, b)
        out.append((sim.score if sim.distinctive or not distinctive else 0.0, gold))
    return out


def fuzz_scores(pairs: list[tuple[str, str, bool]], scorer: Callable[[str, str], float]) -> list[tuple[float, bool]]:
    def words(text: str) -> str:
        return " ".join(w for _, w in content_terms(text))

    return [(scorer(words(a), words(b)) / 100.0, gold) for a, b, gold in pairs]


def main() -> None:
    pairs = load_pairs()
    print(f"{len(pairs)} pairs, {sum(g for *_, g in pairs)} linked")
    methods = {
        "tfidf-cosine": tfidf_scores(pairs),
        "tfidf-cosine-only": tfidf_scores(pairs, distinctive=False),
        "rapidfuzz-token-set": fuzz_scores(pairs, fuzz.token_set_ratio),
        "rapidfuzz-token-sort": fuzz_scores(pairs, fuzz.token_sort_ratio),
    }
    for name, scores in methods.items():
        best = max(((t / 100, *precision_recall(scores, t / 100)) for t in range(5, 100)),
                   key=lambda r: (r[1] >= 0.9, 2 * r[1] * r[2] / (r[1] + r[2] or 1)))
        print(f"{name:22s} best threshold {best[0]:.2f}: precision {best[1]:.3f} recall {best[2]:.3f}")
    p, r = precision_recall(methods["tfidf-cosine"], RECURRENCE_THRESHOLD)
    print(f"chosen: tfidf-cosine at {RECURRENCE_THRESHOLD}: precision {p:.3f} recall {r:.3f}")


if __name__ == "__main__":
    main()
