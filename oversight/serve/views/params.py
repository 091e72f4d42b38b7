"""Lenient reading of query-string values: a mistyped link shows the page, never an error."""

from __future__ import annotations


def whole_number(value: str | None, default: int | None = None, minimum: int = 1,
                 maximum: int = 1_000_000) -> int | None:
    """``value`` as an int in range, or ``default`` when it is missing, not a number or out of range."""
    if value is None or not (value.strip().isascii() and value.strip().isdigit()) or len(value.strip()) > 9:
        return default
    number = int(value.strip())
    return number if minimum <= number <= maximum else default


def choice(value: str | None, allowed: object) -> str | None:
    """``value`` when it is one of ``allowed`` (any container), else None."""
    return value if value and value in allowed else None  # type: ignore[operator]


def text(value: str | None, limit: int = 300) -> str | None:
    """A free-text filter value, trimmed and cut to a sane length; None when empty."""
    value = (value or "").strip()[:limit]
    return value or None
