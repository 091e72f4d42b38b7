"""extract: one set of extractors per paper kind, each filling a :class:`~oversight.contract.Paper`.

Extractors are pure functions ``(paper: PaperText, record: Paper) -> None``.  Each family registers
the kinds it serves in its own ``EXTRACTORS`` mapping; :mod:`oversight.extract.registry` merges them.
"""

from oversight.extract.registry import extract_paper

__all__ = ["extract_paper"]
