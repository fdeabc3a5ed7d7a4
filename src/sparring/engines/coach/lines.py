"""Whether a model's line still *is* the decided move: the rules the narrator holds a wording to.

The counterpart's policy decides the move and the template says it; a model may reword the
line but not change what it does. :func:`line_problem` says why a reply is not an acceptable
wording (numbers, acceptance, new concessions, language, length, echoed instructions), and
:func:`clean` takes off the quotes and speaker names small models put around a line.
"""

from __future__ import annotations

import re

from sparring.engines.coach.checks import foreign_script, new_terms, same_numbers
from sparring.engines.language.alignment import concepts
from sparring.engines.sim.mouth import numbers_in

MEANINGS: dict[str, str] = {
    "ACCEPT": "you accept exactly this package; you do not ask for anything more",
    "COUNTER": "you do NOT accept; you counter-offer exactly this package",
    "OBJECT": "you raise this concern; you neither agree nor offer anything",
    "ASK": "you ask this question; you neither agree nor offer anything",
    "ANSWER": "you answer by sharing this; you neither agree nor offer anything",
    "PAUSE": "you ask to pause the conversation and continue later",
    "WALK": "you end the negotiation without a deal",
}
_YES = re.compile(
    r"\b(yes|deal|agreed|agree|accept(ed)?|we have an agreement|shake on it|sounds good|it'?s a deal)\b", re.I
)
_NOT_YES = re.compile(
    r"\b(instead|how about|what if|counter|can'?t|cannot|can not|won'?t|unable|not able|no way|"
    r"too (high|much|low|expensive)|meet (you )?(in the middle|halfway)|i('d| would) propose|could you)\b",
    re.I,
)
_SPEAKER = re.compile(
    r"^\s*(\*\*)?(them|counterpart|line|reply|answer|response|coach|rephrased( line)?)(\*\*)?\s*[:›>]\s*", re.I
)
_LABELS = re.compile(r"\b(you|user|assistant|them|counterpart|coach|sceptic)\s*[:›]", re.I)


def line_problem(
    kind: str,
    template: str,
    reply: str,
    expected: list[float] | None = None,
    *,
    topic: str | None = None,
    instructions: str = "",
    coverage: float = 0.5,
) -> str | None:
    """Why ``reply`` is not an acceptable wording of ``template`` for a move of ``kind``, or None.

    - not empty; at most twice the template's length plus 80 characters; no speaker labels;
      no script (Cyrillic, CJK, …) the template does not use; no five-word run copied from
      the ``instructions`` (a model echoing its prompt);
    - the move's ``topic`` (the objection, question or fact) is still there: at least
      ``coverage`` (half) of its concepts;
    - ACCEPT / COUNTER: its numbers are exactly the decided package's (``expected``);
      an ACCEPT holds no counter phrases, a COUNTER no "yes" / "deal" / "agreed";
    - every other move: no number the template does not have, and no acceptance;
    - any move: no words that add a commitment or concession ("I can also add", "free",
      "extra", "bonus", …) unless the template has them.
    """
    text = reply.strip()
    if not text:
        return "the reply is empty"
    if len(text) > 2 * len(template) + 80:
        return f"the reply is too long ({len(text)} characters for a {len(template)}-character line)"
    if _LABELS.search(text) and not _LABELS.search(template):
        return "the reply speaks for someone else (a speaker label)"
    script = foreign_script(text, template)
    if script:
        return f"the reply changes language ({script.lower()} letters)"
    if _echoes(text, instructions, template):
        return "the reply repeats the instructions"
    if topic:
        wanted = concepts(topic)
        if wanted and len(wanted & concepts(text)) < coverage * len(wanted):
            return "the reply drops what the move is about"
    if kind in ("ACCEPT", "COUNTER"):
        problem = same_numbers(text, expected if expected is not None else numbers_in(template))
        if problem:
            return problem
    else:
        extra = sorted(set(numbers_in(text)) - set(numbers_in(template)))
        if extra:
            return f"the reply adds numbers: {', '.join(f'{n:g}' for n in extra)}"
    said = template.lower()
    if kind == "ACCEPT":
        pushback = [m.group(0) for m in _NOT_YES.finditer(text) if m.group(0).lower() not in said]
        if pushback:
            return f"an acceptance that pushes back ({pushback[0]!r})"
    else:
        agreed = [m.group(0) for m in _YES.finditer(text) if m.group(0).lower() not in said]
        if agreed:
            return f"a {kind} that agrees ({agreed[0]!r})"
    added = new_terms(text, template)
    if added:
        return f"the reply adds a commitment or concession ({', '.join(added)})"
    return None


def _echoes(reply: str, instructions: str, template: str) -> bool:
    """Whether ``reply`` copies a five-word run of ``instructions`` that the template does not have."""
    words = re.findall(r"[a-z0-9']+", instructions.lower())
    said, line = " ".join(re.findall(r"[a-z0-9']+", reply.lower())), template.lower()
    runs = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    return any(run in said and run not in line for run in runs)


def clean(reply: str) -> str:
    """The reply on one line, without wrapping quotes or a leading speaker name."""
    text = " ".join(reply.split())
    text = _SPEAKER.sub("", text, count=1)
    if len(text) >= 2 and text[0] in "\"'“‘" and text[-1] in "\"'”’":
        text = text[1:-1].strip()
    return text
