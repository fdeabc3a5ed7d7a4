"""Keys out of everything Sparring prints or logs about a language model.

A key can surface where nobody put it on purpose: in a base URL (``?api-key=…``, ``token=``,
``https://user:key@host``), in a server's error message, or echoed back in a reply. Every
error, ``sparring llm status`` (plain and ``--json``), the exchange log and the replies
themselves go through :func:`redact`, which replaces the secret's value with
:data:`REDACTED` and keeps the rest readable.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

REDACTED = "…redacted…"
SECRET_PARAMS = ("api-key", "api_key", "apikey", "key", "token", "access_token", "auth", "secret", "password", "sig")
"""Query parameters that carry a credential (Azure's ``api-key``, Google's ``key``, ``token``, ...)."""

_PARAMS = "|".join(re.escape(name) for name in SECRET_PARAMS)
_QUERY = re.compile(rf"([?&;](?:{_PARAMS})=)([^&#\s\"'<>]+)", re.IGNORECASE)
_USERINFO = re.compile(r"\b([a-z][a-z0-9+.-]*://)[^/?#\s@\"'<>]+@", re.IGNORECASE)
_BEARER = re.compile(r"\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}")
_OPENAI_KEY = re.compile(r"\bsk-[A-Za-z0-9_-]{16,}")
_SHORTEST = 4
"""Shorter "secrets" (an empty password, ``x``) would redact ordinary words."""


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with the given secrets and any credential in a URL, a bearer header or an OpenAI-style key redacted."""
    for secret in sorted({s for s in secrets if s and len(s) >= _SHORTEST}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    text = _USERINFO.sub(rf"\1{REDACTED}@", text)
    text = _QUERY.sub(rf"\1{REDACTED}", text)
    text = _BEARER.sub(rf"\1{REDACTED}", text)
    return _OPENAI_KEY.sub(REDACTED, text)


def url_secrets(url: str | None) -> tuple[str, ...]:
    """The credentials a URL carries (userinfo, secret query parameters), raw and decoded, to redact elsewhere."""
    if not url:
        return ()
    try:
        parts = urlsplit(url)
        found = [parts.username, parts.password]
    except ValueError:
        return ()
    found += [value for name, value in parse_qsl(parts.query, keep_blank_values=False) if name.lower() in SECRET_PARAMS]
    found += [raw for raw in re.findall(rf"[?&;](?:{_PARAMS})=([^&#]+)", parts.query, re.IGNORECASE)]
    return tuple(dict.fromkeys(s for value in found if value for s in (value, unquote(value))))
