"""How alike two findings are, and which words make them alike.

Measured on ``tests/link/pairs.json`` (see ``tests/link/measure_recurrence.py``): TF-IDF cosine over
content-word stems beats rapidfuzz's token-set ratio, because inspection findings share a template
("The force should ensure that ...") that character and token-set measures reward, while TF-IDF
weights the words that name the problem.  Stop words here include that template's vocabulary and
the addressee and timing phrases of recommendations ("With immediate effect, chief constables ...").
Two findings written to the same template about different things ("doesn't manage the risk posed by
registered sex offenders" / "... by online child abuse offenders") still score high, so a match also
needs each side to share one of the other's most distinctive words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

# Common English words and the wording every finding shares: who should act and how it is phrased.
_STOP_TEXT = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor not of
off on once only or other our out over own same she should so some such than that the their them then
there these they this those through to too under until up upon very was we were what when where which
while who whom why will with within would you your yet still
force forces constabulary police service policing ensure ensures make makes sure needs need needed
improve improves improvement improving better further take takes steps continue done do doing work
including particularly especially appropriately effectively properly consistently routinely
area areas concern cause recommendation recommendations hmicfrs hmic inspection report
immediate effect chief chiefs constables council national college office home months begin within
doesn isn hasn wasn didn don aren
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "supervision"/"supervised", "records"/"recording"."""
    for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ness", "ments", "ment", "ies",
                   "ed", "es", "ly", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word


@lru_cache(maxsize=8192)
def content_terms(text: str) -> tuple[tuple[str, str], ...]:
    """(stem, word as written) for each content word of ``text``, in order."""
    out: list[tuple[str, str]] = []
    for match in _WORD.finditer(text.lower().replace("’", "'")):
        word = match.group(0).split("'")[0]
        if word in STOP_WORDS or len(word) < 3 or word.isdigit():
            continue
        out.append((stem(word), word))
    return tuple(out)


@dataclass(frozen=True)
class Similarity:
    score: float
    shared: tuple[str, ...]
    distinctive: bool = True

    @property
    def reason(self) -> str:
        words = ", ".join(self.shared[:6])
        return f"similarity {self.score:.2f}; shared terms: {words}" if words else f"similarity {self.score:.2f}"


class TfIdf:
    """Inverse document frequencies fitted on the findings being compared (smoothed, so a tiny store works)."""

    def __init__(self, texts: Iterable[str]) -> None:
        df: Counter[str] = Counter()
        count = 0
        for text in texts:
            count += 1
            df.update({s for s, _ in content_terms(text)})
        self._n = count
        self._df = df
        self._vectors: dict[str, dict[str, float]] = {}
        self._distinctive: dict[str, set[str]] = {}

    def idf(self, term: str) -> float:
        return math.log((1 + self._n) / (1 + self._df.get(term, 0))) + 1.0

    def vector(self, text: str) -> dict[str, float]:
        """Unit-length TF-IDF weights of ``text``'s stems, in the text's word order (cached per text)."""
        cached = self._vectors.get(text)
        if cached is not None:
            return cached
        counts = Counter(s for s, _ in content_terms(text))
        vec = {t: (1 + math.log(c)) * self.idf(t) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        result = {t: v / norm for t, v in vec.items()} if norm else {}
        self._vectors[text] = result
        return result

    def distinctive_terms(self, vector: dict[str, float], k: int) -> set[str]:
        """The ``k`` rarest terms; among equally rare ones the earlier, which name the problem rather than
        its purpose ("..., to improve its approach to ...").  ``vector`` keeps the text's word order."""
        order = {t: i for i, t in enumerate(vector)}
        return set(sorted(vector, key=lambda t: (-self.idf(t), order[t]))[:k])

    def distinctive_of(self, text: str) -> set[str]:
        cached = self._distinctive.get(text)
        if cached is None:
            cached = self._distinctive[text] = self.distinctive_terms(self.vector(text), DISTINCTIVE_TERMS)
        return cached

    def compare(self, a: str, b: str) -> Similarity:
        va, vb = self.vector(a), self.vector(b)
        shared = sorted(set(va) & set(vb), key=lambda t: -(va[t] * vb[t]))
        score = sum(va[t] * vb[t] for t in shared)
        words = dict(content_terms(a))
        distinctive = bool(self.distinctive_of(a) & vb.keys()) and bool(self.distinctive_of(b) & va.keys())
        return Similarity(round(score, 4), tuple(words.get(t, t) for t in shared), distinctive)


# Chosen on tests/link/pairs.json (precision >= 0.9 first, then recall); see measure_recurrence.py.
RECURRENCE_THRESHOLD = 0.27
DISTINCTIVE_TERMS = 6


def same_problem(a: str, b: str, model: TfIdf, threshold: float = RECURRENCE_THRESHOLD) -> Similarity | None:
    """The similarity of two findings when it is high enough to call them the same problem, else None."""
    va, vb = model.vector(a), model.vector(b)
    small, large = (va, vb) if len(va) <= len(vb) else (vb, va)
    if sum(w * large[t] for t, w in small.items() if t in large) < threshold:
        return None  # the common case, decided without building the reason
    result = model.compare(a, b)
    return result if result.score >= threshold and result.distinctive else None
