"""Key figures: numbers with what they measure and their period.

A figure is a number the paper states about performance, activity, demand, money or staff:
"52.8 arrests for every 100 domestic abuse-related offences" in "the 12 months to 30 June 2017",
"£1.8m", "60%", "over 11,213 incidents in 2014".  What is *not* a figure matters as much, because
every paper has many numbers: dates and years, times, section / item / page / footnote numbers,
phone numbers and postcodes, legal references ("section 55", "Act 2014") and policy standards
("within one hour", "aged 75 or over").

The name is built from the words around the number the way a reader would say it: the noun phrase
that follows ("1,315 vehicles for no insurance") with the verb that precedes ("seized"), or for a
bare amount the clause before it.  The period is a period phrase in the same sentence ("in 2014",
"12 months to 30 June 2017", "As of February 2023"), else none.  Lists of "Label – number" lines
take their name from the label and the sentence that introduces the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.contract import Metric, Paper
from oversight.extract.collapsed import collapse
from oversight.extract.common.dates import find_dates
from oversight.text import PaperText

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_NUMBER = re.compile(
    r"(?<![\w.,/£$:)’'-])(?P<cur>£|\$)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<mult>k|m|bn|(?: ?(?:million|billion)))?(?![\w/]|[.,:]\d)"
    r"(?P<pct> ?%| percent\b| per cent\b)?"
)
_FRACTION = re.compile(r"(?<![\w/])(?P<a>[1-9])/(?P<b>[2-9])(?![\w/])")
_PERIODS = [
    re.compile(rf"(?<=\bbetween ){_MONTH} (?:19|20)\d\d and (?:the )?end of {_MONTH} (?:19|20)\d\d"),
    re.compile(rf"\b(?:12|twelve) months to \d{{1,2}} {_MONTH} (?:19|20)\d\d"),
    re.compile(rf"\b{_MONTH} (?:19|20)\d\d to (?:the )?end of {_MONTH} (?:19|20)\d\d"),
    re.compile(rf"\b{_MONTH} (?:19|20)\d\d to {_MONTH} (?:19|20)\d\d"),
    re.compile(rf"\b[Aa]s (?:of|at) (?:\d{{1,2}} )?{_MONTH} (?:19|20)\d\d"),
    re.compile(r"\bover (?:the (?:last|past) )?(?:\d{1,2}|two|three|four|five|six|twelve|eighteen) (?:months|years)\b"),
    re.compile(rf"\b(?<=in ){_MONTH} (?:19|20)\d\d\b"),
    re.compile(rf"(?<=\(){_MONTH} (?:19|20)\d\d(?=\))"),
    re.compile(r"(?<=\b[Ii]n )(?:19|20)\d\d(?:/\d\d)?\b(?! [A-Z])"),
]
_BEFORE_EXCLUDE = re.compile(
    r"(?:\b(?:item|items|agenda|page|pages|section|sections|s|paragraph|paras?|appendix|annex|recommendation|"
    r"recommendations|minute|minutes|no|number|tel|ext|version|slide|footnote|chapter|part|"
    r"schedule|regulation|act|article|rule|step|phase|tranche|round|option|level|grade|band|tier|ward|box|table|"
    r"figure|fig|point|question|questions|q|room|floor|priority|objective|theme|aim|outcome|action|actions|"
    r"decision|report|reports|ref|reference|within|aged|age|under|ages|over the age of|category|cat|same|last|past|"
    r"next|first|previous|line|lines|"
    r"wave|year|years|quarter|route|junction|a|b|m|top|code)\.?\s?\(?)$",
    re.IGNORECASE,
)
_AFTER_EXCLUDE = re.compile(
    rf"^(?:\s?(?:st|nd|rd|th)\b|\s?(?:am|pm|a\.m|p\.m)\b|\s{_MONTH}\b|\s?(?:minutes?|mins|hours?|hrs|seconds?|days?|"
    r"weeks?|years? (?:old|of age|or over)|years? and over|(?:months?|years?) (?:to|ending|ended))\b|"
    r"\s?[-–]\s?\d|\s?\)|\s(?:and|or|to)\s\d)",
    re.IGNORECASE,
)
# A duration is a standard ("within 1 hour") unless the text says it was measured ("was 15 hours").
_DURATION = re.compile(r"\s?(?:minutes?|mins|hours?|hrs|days?|weeks?)\b", re.IGNORECASE)
# "were engaged in ...", "have received ...": the figure's own description continues past the verb.
_PARTICIPLE = re.compile(r"(?:were|was|have been|has been|had been|have|has|had|are|is) (?P<verb>\w+ed)\b")
_QUALIFIER = re.compile(
    r"(?:\b(?:over|c\.|circa|around|approximately|approx\.?|about|more than|fewer than|less than|almost|nearly|"
    r"up to|just|only|some|a total of|total of|an additional|additional|an extra|extra|a further|further|"
    r"the|an|a|of|by|another|all)\s?)+$",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"\b(?:in(?= (?:(?:19|20)\d\d|the (?:12|twelve|last|past|same|year)|[A-Z][a-z]+ (?:19|20)\d\d))|"
    r"over(?= the)|during|since|compared|which|who|whom|that|but|than|as|was|were|is|are|has|have|had|between|"
    r"while|whereas|because|so|this|these|it|we|they|per cent|percent|when|where|after|before|at|on|until|by)\b",
    re.IGNORECASE,
)
_VERB = re.compile(r"\b(\w+ed(?: with)?|\w+ing|seized|dealt with|took|made|held|won|lost|saw|received|gave)\s?$",
                   re.IGNORECASE)
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[-–•*·]|\uf0b7)?[ \t]*(?P<label>[A-Za-z(][^\n–:]{1,80}?|(?:19|20)\d\d(?:/\d\d)?)[ \t]*[–:-][ \t]*"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<rest>[ \t]*(?:[–-][ \t]*[^\n]{0,80})?)[ \t]*$",
    re.MULTILINE,
)
_SMALL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}


@dataclass
class _Figure:
    start: int
    end: int
    name: str
    period: str | None
    value: float | int
    unit: str | None
    value_text: str


def extract_metrics(paper: PaperText, record: Paper) -> None:
    """Fill ``record.metrics`` with the paper's key figures, each distinct figure once."""
    text = paper.text
    figures = _label_lists(text)
    taken = [(f.start, f.end) for f in figures]
    collapsed = collapse(text)
    view, origin = collapsed.text, collapsed.origin
    date_spans = [(h.start, h.end) for h in find_dates(view)]
    annex = _annex_start(text)
    for m in _NUMBER.finditer(view):
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        if any(s <= start < e for s, e in taken) or start >= annex or _starts_line(text, start):
            continue
        fig = _figure(view, m, date_spans, cut_off=not text[-1:].isspace())
        if fig is None:
            continue
        fig.start, fig.end = start, end
        figures.append(fig)
    seen: set[tuple[str, str | None]] = {(str(m.value), m.period) for m in record.metrics}
    for fig in sorted(figures, key=lambda f: f.start):
        key = (str(fig.value), fig.period)
        if key in seen or not fig.name:
            continue
        seen.add(key)
        record.metrics.append(Metric(name=fig.name, period=fig.period, value=fig.value, unit=fig.unit,
                                     evidence=paper.evidence(fig.start, fig.end), value_text=fig.value_text))


