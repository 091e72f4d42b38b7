"""What to call an uploaded file: its own name, never a path.

The name a browser sends is only ever shown and stored as the document's source; nothing is written
under it.  Still, it is cut to its last path component so a name like ``../../etc/passwd`` reads as
``passwd`` everywhere it appears.
"""

from __future__ import annotations

import unicodedata

MAX_NAME = 200


def display_name(sent: str | None, fallback: str = "upload") -> str:
    """The last component of ``sent`` (either slash), without control characters, at most 200 characters."""
    name = (sent or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    return name[:MAX_NAME] or fallback
