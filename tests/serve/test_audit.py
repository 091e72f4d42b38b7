"""The page auditor itself: each house rule it enforces catches a page that breaks it."""

from __future__ import annotations

from tests.serve.audit import audit_html

GOOD = ("<!DOCTYPE html><html><head><title>Findings – Oversight</title></head>"
        "<body><main id=\"m\"><h1>Findings</h1><p>Text<br></p><a href=\"/x#m\">x</a></main></body></html>")


def test_a_good_page_passes_and_its_links_are_collected() -> None:
    facts = audit_html(GOOD)
    assert facts.problems == []
    assert facts.links == ["/x#m"]


def test_each_broken_rule_is_reported() -> None:
    cases = {
        "h1 elements": GOOD.replace("<h1>Findings</h1>", ""),
        "not exactly one": GOOD.replace("</main>", "<h1>Another</h1></main>"),
        "does not start with the h1": GOOD.replace("<title>Findings", "<title>Register"),
        "closes": GOOD.replace("</p>", "</div>"),
        "never closed": GOOD.replace("</html>", "</html><div>"),
        "more than once": GOOD.replace("<p>", '<p id="m">'),
        "DOCTYPE": GOOD.replace("<!DOCTYPE html>", ""),
    }
    for expected, html in cases.items():
        problems = "; ".join(audit_html(html).problems)
        assert expected in problems, (expected, problems)


def test_svg_may_close_its_own_elements_and_its_titles_are_not_the_page_title() -> None:
    html = GOOD.replace("<p>Text<br></p>", '<svg><title>Chart</title><rect width="1"/></svg>')
    assert audit_html(html).problems == []
    assert "not a void element" in "; ".join(audit_html(GOOD.replace("<br>", "<div/>")).problems)