def parse_value(num: str, mult: str | None = None, has_comma_group: bool | None = None) -> float | int:
    """"1,315" -> 1315, "9.00" -> 9.0, ("1.8", "m") -> 1800000; "634,285k" keeps the grouped digits."""
    digits = num.replace(",", "")
    value: float = float(digits)
    factor = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "million": 1_000_000, "billion": 1_000_000_000}
    grouped = has_comma_group if has_comma_group is not None else ("," in num)
    if mult:
        f = factor.get(mult.strip().lower(), 1)
        if not (mult.strip().lower() == "k" and grouped):
            value *= f
            return round(value) if abs(value - round(value)) < 1e-9 else value
    if "." in digits:
        return value
    return int(digits)




def _figure(view: str, m: re.Match[str], dates: list[tuple[int, int]], cut_off: bool = False) -> _Figure | None:
    """The figure at ``m``, or None when the number is not one (see the module docstring).

    ``cut_off`` says the text stops mid-line (a truncated excerpt): a figure in its last words has
    lost what it measures.
    """
    num, cur, mult, pct = m.group("num"), m.group("cur"), m.group("mult"), m.group("pct")
    start, end = m.start(), m.end()
    if any(s <= start < e for s, e in dates):
        return None
    plain_digits = num.replace(",", "")
    if not cur and not pct and not mult and re.fullmatch(r"(?:19|20)\d\d", plain_digits):
        return None
    if plain_digits.startswith("0") and not plain_digits.startswith("0."):
        return None
    before = view[max(0, start - 40) : start]
    after = view[end : end + 40]
    if (before.endswith(" ") and before[-2:-1].isdigit()) or (after[:1] == " " and after[1:2].isdigit()):
        return None
    if not cur and _BEFORE_EXCLUDE.search(before):
        return None
    if re.search(r"\b(?:per|every|in every|out of|one in|1 in|of every)\s$|\d (?:and|or|to|[-–]) $", before,
                 re.IGNORECASE):
        return None
    if re.search(r"(?:\+/-|±|\+/–|confidence interval of)\s?$", before):
        return None
    if cut_off and end + 60 > len(view) and not re.search(r"[.!?;:)]", view[end:]):
        return None
    if re.fullmatch(r"999|101|111", num) and re.match(r"\s(?:and \d{3} )?(?:calls?|service|number|line)", after):
        return None
    if re.match(r"\s(?:below|above)\b", after):
        return None
    measured = bool(_DURATION.match(after) and re.search(r"\b(?:was|were|is|are|averaged|took)\s$", before))
    if not pct and not measured and _AFTER_EXCLUDE.match(after):
        return None
    if re.search(r"\d[ ]$", before) or re.match(r"[ ]\d", after):
        return None
    if re.search(r"(?:^|\n|[.:] )\s*$", view[max(0, start - 3) : start]) and re.fullmatch(r"\d+\.\d+", num):
        return None
    if _in_period(view, start):
        return None
    value = parse_value(num, mult)
    part = re.search(r"\b(\d{1,4}|[A-Za-z]+) of (?:the )?$", before)
    part_value = None
    if part and not cur and not pct:
        part_value = int(part.group(1)) if part.group(1).isdigit() else small_number(part.group(1))
    if part_value is not None:
        value = part_value
    unit: str | None = None
    if pct:
        unit = "percent"
    elif cur:
        unit = "GBP" if cur == "£" else "USD"
    following = _following(view, end, bool(pct))
    preceding = _preceding(view, start)
    if not cur and not pct and not following:
        return None
    if not cur and not pct and not mult and isinstance(value, int) and value < 2 and not following:
        return None
    name = _name(following, preceding, bool(cur or pct or measured)).strip(" -–•*·:;,")
    if not name or len(name) < 3:
        return None
    if unit is None:
        unit = following.split()[0] if following else None
    qual = _QUALIFIER.search(before)
    value_text = (qual.group(0) if qual and qual.group(0).strip().lower() not in {"the", "a", "an", "of", "by"}
                  else "") + view[start:end]
    if part_value is not None and part is not None:
        value_text = part.group(0) + view[start:end]
    return _Figure(start, end, name, _period(view, start, end), value, unit, value_text.strip())


