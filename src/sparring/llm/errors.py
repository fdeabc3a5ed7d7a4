"""The two ways an LLM call fails that a caller can route around.

Both are :class:`SparringError` subclasses, so an interface that does not catch them still
shows a clean message and the right exit code; :func:`sparring.llm.fallback.with_fallback`
catches exactly these two and answers from the offline path instead. A server that answers
with something other than the API (:class:`LLMBadReply`) counts as unavailable: there is no
model behind it to ask again.
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


class LLMBadReply(LLMUnavailable):
    """The server answered, but not as an OpenAI-compatible API does.

    HTML (a proxy's or a login page), bytes that are not UTF-8, JSON of another shape or with
    fields missing, a reply over the size cap: whatever came back, no model's text can be read
    from it, so callers handle it exactly as a server that is down.
    """
