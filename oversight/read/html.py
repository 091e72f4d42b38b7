"""HTML through selectolax: visible text with headings, paragraphs and list items on their own lines."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe"}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "br", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
    "blockquote", "pre", "figure", "figcaption", "form", "address", "caption", "thead", "tbody",
}


def html_to_text(markup: str) -> str:
    tree = HTMLParser(markup)
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    _walk(root, parts)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _walk(node: Node, parts: list[str]) -> None:
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag not in _SKIP and tag is not None and not tag.startswith("-"):
            block = tag in _BLOCK
            if block:
                parts.append("\n")
            if tag == "li":
                parts.append("• ")
            if tag in ("td", "th"):
                parts.append(" | ")
            _walk(child, parts)
            if block:
                parts.append("\n")
        child = child.next