def _annex_start(text: str) -> int:
    """Where an HMICFRS "Annex A – About the data" begins: its figures describe method, not the force."""
    m = re.search(r"(?m)^[ \t#*]*Annex [A-Z]\b[^\n]{0,80}$", text)
    return m.start() if m else len(text)


def _starts_line(text: str, pos: int) -> bool:
    """A number that opens its line and is followed by a capitalised word: a section or footnote number."""
    window = max(0, pos - 400)
    line_start = text.rfind("\n", window, pos) + 1
    if line_start == 0 and window > 0:
        return False
    if text[line_start:pos].strip(" \t#*•-–"):
        return False
    return bool(re.match(r"[\d.,]+\s+[A-Z(“‘\"]|\d+\.\d+(?:\.\d+)*\b", text[pos : pos + 40]))


def _following(view: str, end: int, pct: bool = False) -> str:
    """The noun phrase after a number: up to eight words, stopping at punctuation or a clause word.

    A short parenthetical straight after it is kept ("social media posts (across ...)"), and
    "N percent of X" reads as "proportion of X".
    """
    tail = view[end : end + 200]
    proportion = re.match(r"\s?(?:(?:percent|per cent|%)\s)?of\s(?:the\s)?(?:total\s)?", tail) if pct else None
    tail = tail[proportion.end() :] if proportion else re.sub(r"^\s?(?:percent|per cent|%)\s?", "", tail)
    m = re.match(r"(?:[^,.;:()?!\"“”\d•]|(?<=every )\d{1,4}|(?<=per )\d{1,4}){0,120}", tail)
    chunk = m.group(0) if m else ""
    stop = _STOP.search(tail, 0, min(len(tail), len(chunk) + 40))
    if stop and stop.start() < len(chunk):
        passive = _PARTICIPLE.match(chunk, stop.start())
        if passive:
            rest = chunk[passive.end() :]
            more = _STOP.search(rest) or re.search(r"\bwith\b", rest)
            chunk = chunk[: stop.start()] + " " + passive.group("verb") + " " + (rest[: more.start()] if more else rest)
            stop = more
        else:
            chunk = chunk[: stop.start()]
    else:
        stop = None
    words = re.sub(r"[£$€]\s*$", "", chunk.rstrip()).split()[:10]
    while words and words[-1].lower() in {"and", "or", "of", "the", "a", "an", "to", "for", "with", "its", "their"}:
        words.pop()
    phrase = " ".join(words)
    if phrase and not stop and m is not None:
        rest = tail[m.end() :]
        paren = re.match(r"\s?\([^()]{3,120}\)", rest)
        if paren and chunk.strip() == phrase:
            phrase = f"{phrase} {paren.group(0).strip()}"
    if proportion and phrase:
        phrase = f"proportion of {phrase}"
    return phrase


