"""Pattern rules: how a tag is recognised, and (for hurting tags) how to rewrite the span.

A :class:`Pattern` is a case-insensitive regular expression over a sentence (curly quotes
are straightened first, which keeps offsets), optionally with ``unless``: a second
expression that cancels the match when it is found in the same sentence (the hard negatives:
"sorry to hear" is empathy, not an apology). ``rewrite`` replaces the matched span in the
suggestion ("" deletes it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    rewrite: str | None = None
    unless: re.Pattern[str] | None = None


def p(expr: str, rewrite: str | None = None, unless: str | None = None) -> Pattern:
    """Compile a pattern; ``\\b`` word boundaries are the author's job."""
    return Pattern(
        re.compile(expr, re.IGNORECASE),
        rewrite,
        re.compile(unless, re.IGNORECASE) if unless else None,
    )


def straighten(text: str) -> str:
    """Curly quotes and apostrophes → straight ones (same length, so offsets still hold)."""
    return text.translate(_STRAIGHT)


_STRAIGHT = str.maketrans("’‘“”´", "''\"\"'")
