"""Plain text: decode bytes, refusing binary content that merely carries a .txt name."""

from __future__ import annotations

from pathlib import Path

from oversight.errors import CorruptFile

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode(data: bytes, where: Path | str) -> str:
    """UTF-8 (with or without BOM), falling back to Windows-1252, which council sites still serve."""
    sample = data[:65536]
    if b"\x00" in sample or sum(sample.count(c) for c in _CONTROL) > len(sample) * 0.01:
        raise CorruptFile(where, "looks like binary data, not text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
