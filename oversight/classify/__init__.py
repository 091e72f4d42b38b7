"""classify: give each paper a kind (with the signals that decided it) and its metadata."""

from oversight.classify.kind import classify_paper
from oversight.classify.metadata import PaperMetadata, describe_paper

__all__ = ["PaperMetadata", "classify_paper", "describe_paper"]
