"""Every error Oversight reports to a person.

Errors are sentences: each names the file (or setting) and what is wrong with it, because the CLI
and the web app print ``str(error)`` and nothing else.  A traceback is a bug, not a message.

    OversightError
    ├── InputError            a file we were given cannot be used
    │   ├── UnreadableFile    missing, a directory, no permission
    │   ├── UnsupportedFile   an extension or content we do not read
    │   ├── EmptyFile         zero bytes, or no text at all
    │   ├── TooLarge          over the configured size limit
    │   ├── CorruptFile       the bytes do not parse as the format they claim
    │   └── NoTextLayer       a PDF whose pages carry no text (we never OCR)
    ├── ConfigError           a setting is malformed (for example an unknown database URL scheme)
    ├── StoreError            the database refused a write; the transaction was rolled back
    └── MissingEvidence       a record reached the store without a quote and page
"""

from __future__ import annotations

from pathlib import Path


class OversightError(Exception):
    """Base class: ``str(err)`` is a complete sentence fit to show a person."""


class InputError(OversightError):
    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class UnreadableFile(InputError):
    pass


class UnsupportedFile(InputError):
    pass


class EmptyFile(InputError):
    pass


class TooLarge(InputError):
    pass


class CorruptFile(InputError):
    pass


class NoTextLayer(InputError):
    pass


class ConfigError(OversightError):
    pass


class StoreError(OversightError):
    pass


class MissingEvidence(OversightError):
    pass