def _preceding(view: str, start: int) -> str:
    """The clause before a number, back to the last punctuation, without qualifiers ("over", "c.")."""
    head = view[max(0, start - 160) : start]
    if head.rstrip().endswith("("):
        head = head.rstrip()[:-1]
    cut = max(head.rfind(ch) for ch in ",;:(.!?–•")
    head = head[cut + 1 :] if cut >= 0 else head
    head = _QUALIFIER.sub("", head).strip()
    head = re.sub(r"(?:\s(?:was|is|were|are|stood at|of|to|by|has|have|had|totalled|reached|now|amounts?|"
                  r"amounted|comes?|came|totals?|stands?|stood|at))+$", "", " " + head)
    return " ".join(head.split()[-12:])


def _name(following: str, preceding: str, amount: bool) -> str:
    verb = _VERB.search(preceding)
    if following and not amount:
        if not verb or following.startswith("proportion"):
            return following
        head, _, rest = following.partition(" ")
        subject = re.sub(r"\s(?:has|have|had)(?: to date| now| already)?$", "", " " + preceding[: verb.start()]).strip()
        subject = " ".join(subject.split()[-9:])
        if subject and not rest and verb.group(1).endswith("ed"):
            return f"{head} {verb.group(1)} by {subject}"
        return f"{head} {verb.group(1)} {rest}".strip()
    if following and amount:
        if following.startswith("proportion") and len(following.split()) > 3:
            return following
        return f"{preceding} {following}".strip()
    return preceding


