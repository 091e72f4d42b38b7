"""clean: repair extraction artefacts and join pages into one text with a page map.

Input: the pages a reader produced.  Output: :class:`~oversight.text.CleanText`, whose offsets
every later stage (and every stored piece of evidence) uses.
"""

from oversight.clean.pages import clean_pages

__all__ = ["clean_pages"]
