"""Word frequencies used to put spaces back into letter-spaced text whose word gaps were lost.

A slide exported as ``T h e w o r k s h o p w a s u s e f u l`` keeps no trace of where its words
end.  The cheapest reliable guide is the rest of the same file: slide decks repeat the words of the
report they are bound into.  A small list of everyday English words covers what the file lacks.
The lexicon grows page by page, so cleaning stays a single streaming pass.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import compress, filterfalse, islice

# Everyday English words (function words and the commonest verbs, nouns and adjectives of the genre).
_COMMON = """
a about above across act action actions add added after again against age ago agreed aim all allowed
also always am among amount an and another answers any appropriate are area areas around as ask asked
at attend attended attending available away back balance be because been before being believe benefit
benefits best better between beyond both brief broad build business but by call came can care case
cases caused change changes clear come coming community completed concern consider content could
course covered crime culture currently day days deal delegates deliver develop did different
discussions do does doing done down during each education educational effective energy engaged
enjoyed enough even every example excellent expected experience fair feel feels felt find first focus
for force free from full future gain generate genuinely get give glad go good great group had half has
have having he help helpful her here high him his how however huge i ideas if important improve
improving in inclusion increased individual information into inwardly is issues it its job just
knowledge know laugh launch leaders leadership learn learning learnt least less level life like
local long look made make many matter may me meaning means meet members might more most much must my
myself need needs never new next no not now of off offer on once one only open opportunity or
organisation other others our out over overall own part people perform performance personal
perspectives place plan point police policing positive previous problem process provoking public
quality range rather really reflect relaxed report respect results right role round said same
satisfied say see seen service set shall she should show since site so some something spectrum
staff start still strongly structure such supervisor supportive support take taken teams team terms
than thank that the their them then there these they thing things think this those though thought
through time times to today together too topics towards training trust two under understanding
until up upon us use useful used value very view voice want was way we well were what when where
whether which while who whole why will with within without word work worked workforce working
workshop would year years yes you your
"""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII_WORD = re.compile(r"[a-zA-Z]+(?:['’][a-zA-Z]+)?")
# A letter (as _WORD counts letters) that is not an ASCII one.
_OTHER_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


class Lexicon:
    """Word counts, case-folded; :meth:`cost` is the price of reading a string as one word."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._prefixes: set[str] = set()
        # How many of ``counts``' words (in the order they were first seen) are indexed by prefix.
        # Only segmentation reads the prefixes, and most files that get a lexicon never need it
        # (their letter-spaced lines kept their word gaps), so they are indexed when first asked for.
        self._indexed = 0
        self.total = 0
        for word in _COMMON.split():
            self.counts[word] = 3
            self.total += 3

    @property
    def prefixes(self) -> set[str]:
        """Every prefix of every known word, so segmentation stops extending a hopeless piece."""
        if self._indexed < len(self.counts):
            prefixes = self._prefixes
            for word in islice(self.counts, self._indexed, None):
                for end in range(1, len(word) + 1):
                    prefixes.add(word[:end])
            self._indexed = len(self.counts)
        return self._prefixes

    def learn(self, text: str) -> None:
        """Count the words of ``text`` (letter-spaced stretches only add single letters, ignored)."""
        tokens = text.casefold().split()
        # A word never spans white space, so most tokens (those of letters only) are words as they
        # stand, and the pattern is run only over the rest (words with apostrophes, punctuation).
        found = list(filter(str.isalpha, tokens))
        rest = " ".join(filterfalse(str.isalpha, tokens))
        if rest:
            # Where every letter is an ASCII one the plain-letter pattern finds the same words, faster.
            pattern = _ASCII_WORD if rest.isascii() or _OTHER_LETTER.search(rest) is None else _WORD
            found.extend(pattern.findall(rest))
        # Filters built from C-level callables: a page has hundreds of words.
        words = list(compress(found, map(_WORD_LENGTHS.__contains__, map(len, found))))
        self.counts.update(words)
        self.total += len(words)

    def cost(self, word: str) -> float | None:
        """Minus log-probability of ``word`` with a per-word charge, or None for an unknown word."""
        count = self.counts.get(word.casefold())
        if not count:
            return None
        return math.log((self.total + 1) / count) + 2.0


_MAX_WORD = 24
# The lengths of word worth counting: single letters are what letter-spaced text leaves.
_WORD_LENGTHS = frozenset(range(2, _MAX_WORD + 1))
_MAX_RUN = 400
_UNKNOWN_LETTER = 18.0


def segment(letters: str, lexicon: Lexicon) -> list[str]:
    """Split a run of letters with no spaces into the likeliest sequence of words.

    Dynamic programming over end positions, each word at most ``_MAX_WORD`` long, so the cost is
    linear in the length of the run.  A stretch no known word covers is kept whole (charged by
    length), so nothing is ever dropped.
    """
    if len(letters) > _MAX_RUN:
        # Runs this long are not slide text; segment them in windows so the cost stays linear.
        words: list[str] = []
        for start in range(0, len(letters), _MAX_RUN):
            words.extend(segment(letters[start : start + _MAX_RUN], lexicon))
        return words
    folded = letters.casefold()
    counts = lexicon.counts
    prefixes = lexicon.prefixes
    scale = math.log(lexicon.total + 1)
    n = len(letters)
    inf = math.inf
    log = math.log
    best: list[float] = [0.0] + [inf] * n
    back: list[int] = [0] * (n + 1)
    for start in range(n):
        here = best[start]
        if here == inf:
            continue
        # Known words starting here (walking only along known prefixes), or one unknown letter.
        unknown = here + _UNKNOWN_LETTER
        if unknown < best[start + 1]:
            best[start + 1] = unknown
            back[start + 1] = start
        base = here + scale
        for end in range(start + 1, min(n, start + _MAX_WORD) + 1):
            piece = folded[start:end]
            if piece not in prefixes:
                break
            count = counts.get(piece, 0)
            if count:
                price = base - log(count) + 2.0
                if price < best[end]:
                    best[end] = price
                    back[end] = start
    words = []
    end = n
    while end > 0:
        start = back[end]
        words.append(letters[start:end])
        end = start
    words.reverse()
    return _merge_unknown(words, lexicon)


def _merge_unknown(words: list[str], lexicon: Lexicon) -> list[str]:
    """Glue adjacent unknown fragments back together: one unknown word beats several."""
    out: list[str] = []
    for word in words:
        if out and lexicon.cost(word) is None and lexicon.cost(out[-1]) is None:
            out[-1] += word
        else:
            out.append(word)
    return out