def _period(view: str, start: int, end: int) -> str | None:
    """The period phrase nearest the number within its sentence, else one stated just before it."""
    lo, hi = max(0, start - 600), min(len(view), end + 600)
    s0 = max(view.rfind(". ", lo, start), view.rfind("? ", lo, start), view.rfind("•", lo, start), lo)
    stops = [i for i in (view.find(". ", end, hi), view.find("? ", end, hi), view.find("•", end, hi)) if i >= 0]
    e0 = min(stops) + 1 if stops else hi
    best = _nearest_period(view[s0:e0], s0, start, end)
    if best is None:
        return _context_period(view, s0)
    return _tidy_period(best)


def _nearest_period(sentence: str, offset: int, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for pattern in _PERIODS:
        for m in pattern.finditer(sentence):
            if offset + m.start() <= start < offset + m.end():
                continue
            dist = min(abs(offset + m.start() - end), abs(offset + m.end() - start))
            if best is None or dist < best[0]:
                best = (dist, m.group(0))
    return best[1] if best else None


def _tidy_period(period: str) -> str:
    return re.sub(r" and (?:the )?end of ", " to end of ", period)


def _context_period(view: str, sentence_start: int) -> str | None:
    """A period in the sentence before, or in the line that introduces a bullet list."""
    pos = sentence_start
    if view.startswith("•", pos):
        for _ in range(40):
            prev = view.rfind("•", max(0, pos - 400), pos)
            if prev < 0 or view.rfind(". ", prev, pos) >= 0:
                break
            pos = prev
    lo = max(0, pos - 600)
    begin = max(view.rfind(". ", lo, max(0, pos - 1)), view.rfind("? ", lo, max(0, pos - 1)),
                view.rfind("•", lo, max(0, pos - 1)), lo)
    found = None
    for pattern in _PERIODS:
        for m in pattern.finditer(view, begin, pos):
            found = m.group(0)
    return _tidy_period(found) if found else None


def _in_period(view: str, pos: int) -> bool:
    window_start = max(0, pos - 60)
    window = view[window_start : pos + 60]
    for pattern in _PERIODS:
        for m in pattern.finditer(window):
            if window_start + m.start() <= pos < window_start + m.end():
                return True
    return False


def _label_lists(text: str) -> list[_Figure]:
    """"Label – number" list lines, named from their label and the sentence that introduces the list."""
    out: list[_Figure] = []
    matches = list(_LABEL_LINE.finditer(text))
    for m in matches:
        siblings = [o for o in matches if abs(o.start() - m.start()) < 400]
        if len(siblings) < 2:
            continue
        label = m.group("label").strip()
        intro = _intro_before(text, m.start())
        noun, verb, period = _intro_parts(intro)
        value = parse_value(m.group("num"))
        if re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", label):
            name = noun or intro[-60:]
            period = label
        else:
            name = f"{noun} {verb} for {label}".strip() if noun else label
            rest = m.group("rest").strip(" –-")
            if rest:
                name = f"{name} ({rest})"
        unit = noun.split()[-1] if noun else None
        out.append(_Figure(m.start("num"), m.end("num"), " ".join(name.split()), period, value, unit, m.group("num")))
    return out


def _intro_before(text: str, pos: int) -> str:
    """The last sentence before a list: what its lines count."""
    head = text[max(0, pos - 600) : pos]
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    for ln in reversed(lines):
        if not _LABEL_LINE.match(ln):
            return ln
    return ""


def _intro_parts(intro: str) -> tuple[str, str, str | None]:
    noun = verb = ""
    m = re.search(r"\b(\w+ed) the following (\w+)", intro)
    if m:
        verb, noun = m.group(1), m.group(2)
    else:
        n = re.search(r"number of ([^.,;:]{3,80})", intro)
        if n:
            noun = n.group(1).strip()
    period = None
    p = re.search(r"\b[Ii]n ((?:19|20)\d\d)\b", intro)
    if p:
        period = p.group(1)
    return noun, verb, period


def small_number(word: str) -> int | None:
    """"Five" -> 5: the small numbers papers write as words."""
    return _SMALL_WORDS.get(word.casefold())
