"""The two ways an LLM call fails that a caller can route around.

Both are :class:`SparringError` subclasses, so an interface that does not catch them still
shows a clean message and the right exit code; :func:`sparring.llm.fallback.with_fallback`
catches exactly these two and answers from the offline path instead.
"""

from __future__ import annotations

from sparring.model.errors import SparringError


class LLMUnavailable(SparringError):
    """The model did not answer: server down, too slow, refused the key, or not installed."""

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message, hint=hint, kind="unavailable")


class LLMOutputInvalid(SparringError):
    """The model answered, but not with what was asked (unparseable JSON, wrong schema, failed check)."""

    def __init__(self, message: str, *, hint: str | None = None, text: str = ""):
        super().__init__(message, hint=hint, kind="invalid")
        self.text = text


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with every given secret replaced by ``***``: error messages may echo a key back."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text
