"""split: a file's cleaned text becomes the spans of its constituent papers."""

from oversight.split.papers import split_papers

__all__ = ["split_papers"]
