"""The refusal of a document, with a reason a user understands."""

from __future__ import annotations


class RejectedDocument(Exception):
    """A document we refuse to read, with a reason a user understands."""

    def __init__(self, reason: str, path: str = "") -> None:
        super().__init__(f"{path}: {reason}" if path else reason)
        self.reason = reason
        self.path = path
