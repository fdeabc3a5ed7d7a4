"""Non-numeric trades: what the user offers to do for the counterpart, and which of its goals it serves.

"I'll run the design reviews when you're away", "I'll draft the one-pager for the director", "we
could put in an exit at month 12": a give that is not a lever value. A person in the
counterpart's seat hears it against what they need (MAP.OVERLAP): the give is matched, by shared
concepts, to its incentives first (what it wants), then to its objections and constraints (what
worries it). A matched give is acknowledged in those terms and moves it (listen.TRADE_SERVES_GOAL);
an unmatched one is still thanked, never ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sparring.engines.ear.acts import sentences_of
from sparring.engines.language.alignment import concepts
from sparring.model.case import Case

_GIVE = re.compile(
    r"\b(i|we)('ll| will| can(?!'t| ?not)| could(?!n't)| would(?!n't)|'d| shall| am happy to|'m happy to|"
    r" am glad to|'m glad to|"
    r"'d be (happy|glad|willing) to| would be (happy|glad|willing) to| am willing to|'m willing to| promise( to)?|"
    r"'m prepared to| am prepared to| commit to| offer to| volunteer to| also)\b"
    r"|\bwhat if (i|we)\b|\bin (return|exchange),? (i|we)\b|\b(happy|glad|willing) to\b"
    r"|(^|[,:]\s*)(i|we) (write|cover|run|take over|take on|handle|draft|own|lead|build|hand|coach|train|mentor)\b"
    r"|\bif [^.?!]{1,40}\b(is|'s) the (worry|concern|problem|issue|sticking point)\b",
    re.I,
)
_NOT_A_GIVE = re.compile(
    r"\b(i|we)('ll| will| can| could| would|'d)( (really|also|just|still))? (need|like|want|ask|"
    r"take(?! (over|on|charge|ownership|the lead))|accept|expect|"
    r"hope|love to (know|hear)|prefer|be asking|have to|think|consider|answer|come back|get back|talk|check|sign|"
    r"go with|agree|say|appreciate|leave|walk|look elsewhere|stay where)\b|\b(apply|applying) (for|to)\b|"
    r"\blook(ing)? (for|elsewhere|around)\b|\b(interview|interviewing|resign|quit)\b",
    re.I,
)
_PROPOSING = re.compile(
    r"\b(i|we)('ll| will| can| could| would|'d)? (start|do|go|take|accept|meet|settle|come down|move|sign|be happy)"
    r"( (at|to|for|with|on))? [$€£]?\d",
    re.I,
)
"""A clause that offers terms ("I can start at 137.5k", "I'd do 43"): a proposal, not a give."""
_WORK = re.compile(
    r"\b(run|running|cover|covering|take over|take on|own|lead|handle|mentor|train|onboard|document|present|write|"
    r"draft|prepare|build|set up|coach|coaching|support|hand|handing|step in|back ?fill|commit|"
    r"guarantee|put in|add|include|throw in|ramp|exit|notice|plan|report|share|send|start with|be in|"
    r"be available|reachable|on call|join|review|introduce|reference|case study|pilot|true-?down|go-?live|"
    r"deliver|help|start|exit at|ramp|co-?sign|sign off|vouch|connect|walk|true-?down|commit|remain|attend|come in|"
    r"stay on|be on site|block)\b",
    re.I,
)


@dataclass(frozen=True)
class Trade:
    """One give the user offered, and what of the counterpart's it serves (None: nothing matched)."""

    sentence: str
    serves: str | None
    """The id of the incentive, objection or constraint it serves."""
    kind: str | None
    """"incentive", "objection" or "constraint"."""


def trades(text: str, case: Case, lever_words: frozenset[str] | None = None) -> list[Trade]:
    """The gives in ``text``, each matched to the counterpart item it serves best."""
    words_of_levers = lever_words if lever_words is not None else _lever_words(case)
    out: list[Trade] = []
    for sentence in sentences_of(text):
        for part in re.split(r";|\bbut\b|,? and (?=(?:i|we|if|also)\b)", sentence):
            if not part or _NOT_A_GIVE.search(part) or _PROPOSING.search(part):
                continue
            # the work must be what a give commits to ("we can add an exit"), not a later clause
            if not any(_WORK.search(_clause_after(part, g.end())) for g in _GIVE.finditer(part)):
                continue
            said = concepts(part) - words_of_levers
            if len(said) < 2:
                continue
            serves, kind = _best_match(said, case)
            out.append(Trade(part.strip(), serves, kind))
    return out


def _clause_after(text: str, start: int) -> str:
    after = text[start:]
    if not after.strip(" ,:"):
        return ""
    return re.split(r"[;.]|, (?!and\b)", after.lstrip(" ,:"), maxsplit=1)[0][:80]


def _lever_words(case: Case) -> frozenset[str]:
    words: set[str] = set()
    for lever in case.levers:
        words |= concepts(f"{lever.name or ''} {lever.id.replace('_', ' ')}")
    return frozenset(words)


def _best_match(said: frozenset[str], case: Case) -> tuple[str | None, str | None]:
    cp = case.counterpart
    candidates: list[tuple[int, int, str, str]] = []
    for rank, (kind, items) in enumerate(
        (
            ("incentive", [(i.id, f"{i.text} {i.metric or ''}") for i in cp.incentives]),
            ("objection", [(o.id, f"{o.text} {o.counter or ''}") for o in case.objections]),
            ("constraint", [(c.id, f"{c.text} {c.why or ''}") for c in cp.constraints]),
        )
    ):
        for item_id, item_text in items:
            shared = len(said & concepts(item_text))
            if shared >= (1 if kind == "incentive" else 2):
                candidates.append((shared, -rank, item_id, kind))
    if not candidates:
        return None, None
    best = max(candidates)
    return best[2], best[3]
