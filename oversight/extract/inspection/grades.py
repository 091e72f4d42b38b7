"""Graded judgements: the question (or pillar), the grade on the five-point scale, and its year.

Grades come in three shapes, read in this order of trust:

1. lines: a grade alone on a line under its question (web pages, flattened tables where the
   question, the grade and the "last inspected" year each sit on their own line), a table row on
   one line ("Specialist capabilities Ungraded 2017"), or a "Grade – Area" list;
2. prose tied to a question heading: the first sentence under "How effectively does the force ...?"
   states that question's grade ("Essex Police is good at ...");
3. prose elsewhere: "The force is good at preventing crime ...", "rated ... as ‘Good’ for ...",
   "its planning for future demand is judged to be good".  Unquoted prose counts only when its topic
   is one of the PEEL questions or pillars, because "good at" is also ordinary description
   ("good at prioritising its use of resources").

The same question can be graded more than once on a page (summary, table, section heading); the
most trusted statement of each question is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from oversight.contract import Grade, Paper
from oversight.extract.inspection.layout import (
    Collapsed,
    Line,
    collapse,
    heading_text,
    plain,
    split_lines,
    wants_more,
)
from oversight.text import PaperText

_GRADE_WORD = r"outstanding|good|adequate|inadequate|requires? improvement|requiring improvement|ungraded"
_GRADE_LINE = re.compile(rf"(?:graded |grade:? |overall grade:? )?[‘'“\"]?({_GRADE_WORD})[’'”\"]?\*?", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ROW = re.compile(rf"(.{{3,150}}?)\s+({_GRADE_WORD})\s+((?:19|20)\d\d)", re.IGNORECASE)
_INLINE = re.compile(
    rf"(?P<q>.{{3,200}}?(?:\?|(?= graded))|[A-Z][^.?!]{{2,80}}?(?= (?:19|20)\d\d))\s*(?:(?P<year>(?:19|20)\d\d)\s+)?"
    rf"(?:graded\s+)?[‘'“\"]?(?P<g>{_GRADE_WORD})[’'”\"]?",
    re.IGNORECASE,
)
_GLUED = re.compile(
    rf"\s{{0,3}}(?P<q>(?:How|To what extent|What|Is|Does|Do|Are)\b[^?]{{3,200}}\?)\s{{0,3}}(?P<g>{_GRADE_WORD})\b",
    re.IGNORECASE,
)
# PEEL area names (2014-2025 frameworks) whose wording itself contains "and" or a comma.
_COMPOUND_AREA = re.compile(
    r"police powers and public treatment|leadership and force management|managing offenders and suspects|"
    r"building, supporting and protecting the workforce|treating the public fairly, appropriately and respectfully|"
    r"preventing (?:and deterring )?crime(?: and (?:tackling )?anti-social behaviour)?"
    r"(?:,? and reducing vulnerability)?|"
    r"investigating crime and reducing re-offending|"
    r"serious and organised crime|fairness and respect|ethically and lawfully|effectively and efficiently",
    re.IGNORECASE,
)
_BULLET_VERDICT = re.compile(
    rf"(?:is|was|are|were|remains) [‘'“\"]?(?P<grade>{_GRADE_WORD})[’'”\"]? (?:at|in|for) "
    r"(?P<topic>[^.;:!?]{3,160}?)[.;,]?(?: and| or)?",
    re.IGNORECASE,
)
_GRADE_FIRST = re.compile(rf"({_GRADE_WORD})\s{{0,3}}[–—-]\s{{0,3}}(.{{3,150}}?)\*?", re.IGNORECASE)
_GRADE_LAST = re.compile(rf"(.{{3,150}}?)\s{{0,3}}[–—:-]\s{{0,3}}({_GRADE_WORD})\*?", re.IGNORECASE)
_SKIP_BACK = re.compile(
    r"(?:last updated|published|updated|date)\b.{0,40}|(?:19|20)\d\d|judge?ments?|question\s+grade.*|grade|"
    r"last|inspected|last inspected",
    re.IGNORECASE,
)
_HEADER = re.compile(r"question\s+grade.*|grade|last|inspected|last inspected|judge?ments?", re.IGNORECASE)
_QUESTION_START = re.compile(r"(?:how|to what extent|what|is|does|do|are|has)\b", re.IGNORECASE)

_Q = r"[‘'“\"]?"
_G = rf"(?P<grade>(?i:{_GRADE_WORD}))"
_SUBJECT = (
    r"(?:[Tt]he force|[Ii]t|[Tt]he constabulary|[Tt]he service|"
    r"(?:[A-Z][\w’'.&-]*[ \t]){1,4}(?:Police|Constabulary)|(?:but|while)(?= (?:is|was|remains) ))"
)
_VERB = (
    r"(?:(?:is|was|remains|continues to be|is now|has been|to be) )?"
    r"(?:(?:judged|found|rated|deemed|assessed|graded) (?:to be |as |to )?)?"
)
_TOPIC_END = (
    r"(?=[.;:!?]|,? (?:but|although|though|while|whereas|which|however)\b|"
    rf" and (?:(?:it|the force)\s|[‘'“\"])|,? and (?:at|in) |,? and (?:{_GRADE_WORD}) (?:at|in|for)\b|"
    r" and (?:has|have|is|was|works|work|makes|uses|needs|continues|does|had|can|should)\b|$)"
)
_SUBJECT_FORM = re.compile(
    rf"\b(?P<subject>{_SUBJECT}) {_VERB}{_Q}{_G}[’'”\"]? (?P<prep>at|in|for|so that|with|on) "
    rf"(?P<topic>[^.;:!?]{{3,200}}?){_TOPIC_END}"
)
_RATED_FORM = re.compile(
    rf"\b(?:rated|graded|judged|assessed|found) (?:{_SUBJECT} )?(?:as |to be ){_Q}{_G}[’'”\"]? (?:for|in|at) "
    rf"(?P<topic>[^.;:!?]{{3,200}}?){_TOPIC_END}"
)
_QUOTED_FORM = re.compile(
    rf"(?<=\band )[‘'“\"]{_G}[’'”\"] (?:at|in|for) (?P<topic>[^.;:!?]{{3,200}}?){_TOPIC_END}"
)
_TOPIC_FORM = re.compile(
    rf"\b(?P<topic>(?:[Tt]he extent to which|[Ii]ts|[Tt]he|[Tt]heir|"
    rf"(?:(?:[A-Z][\w.&-]*|and)[ \t]){{1,5}}(?:Police|Constabulary)[’']s?)"
    rf"[^.;:!?]{{3,200}}?) (?:is|was):? (?:(?:judged|found|rated|deemed|assessed|graded) (?:to be |as |to )?)?"
    rf"{_Q}{_G}[’'”\"]?(?=[.;,]|$| (?:while|but|and|although|whereas|though)\b)"
)
_OVERALL_FORM = re.compile(
    rf"\b(?P<topic>overall (?:assessment|judge?ment|grade|rating)) (?:is|was) (?:that (?:the force|it) )?{_Q}{_G}"
)
_RATING_FORM = re.compile(
    rf"(?:[‘'“\"](?P<qgrade>(?i:{_GRADE_WORD}))[’'”\"]|\b(?P<grade>Outstanding|Good|Adequate|Inadequate|"
    r"Requires? [Ii]mprovement)) (?:rating|grade|judge?ment) (?:for|in) (?P<topic>[A-Z][a-z]+(?: and [A-Z][a-z]+)?)"
)
# Quoted area names listed in prose: "adequate at ‘A’, ‘B’ and ‘C’", "‘D’ and ‘E’ were deemed to require
# improvement".  Each repetition opens with a fixed delimiter, so the list cannot backtrack badly.
_QLIST = r"(?P<areas>[‘“][^’”\n]{3,80}[’”](?:(?:,|,? and) [‘“][^’”\n]{3,80}[’”]){0,7})"
_LIST_VERB = (
    r"(?:(?:were|was|are|is) (?:(?:deemed|judged|rated|found|assessed|graded) (?:to be |as |to )?)?|"
    r"(?:deemed|judged|rated|found|assessed|graded) (?:to be |as |to )?)"
)
_GRADE_THEN_LIST = re.compile(rf"\b{_G} (?:at|in|for) {_QLIST}")
_LIST_THEN_GRADE = re.compile(rf"{_QLIST} {_LIST_VERB}{_Q}{_G}")
_CLAUSE_START = re.compile(r"(?:^|[.;:!?] |, and |; and | and |However, |However |that |, )$")
_COUNT_TOPIC = re.compile(
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|all|most|many|"
    r"a number of|no|none of the|each|every|any)\b"
    r"(?: of (?:the|its|these))?(?: \w+){0,2} (?:areas?|questions?|pillars?)\b",
    re.IGNORECASE,
)
_GRADES = {"Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate", "Ungraded"}
_GERUND = re.compile(r"[a-z]+ing\b")
_PILLAR_LIST = re.compile(r"[A-Z][a-z]+(?:, [A-Z][a-z]+)*,? and [A-Z][a-z]+")

# What each PEEL question or pillar is called in prose, most specific first.
_KEYS: list[tuple[str, re.Pattern[str]]] = [
    ("workforce_fairness", re.compile(r"workforce (?:fairly|with fairness)", re.I)),
    ("efficiency", re.compile(r"efficien|sustainab", re.I)),
    ("legitimacy", re.compile(r"legitima", re.I)),
    ("future_planning", re.compile(r"plan\w* for (?:the )?future", re.I)),
    ("resources", re.compile(r"use of resources to|uses? its resources|meet\w* (?:current )?demand", re.I)),
    ("understanding_demand", re.compile(r"understanding of demand", re.I)),
    ("ethics", re.compile(r"ethically and lawfully", re.I)),
    ("fairness_public", re.compile(r"fairness and respect|treat\w* the public fairly", re.I)),
    ("serious_organised_crime", re.compile(r"serious and organised crime", re.I)),
    ("specialist_capabilities", re.compile(r"specialist capabilit", re.I)),
    ("protecting_vulnerable_people", re.compile(r"protect\w* (?:those who are )?vulnerable", re.I)),
    ("reducing_offending", re.compile(r"reduc\w* crime and prevent\w* offending", re.I)),
    ("investigating_crime", re.compile(r"investigat\w* (?:crime|offending)", re.I)),
    ("preventing_crime", re.compile(r"prevent\w* crime|tackling crime and anti-social|anti-social behaviour", re.I)),
    ("crime_recording", re.compile(r"crime recording|record(?:ing)? (?:reported )?crime", re.I)),
    ("overall_effectiveness", re.compile(
        r"overall effectiveness|\beffective(?:ly)?\b|\beffectiveness\b|reduc\w* crime and keep|keep\w* people safe",
        re.I)),
    ("overall", re.compile(r"^overall (?:assessment|judge?ment|grade|rating)$", re.I)),
]


@dataclass
class _Candidate:
    question: str
    grade: str
    year: int | None
    start: int
    end: int
    rank: int
    key: str | None
    asked: bool = False
    """The question is a heading ending in "?": two such headings are never the same question."""


def extract_grades(paper: PaperText, record: Paper) -> None:
    """Fill ``record.grades`` with every graded judgement the paper states, each once."""
    text = paper.text
    lines = split_lines(text)
    view = collapse(text)
    default_year = paper_year(text)
    headings = _question_headings(lines)
    found = _line_grades(text, lines, default_year)
    found += _prose_grades(view, lines, headings, default_year)
    _adopt_headings(found, headings, lines)
    seen_keys: dict[str, tuple[int, str, bool]] = {}
    seen_questions: set[str] = {_norm(g.question) for g in record.grades}
    for cand in sorted(found, key=lambda c: (c.rank, c.start)):
        norm = _norm(cand.question)
        if norm in seen_questions or _repeats(cand, seen_keys):
            continue
        seen_questions.add(norm)
        if cand.key is not None:
            seen_keys[cand.key] = (cand.rank, cand.grade, cand.asked)
        record.grades.append(Grade(question=cand.question, grade=cand.grade, year=cand.year,
                                   evidence=paper.evidence(cand.start, cand.end)))
    record.grades.sort(key=lambda g: g.evidence.start)


def _repeats(cand: _Candidate, seen: dict[str, tuple[int, str, bool]]) -> bool:
    """True when a more trusted grade for the same question was already kept.

    Two question headings are different questions even when their topics share a key ("recording
    reported crime" and "accurate crime recording"), and so are two table rows with different
    grades; anything else with the same key is a restatement (summary, section heading).
    """
    if cand.key is None or cand.key not in seen:
        return False
    rank, grade, asked = seen[cand.key]
    if cand.rank == 0 and rank == 0:
        return not (asked and cand.asked) and grade == cand.grade
    return True


def normalise_grade(word: str) -> str:
    """"requiring improvement" -> "Requires improvement", "good" -> "Good"."""
    w = word.casefold()
    if "improvement" in w:
        return "Requires improvement"
    return w.capitalize()


def question_key(question: str) -> str | None:
    """Which PEEL question or pillar ``question`` names, or None."""
    for key, pattern in _KEYS:
        if pattern.search(question):
            return key
    return None


def paper_year(text: str) -> int | None:
    """The inspection year a page names near its top ("PEEL 2018", "Essex 2018/19", "inspection 2016")."""
    head = text[:1500]
    patterns = [
        r"\bPEEL:?[ \t](?:[A-Za-z][A-Za-z ,]{0,50}[ \t])?((?:19|20)\d\d)\b",
        r"\b((?:19|20)\d\d)(?:/\d\d)? PEEL\b",
        r"\b(?:[Ii]nspection|[Ee]ffectiveness|[Ee]fficiency|[Ll]egitimacy)[ \t]((?:19|20)\d\d)\b",
        r"^\s*(?:Skip to (?:main )?content\s+)?[A-Z][\w’' -]{2,40}?[ \t]((?:19|20)\d\d)(?:/\d\d)?\b(?![ \t]*[,–-])",
        r"(?m)^[ \t]*[A-Z][\w’' -]{2,40}?[ \t]((?:19|20)\d\d)(?:/\d\d)?[ \t]*$",
        r"(?m)^[ \t]*((?:19|20)\d\d)(?:/\d\d)?[ \t]+(?:grades|judge?ments|ratings)\b",
        r"\b((?:19|20)\d\d)[-–/]\d\d(?:\d\d)? PEEL\b",
        r"\bPEEL\b[^.\n]{0,120}?\b((?:19|20)\d\d)[-–/]\d\d(?:\d\d)?\b",
    ]
    best: tuple[int, int] | None = None
    for p in patterns:
        m = re.search(p, head)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), int(m.group(1)))
    return best[1] if best else None


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.casefold()).strip()


def _question_headings(lines: list[Line]) -> list[int]:
    return [i for i, ln in enumerate(lines)
            if ln.text.endswith("?") and len(ln.body) <= 200 and _QUESTION_START.match(ln.body.lstrip("#* "))]


def _grade_only(line: Line) -> str | None:
    m = _GRADE_LINE.fullmatch(line.body.strip().strip("*").strip())
    return normalise_grade(m.group(1)) if m else None


def _line_grades(text: str, lines: list[Line], default_year: int | None) -> list[_Candidate]:
    out: list[_Candidate] = []
    for idx, line in enumerate(lines):
        grade = _grade_only(line)
        if grade is not None:
            cand = _standalone(text, lines, idx, grade, default_year)
            if cand is not None:
                out.append(cand)
            continue
        body = line.body.strip()
        glued = _glued_pairs(line, default_year)
        if glued:
            out += glued
            continue
        inline = _INLINE.fullmatch(body)
        if inline:
            q = plain(inline.group("q"))
            year = default_year
            if inline.group("year"):
                year = int(inline.group("year"))
            out.append(_Candidate(q, normalise_grade(inline.group("g")), year, line.start, line.end, 0,
                                  question_key(q), q.endswith("?")))
            continue
        row = _ROW.fullmatch(body)
        if row and not row.group(1).rstrip().endswith((".", ",")):
            out.append(_Candidate(plain(row.group(1)), normalise_grade(row.group(2)), int(row.group(3)),
                                  line.start, line.end, 0, question_key(row.group(1))))
            continue
        pair = _GRADE_FIRST.fullmatch(body)
        areas = _area_list(pair.group(2)) if pair and line.bullet else []
        if pair and len(areas) > 1:
            out += [_Candidate(area, normalise_grade(pair.group(1)), default_year, line.start, line.end, 0,
                               question_key(area)) for area in areas]
            continue
        if pair and len(pair.group(2).split()) <= 12 and not pair.group(2).rstrip().endswith("."):
            out.append(_Candidate(pair.group(2).strip(), normalise_grade(pair.group(1)), default_year,
                                  line.start, line.end, 0, question_key(pair.group(2))))
            continue
        bullet = _BULLET_VERDICT.fullmatch(body) if line.bullet else None
        if bullet:
            topic = _clean_topic(bullet.group("topic"))
            out.append(_Candidate(topic, normalise_grade(bullet.group("grade")), default_year, line.start, line.end,
                                  0, question_key(topic)))
            continue
        pair = _GRADE_LAST.fullmatch(body)
        if pair and (line.bullet or line.numbered) and len(pair.group(1).split()) <= 12:
            out.append(_Candidate(pair.group(1).strip(), normalise_grade(pair.group(2)), default_year,
                                  line.start, line.end, 0, question_key(pair.group(1))))
    return out


def _area_list(text: str) -> list[str]:
    """The areas of one "Grade – areas" bullet: "in responding to the public; investigating crime;
    ... and leadership and force management" -> one area per item.

    PEEL area names that contain "and" or a comma ("police powers and public treatment") are kept
    whole; a bullet whose items are not short area names gives [].
    """
    text = re.sub(r"^(?:at|in|for)\s+", "", text.strip()).rstrip(" .;")
    masked = _COMPOUND_AREA.sub(lambda m: m.group(0).replace(" and ", " \x00 ").replace(",", "\x01"), text)
    if not re.search(r"[;,]", masked):
        return []
    parts = [p.replace("\x00", "and").replace("\x01", ",").strip()
             for p in re.split(r"\s{0,2}[;,]\s{0,2}(?:and\s)?|\sand\s", masked)]
    if len(parts) < 2 or any(not p or len(p.split()) > 10 for p in parts):
        return []
    return parts


def _glued_pairs(line: Line, default_year: int | None) -> list[_Candidate]:
    """Several "Question?Grade" pairs run together on one line (a grades table whose cells lost
    their breaks); empty unless the pairs cover the whole line."""
    pairs = list(_GLUED.finditer(line.body))
    if len(pairs) < 2 or "".join(m.group(0) for m in pairs).replace(" ", "") != line.body.replace(" ", ""):
        return []
    base = line.body_start
    return [_Candidate(plain(m.group("q")), normalise_grade(m.group("g")), default_year, base + m.start(),
                       base + m.end("g"), 0, question_key(m.group("q")), True) for m in pairs]


def _standalone(text: str, lines: list[Line], idx: int, grade: str, default_year: int | None) -> _Candidate | None:
    """A grade alone on its line: its question is the heading or table cell just above it."""
    j = idx - 1
    while j >= 0 and (not lines[j].body.strip() or (_SKIP_BACK.fullmatch(lines[j].body.strip())
                      and not _HEADER.fullmatch(lines[j].body.strip()))):
        if _grade_only(lines[j]) is not None:
            return None
        j -= 1
        if idx - j > 4:
            return None
    if j < 0 or _HEADER.fullmatch(lines[j].body.strip()) or j == 0 or _grade_only(lines[j]) is not None:
        return None
    if idx + 1 < len(lines) and _grade_only(lines[idx + 1]) is not None:
        return None
    parts: list[Line] = [lines[j]]
    if not lines[j].text.endswith("?"):
        k = j - 1
        while k > 0 and len(parts) < 3:
            prev = lines[k].body.strip()
            if (_grade_only(lines[k]) is not None or _YEAR.fullmatch(prev) or _HEADER.fullmatch(prev)
                    or prev.endswith(("?", ".", ":", ";")) or len(prev) > 90
                    or not (parts[0].body[:1].islower() or wants_more(prev))):
                break
            parts.insert(0, lines[k])
            k -= 1
    if len(parts) > 1 and parts[0].gap > 1:
        parts = parts[1:]
    question = plain("\n".join(p.body for p in parts))
    if len(question) < 3 or len(question) > 200 or question.endswith(".") or parts[0] is lines[0]:
        return None
    year = default_year
    tail = re.search(r"\s((?:19|20)\d\d)$", question)
    if tail:
        year = int(tail.group(1))
        question = question[: tail.start()].strip()
    nxt = lines[idx + 1].body.strip() if idx + 1 < len(lines) else ""
    if _YEAR.fullmatch(nxt):
        year = int(nxt)
    rank = 0
    return _Candidate(question, grade, year, parts[0].start, lines[idx].end, rank, question_key(question),
                      question.endswith("?"))


def _lead_sentences(lines: list[Line], headings: list[int], view: Collapsed) -> dict[int, tuple[int, int]]:
    """For each question heading, the paper span of the first sentence of the paragraph under it."""
    out: dict[int, tuple[int, int]] = {}
    for h in headings:
        j = h + 1
        while j < len(lines) and (_grade_only(lines[j]) is not None
                                  or re.match(r"(?:last updated|published)\b", lines[j].body, re.I)):
            j += 1
        if j >= len(lines) or lines[j].text.endswith("?"):
            continue
        para = lines[j]
        stop = re.search(r"[.!?](?:\s|$)", para.text)
        end = para.start + (stop.end() if stop else len(para.text))
        out[h] = (para.start, end)
    return out


def _prose_grades(view: Collapsed, lines: list[Line], headings: list[int],
                  default_year: int | None) -> list[_Candidate]:
    out: list[_Candidate] = []
    leads = _lead_sentences(lines, headings, view)
    text = view.text
    for pattern, strong in ((_SUBJECT_FORM, False), (_RATED_FORM, True), (_QUOTED_FORM, True),
                            (_TOPIC_FORM, False), (_OVERALL_FORM, True), (_RATING_FORM, True)):
        for m in pattern.finditer(text):
            grade_word = m.groupdict().get("grade") or m.groupdict().get("qgrade") or ""
            quoted = strong or _is_quoted(text, m)
            if pattern is _TOPIC_FORM and not _CLAUSE_START.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            topic = _clean_topic(m.group("topic"))
            start, end = view.span(m.start(), m.end())
            year = _sentence_year(text, m.start()) or default_year
            heading = next((h for h, (s, e) in leads.items() if s <= start < e), None)
            if heading is not None:
                q = plain(lines[heading].body)
                if question_key(q) is not None and question_key(q) == question_key(topic):
                    out.append(_Candidate(q, normalise_grade(grade_word), year, start, end, 1, question_key(q)))
                    continue
            if _COUNT_TOPIC.match(topic):
                continue
            topics = _split_topics(topic)
            for t in topics:
                key = question_key(t)
                if key is None and not quoted:
                    continue
                out.append(_Candidate(t, normalise_grade(grade_word), year, start, end, 2 if quoted else 3, key))
    out += _quoted_area_lists(view, default_year)
    return out


def _quoted_area_lists(view: Collapsed, default_year: int | None) -> list[_Candidate]:
    """Grades given to lists of quoted area names in reported prose (news items, PCC comments)."""
    out: list[_Candidate] = []
    for pattern in (_GRADE_THEN_LIST, _LIST_THEN_GRADE):
        for m in pattern.finditer(view.text):
            names = re.findall(r"[‘“]([^’”\n]{3,80})[’”]", m.group("areas"))
            if len(names) < 1 or any(normalise_grade(n) in _GRADES for n in names):
                continue
            start, end = view.span(m.start(), m.end())
            year = _sentence_year(view.text, m.start()) or default_year
            for name in names:
                out.append(_Candidate(name.strip(), normalise_grade(m.group("grade")), year, start, end, 2,
                                      question_key(name)))
    return out


def strong_grades(text: str) -> list[tuple[str, str, int | None, int, int]]:
    """Grades stated explicitly as ratings: quoted ("rated ... as ‘Good’ for ..."), or named as a rating
    ("the overall Requires Improvement rating for Efficiency").  Returns (question, grade, year, start, end)
    with paper offsets; safe to run on papers that are not inspections.
    """
    view = collapse(text)
    default_year = paper_year(view.text)
    out: list[tuple[str, str, int | None, int, int]] = []
    for pattern in (_RATED_FORM, _QUOTED_FORM, _OVERALL_FORM, _RATING_FORM):
        for m in pattern.finditer(view.text):
            grade_word = m.groupdict().get("grade") or m.groupdict().get("qgrade") or ""
            start, end = view.span(m.start(), m.end())
            year = _sentence_year(view.text, m.start()) or default_year
            topic = _clean_topic(m.group("topic"))
            if _COUNT_TOPIC.match(topic):
                continue
            for t in _split_topics(topic):
                out.append((t, normalise_grade(grade_word), year, start, end))
    return out


def _split_topics(topic: str) -> list[str]:
    """One graded topic, or several when the prose joins them with "and".

    A pillar list ("Effectiveness, Efficiency and Legitimacy") always splits.  Otherwise the topic
    splits at the first "and" whose two sides are activities ("treating ...", "ensuring ...") naming
    two different PEEL questions ("treating the public with fairness and respect and ensuring its
    workforce behaves ethically"), and never when "and" is part of one question's name
    ("investigating crime and reducing re-offending") or closes a list ("prevent crime, tackle
    anti-social behaviour and keep people safe").
    """
    if _PILLAR_LIST.fullmatch(topic):
        return [t.strip() for t in re.split(r",? and |, ", topic)]
    pos = topic.find(" and ")
    while pos > 0:
        left, right = topic[:pos].rstrip(" ,"), topic[pos + 5 :].strip()
        lk, rk = question_key(left), question_key(right)
        if (lk is not None and rk is not None and lk != rk and "," not in left
                and _GERUND.match(left) and _GERUND.match(right)):
            return [left, right]
        pos = topic.find(" and ", pos + 5)
    return [topic]


def _is_quoted(text: str, m: re.Match[str]) -> bool:
    s = m.start("grade") if m.groupdict().get("grade") else m.start()
    return s > 0 and text[s - 1] in "‘'“\""


def _clean_topic(topic: str) -> str:
    topic = topic.strip().rstrip(",")
    topic = re.sub(r"^(?:aspects of|the area of|the way in which)\s+", "", topic)
    topic = re.sub(r"\s+in (?:its|the|our|a) [\w ’'-]{0,60}?inspections?$", "", topic)
    return topic


def _sentence_year(text: str, pos: int) -> int | None:
    """The year a sentence opens with ("In 2017, we judged ..."): a judgement carried over from then."""
    start = max(text.rfind(". ", 0, pos) + 2, 0)
    m = re.match(r"In ((?:19|20)\d\d)\b,?", text[start:pos])
    return int(m.group(1)) if m else None


def _adopt_headings(found: list[_Candidate], headings: list[int], lines: list[Line]) -> None:
    """A prose grade whose topic names a question heading that has no grade of its own takes that heading."""
    graded = {c.key for c in found if c.rank <= 1 and c.key}
    by_key: dict[str, str] = {}
    for h in headings:
        q = plain(lines[h].body)
        key = question_key(q)
        if key and key not in graded and key not in by_key:
            by_key[key] = q
    for c in found:
        if c.rank >= 2 and c.key in by_key:
            c.question = by_key[c.key]
            c.rank = 1
    return None


def heading_grade_text(line: Line) -> str:
    """Exposed for other families: the comparable text of a heading line."""
    return heading_text(line)
