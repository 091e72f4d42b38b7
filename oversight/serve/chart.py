"""An accessible SVG chart of a force's grades: one stacked bar per inspection year.

The chart is decoration over the grades table, which carries every value: the SVG has a title and
a description that says in words what the bars show, and each segment names its grade and count.
Colours meet 3:1 contrast against white (WCAG 1.4.11).
"""

from __future__ import annotations

from markupsafe import Markup, escape

GRADE_COLOURS = {
    "Outstanding": "#005a30",
    "Good": "#1d70b8",
    "Adequate": "#4c2c92",
    "Requires improvement": "#b4461a",
    "Inadequate": "#942514",
    "Ungraded": "#505a5f",
}
BAR_HEIGHT = 28
LABEL_WIDTH = 60
BAR_WIDTH = 480


def grade_chart(counts_by_year: list[tuple[int, dict[str, int]]], force: str) -> Markup:
    """The SVG for ``counts_by_year`` (from :meth:`GradeTable.counts_by_year`); empty when no grades."""
    if not counts_by_year:
        return Markup("")
    most = max(sum(t.values()) for _, t in counts_by_year) or 1
    height = BAR_HEIGHT * len(counts_by_year) + 10
    sentences = [f"{year}: " + (", ".join(f"{n} {grade.lower()}" for grade, n in tally.items()) or "no grades")
                 for year, tally in counts_by_year]
    parts = [f'<svg class="app-chart" role="img" aria-labelledby="grade-chart-title grade-chart-desc" '
             f'width="{LABEL_WIDTH + BAR_WIDTH}" height="{height}" viewBox="0 0 {LABEL_WIDTH + BAR_WIDTH} {height}">',
             f'<title id="grade-chart-title">Grades given to {escape(force)} by inspection year</title>',
             f'<desc id="grade-chart-desc">Number of questions at each grade. {escape(". ".join(sentences))}.</desc>']
    for row, (year, tally) in enumerate(counts_by_year):
        y = row * BAR_HEIGHT + 5
        parts.append(f'<text x="0" y="{y + BAR_HEIGHT * 0.65:.0f}" fill="#0b0c0c">{year}</text>')
        x = float(LABEL_WIDTH)
        for grade, n in tally.items():
            width = BAR_WIDTH * n / most
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT - 6}" '
                         f'fill="{GRADE_COLOURS.get(grade, "#505a5f")}" stroke="#ffffff">'
                         f'<title>{year}: {n} {escape(grade.lower())}</title></rect>')
            x += width
    parts.append("</svg>")
    return Markup("".join(parts))
